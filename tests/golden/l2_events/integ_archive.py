"""Port of aws-events integ.archive: an archive of a new bus, with an overridden logical id."""

import aws_cdk as cdk
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "IntegStack")
event_bus = events.EventBus(stack, "EventBridge")
archive = events.Archive(
    stack, "Archive", source_event_bus=event_bus, event_pattern=events.EventPattern(account=[stack.account])
)
archive.node.default_child.override_logical_id("MyCustomArchive")
app.synth()
