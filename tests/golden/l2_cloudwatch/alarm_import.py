"""Alarm.from_alarm_name: the name is split back out of the formatted ARN as a literal."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "AlarmImport")
by_name = cloudwatch.Alarm.from_alarm_name(stack, "ByName", "legacy-alarm")
by_arn = cloudwatch.Alarm.from_alarm_arn(stack, "ByArn", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:other")
cloudwatch.Metric(namespace="N", metric_name="M").create_alarm(stack, "Alarm", threshold=1, evaluation_periods=1)
cdk.CfnOutput(stack, "NameArn", value=by_name.alarm_arn)
cdk.CfnOutput(stack, "NameName", value=by_name.alarm_name)
cdk.CfnOutput(stack, "ArnName", value=by_arn.alarm_name)
app.synth()
