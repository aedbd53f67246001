"""Port of aws-events integ.rule-tags: tags on rules (stack-level and rule-level)."""

import aws_cdk as cdk
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "RuleTagsStack")
cdk.Tags.of(stack).add("StackLevelTag", "StackLevelValue")
scheduled_rule = events.Rule(
    stack,
    "ScheduledRule",
    rule_name="TaggedScheduledRule",
    schedule=events.Schedule.rate(cdk.Duration.hours(1)),
    description="A scheduled rule with tags for testing",
)
cdk.Tags.of(scheduled_rule).add("Environment", "Test")
cdk.Tags.of(scheduled_rule).add("Team", "Platform")
cdk.Tags.of(scheduled_rule).add("CostCenter", "12345")
event_pattern_rule = events.Rule(
    stack,
    "EventPatternRule",
    rule_name="TaggedEventPatternRule",
    event_pattern=events.EventPattern(source=["aws.ec2"], detail_type=["EC2 Instance State-change Notification"]),
    description="An event pattern rule with tags for testing",
)
cdk.Tags.of(event_pattern_rule).add("Environment", "Test")
cdk.Tags.of(event_pattern_rule).add("Purpose", "EC2Monitoring")
app.synth()
