"""Port of aws-cdk's integ.log-group-delivery-class.ts: a DELIVERY-class log group (no retention rendered)."""

from aws_cdk import App, Stack
from aws_cdk.aws_logs import LogGroup, LogGroupClass

app = App()
stack = Stack(app, "aws-cdk-log-group-delivery-class-integ")
LogGroup(stack, "DeliveryLogGroup", log_group_class=LogGroupClass.DELIVERY)
app.synth()
