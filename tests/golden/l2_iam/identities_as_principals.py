"""Roles, users and imported roles used as principals: trust policies, resource policies and immutable grants."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "IdentitiesAsPrincipals")
first = iam.Role(stack, "First", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"), path="/app/")
user = iam.User(stack, "User")
second = iam.Role(stack, "Second", assumed_by=iam.CompositePrincipal(first, user))
iam.Role(stack, "ByImported", assumed_by=iam.Role.from_role_arn(stack, "Ext", "arn:aws:iam::111111111111:role/ext"))
key = kms.Key(stack, "Key")
foreign = iam.Role.from_role_arn(stack, "Foreign", "arn:aws:iam::222222222222:role/foreign", mutable=False)
key.grant_decrypt(foreign)
to_resources = iam.Role.from_role_arn(stack, "ToResources", "arn:aws:iam::222222222222:role/res", mutable=False,
                                      add_grants_to_resources=True)
key.grant_encrypt(to_resources)
key.grant_decrypt(second.without_policy_updates(add_grants_to_resources=True))
mp = iam.ManagedPolicy(stack, "Shared", statements=[iam.PolicyStatement(actions=["s3:ListAllMyBuckets"], resources=["*"])],
                       users=[user], groups=[iam.Group(stack, "Group")])
mp.attach_to_role(first)
forced = iam.Policy(stack, "Forced", force=True, statements=[iam.PolicyStatement(actions=["ec2:Describe*"], resources=["*"])])
forced.attach_to_user(user)
imported_policy = iam.Policy.from_policy_name(stack, "ImportedPolicy", "existing-inline")
cdk.CfnOutput(stack, "Names", value=f"{imported_policy.policy_name}|{forced.policy_name}")
cdk.CfnOutput(stack, "FirstArn", value=first.role_arn)
app.synth()
