"""Resources, methods and CORS preflights: validation messages, paths, defaults and method ARNs."""

from __future__ import annotations

import re

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import apigateway
from tests.l2.apigateway.conftest import resources_of_type


@pytest.fixture
def api(stack: Stack) -> apigateway.RestApi:
    return apigateway.RestApi(stack, "Api")


@pytest.mark.parametrize("part", ["books", "{id}", "{proxy+}", "a.b:c_d-e$f"])
def test_accepts_valid_path_parts(api: apigateway.RestApi, part: str) -> None:
    assert api.root.add_resource(part).path == f"/{part}"


@pytest.mark.parametrize("part", ["a/b", "sp ace", "{id", "*"])
def test_fails_on_invalid_path_parts(api: apigateway.RestApi, part: str) -> None:
    with pytest.raises(ValidationError) as err:
        api.root.add_resource(part)
    assert err.value.construct_path == "S/Api/Default"
    assert err.value.bare_message.startswith("Resource's path part only allow [a-zA-Z0-9:._-$]")


def test_resource_for_path_creates_and_reuses_resources(api: apigateway.RestApi) -> None:
    deep = api.root.resource_for_path("/a/b/c")
    assert deep.path == "/a/b/c"
    assert api.root.resource_for_path("a/b/c") is deep
    assert api.root.get_resource("a").get_resource("b").get_resource("c") is deep


def test_resource_for_path_starts_with_a_slash_only_at_the_root(api: apigateway.RestApi) -> None:
    child = api.root.add_resource("child")
    with pytest.raises(ValidationError, match=re.escape('Path may start with "/" only for the resource, but we are at: /child')):
        child.resource_for_path("/x")


def test_fails_on_unknown_http_method(api: apigateway.RestApi) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        api.root.add_method("FETCH")
    assert err.value.bare_message == (
        'Invalid HTTP method "FETCH". Allowed methods: ANY,OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD'
    )


def test_method_arns_replace_path_parameters(stack: Stack, api: apigateway.RestApi) -> None:
    method = api.root.add_resource("{id}").add_method("get")
    assert method.http_method == "GET"
    arn = stack.resolve(method.method_arn)["Fn::Join"][1]
    assert arn[-3:] == ["/", {"Ref": "ApiDeploymentStageprod3EB9684E"}, "/GET/*"]
    test_arn = stack.resolve(method.test_method_arn)["Fn::Join"][1]
    assert test_arn[-1] == "/test-invoke-stage/GET/*"


def test_duplicate_method_response_warns(stack: Stack, api: apigateway.RestApi, synth) -> None:
    method = api.root.add_method("GET", method_responses=[apigateway.MethodResponse(status_code="200")])
    method.add_method_response(status_code="200")
    template = synth(stack)
    (cfn,) = resources_of_type(template, "AWS::ApiGateway::Method").values()
    assert cfn["Properties"]["MethodResponses"] == [{"StatusCode": "200"}, {"StatusCode": "200"}]
    warnings = [m for m in stack.node.root.synth(force=True).get_stack_artifact("S").messages if m.level == "warning"]
    assert any("addMethodResponse called multiple times with statusCode=200" in str(m.entry["data"]) for m in warnings)


def test_authorization_type_conflicting_with_the_authorizer_fails(api: apigateway.RestApi) -> None:
    class Authorizer:
        authorizer_id = "auth"
        authorization_type = apigateway.AuthorizationType.CUSTOM

    with pytest.raises(ValidationError, match="Authorization type is set to AWS_IAM which is different"):
        api.root.add_method("GET", authorizer=Authorizer(), authorization_type=apigateway.AuthorizationType.IAM)


def test_default_method_options_are_inherited_and_merged(stack: Stack, synth) -> None:
    api = apigateway.RestApi(stack, "Api", default_method_options=apigateway.MethodOptions(api_key_required=True))
    child = api.root.add_resource(
        "child", default_method_options=apigateway.MethodOptions(authorization_type=apigateway.AuthorizationType.IAM)
    )
    child.add_method("GET")
    (cfn,) = resources_of_type(synth(stack), "AWS::ApiGateway::Method").values()
    assert cfn["Properties"]["ApiKeyRequired"] is True
    assert cfn["Properties"]["AuthorizationType"] == "AWS_IAM"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"allow_origins": []}, "allowOrigins must contain at least one origin"),
        (
            {"allow_origins": ["*", "https://a.com"]},
            'Invalid "allowOrigins" - cannot mix "*" with specific origins: *,https://a.com',
        ),
        (
            {"allow_origins": ["*"], "allow_methods": ["ANY", "GET"]},
            "ANY cannot be used with any other method. Received: ANY,GET",
        ),
        (
            {"allow_origins": ["*"], "max_age": Duration.seconds(1), "disable_cache": True},
            'The options "maxAge" and "disableCache" are mutually exclusive',
        ),
    ],
)
def test_fails_on_invalid_cors_options(api: apigateway.RestApi, options: dict, message: str) -> None:
    res = api.root.add_resource("r")
    with pytest.raises(ValidationError) as err:
        res.add_cors_preflight(**options)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Api/Default/r"


def test_proxy_on_root_also_adds_methods_to_the_root(stack: Stack, api: apigateway.RestApi, synth) -> None:
    proxy = api.root.add_proxy(any_method=False)
    proxy.add_method("GET")
    methods = resources_of_type(synth(stack), "AWS::ApiGateway::Method")
    resource_ids = [m["Properties"]["ResourceId"] for m in methods.values()]
    assert {"Fn::GetAtt": ["ApiF70053CD", "RootResourceId"]} in resource_ids
    assert {"Ref": "Apiproxy05443892"} in resource_ids
    assert len(methods) == 2


def test_lambda_rest_api_proxy_root_refuses_new_resources(stack: Stack) -> None:
    from l2 import lambda_

    fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("x"))
    api = apigateway.LambdaRestApi(stack, "Api", handler=fn)
    with pytest.raises(UnscopedValidationError, match="Cannot call 'addResource' on a proxying LambdaRestApi"):
        api.root.add_resource("x")
    with pytest.raises(UnscopedValidationError, match="Cannot call 'addMethod' on a proxying LambdaRestApi"):
        api.root.add_method("GET")
