"""Port of aws-cdk integ.sqs-with-filter-criteria.ts: SQS filters, one with a filter encryption key."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sqs as sqs
from aws_cdk.aws_lambda_event_sources import SqsEventSource
from constructs import Construct
from aws_cdk.aws_kms import Key

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
stack = cdk.Stack(app, "lambda-event-source-filter-criteria-sqs")
fn = TestFunction(stack, "F")
queue = sqs.Queue(stack, "Q")
fn.add_event_source(SqsEventSource(queue, batch_size=5, filters=[
    lambda_.FilterCriteria.filter({"body": {"id": lambda_.FilterRule.exists()}})]))
my_key = Key(stack, "fc-test-key-name", removal_policy=cdk.RemovalPolicy.DESTROY, pending_window=cdk.Duration.days(7),
             description="KMS key for test fc encryption")
fn2 = TestFunction(stack, "F2")
fn2.add_event_source(SqsEventSource(queue, batch_size=5, filters=[
    lambda_.FilterCriteria.filter({"body": {"id": lambda_.FilterRule.exists()}})], filter_encryption=my_key))
app.synth()
