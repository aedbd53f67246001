"""Port of aws-cdk integ.kinesis-with-metrics-config.ts: empty and EVENT_COUNT metrics configs."""

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


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "lambda-event-source-metrics-config-kinesis")
fn1 = TestFunction(stack, "F1")
stream = kinesis.Stream(stack, "Q")
fn1.add_event_source(KinesisEventSource(stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                        tumbling_window=cdk.Duration.seconds(60),
                                        metrics_config=lambda_.MetricsConfig(metrics=[])))
fn2 = TestFunction(stack, "F2")
fn2.add_event_source(KinesisEventSource(stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                        tumbling_window=cdk.Duration.seconds(60),
                                        metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT])))
app.synth()
