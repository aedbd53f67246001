"""The 2.275 surface around an API: ``*_ref`` structs, API key grants, ``RateLimitedApiKey`` with every option,
imported domain names and gateway responses, ``grant_invoke_from_vpc_endpoints_only`` (two calls) and metrics with
options."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "RefsGrantsImports")
api = apigateway.RestApi(
    stack,
    "Api",
    cloud_watch_role=False,
    endpoint_configuration=apigateway.EndpointConfiguration(types=[apigateway.EndpointType.PRIVATE]),
)
books = api.root.add_resource("books")
get = books.add_method("GET")
validator = api.add_request_validator("Validator", validate_request_body=True)
response = api.add_gateway_response(
    "NotFound", type=apigateway.ResponseType.RESOURCE_NOT_FOUND, status_code="404",
    response_headers={"Access-Control-Allow-Origin": "'*'"},
)
plan = api.add_usage_plan("Plan", name="plan", throttle=apigateway.ThrottleSettings(rate_limit=10, burst_limit=2))
key = api.add_api_key("Key", api_key_name="key-name", description="a key")
plan.add_api_key(key, override_logical_id="PlanKeyOverride")

reader = iam.Role(stack, "Reader", assumed_by=iam.AccountRootPrincipal())
key.grants.read(reader)
key.grant_read_write(reader)
apigateway.ApiKeyGrants.from_api_key(key).actions(reader, ["apigateway:GET"], resource_arns=["*"])

limited = apigateway.RateLimitedApiKey(
    stack,
    "Limited",
    api_key_name="limited",
    description="rate limited",
    customer_id="customer",
    enabled=False,
    generate_distinct_id=True,
    value="0123456789abcdefghij",
    stages=[api.deployment_stage],
    api_stages=[apigateway.UsagePlanPerApiStage(api=api, stage=api.deployment_stage)],
    quota=apigateway.QuotaSettings(limit=100, period=apigateway.Period.DAY),
    throttle=apigateway.ThrottleSettings(rate_limit=5),
)
limited.grant_write(reader)

endpoint_a = ec2.InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
    stack, "EndpointA", vpc_endpoint_id="vpce-0aaaaaaaaaaaaaaaa", port=443
)
endpoint_b = ec2.InterfaceVpcEndpoint.from_interface_vpc_endpoint_attributes(
    stack, "EndpointB", vpc_endpoint_id="vpce-0bbbbbbbbbbbbbbbb", port=443
)
api.grant_invoke_from_vpc_endpoints_only([endpoint_a])
api.grant_invoke_from_vpc_endpoints_only([endpoint_b, endpoint_a])

domain = apigateway.DomainName.from_domain_name_attributes(
    stack,
    "Domain",
    domain_name="api.example.com",
    domain_name_alias_hosted_zone_id="Z2FDTNDATAQYW2",
    domain_name_alias_target="d-abc.execute-api.us-east-1.amazonaws.com",
)
apigateway.BasePathMapping(stack, "Mapping", domain_name=domain, rest_api=api, base_path="v1")
imported_response = apigateway.GatewayResponse.from_gateway_response_id(stack, "ImportedResponse", "gr-123")

outputs = {
    "RestApiRef": api.rest_api_ref.rest_api_id,
    "RootResourceId": api.rest_api_root_resource_id,
    "StageRefName": api.deployment_stage.stage_ref.stage_name,
    "StageRefApi": api.deployment_stage.stage_ref.rest_api_id,
    "ResourceRef": books.resource_ref.resource_id,
    "ResourceRefApi": books.resource_ref.rest_api_id,
    "PlanRef": plan.usage_plan_ref.usage_plan_id,
    "ValidatorRef": validator.request_validator_ref.request_validator_id,
    "ResponseRef": response.gateway_response_ref.gateway_response_id,
    "ImportedResponseRef": imported_response.gateway_response_ref.gateway_response_id,
    "DomainRefName": domain.domain_name_ref.domain_name,
    "DomainRefArn": domain.domain_name_ref.domain_name_arn,
    "DomainAlias": domain.domain_name_alias_domain_name,
    "KeyRef": key.api_key_ref.api_key_id,
    "LimitedRef": limited.api_key_ref.api_key_id,
}
for name, value in outputs.items():
    cdk.CfnOutput(stack, name, value=value)

cloudwatch.Alarm(
    stack,
    "LatencyAlarm",
    metric=get.metric_latency(api.deployment_stage, period=cdk.Duration.minutes(1), statistic="p99", label="p99"),
    threshold=1000,
    evaluation_periods=3,
)
cloudwatch.Alarm(
    stack,
    "ErrorsAlarm",
    metric=api.deployment_stage.metric_server_error(color="#ff0000", period=cdk.Duration.minutes(10)),
    threshold=1,
    evaluation_periods=1,
)
cloudwatch.Alarm(
    stack,
    "CountAlarm",
    metric=api.metric_count(dimensions_map={"ApiName": "other"}, statistic="Sum"),
    threshold=100,
    evaluation_periods=1,
)
app.synth()
