"""WebSocketApi surface: connect/disconnect/default routes, route responses, API keys on routes, explicit
integrations and authorizers, stages with access logs and variables, grants, usage plans, keys and metrics."""

import jsii

import aws_cdk as cdk
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs


@jsii.implements(apigw.IAccessLogSettings)
class LogSettings:
    def __init__(self, destination):
        self._destination = destination

    @property
    def destination(self):
        return self._destination

    @property
    def format(self):
        return None


app = cdk.App()
stack = cdk.Stack(app, "WebSocketFeatures")

mock = integrations.WebSocketMockIntegration(
    "Mock", request_templates={"application/json": '{"statusCode": 200}'}, template_selection_expression="\\$default"
)
ws = apigw.WebSocketApi(
    stack,
    "Api",
    api_name="chat",
    description="every WebSocketApi option",
    route_selection_expression="$request.body.route",
    api_key_selection_expression=apigw.WebSocketApiKeySelectionExpression.AUTHORIZER_USAGE_IDENTIFIER_KEY,
    connect_route_options=apigw.WebSocketRouteOptions(integration=mock, authorizer=authorizers.WebSocketIamAuthorizer()),
    disconnect_route_options=apigw.WebSocketRouteOptions(integration=mock),
    default_route_options=apigw.WebSocketRouteOptions(integration=mock, return_response=True),
)
ws.add_route("echo", integration=integrations.WebSocketMockIntegration("Echo"), return_response=True)

role = iam.Role(stack, "CallerRole", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
aws_integration = integrations.WebSocketAwsIntegration(
    "Aws",
    integration_method="POST",
    integration_uri="arn:aws:apigateway:us-east-1:sqs:path/123456789012/queue",
    credentials_role=role,
    content_handling=apigw.ContentHandling.CONVERT_TO_TEXT,
    passthrough_behavior=apigw.PassthroughBehavior.NEVER,
    request_parameters={"integration.request.header.Content-Type": "'application/x-www-form-urlencoded'"},
    request_templates={"$default": "Action=SendMessage&MessageBody=$util.urlEncode($input.body)"},
    template_selection_expression="\\$default",
    timeout=cdk.Duration.seconds(5),
)
apigw.WebSocketRoute(stack, "SendRoute", web_socket_api=ws, route_key="send", integration=aws_integration,
                     api_key_required=True)

other = apigw.WebSocketApi(stack, "Other")
explicit = apigw.WebSocketIntegration(
    stack,
    "Explicit",
    web_socket_api=other,
    integration_type=apigw.WebSocketIntegrationType.MOCK,
    integration_uri="",
    integration_method="GET",
)
authorizer = apigw.WebSocketAuthorizer(
    stack,
    "Authorizer",
    web_socket_api=other,
    identity_source=["route.request.header.Authorization"],
    type=apigw.WebSocketAuthorizerType.LAMBDA,
    authorizer_uri="arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn/invocations",
)
imported_authorizer = apigw.WebSocketAuthorizer.from_web_socket_authorizer_attributes(
    stack, "ImportedAuthorizer", authorizer_id=authorizer.authorizer_id, authorizer_type="CUSTOM"
)
other.add_route("$connect", integration=integrations.WebSocketMockIntegration("Connect"), authorizer=imported_authorizer)

log_group = logs.LogGroup(stack, "Logs")
stage = apigw.WebSocketStage(
    stack,
    "Stage",
    web_socket_api=ws,
    stage_name="prod",
    auto_deploy=True,
    stage_variables={"env": "prod"},
    access_log_settings=LogSettings(apigw.LogGroupLogDestination(log_group)),
)
stage.add_stage_variable("region", stack.region)

lambda_role = iam.Role(stack, "LambdaRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
ws.grant_manage_connections(lambda_role)
stage.grant_management_api_access(lambda_role)

key = apigw.RateLimitedApiKey(
    stack,
    "RateLimited",
    api_stages=[apigw.UsagePlanPerApiStage(api=ws, stage=stage)],
    quota=apigw.QuotaSettings(limit=100, period=apigw.Period.DAY),
    throttle=apigw.ThrottleSettings(rate_limit=5, burst_limit=10),
)
plain_key = apigw.RateLimitedApiKey(stack, "Plain", api_key_name="plain", enabled=False)
key.grant_read(lambda_role)
key.grant_write(lambda_role)
plain_key.grant_read_write(lambda_role)
imported_key = apigw.ApiKey.from_api_key_id(stack, "ImportedKey", "key-1")
plan = apigw.UsagePlan(stack, "Plan")
plan.add_api_key(imported_key, override_logical_id="ImportedKeyUsage")
imported_plan = apigw.UsagePlan.from_usage_plan_id(stack, "ImportedPlan", "plan-1")
imported_plan.add_api_key(plain_key)

for name, metric in {"Api": ws.metric("ConnectCount"), "Stage": stage.metric("MessageCount", statistic="Sum")}.items():
    cloudwatch.Alarm(stack, f"{name}Alarm", metric=metric, threshold=1, evaluation_periods=1)

imported = apigw.WebSocketApi.from_web_socket_api_attributes(stack, "Imported", web_socket_id="ws-1",
                                                             api_endpoint="wss://x")
imported_stage = apigw.WebSocketStage.from_web_socket_stage_attributes(stack, "ImportedStage", api=imported,
                                                                       stage_name="dev")

cdk.CfnOutput(stack, "Url", value=stage.url)
cdk.CfnOutput(stack, "CallbackUrl", value=stage.callback_url)
cdk.CfnOutput(stack, "Endpoint", value=ws.api_endpoint)
cdk.CfnOutput(stack, "ExecuteArn", value=ws.arn_for_execute_api("ANY", "/a", "prod"))
cdk.CfnOutput(stack, "ExecuteArnDefault", value=ws.arn_for_execute_api())
cdk.CfnOutput(stack, "KeyId", value=key.key_id)
cdk.CfnOutput(stack, "ExplicitId", value=explicit.integration_id)
cdk.CfnOutput(stack, "ImportedEndpoint", value=imported.api_endpoint)
cdk.CfnOutput(stack, "ImportedStageName", value=imported_stage.stage_name)
cdk.CfnOutput(stack, "Name", value=ws.web_socket_api_name)

app.synth()
