"""Port of aws-events-targets integ.cross-account (sns): an imported topic in another account, through a role."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "sns-events-cross-account")
topic = sns.Topic.from_topic_arn(stack, "External", "arn:aws:sns:eu-west-1:234567890123:MyTopic")
timer = events.Rule(stack, "Timer", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("events.amazonaws.com"))
timer.add_target(targets.SnsTopic(topic, role=role))
app.synth()
