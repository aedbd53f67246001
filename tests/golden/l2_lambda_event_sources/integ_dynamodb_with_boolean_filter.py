"""Port of aws-cdk integ.dynamodb-with-boolean-filter.ts: a filter on a boolean attribute."""

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


app = cdk.App()
stack = cdk.Stack(app, "lambda-event-source-filter-boolean-dynamodb")
fn = TestFunction(stack, "F")
table = dynamodb.Table(stack, "T", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
                       stream=dynamodb.StreamViewType.NEW_IMAGE, removal_policy=cdk.RemovalPolicy.DESTROY)
fn.add_event_source(DynamoEventSource(table, batch_size=5, starting_position=lambda_.StartingPosition.LATEST, filters=[
    lambda_.FilterCriteria.filter({
        "eventName": lambda_.FilterRule.is_equal("INSERT"),
        "dynamodb": {"NewImage": {"id": {"BOOL": lambda_.FilterRule.is_equal(True)}}},
    }),
]))
app.synth()
