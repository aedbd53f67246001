"""Port of aws-cdk's integ.composite-alarm: nested AlarmRule combinators, a suppressor, an imported alarm."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class CompositeAlarmIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        test_metric = cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric")
        alarm1 = cloudwatch.Alarm(self, "Alarm1", metric=test_metric, threshold=100, evaluation_periods=3)
        alarm2 = cloudwatch.Alarm(self, "Alarm2", metric=test_metric, threshold=1000, evaluation_periods=3)
        alarm3 = cloudwatch.Alarm(self, "Alarm3", metric=test_metric, threshold=10000, evaluation_periods=3)
        alarm4 = cloudwatch.Alarm(self, "Alarm4", metric=test_metric, threshold=100000, evaluation_periods=3)
        alarm5 = cloudwatch.Alarm(self, "Alarm5", alarm_name="Alarm with space in name", metric=test_metric,
                                  threshold=100000, evaluation_periods=3)
        alarm_rule = cloudwatch.AlarmRule.any_of(
            cloudwatch.AlarmRule.all_of(
                cloudwatch.AlarmRule.any_of(
                    alarm1,
                    cloudwatch.AlarmRule.from_alarm(alarm2, cloudwatch.AlarmState.OK),
                    alarm3,
                    alarm5,
                ),
                cloudwatch.AlarmRule.not_(cloudwatch.AlarmRule.from_alarm(alarm4,
                                                                          cloudwatch.AlarmState.INSUFFICIENT_DATA)),
            ),
            cloudwatch.AlarmRule.from_boolean(False),
        )
        cloudwatch.CompositeAlarm(self, "CompositeAlarm", alarm_rule=alarm_rule, actions_suppressor=alarm5)


class CompositeAlarmImportIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        alarm = cloudwatch.CompositeAlarm.from_composite_alarm_name(self, "alarm", "TestAlarm")
        cdk.CfnOutput(self, "AlarmName", value=alarm.alarm_name)
        cdk.CfnOutput(self, "AlarmArn", value=alarm.alarm_arn)


app = cdk.App()
CompositeAlarmIntegrationTest(app, "CompositeAlarmIntegrationTest")
CompositeAlarmImportIntegrationTest(app, "CompositeAlarmImportIntegrationTest")
app.synth()
