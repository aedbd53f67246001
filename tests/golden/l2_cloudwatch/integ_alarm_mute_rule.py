"""Port of aws-cdk's integ.alarm-mute-rule, in 2.275's API (``ScheduleExpression``, ``start``/``expire``)."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "AlarmMuteRuleIntegrationTest")
test_metric = cloudwatch.Metric(namespace="CDK/Test", metric_name="Metric")
alarm1 = cloudwatch.Alarm(stack, "Alarm1", metric=test_metric, threshold=100, evaluation_periods=3)
alarm2 = cloudwatch.Alarm(stack, "Alarm2", metric=test_metric, threshold=200, evaluation_periods=3)
composite_alarm = cloudwatch.CompositeAlarm(stack, "CompositeAlarm",
                                            alarm_rule=cloudwatch.AlarmRule.any_of(alarm1, alarm2))
cloudwatch.AlarmMuteRule(
    stack, "RecurringMuteRule",
    alarm_mute_rule_name="RecurringMuteRule",
    description="Mute alarms during daily maintenance window",
    schedule=cloudwatch.ScheduleExpression.cron(hour="2", minute="0", time_zone=cdk.TimeZone.ETC_UTC),
    duration=cdk.Duration.hours(1),
    alarms=[alarm1, alarm2],
)
cloudwatch.AlarmMuteRule(
    stack, "OneTimeMuteRule",
    alarm_mute_rule_name="OneTimeMuteRule",
    schedule=cloudwatch.ScheduleExpression.at(
        cloudwatch.CalendarDateTime(year=2026, month=12, day=15, hour=3, minute=30)),
    duration=cdk.Duration.minutes(90),
    alarms=[alarm1],
)
mute_rule_with_dates = cloudwatch.AlarmMuteRule(
    stack, "MuteRuleWithDates",
    alarm_mute_rule_name="MuteRuleWithDates",
    schedule=cloudwatch.ScheduleExpression.cron(hour="4", minute="0", week_day="SAT"),
    duration=cdk.Duration.hours(2),
    start=cloudwatch.CalendarDateTime(year=2026, month=1, day=1, hour=0, minute=0),
    expire={"year": 2027, "month": 12, "day": 31, "hour": 23, "minute": 59},
)
mute_rule_with_dates.add_alarm(composite_alarm)
app.synth()
