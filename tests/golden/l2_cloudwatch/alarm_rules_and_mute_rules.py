"""AT_LEAST rules (count and percentage, NOT), alarm actions, mute rules from an alarm, imports and schedules."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch

app = cdk.App()
stack = cdk.Stack(app, "AlarmRules", env=cdk.Environment(account="123456789012", region="eu-west-1"))
metric = cloudwatch.Metric(namespace="Shop", metric_name="Errors", statistic=cloudwatch.Stats.SUM)
alarms = [metric.create_alarm(stack, f"Alarm{i}", threshold=i * 10, evaluation_periods=1) for i in range(1, 4)]
imported = cloudwatch.Alarm.from_alarm_name(stack, "Imported", "legacy-alarm")
promql = cloudwatch.PromQLAlarm.from_prom_ql_alarm_arn(
    stack, "ImportedPromQL", "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:prom-alarm")
cloudwatch.CompositeAlarm(
    stack, "AtLeastCount",
    alarm_rule=cloudwatch.AlarmRule.all_of(
        cloudwatch.AlarmRule.at_least(cloudwatch.AlarmState.ALARM, operands=alarms,
                                      threshold=cloudwatch.AtLeastThreshold.count(2)),
        cloudwatch.AlarmRule.at_least_not(cloudwatch.AlarmState.OK, operands=[*alarms, imported],
                                          threshold=cloudwatch.AtLeastThreshold.percentage(50)),
        cloudwatch.AlarmRule.from_alarm(promql, cloudwatch.AlarmState.INSUFFICIENT_DATA),
    ),
    actions_suppressor=imported,
    actions_suppressor_wait_period=cdk.Duration.minutes(3),
)
alarms[0].add_alarm_mute_rule(
    "Nightly",
    schedule=cloudwatch.ScheduleExpression.cron(minute="30", hour="1", week_day="MON-FRI"),
    duration=cdk.Duration.hours(2),
    description="nightly batch",
    tags={"team": "shop"},
)
rule = cloudwatch.AlarmMuteRule(
    stack, "Expression",
    schedule=cloudwatch.ScheduleExpression.expression("rate(1 day)", cdk.TimeZone.EUROPE_LONDON),
    duration=cdk.Duration.minutes(45),
    alarms=[imported],
    start={"year": 2030, "month": 2, "day": 3, "hour": 4, "minute": 5},
)
rule.add_alarm(alarms[1])
imported_rule = cloudwatch.AlarmMuteRule.from_alarm_mute_rule_name(stack, "ImportedRule", "old-rule")
cdk.CfnOutput(stack, "RuleArn", value=rule.alarm_mute_rule_arn)
cdk.CfnOutput(stack, "RuleName", value=rule.alarm_mute_rule_name)
cdk.CfnOutput(stack, "ImportedRuleArn", value=imported_rule.alarm_mute_rule_arn)
cdk.CfnOutput(stack, "ImportedRuleName", value=imported_rule.alarm_mute_rule_name)
cdk.CfnOutput(stack, "AlarmRef", value=alarms[2].alarm_ref.alarm_name)
empty = cloudwatch.AlarmMuteRule(stack, "NoAlarms", duration=cdk.Duration.days(1),
                                 schedule=cloudwatch.ScheduleExpression.at(
                                     cloudwatch.CalendarDateTime(year=2031, month=10, day=9, hour=8, minute=7)))
app.synth()
