"""Role.from_lookup: the dummy role until the CLI has looked the role up (Cloud Control context provider)."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "RoleLookup", env=cdk.Environment(account="123456789012", region="us-east-1"))
role = iam.Role.from_lookup(stack, "Looked", role_name="MyRole")
immutable = iam.Role.from_lookup(stack, "Immutable", role_name="Other", mutable=False)
role.add_to_principal_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["*"]))
immutable.add_to_principal_policy(iam.PolicyStatement(actions=["s3:PutObject"], resources=["*"]))
cdk.CfnOutput(stack, "RoleArn", value=role.role_arn)
cdk.CfnOutput(stack, "RoleName", value=role.role_name)
app.synth()
