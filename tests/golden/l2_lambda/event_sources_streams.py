"""DynamoEventSource (stream read grant, SqsDlq on-failure) and KinesisEventSource (batch size 100 default)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "EventSourcesStreams")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
                       stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES)
dlq = sqs.Queue(stack, "Dlq")
fn.add_event_source(sources.DynamoEventSource(table, starting_position=lambda_.StartingPosition.LATEST,
                                              batch_size=50, retry_attempts=2, bisect_batch_on_error=True,
                                              on_failure=sources.SqsDlq(dlq)))
stream = kinesis.Stream(stack, "Stream")
fn.add_event_source(sources.KinesisEventSource(stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                               max_batching_window=cdk.Duration.seconds(5)))
app.synth()
