"""LambdaToDynamoDB with a customer key, composite key, provisioned capacity and read-only access, in aws-cdk-lib."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "S")
key = kms.Key(stack, "Key")
pattern = Construct(stack, "Items")
function = lambda_.Function(
    pattern,
    "LambdaFunction",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    tracing=lambda_.Tracing.ACTIVE,
    environment={"STAGE": "test"},
)
table = dynamodb.Table(
    pattern,
    "DynamoTable",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.NUMBER),
    billing_mode=dynamodb.BillingMode.PROVISIONED,
    read_capacity=5,
    write_capacity=2,
    encryption=dynamodb.TableEncryption.CUSTOMER_MANAGED,
    encryption_key=key,
    point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
        point_in_time_recovery_enabled=True
    ),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
table.grant_read_data(function)
function.add_environment("ITEMS_TABLE", table.table_name)
app.synth()
