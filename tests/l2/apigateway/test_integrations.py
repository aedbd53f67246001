"""Integrations: option validation, URIs, credentials, Lambda permissions and the deployment token."""

from __future__ import annotations

import pytest

from constructs import Duration, Stack, UnscopedValidationError
from l2 import apigateway, iam, lambda_
from tests.l2.apigateway.conftest import resources_of_type


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: apigateway.MockIntegration(
                credentials_passthrough=True,
                credentials_role=iam.Role.from_role_arn(Stack(), "R", "arn:aws:iam::123456789012:role/r"),
            ),
            "'credentialsPassthrough' and 'credentialsRole' are mutually exclusive",
        ),
        (
            lambda: apigateway.MockIntegration(connection_type=apigateway.ConnectionType.VPC_LINK),
            "'connectionType' of VPC_LINK requires 'vpcLink' prop to be set",
        ),
        (
            lambda: apigateway.MockIntegration(timeout=Duration.millis(49)),
            "Integration timeout must be greater than 50 milliseconds.",
        ),
        (
            lambda: apigateway.Integration(type=apigateway.IntegrationType.HTTP),
            "integrationHttpMethod is required for non-mock integration types.",
        ),
        (
            lambda: apigateway.AwsIntegration(service="sqs", path="p", action="a"),
            '"path" and "action" are mutually exclusive (path="p", action="a")',
        ),
        (lambda: apigateway.AwsIntegration(service="sqs"), 'Either "path" or "action" are required'),
        (
            lambda: apigateway.AwsIntegration(service="sqs", action_parameters={"a": "b"}),
            '"actionParams" requires that "action" will be set',
        ),
        (
            lambda: apigateway.HttpIntegration(
                "https://x", options=apigateway.IntegrationOptions(
                    response_transfer_mode=apigateway.ResponseTransferMode.STREAM), proxy=False),
            "ResponseTransferMode STREAM is only supported for AWS_PROXY and HTTP_PROXY integration types, got: HTTP",
        ),
    ],
)
def test_fails_on_invalid_integration_options(build, message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        build()
    assert err.value.bare_message == message


def _integration_of(stack: Stack, synth, integration: apigateway.Integration) -> dict:
    api = apigateway.RestApi(stack, "Api")
    api.root.add_method("POST", integration)
    (method,) = resources_of_type(synth(stack), "AWS::ApiGateway::Method").values()
    return method["Properties"]["Integration"]


def test_http_integration_is_a_get_proxy_by_default(stack: Stack, synth) -> None:
    assert _integration_of(stack, synth, apigateway.HttpIntegration("https://x.example.com")) == {
        "IntegrationHttpMethod": "GET",
        "Type": "HTTP_PROXY",
        "Uri": "https://x.example.com",
    }


def test_aws_integration_action_parameters_are_url_encoded(stack: Stack, synth) -> None:
    integ = _integration_of(stack, synth, apigateway.AwsIntegration(
        service="sqs", action="SendMessage", action_parameters={"QueueUrl": "https://q/1", "Body": "a b+c"}))
    parts = integ["Uri"]["Fn::Join"][1]
    assert parts[-1] == ":sqs:action/SendMessage&QueueUrl=https%3A%2F%2Fq%2F1&Body=a%20b%2Bc"
    assert integ["Type"] == "AWS" and integ["IntegrationHttpMethod"] == "POST"


def test_credentials_passthrough_uses_any_user_arn(stack: Stack, synth) -> None:
    integ = _integration_of(stack, synth, apigateway.MockIntegration(credentials_passthrough=True))
    assert integ["Credentials"] == {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::*:user/*"]]}


def test_credentials_role_uses_the_role_arn(stack: Stack, synth) -> None:
    role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("apigateway.amazonaws.com"))
    integ = _integration_of(stack, synth, apigateway.MockIntegration(credentials_role=role))
    assert integ["Credentials"] == {"Fn::GetAtt": ["Role1ABCC5F0", "Arn"]}


def _fn(stack: Stack, **props) -> lambda_.Function:
    return lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=lambda_.Code.from_inline("x"), **props)


def test_lambda_integration_permissions_are_named_after_api_method_and_path(stack: Stack, synth) -> None:
    fn = _fn(stack)
    api = apigateway.RestApi(stack, "Api")
    api.root.add_resource("a").add_resource("{b}").add_method("PUT", apigateway.LambdaIntegration(fn))
    method = api.root.get_resource("a").get_resource("{b}").node.find_child("PUT")
    ids = sorted(c.node.id for c in method.node.children if c.node.id.startswith("ApiPermission"))
    assert ids == ["ApiPermission.SApi9B7BB00C.PUT..a.{b}", "ApiPermission.Test.SApi9B7BB00C.PUT..a.{b}"]
    perms = resources_of_type(synth(stack), "AWS::Lambda::Permission")
    arns = sorted(p["Properties"]["SourceArn"]["Fn::Join"][1][-1] for p in perms.values())
    assert arns == ["/PUT/a/*", "/test-invoke-stage/PUT/a/*"]


def test_api_scoped_lambda_permission_is_created_once(stack: Stack, synth) -> None:
    fn = _fn(stack)
    api = apigateway.RestApi(stack, "Api")
    api.root.add_method("GET", apigateway.LambdaIntegration(fn, scope_permission_to_method=False))
    api.root.add_method("POST", apigateway.LambdaIntegration(fn, scope_permission_to_method=False))
    perms = resources_of_type(synth(stack), "AWS::Lambda::Permission")
    assert len(perms) == 1
    (perm,) = perms.values()
    assert perm["Properties"]["SourceArn"]["Fn::Join"][1][-1] == "/*/*/*"


def test_lambda_integration_deployment_token_only_for_named_functions(stack: Stack) -> None:
    api = apigateway.RestApi(stack, "Api")
    unnamed = apigateway.LambdaIntegration(_fn(stack)).bind(api.root.add_method("GET"))
    assert unnamed.deployment_token is None
    named_fn = lambda_.Function(stack, "Named", function_name="my-fn", runtime=lambda_.Runtime.PYTHON_3_12,
                                handler="index.handler", code=lambda_.Code.from_inline("x"))
    named = apigateway.LambdaIntegration(named_fn).bind(api.root.add_method("POST"))
    assert named.deployment_token == '{"functionName":"my-fn"}'
