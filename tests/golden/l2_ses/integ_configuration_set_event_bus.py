"""Port of aws-cdk's integ.configuration-set-event-bus.ts: the default event bus as an event destination."""

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_events as events
from aws_cdk import aws_ses as ses

app = App()
stack = Stack(app, "ses-configuration-set-event-bus")

configuration_set = ses.ConfigurationSet(stack, "ConfigurationSet", max_delivery_duration=Duration.minutes(10))
bus = events.EventBus.from_event_bus_name(stack, "EventBus", "default")
configuration_set.add_event_destination("EventBridge", destination=ses.EventDestination.event_bus(bus))
app.synth()
