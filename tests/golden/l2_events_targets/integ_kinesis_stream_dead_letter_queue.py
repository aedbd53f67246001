"""Port of aws-events-targets integ.kinesis-stream-dead-letter-queue: retry policy and DLQ on a stream target."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-kinesis-event-target-dlq")
stream = kinesis.Stream(stack, "MyStream")
queue = sqs.Queue(stack, "Queue")
event = events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
event.add_target(
    targets.KinesisStream(
        stream,
        partition_key_path=events.EventField.event_id,
        retry_attempts=2,
        max_event_age=cdk.Duration.hours(2),
        dead_letter_queue=queue,
    )
)
app.synth()
