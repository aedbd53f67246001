"""HttpIntegration, AwsIntegration (path and action) and a raw Integration, with integration options."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "Integrations")
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
api = apigateway.RestApi(stack, "Api")
http = api.root.add_resource("http")
http.add_method("GET", apigateway.HttpIntegration("https://example.com/{proxy}"))
http.add_method("POST", apigateway.HttpIntegration(
    "https://example.com/post", proxy=False, http_method="PUT",
    options=apigateway.IntegrationOptions(
        request_parameters={"integration.request.header.X-From": "'cdk'"},
        cache_key_parameters=["method.request.path.id"], cache_namespace="ns",
        timeout=cdk.Duration.seconds(10), content_handling=apigateway.ContentHandling.CONVERT_TO_TEXT,
        integration_responses=[apigateway.IntegrationResponse(status_code="200")])))
aws = api.root.add_resource("sqs")
aws.add_method("POST", apigateway.AwsIntegration(
    service="sqs", path="123456789012/my-queue", integration_http_method="POST",
    options=apigateway.IntegrationOptions(credentials_role=role,
                                          passthrough_behavior=apigateway.PassthroughBehavior.WHEN_NO_TEMPLATES)))
aws.add_method("GET", apigateway.AwsIntegration(
    service="sns", action="ListTopics", action_parameters={"Version": "2010-03-31", "Next": "a b"},
    region="eu-west-1", options=apigateway.IntegrationOptions(credentials_passthrough=True)))
aws.add_method("PUT", apigateway.AwsIntegration(service="dynamodb", subdomain="streams", action="ListStreams",
                                                proxy=True))
raw = api.root.add_resource("raw")
raw.add_method("GET", apigateway.Integration(type=apigateway.IntegrationType.HTTP_PROXY,
                                             integration_http_method="GET", uri="https://raw.example.com"))
app.synth()
