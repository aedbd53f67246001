"""Stages (access logs, caching, method settings), usage plans, API keys and the private helpers."""

from __future__ import annotations

import pytest

from constructs import Duration, Stack, UnscopedValidationError, ValidationError
from l2 import apigateway, logs
from l2.apigateway._private.js_json import js_stringify
from l2.apigateway._private.util import parse_method_options_path
from tests.l2.apigateway.conftest import resources_of_type


def _stage(stack: Stack, synth, **options) -> dict:
    api = apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(**options))
    api.root.add_method("GET")
    (stage,) = resources_of_type(synth(stack), "AWS::ApiGateway::Stage").values()
    return stage["Properties"]


def test_access_log_format_must_include_a_request_id(stack: Stack) -> None:
    group = logs.LogGroup(stack, "Logs")
    with pytest.raises(ValidationError) as err:
        apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(
            access_log_destination=apigateway.LogGroupLogDestination(group),
            access_log_format=apigateway.AccessLogFormat.custom("$context.status")))
    assert err.value.construct_path == "S/Api/DeploymentStage.prod"
    assert err.value.bare_message == (
        "Access log must include either `AccessLogFormat.contextRequestId()` or "
        "`AccessLogFormat.contextExtendedRequestId()`"
    )


def test_access_log_format_needs_a_destination(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Access log format is specified without a destination"):
        apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(
            access_log_format=apigateway.AccessLogFormat.clf()))


def test_cache_cluster_size_conflicts_with_a_disabled_cluster(stack: Stack) -> None:
    with pytest.raises(ValidationError, match='Cannot set "cacheClusterSize" to 1.6 and "cacheClusterEnabled" to "false"'):
        apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(
            cache_cluster_enabled=False, cache_cluster_size="1.6"))


def test_method_caching_conflicts_with_a_disabled_cluster(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Cannot enable caching for method /\\*/\\* since cache cluster is disabled"):
        apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(
            cache_cluster_enabled=False, caching_enabled=True))


def test_method_caching_enables_the_cache_cluster(stack: Stack, synth) -> None:
    props = _stage(stack, synth, caching_enabled=True, cache_ttl=Duration.minutes(1))
    assert props["CacheClusterEnabled"] is True
    assert props["CacheClusterSize"] == "0.5"
    assert props["MethodSettings"] == [{"CacheTtlInSeconds": 60, "CachingEnabled": True, "DataTraceEnabled": False,
                                        "HttpMethod": "*", "ResourcePath": "/*"}]


def test_no_method_settings_without_method_options(stack: Stack, synth) -> None:
    assert "MethodSettings" not in _stage(stack, synth, stage_name="dev")


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/*/*", ("*", "/*")),
        ("/pets/get", ("GET", "/~1pets")),
        ("/a/b/POST", ("POST", "/~1a~1b")),
        ("//GET", ("GET", "/")),
    ],
)
def test_method_options_paths(path: str, expected: tuple[str, str]) -> None:
    assert parse_method_options_path(path) == expected


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("pets/GET", "Method options path must start with '/': pets/GET"),
        ("/GET", "Method options path must include at least two components: /{resource}/{method} (i.e. /foo/bar/GET): GET"),
        ("/pets/FETCH", '/pets/FETCH: Invalid HTTP method "FETCH". Allowed methods: ANY,OPTIONS,GET,PUT,POST,DELETE,PATCH,HEAD'),
    ],
)
def test_fails_on_invalid_method_options_paths(path: str, message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        parse_method_options_path(path)
    assert err.value.bare_message == message


def test_usage_plan_limits_must_be_integers(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="Throttle burst limit should be an integer"):
        apigateway.UsagePlan(stack, "Plan", throttle=apigateway.ThrottleSettings(burst_limit=1.5))
    with pytest.raises(UnscopedValidationError, match="Throttle quota limit should be an integer"):
        apigateway.UsagePlan(stack, "Plan2", quota=apigateway.QuotaSettings(limit=2.5))


def test_api_key_takes_resources_or_stages_not_both(stack: Stack) -> None:
    api = apigateway.RestApi(stack, "Api")
    with pytest.raises(ValidationError) as err:
        apigateway.ApiKey(stack, "Key", resources=[api], stages=[api.deployment_stage])
    assert err.value.bare_message == 'Only one of "resources" or "stages" should be provided'
    assert err.value.construct_path == "S/Key"


def test_usage_plan_keys_are_named_after_the_key(stack: Stack, synth) -> None:
    key = apigateway.ApiKey(stack, "Key")
    plan = apigateway.UsagePlan(stack, "Plan")
    plan.add_api_key(key)
    # the order-insensitive id (a default-on flag in aws-cdk-lib v2): "UsagePlanKeyResource:" + the key's uid
    assert [c.node.id for c in plan.node.children] == ["Resource", "UsagePlanKeyResource:SKey15922093"]
    keys = resources_of_type(synth(stack), "AWS::ApiGateway::UsagePlanKey")
    assert list(keys) == ["PlanUsagePlanKeyResourceSKey15922093A64DA9B2"]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"b": 1, "a": [True, None, 1.5]}, '{"b":1,"a":[true,null,1.5]}'),
        ({"x": 1, "10": "ten", "2": "two"}, '{"2":"two","10":"ten","x":1}'),
        ({"skip": None, "n": 2.0, "big": 1e21, "small": 1e-7}, '{"n":2,"big":1e+21,"small":1e-7}'),
        ({"s": 'é"\n'}, '{"s":"é\\"\\n"}'),
    ],
)
def test_js_stringify_matches_node(value: object, text: str) -> None:
    assert js_stringify(value) == text


def test_firehose_destination_name_must_start_with_the_apigateway_prefix(stack: Stack) -> None:
    from l1.kinesisfirehose import CfnDeliveryStream

    stream = CfnDeliveryStream(stack, "Stream", delivery_stream_name="logs")
    with pytest.raises(ValidationError) as err:
        apigateway.RestApi(stack, "Api", deploy_options=apigateway.StageOptions(
            access_log_destination=apigateway.FirehoseLogDestination(stream)))
    assert err.value.bare_message == (
        "Firehose delivery stream name for access log destination must begin with 'amazon-apigateway-', got 'logs'"
    )
    assert err.value.construct_path == "S/Api/DeploymentStage.prod"
