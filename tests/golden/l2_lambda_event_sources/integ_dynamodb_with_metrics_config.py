"""Port of aws-cdk integ.dynamodb-with-metrics-config.ts: empty and EVENT_COUNT metrics configs."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_lambda_event_sources import DynamoEventSource
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
stack = cdk.Stack(app, "lambda-event-source-metrics-config-dynamodb")
fn = TestFunction(stack, "F")
table = dynamodb.Table(stack, "T", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
                       stream=dynamodb.StreamViewType.NEW_IMAGE, removal_policy=cdk.RemovalPolicy.DESTROY)
fn.add_event_source(DynamoEventSource(table, batch_size=5, starting_position=lambda_.StartingPosition.LATEST,
                                      metrics_config=lambda_.MetricsConfig(metrics=[])))
fn2 = TestFunction(stack, "F5")
fn2.add_event_source(DynamoEventSource(table, batch_size=5, starting_position=lambda_.StartingPosition.LATEST,
                                       metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT])))
app.synth()
