"""A role whose default policy outgrows 10 kB: statements overflow into OverflowPolicy managed policies."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "LargePolicy")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
for i in range(120):
    arn = f"arn:aws:s3:::bucket-with-a-rather-long-name-number-{i:03d}/some/prefix/*"
    grant = iam.Grant.add_to_principal(grantee=role, actions=["s3:GetObject", "s3:PutObject"], resource_arns=[arn])
    if i in (0, 119):
        grant.apply_before(cdk.CfnResource(stack, f"After{i}", type="AWS::SNS::Topic"))
role.add_to_policy(iam.PolicyStatement(actions=["s3:PutObject", "s3:GetObject"],
                                       resources=["arn:aws:s3:::bucket-with-a-rather-long-name-number-000/some/prefix/*"]))
app.synth()
