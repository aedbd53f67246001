"""Port of aws-cdk integ.sqs-with-metrics-config.ts: empty and EVENT_COUNT metrics configs."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_lambda_event_sources import SqsEventSource
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
stack = cdk.Stack(app, "lambda-event-source-metrics-config-sqs")
fn1 = TestFunction(stack, "F1")
queue = sqs.Queue(stack, "Q")
fn1.add_event_source(SqsEventSource(queue, batch_size=5, metrics_config=lambda_.MetricsConfig(metrics=[])))
fn2 = TestFunction(stack, "F2")
fn2.add_event_source(SqsEventSource(queue, batch_size=5,
                                    metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT])))
app.synth()
