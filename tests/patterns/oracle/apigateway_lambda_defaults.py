"""ApiGatewayToLambda's defaults spelled out with aws-cdk-lib's L2 classes (same construct ids)."""

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
    tracing=lambda_.Tracing.ACTIVE,
)
log_group = logs.LogGroup(pattern, "ApiAccessLogGroup")
apigateway.LambdaRestApi(
    pattern,
    "LambdaRestApi",
    handler=function,
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
app.synth()
