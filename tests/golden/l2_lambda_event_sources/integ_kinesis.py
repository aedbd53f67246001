"""Port of aws-cdk integ.kinesis.ts: a Kinesis stream source with a tumbling window."""

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


class KinesisEventSourceTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "F")
        stream = kinesis.Stream(self, "Q")
        fn.add_event_source(KinesisEventSource(stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                               tumbling_window=cdk.Duration.seconds(60)))


app = cdk.App()
KinesisEventSourceTest(app, "lambda-event-source-kinesis")
app.synth()
