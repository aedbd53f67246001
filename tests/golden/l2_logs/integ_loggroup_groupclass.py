"""Port of aws-cdk's integ.loggroup-groupclass.ts: an INFREQUENT_ACCESS log group."""

from aws_cdk import App, Stack
from aws_cdk.aws_logs import LogGroup, LogGroupClass

app = App()
stack = Stack(app, "aws-cdk-loggroup-groupclass-integ")
LogGroup(stack, "LogGroup", log_group_class=LogGroupClass.INFREQUENT_ACCESS)
app.synth()
