"""HttpApi surface: CORS, default integration/authorizer/scopes, routes, explicit integrations/authorizers/routes,
stages with access logs, throttling and variables, metrics, IAM grants, VPC links and imports."""

import jsii

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw1
from aws_cdk import aws_apigatewayv2 as apigw
from aws_cdk import aws_apigatewayv2_authorizers as authorizers
from aws_cdk import aws_apigatewayv2_integrations as integrations
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_logs as logs


@jsii.implements(apigw.IAccessLogSettings)
class LogSettings:
    def __init__(self, destination, format=None):
        self._destination = destination
        self._format = format

    @property
    def destination(self):
        return self._destination

    @property
    def format(self):
        return self._format


app = cdk.App()
stack = cdk.Stack(app, "HttpApiFeatures")

api = apigw.HttpApi(
    stack,
    "Api",
    api_name="features",
    description="every HttpApi option",
    cors_preflight=apigw.CorsPreflightOptions(
        allow_credentials=True,
        allow_headers=["Authorization"],
        allow_methods=[apigw.CorsHttpMethod.GET, apigw.CorsHttpMethod.ANY],
        allow_origins=["https://example.com"],
        expose_headers=["X-Trace"],
        max_age=cdk.Duration.hours(1),
    ),
    default_integration=integrations.HttpUrlIntegration("DefaultIntegration", "https://example.com"),
    default_authorizer=authorizers.HttpIamAuthorizer(),
    default_authorization_scopes=["read"],
)

books = api.add_routes(
    path="/books",
    methods=[apigw.HttpMethod.GET, apigw.HttpMethod.POST],
    integration=integrations.HttpUrlIntegration(
        "Books",
        "https://books.example.com",
        method=apigw.HttpMethod.PATCH,
        timeout=cdk.Duration.seconds(10),
        parameter_mapping=apigw.ParameterMapping()
        .append_header("x-a", apigw.MappingValue.request_header("h"))
        .overwrite_header("x-b", apigw.MappingValue.context_variable("requestId"))
        .remove_header("x-c")
        .append_query_string("q", apigw.MappingValue.request_query_string("q"))
        .overwrite_query_string("r", apigw.MappingValue.stage_variable("s"))
        .remove_query_string("t")
        .overwrite_path(apigw.MappingValue.request_path()),
    ),
)
open_route = api.add_routes(
    path="/open/{proxy+}",
    integration=integrations.HttpUrlIntegration("Open", "https://open.example.com"),
    authorizer=apigw.HttpNoneAuthorizer(),
)

user = iam.User(stack, "User")
books[0].grant_invoke(user)
role = iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
any_route = api.add_routes(path="/any", integration=integrations.HttpUrlIntegration("Any", "https://any.example.com"))
any_route[0].grant_invoke(role, http_methods=[apigw.HttpMethod.GET, apigw.HttpMethod.DELETE])

jwt = apigw.HttpAuthorizer(
    stack,
    "Jwt",
    http_api=api,
    identity_source=["$request.header.Authorization"],
    type=apigw.HttpAuthorizerType.JWT,
    jwt_audience=["aud"],
    jwt_issuer="https://issuer.example.com",
)
explicit = apigw.HttpIntegration(
    stack,
    "Explicit",
    http_api=api,
    integration_type=apigw.HttpIntegrationType.HTTP_PROXY,
    integration_uri="https://explicit.example.com",
    method=apigw.HttpMethod.GET,
    payload_format_version=apigw.PayloadFormatVersion.custom("1.0"),
    parameter_mapping=apigw.ParameterMapping.from_object({"append:header.x": apigw.MappingValue.custom("y")}),
    credentials=apigw.IntegrationCredentials.use_caller_identity(),
)
imported_authorizer = apigw.HttpAuthorizer.from_http_authorizer_attributes(
    stack, "ImportedAuthorizer", authorizer_id=jwt.authorizer_id, authorizer_type="JWT"
)
apigw.HttpRoute(
    stack,
    "Scoped",
    http_api=api,
    route_key=apigw.HttpRouteKey.with_("/scoped", apigw.HttpMethod.PUT),
    integration=integrations.HttpUrlIntegration("Scoped", "https://scoped.example.com"),
    authorizer=imported_authorizer,
    authorization_scopes=["write", "read"],
)

log_group = logs.LogGroup(stack, "Logs")
stage = api.add_stage(
    "Beta",
    stage_name="beta",
    auto_deploy=True,
    description="beta stage",
    detailed_metrics_enabled=True,
    throttle=apigw.ThrottleSettings(burst_limit=50, rate_limit=100),
    stage_variables={"env": "beta"},
    access_log_settings=LogSettings(apigw.LogGroupLogDestination(log_group)),
)
stage.add_stage_variable("extra", "1")
apigw.HttpStage(
    stack,
    "Custom",
    http_api=api,
    stage_name="custom",
    access_log_settings=LogSettings(
        apigw.LogGroupLogDestination(log_group),
        apigw1.AccessLogFormat.json_with_standard_fields(
            caller=False, http_method=True, ip=True, protocol=True, request_time=True,
            resource_path=True, response_length=True, status=True, user=True,
        ),
    ),
)

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
sg = ec2.SecurityGroup(stack, "LinkSg", vpc=vpc)
link = api.add_vpc_link(vpc=vpc, security_groups=[sg])
same = api.add_vpc_link(vpc=vpc)
named = apigw.VpcLink(stack, "Named", vpc=vpc, vpc_link_name="named-link",
                      subnets=ec2.SubnetSelection(subnet_type=ec2.SubnetType.PUBLIC))
named.add_security_groups(sg)
imported_link = apigw.VpcLink.from_vpc_link_attributes(stack, "ImportedLink", vpc=vpc, vpc_link_id="abc123")

for name, metric in {
    "ClientError": api.metric_client_error(),
    "ServerError": api.metric_server_error(period=cdk.Duration.minutes(1)),
    "Data": api.metric_data_processed(),
    "Count": api.metric_count(),
    "IntegrationLatency": api.metric_integration_latency(statistic="p99"),
    "Latency": api.metric_latency(),
    "StageLatency": stage.metric_latency(),
    "StageCount": stage.metric_count(),
    "StageClientError": stage.metric_client_error(),
    "StageServerError": stage.metric_server_error(),
    "StageData": stage.metric_data_processed(),
    "StageIntegrationLatency": stage.metric_integration_latency(),
}.items():
    cloudwatch.Alarm(stack, f"{name}Alarm", metric=metric, threshold=1, evaluation_periods=1)

imported = apigw.HttpApi.from_http_api_attributes(stack, "Imported", http_api_id="imp123", api_endpoint="https://x")
imported_stage = apigw.HttpStage.from_http_stage_attributes(stack, "ImportedStage", api=imported, stage_name="prod")

cdk.CfnOutput(stack, "Url", value=api.url)
cdk.CfnOutput(stack, "Endpoint", value=api.api_endpoint)
cdk.CfnOutput(stack, "StageUrl", value=stage.url)
cdk.CfnOutput(stack, "RouteArn", value=books[1].route_arn)
cdk.CfnOutput(stack, "OpenRouteArn", value=open_route[0].route_arn)
cdk.CfnOutput(stack, "ExecuteArn", value=api.arn_for_execute_api("ANY", "/books", "beta"))
cdk.CfnOutput(stack, "ExecuteArnDefault", value=api.arn_for_execute_api())
cdk.CfnOutput(stack, "HelperArn", value=apigw.HttpApiHelper.from_http_api(imported).arn_for_execute_api("GET"))
cdk.CfnOutput(stack, "ImportedEndpoint", value=imported.api_endpoint)
cdk.CfnOutput(stack, "ImportedStageName", value=imported_stage.stage_name)
cdk.CfnOutput(stack, "Links", value=cdk.Fn.join(",", [link.vpc_link_id, same.vpc_link_id, imported_link.vpc_link_id]))
cdk.CfnOutput(stack, "ExplicitId", value=explicit.integration_id)
cdk.CfnOutput(stack, "ApiName", value=api.http_api_name)

apigw.HttpApi(stack, "NoStage", create_default_stage=False, disable_execute_api_endpoint=True)

app.synth()
