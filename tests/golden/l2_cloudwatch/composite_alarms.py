"""CompositeAlarm with all_of/any_of/not_/from_boolean rules, a generated name, a suppressor and actions."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_cloudwatch as cloudwatch


@jsii.implements(cloudwatch.IAlarmAction)
class TopicAction:
    def bind(self, scope, alarm):
        return cloudwatch.AlarmActionConfig(alarm_action_arn="arn:aws:sns:us-east-1:111111111111:page")


app = cdk.App()
stack = cdk.Stack(app, "CompositeAlarms")
cpu = cloudwatch.Metric(namespace="AWS/EC2", metric_name="CPUUtilization").create_alarm(
    stack, "Cpu", threshold=90, evaluation_periods=1)
mem = cloudwatch.Metric(namespace="CWAgent", metric_name="mem_used_percent").create_alarm(
    stack, "Mem", threshold=90, evaluation_periods=1)
maintenance = cloudwatch.Alarm.from_alarm_arn(stack, "Maintenance",
                                              "arn:aws:cloudwatch:us-east-1:111111111111:alarm:maintenance")
rule = cloudwatch.AlarmRule.all_of(
    cloudwatch.AlarmRule.any_of(cloudwatch.AlarmRule.from_alarm(cpu, cloudwatch.AlarmState.ALARM),
                                cloudwatch.AlarmRule.from_alarm(mem, cloudwatch.AlarmState.ALARM)),
    cloudwatch.AlarmRule.not_(cloudwatch.AlarmRule.from_alarm(maintenance, cloudwatch.AlarmState.OK)),
    cloudwatch.AlarmRule.from_boolean(True),
)
composite = cloudwatch.CompositeAlarm(stack, "Host", alarm_rule=rule, alarm_description="host unhealthy",
                                      actions_suppressor=maintenance)
composite.add_alarm_action(TopicAction())
cloudwatch.CompositeAlarm(stack, "Named", composite_alarm_name="named-composite",
                          alarm_rule=cloudwatch.AlarmRule.from_string("ALARM(x)"), actions_enabled=False,
                          actions_suppressor=cpu, actions_suppressor_wait_period=cdk.Duration.minutes(5))
cdk.CfnOutput(stack, "Arn", value=composite.alarm_arn)
app.synth()
