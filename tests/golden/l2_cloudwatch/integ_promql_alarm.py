"""Port of aws-cdk's integ.promql-alarm: PromQL alarms with and without periods and a name."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "PromQLAlarmTestStack")
cloudwatch.PromQLAlarm(stack, "BasicPromQLAlarm", alarm_name="BasicPromQLAlarm", alarm_description="Test PromQL alarm",
                       query="up == 0", evaluation_interval=cdk.Duration.seconds(60),
                       pending_period=cdk.Duration.seconds(300), recovery_period=cdk.Duration.seconds(300))
cloudwatch.PromQLAlarm(stack, "MinimalPromQLAlarm", query="cpu_usage > 90",
                       evaluation_interval=cdk.Duration.seconds(30))
app.synth()
