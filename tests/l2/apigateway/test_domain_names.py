"""Custom domain names and base path mappings: validation messages."""

from __future__ import annotations

import pytest

from constructs import Stack, ValidationError
from l2 import apigateway


class _Cert:
    certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"


def _domain(stack: Stack, **props) -> apigateway.DomainName:
    return apigateway.DomainName(stack, "Domain", certificate=_Cert(), **{"domain_name": "api.example.com", **props})


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"domain_name": "Api.example.com"}, "Domain name does not support uppercase letters. Got: Api.example.com"),
        (
            {"security_policy": apigateway.SecurityPolicy.TLS13_1_3_2025_09},
            "Enhanced security policies require endpointAccessMode to be specified (BASIC or STRICT).",
        ),
        (
            {"security_policy": apigateway.SecurityPolicy.TLS_1_2,
             "endpoint_access_mode": apigateway.EndpointAccessMode.BASIC},
            "endpointAccessMode is not supported for legacy security policies (TLS_1_0, TLS_1_2).",
        ),
        (
            {"security_policy": apigateway.SecurityPolicy.TLS12_2018_EDGE,
             "endpoint_access_mode": apigateway.EndpointAccessMode.BASIC},
            "Security policy SecurityPolicy_TLS12_2018_EDGE is only supported for edge-optimized endpoints.",
        ),
    ],
)
def test_fails_on_invalid_domain_props(stack: Stack, props: dict, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        _domain(stack, **props)
    assert err.value.bare_message.startswith(message)


def test_multi_level_base_paths_need_a_regional_endpoint(stack: Stack) -> None:
    domain = _domain(stack, endpoint_type=apigateway.EndpointType.EDGE)
    api = apigateway.RestApi(stack, "Api")
    with pytest.raises(ValidationError) as err:
        domain.add_api_mapping(api.deployment_stage, base_path="a/b")
    assert err.value.bare_message == "multi-level basePath is only supported when endpointType is EndpointType.REGIONAL"
    assert err.value.construct_path == "S/Domain"


def test_a_base_path_is_mapped_once(stack: Stack) -> None:
    domain = _domain(stack)
    api = apigateway.RestApi(stack, "Api")
    domain.add_base_path_mapping(api, base_path="v1")
    with pytest.raises(ValidationError, match="DomainName Domain already has a mapping for path v1"):
        domain.add_base_path_mapping(api, base_path="v1")


@pytest.mark.parametrize(
    ("base_path", "message"),
    [
        ("/v1", 'A base path cannot start or end with /", received: /v1'),
        ("v1//x", 'A base path cannot have more than one consecutive /", received: v1//x'),
        ("v 1", "A base path may only contain letters, numbers, and one of \"$-_.+!*'()/\", received: v 1"),
    ],
)
def test_fails_on_invalid_base_paths(stack: Stack, base_path: str, message: str) -> None:
    domain = _domain(stack)
    api = apigateway.RestApi(stack, "Api")
    with pytest.raises(ValidationError) as err:
        apigateway.BasePathMapping(stack, "Map", domain_name=domain, rest_api=api, base_path=base_path)
    assert err.value.bare_message == message
