"""Port of aws-cdk integ.kinesis-stream-consumer.ts: a stream consumer (enhanced fan-out) as the source."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_lambda_event_sources import KinesisConsumerEventSource
from constructs import Construct

HANDLER = """async function handler(event) {
    console.log('event:', JSON.stringify(event, undefined, 2));
    return { event };
}"""


class TestFunction(lambda_.Function):
    """The integ tests' test-function.ts."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id, handler="index.handler", code=lambda_.Code.from_inline(f"exports.handler = {HANDLER}"),
                         runtime=lambda_.Runtime.NODEJS_20_X)


app = cdk.App()
stack = cdk.Stack(app, "lambda-event-source-kinesis-stream-consumer")
fn = TestFunction(stack, "F")
stream = kinesis.Stream(stack, "Q")
stream_consumer = kinesis.StreamConsumer(stack, "C", stream=stream, stream_consumer_name="TheConsumer")
event_source = KinesisConsumerEventSource(stream_consumer, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                          tumbling_window=cdk.Duration.seconds(60))
fn.add_event_source(event_source)
cdk.CfnOutput(stack, "OutputEventSourceMappingArn", value=event_source.event_source_mapping_arn)
app.synth()
