"""Port of aws-cdk's integ.loggroupclass.ts: default, STANDARD and INFREQUENT_ACCESS log groups."""

from aws_cdk import App, Stack
from aws_cdk.aws_logs import LogGroup, LogGroupClass

app = App()
stack = Stack(app, "log-group-class")
LogGroup(stack, "log-group-default")
LogGroup(stack, "log-group-standard", log_group_class=LogGroupClass.STANDARD)
LogGroup(stack, "log-group-infrequent-access", log_group_class=LogGroupClass.INFREQUENT_ACCESS)
app.synth()
