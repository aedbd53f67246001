"""examples/http_api written out with aws-cdk-lib's L2 classes: the patterns' constructs, same ids and props."""

from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

from constructs import Construct

HANDLER_DIR = Path(__file__).resolve().parents[3] / "examples" / "http_api" / "handler"

app = cdk.App()
stack = cdk.Stack(app, "ItemsHttpApi", description="An HTTP API storing items in DynamoDB (pycdk example)")
store = Construct(stack, "Store")
function = lambda_.Function(
    store,
    "LambdaFunction",
    code=lambda_.Code.from_asset(str(HANDLER_DIR), exclude=["__pycache__", "*.pyc"]),
    handler="items.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    memory_size=256,
    timeout=cdk.Duration.seconds(10),
    description="Items API: CRUD on the items table",
    tracing=lambda_.Tracing.ACTIVE,
)
table = dynamodb.Table(
    store,
    "DynamoTable",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
    encryption=dynamodb.TableEncryption.AWS_MANAGED,
    point_in_time_recovery_specification=dynamodb.PointInTimeRecoverySpecification(
        point_in_time_recovery_enabled=True
    ),
)
table.grant_read_write_data(function)
function.add_environment("TABLE_NAME", table.table_name)
api = Construct(stack, "Api")
log_group = logs.LogGroup(api, "ApiAccessLogGroup")
apigateway.LambdaRestApi(
    api,
    "LambdaRestApi",
    handler=function,
    rest_api_name="items-api",
    description="Items stored in DynamoDB",
    default_method_options=apigateway.MethodOptions(authorization_type=apigateway.AuthorizationType.IAM),
    deploy_options=apigateway.StageOptions(
        access_log_destination=apigateway.LogGroupLogDestination(log_group),
        access_log_format=apigateway.AccessLogFormat.json_with_standard_fields(
            caller=True, http_method=True, ip=True, protocol=True, request_time=True, resource_path=True,
            response_length=True, status=True, user=True,
        ),
        data_trace_enabled=False,
        logging_level=apigateway.MethodLoggingLevel.INFO,
        tracing_enabled=True,
    ),
)
cdk.CfnOutput(stack, "TableName", value=table.table_name)
app.synth()
