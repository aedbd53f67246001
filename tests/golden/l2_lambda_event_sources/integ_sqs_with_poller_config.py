"""Port of aws-cdk integ.sqs-with-poller-config.ts: only a maximum, only a minimum, and both."""

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
stack = cdk.Stack(app, "lambda-event-source-sqs-with-poller-config")
queue = sqs.Queue(stack, "Queue")
fn1 = TestFunction(stack, "Function1")
fn1.add_event_source(SqsEventSource(queue, provisioned_poller_config={"maximum_pollers": 1000}))
fn2 = TestFunction(stack, "Function2")
fn2.add_event_source(SqsEventSource(queue, provisioned_poller_config={"minimum_pollers": 3}))
fn3 = TestFunction(stack, "Function3")
fn3.add_event_source(SqsEventSource(queue, provisioned_poller_config={"minimum_pollers": 3, "maximum_pollers": 1000}))
app.synth()
