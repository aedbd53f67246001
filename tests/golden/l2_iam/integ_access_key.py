"""Port of aws-cdk's integ.access-key.ts (IntegTest part dropped)."""

from aws_cdk import App, CfnOutput, Stack
from aws_cdk.aws_iam import AccessKey, User

app = App()
stack = Stack(app, "integ-iam-access-key-1")
user = User(stack, "TestUser")
access_key = AccessKey(stack, "TestAccessKey", user=user)
CfnOutput(stack, "AccessKeyId", value=access_key.access_key_id)
app.synth()
