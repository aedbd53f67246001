"""Port of aws-events integ.event-pattern-validation: a rule with a source and detail-type pattern."""

import aws_cdk as cdk
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "EventsPatternValidationStack")
events.Rule(
    stack,
    "Rule",
    event_pattern=events.EventPattern(source=["aws.ec2"], detail_type=["EC2 Instance State-change Notification"]),
)
app.synth()
