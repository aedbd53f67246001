"""Alarm actions, OK and insufficient-data actions, alarm_arn/alarm_name references and an imported alarm."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_cloudwatch as cloudwatch


@jsii.implements(cloudwatch.IAlarmAction)
class TopicAction:
    def __init__(self, arn):
        self.arn = arn

    def bind(self, scope, alarm):
        return cloudwatch.AlarmActionConfig(alarm_action_arn=self.arn)


app = cdk.App()
stack = cdk.Stack(app, "AlarmActions")
metric = cloudwatch.Metric(namespace="AWS/EC2", metric_name="CPUUtilization", statistic=cloudwatch.Stats.MAXIMUM)
alarm = cloudwatch.Alarm(stack, "Cpu", metric=metric, threshold=90, evaluation_periods=2)
alarm.add_alarm_action(TopicAction("arn:aws:sns:us-east-1:111111111111:page"),
                       TopicAction("arn:aws:sns:us-east-1:111111111111:mail"))
alarm.add_ok_action(TopicAction("arn:aws:sns:us-east-1:111111111111:mail"))
alarm.add_insufficient_data_action(TopicAction("arn:aws:sns:us-east-1:111111111111:ops"))
imported = cloudwatch.Alarm.from_alarm_name(stack, "Imported", "legacy-alarm")
cdk.CfnOutput(stack, "Arn", value=alarm.alarm_arn)
cdk.CfnOutput(stack, "Name", value=alarm.alarm_name)
cdk.CfnOutput(stack, "ImportedArn", value=imported.alarm_arn)
cdk.CfnOutput(stack, "Rule", value=alarm.render_alarm_rule())
app.synth()
