"""Models (JSON schema rendering), gateway responses and Lambda authorizers."""

from __future__ import annotations

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import apigateway, lambda_
from l2.apigateway._json_schema import to_cfn_json_schema
from tests.l2.apigateway.conftest import resources_of_type


def test_json_schema_renders_dollar_keys_and_keeps_user_property_names() -> None:
    schema = apigateway.JsonSchema(
        type=apigateway.JsonSchemaType.OBJECT,
        ref="#/definitions/a",
        properties={"schema": apigateway.JsonSchema(type=apigateway.JsonSchemaType.STRING), "not": {"ref": "x"}},
        not_=apigateway.JsonSchema(required=["x"]),
    )
    assert to_cfn_json_schema(schema) == {
        "not": {"required": ["x"]},
        "properties": {"schema": {"type": "string"}, "not": {"$ref": "x"}},
        "$ref": "#/definitions/a",
        "type": "object",
        "$schema": "http://json-schema.org/draft-04/schema#",
    }


def test_json_schema_keeps_an_explicit_version_in_place() -> None:
    rendered = to_cfn_json_schema(apigateway.JsonSchema(schema=apigateway.JsonSchemaVersion.DRAFT7, title="t"))
    assert list(rendered) == ["$schema", "title"]


def test_gateway_response_headers_are_prefixed(stack: Stack, synth) -> None:
    api = apigateway.RestApi(stack, "Api")
    api.root.add_method("GET")
    api.add_gateway_response("R", type=apigateway.ResponseType.of("unauthorized"), response_headers={"X-A": "'b'"})
    (resp,) = resources_of_type(synth(stack), "AWS::ApiGateway::GatewayResponse").values()
    assert resp["Properties"]["ResponseType"] == "UNAUTHORIZED"
    assert resp["Properties"]["ResponseParameters"] == {"gatewayresponse.header.X-A": "'b'"}


@pytest.mark.parametrize("factory", ["header", "query_string", "stage_variable", "context"])
def test_identity_sources_must_not_be_blank(factory: str) -> None:
    with pytest.raises(UnscopedValidationError, match="IdentitySources must be a non-empty string."):
        getattr(apigateway.IdentitySource, factory)("  ")


def _fn(stack: Stack) -> lambda_.Function:
    return lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=lambda_.Code.from_inline("x"))


def test_authorizer_cache_ttl_is_at_most_an_hour(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        apigateway.TokenAuthorizer(stack, "Auth", handler=_fn(stack), results_cache_ttl=Duration.minutes(61))
    assert err.value.bare_message == (
        "Lambda authorizer property 'resultsCacheTtl' must not be greater than 3600 seconds (1 hour)"
    )
    assert err.value.construct_path == "S"


def test_request_authorizer_needs_identity_sources_when_caching(stack: Stack) -> None:
    fn = _fn(stack)
    with pytest.raises(ValidationError, match="At least one Identity Source is required"):
        apigateway.RequestAuthorizer(stack, "Auth", handler=fn, identity_sources=[])
    apigateway.RequestAuthorizer(stack, "NoCache", handler=fn, identity_sources=[], results_cache_ttl=Duration.seconds(0))


def test_unattached_authorizer_fails_at_synthesis(stack: Stack, synth) -> None:
    apigateway.TokenAuthorizer(stack, "Auth", handler=_fn(stack))
    with pytest.raises(ValidationError, match=r"Authorizer \(S/Auth\) must be attached to a RestApi"):
        synth(stack)


def test_authorizer_cannot_serve_two_apis(stack: Stack) -> None:
    auth = apigateway.TokenAuthorizer(stack, "Auth", handler=_fn(stack))
    apigateway.RestApi(stack, "One").root.add_method("GET", authorizer=auth)
    with pytest.raises(ValidationError, match="Cannot attach authorizer to two different rest APIs"):
        apigateway.RestApi(stack, "Two").root.add_method("GET", authorizer=auth)
