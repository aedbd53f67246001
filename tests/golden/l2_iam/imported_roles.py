"""Imported roles: mutable ones get an inline policy, immutable ones ignore additions, by name and by ARN."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "ImportedRoles")
by_arn = iam.Role.from_role_arn(stack, "ByArn", "arn:aws:iam::123456789012:role/path/to/existing")
by_arn.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
by_arn.add_to_principal_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=["*"]))
by_name = iam.Role.from_role_name(stack, "ByName", "existing-role")
by_name.add_to_principal_policy(iam.PolicyStatement(actions=["sqs:*"], resources=["*"]))
immutable = iam.Role.from_role_arn(stack, "Immutable", "arn:aws:iam::123456789012:role/locked", mutable=False)
immutable.add_to_principal_policy(iam.PolicyStatement(actions=["sns:*"], resources=["*"]))
named_default = iam.Role.from_role_arn(stack, "NamedDefault", "arn:aws:iam::123456789012:role/other",
                                       default_policy_name="MyPolicy")
named_default.add_to_principal_policy(iam.PolicyStatement(actions=["logs:*"], resources=["*"]))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
role.grant_pass_role(by_arn)
by_name.grant_assume_role(role)
role.without_policy_updates().add_to_principal_policy(iam.PolicyStatement(actions=["kms:*"], resources=["*"]))
role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess"))
mp = iam.ManagedPolicy(stack, "Shared", statements=[iam.PolicyStatement(actions=["ec2:*"], resources=["*"])])
by_name.add_managed_policy(mp)
cdk.CfnOutput(stack, "ImportedName", value=by_arn.role_name)
cdk.CfnOutput(stack, "ImportedArn", value=by_name.role_arn)
app.synth()
