"""Port of aws-cdk's integ.loggroup-grantread-crossaccount.ts: grant_read to another account's user."""

from aws_cdk import App, Stack
from aws_cdk.aws_iam import ArnPrincipal
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-loggroup-grantread-crossaccount-integ")
log_group = LogGroup(stack, "LogGroup")
log_group.grant_read(ArnPrincipal("arn:aws:iam::123456789012:user/cross-account-user"))
app.synth()
