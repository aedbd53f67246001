"""Port of aws-events-targets integ.event-bus: an imported bus in another account as a target, with a DLQ."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_sqs as sqs
from constructs import Construct


class EventSourceStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        rule = events.Rule(self, "Rule", schedule=events.Schedule.expression("rate(1 minute)"))
        queue = sqs.Queue(self, "Queue")
        rule.add_target(
            targets.EventBus(
                events.EventBus.from_event_bus_arn(
                    self, "External", f"arn:aws:events:{self.region}:999999999999:event-bus/test-bus"
                ),
                dead_letter_queue=queue,
            )
        )


app = cdk.App()
EventSourceStack(app, "event-source-stack")
app.synth()
