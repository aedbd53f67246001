"""Port of aws-cdk integ.sqs-provisioned-pollers.ts: provisioned pollers of an SQS source."""

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


class SqsProvisionedPollersTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "F")
        queue = sqs.Queue(self, "Q")
        fn.add_event_source(SqsEventSource(queue, batch_size=5, provisioned_poller_config={
            "minimum_pollers": 2, "maximum_pollers": 10}))


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
SqsProvisionedPollersTest(app, "sqs-event-source-provisioned-pollers")
app.synth()
