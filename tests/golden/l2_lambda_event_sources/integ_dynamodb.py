"""Port of aws-cdk integ.dynamodb.ts: a DynamoDB stream source with a tumbling window and the mapping ARN as an
output."""

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


class DynamoEventSourceTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "F")
        queue = dynamodb.Table(self, "T", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
                               stream=dynamodb.StreamViewType.NEW_IMAGE, removal_policy=cdk.RemovalPolicy.DESTROY)
        event_source = DynamoEventSource(queue, batch_size=5, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
                                         tumbling_window=cdk.Duration.seconds(60))
        fn.add_event_source(event_source)
        cdk.CfnOutput(self, "OutputEventSourceMappingArn", value=event_source.event_source_mapping_arn)


app = cdk.App()
DynamoEventSourceTest(app, "lambda-event-source-dynamodb")
app.synth()
