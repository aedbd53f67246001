"""Port of aws-cdk integ.sqs-null-filter.ts: a null filter rule."""

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
stack = cdk.Stack(app, "lambda-event-source-filter-criteria-null")
fn = TestFunction(stack, "Func")
queue = sqs.Queue(stack, "Queue")
fn.add_event_source(SqsEventSource(queue, batch_size=5, filters=[
    lambda_.FilterCriteria.filter({"body": {"id": lambda_.FilterRule.null()}})]))
app.synth()
