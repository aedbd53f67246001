"""Port of aws-events-targets integ.kinesis-stream-customer-key: a KMS-encrypted stream target."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-kinesis-event-target")
stream = kinesis.Stream(stack, "MyStream", encryption=kinesis.StreamEncryption.KMS)
event = events.Rule(stack, "EveryMinute", schedule=events.Schedule.rate(cdk.Duration.minutes(1)))
event.add_target(targets.KinesisStream(stream, partition_key_path=events.EventField.event_id))
app.synth()
