"""Schedules (rate in days/hours/minutes, cron defaults), disabled rules, add_event_pattern merging, imported rules."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "SchedulesStack")
events.Rule(stack, "Days", schedule=events.Schedule.rate(cdk.Duration.days(2)))
events.Rule(stack, "Day", schedule=events.Schedule.rate(cdk.Duration.hours(24)))
events.Rule(stack, "Hours", schedule=events.Schedule.rate(cdk.Duration.minutes(180)))
events.Rule(stack, "Minutes", schedule=events.Schedule.rate(cdk.Duration.minutes(90)), enabled=False)
events.Rule(stack, "Minute", schedule=events.Schedule.rate(cdk.Duration.seconds(60)))
events.Rule(stack, "Cron", schedule=events.Schedule.cron(minute="0", hour="4"), description="every day at 4")
events.Rule(stack, "CronWeekDay", schedule=events.Schedule.cron(minute="30", week_day="MON-FRI"))
events.Rule(stack, "CronAll", schedule=events.Schedule.cron(minute="0", hour="12", day="1", month="JAN", year="2030"))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
rule = events.Rule(
    stack,
    "Merged",
    rule_name="merged-rule",
    role=role,
    event_pattern=events.EventPattern(source=["aws.s3"], detail={"bucket": {"name": ["a"]}}),
)
rule.add_event_pattern(source=["aws.s3", "aws.ec2"], detail={"bucket": {"name": ["b", "a"]}, "key": ["k"]})
rule.add_event_pattern(detail_type=["Object Created"], account=[stack.account])
imported = events.Rule.from_event_rule_arn(stack, "Imported", "arn:aws:events:us-east-1:123456789012:rule/some-rule")
cdk.CfnOutput(stack, "ImportedName", value=imported.rule_name)
cdk.CfnOutput(stack, "RuleArn", value=rule.rule_arn)
cdk.CfnOutput(stack, "RuleName", value=rule.rule_name)
app.synth()
