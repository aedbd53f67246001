"""Port of aws-cdk's integ.composite-alarm-widget: alarm widgets on metric, composite and imported alarms."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from constructs import Construct


class CompositeAlarmWidgetIntegrationTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        test_metric = cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric")
        regular_alarm = cloudwatch.Alarm(self, "RegularAlarm", metric=test_metric, threshold=100,
                                         evaluation_periods=3)
        composite_alarm = cloudwatch.CompositeAlarm(self, "CompositeAlarm", alarm_rule=cloudwatch.AlarmRule.any_of(
            cloudwatch.AlarmRule.from_alarm(regular_alarm, cloudwatch.AlarmState.ALARM)))
        imported = cloudwatch.CompositeAlarm.from_composite_alarm_arn(self, "ImportedCompositeAlarm",
                                                                      composite_alarm.alarm_arn)
        regular_widget = cloudwatch.AlarmWidget(title="Regular Alarm Widget", alarm=regular_alarm)
        composite_widget = cloudwatch.AlarmWidget(title="Composite Alarm Widget", alarm=composite_alarm)
        imported_widget = cloudwatch.AlarmWidget(title="Imported Composite Alarm Widget", alarm=imported)
        self.node.add_metadata("regularAlarmWidgetType", regular_widget.to_json()[0]["type"])
        self.node.add_metadata("compositeAlarmWidgetType", composite_widget.to_json()[0]["type"])
        self.node.add_metadata("importedCompositeAlarmWidgetType", imported_widget.to_json()[0]["type"])


app = cdk.App()
CompositeAlarmWidgetIntegrationTest(app, "CompositeAlarmWidgetIntegrationTest")
app.synth()
