"""Port of aws-cdk integ.sns.ts: an SNS topic as an event source."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_sns as sns
from aws_cdk.aws_lambda_event_sources import SnsEventSource
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
        topic = sns.Topic(self, "T")
        fn.add_event_source(SnsEventSource(topic))


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True},
              post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
SqsEventSourceTest(app, "lambda-event-source-sns")
app.synth()
