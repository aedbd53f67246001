"""Port of aws-cdk's integ.log-group-metrics.ts: alarms on IncomingBytes and IncomingLogs."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_logs import LogGroup

app = App()
stack = Stack(app, "aws-cdk-log-group-metrics")
log_group = LogGroup(stack, "MyLogGroup", log_group_name="my-log-group", removal_policy=RemovalPolicy.DESTROY)
log_group.metric_incoming_bytes().create_alarm(stack, "IncomingBytesPerInstanceAlarm", threshold=1,
                                               evaluation_periods=1)
log_group.metric_incoming_log_events().create_alarm(stack, "IncomingEventsPerInstanceAlarm", threshold=1,
                                                    evaluation_periods=1)
app.synth()
