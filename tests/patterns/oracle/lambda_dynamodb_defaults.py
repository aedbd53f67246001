"""LambdaToDynamoDB's defaults spelled out with aws-cdk-lib's L2 classes (same construct ids)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "S")
pattern = Construct(stack, "Items")
function = lambda_.Function(
    pattern,
    "LambdaFunction",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    tracing=lambda_.Tracing.ACTIVE,
)
table = dynamodb.Table(
    pattern,
    "DynamoTable",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    encryption=dynamodb.TableEncryption.AWS_MANAGED,
    point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
        point_in_time_recovery_enabled=True
    ),
)
table.grant_read_write_data(function)
function.add_environment("DDB_TABLE_NAME", table.table_name)
app.synth()
