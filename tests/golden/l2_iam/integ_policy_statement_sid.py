"""Port of aws-cdk's integ.policy-statement-sid.ts (IntegTest part dropped)."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import PolicyStatement, Role, ServicePrincipal

app = App()
stack = Stack(app, "PolicyStatementSidStack")
role = Role(stack, "TestRole", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
role.add_to_policy(PolicyStatement(sid="ValidAlphanumericSid", actions=["s3:GetObject"], resources=["*"]))
role.add_to_policy(PolicyStatement(sid="AnotherValidSid123", actions=["dynamodb:PutItem"], resources=["*"]))
app.synth()
