"""Port of aws-cdk's aws-scheduler-targets integ.kinesis-stream-put-record.ts: put a record into a stream."""

import aws_cdk as cdk
from aws_cdk import aws_scheduler as scheduler
from aws_cdk.aws_kinesis import Stream
from aws_cdk.aws_scheduler_targets import KinesisStreamPutRecord

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-kinesis-stream-put-record")
stream = Stream(stack, "MyStream", stream_name="my-stream", shard_count=1, removal_policy=cdk.RemovalPolicy.DESTROY)
scheduler.Schedule(
    stack,
    "Schedule",
    schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=KinesisStreamPutRecord(
        stream, input=scheduler.ScheduleTargetInput.from_object({"Data": "record"}), partition_key="key"
    ),
)
app.synth()
