"""Port of aws-cdk's integ.group.ts: a default group, no users, no policy (IntegTest part dropped)."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import Group

app = App()
stack = Stack(app, "integ-iam-role-1")
Group(stack, "MyGroup")
app.synth()
