"""Port of aws-cdk's integ.loggroup-deletionprotection.ts: deletion protection enabled."""

from aws_cdk import App, Stack
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-loggroup-grantreads-integ")
LogGroup(stack, "LogGroup", deletion_protection_enabled=True)
app.synth()
