"""Port of aws-cdk integ.kinesis-at-timestamp.ts: starting at a timestamp."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_lambda_event_sources import KinesisEventSource
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
stack = cdk.Stack(app, "lambda-event-source-kinesis-at-timestamp")
fn = TestFunction(stack, "F")
stream = kinesis.Stream(stack, "S")
fn.add_event_source(KinesisEventSource(stream, starting_position=lambda_.StartingPosition.AT_TIMESTAMP,
                                       starting_position_timestamp=1655237653))
app.synth()
