"""Port of aws-events-targets integ.sns-target-role: an event-pattern rule publishing through a role."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "sns-target-role")
topic = sns.Topic(stack, "MyTopic")
role = iam.Role(stack, "MyRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
event = events.Rule(stack, "MyEventRule", event_pattern=events.EventPattern(detail_type=["sns-target-role-test"]))
event.add_target(targets.SnsTopic(topic, role=role))
app.synth()
