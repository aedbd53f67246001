"""Port of aws-cdk integ.sqs.ts: an SQS source with a batch size and the mapping ARN as an output."""

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


class SqsEventSourceTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "F")
        queue = sqs.Queue(self, "Q")
        event_source = SqsEventSource(queue, batch_size=5)
        fn.add_event_source(event_source)
        cdk.CfnOutput(self, "OutputEventSourceMappingArn", value=event_source.event_source_mapping_arn)


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
SqsEventSourceTest(app, "lambda-event-source-sqs")
app.synth()
