"""ApiGatewayToLambda with overridden API, stage and log group props, spelled out with aws-cdk-lib's L2 classes."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

from constructs import Construct

app = cdk.App()
stack = cdk.Stack(app, "S")
pattern = Construct(stack, "Api")
function = lambda_.Function(
    pattern,
    "LambdaFunction",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event\n"),
    handler="index.handler",
    runtime=lambda_.Runtime.PYTHON_3_12,
    tracing=lambda_.Tracing.PASS_THROUGH,
    memory_size=512,
)
log_group = logs.LogGroup(
    pattern, "ApiAccessLogGroup", retention=logs.RetentionDays.ONE_MONTH, removal_policy=cdk.RemovalPolicy.DESTROY
)
apigateway.LambdaRestApi(
    pattern,
    "LambdaRestApi",
    handler=function,
    endpoint_types=[apigateway.EndpointType.REGIONAL],
    rest_api_name="items",
    cloud_watch_role=False,
    default_method_options=apigateway.MethodOptions(authorization_type=apigateway.AuthorizationType.NONE),
    deploy_options=apigateway.StageOptions(
        access_log_destination=apigateway.LogGroupLogDestination(log_group),
        access_log_format=apigateway.AccessLogFormat.json_with_standard_fields(
            caller=True, http_method=True, ip=True, protocol=True, request_time=True, resource_path=True,
            response_length=True, status=True, user=True,
        ),
        data_trace_enabled=False,
        logging_level=apigateway.MethodLoggingLevel.ERROR,
        tracing_enabled=True,
        stage_name="v1",
        throttling_rate_limit=100,
        throttling_burst_limit=200,
    ),
)
app.synth()
