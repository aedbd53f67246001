"""lambda_: Function validation errors, environment ordering, permissions and the current_version hash."""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import iam, lambda_, sns


def _template(stack: Stack) -> dict[str, Any]:
    return stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template


def _fn(stack: Stack, id: str = "Fn", **kwargs: Any) -> lambda_.Function:
    options: dict[str, Any] = {"runtime": lambda_.Runtime.PYTHON_3_12, "handler": "index.handler",
                               "code": lambda_.Code.from_inline("x")}
    options.update(kwargs)
    return lambda_.Function(stack, id, **options)


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def test_runtime_names_match_cdk() -> None:
    assert [r.name for r in (lambda_.Runtime.PYTHON_3_9, lambda_.Runtime.PYTHON_3_13, lambda_.Runtime.NODEJS_18_X,
                             lambda_.Runtime.NODEJS_24_X, lambda_.Runtime.JAVA_21,
                             lambda_.Runtime.PROVIDED_AL2023)] == [
        "python3.9", "python3.13", "nodejs18.x", "nodejs24.x", "java21", "provided.al2023"]
    assert (lambda_.Architecture.X86_64.name, lambda_.Architecture.ARM_64.name) == ("x86_64", "arm64")


def test_fails_on_long_function_names(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="can not be longer than 64 characters but has 65") as err:
        _fn(stack, function_name="f" * 65)
    assert "S/Fn" in str(err.value)


def test_fails_on_function_names_with_spaces(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Function name my fn can contain only letters"):
        _fn(stack, function_name="my fn")


def test_fails_on_reserved_environment_variables(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="AWS_REGION environment variable is reserved"):
        _fn(stack, environment={"AWS_REGION": "x"})


def test_fails_on_inline_code_for_compiled_runtimes(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError, match="Inline source not allowed for java21"):
        _fn(stack, runtime=lambda_.Runtime.JAVA_21)


def test_fails_on_empty_inline_code() -> None:
    with pytest.raises(UnscopedValidationError, match="Lambda inline code cannot be empty"):
        lambda_.Code.from_inline("")


def test_fails_on_a_dead_letter_topic_together_with_a_queue(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="deadLetterQueue and deadLetterTopic cannot be specified together"):
        _fn(stack, dead_letter_queue_enabled=True, dead_letter_topic=sns.Topic(stack, "Dlq"))


def test_fails_on_a_sixth_layer(stack: Stack) -> None:
    fn = _fn(stack)
    layers = [lambda_.LayerVersion.from_layer_version_arn(stack, f"L{i}", f"arn:aws:lambda:r:1:layer:l:{i}")
              for i in range(6)]
    fn.add_layers(*layers[:5])
    with pytest.raises(ValidationError, match="already uses 5 layers"):
        fn.add_layers(layers[5])


def test_fails_on_layers_for_other_runtimes(stack: Stack) -> None:
    layer = lambda_.LayerVersion.from_layer_version_attributes(
        stack, "L", layer_version_arn="arn:aws:lambda:r:1:layer:l:1", compatible_runtimes=[lambda_.Runtime.JAVA_21])
    with pytest.raises(ValidationError, match=r"python3.12 is not in \[java21\]"):
        _fn(stack, layers=[layer])


def test_fails_on_log_levels_without_json_logging(stack: Stack) -> None:
    # aws-cdk-lib checks LogFormat first: with neither format set, the message names LogFormat
    with pytest.raises(ValidationError, match="you must set LogFormat to 'JSON', got 'undefined'"):
        _fn(stack, application_log_level_v2=lambda_.ApplicationLogLevel.INFO)
    with pytest.raises(ValidationError, match="you must set LoggingFormat to 'JSON', got 'Text'"):
        _fn(stack, "Fn2", application_log_level_v2=lambda_.ApplicationLogLevel.INFO,
            logging_format=lambda_.LoggingFormat.TEXT)


@pytest.mark.parametrize(("use_version", "order"), [(False, ["B", "A", "C"]), (True, ["A", "B", "C"])])
def test_environment_keeps_insertion_order_unless_current_version_is_used(
    stack: Stack, use_version: bool, order: list[str]
) -> None:
    fn = _fn(stack, environment={"B": "2", "A": "1"})
    fn.add_environment("C", "3")
    if use_version:
        _ = fn.current_version  # reading the property creates the version
    props = _template(stack)["Resources"]["Fn9270CBC0"]["Properties"]
    assert list(props["Environment"]["Variables"]) == order


def test_current_version_logical_id_is_the_md5_of_the_locked_properties(stack: Stack) -> None:
    fn = _fn(stack, reserved_concurrent_executions=3)
    _ = fn.current_version  # reading the property creates the version
    resources = _template(stack)["Resources"]
    props = resources["Fn9270CBC0"]["Properties"]
    locked = {k: props[k] for k in ("Code", "Handler", "Role", "Runtime")}  # ReservedConcurrentExecutions excluded
    digest = hashlib.md5(json.dumps(locked, separators=(",", ":")).encode()).hexdigest()
    versions = [k for k, v in resources.items() if v["Type"] == "AWS::Lambda::Version"]
    assert versions == [f"FnCurrentVersion17A89ABB{digest}"]


def test_invalidate_version_based_on_rejects_tokens(stack: Stack) -> None:
    fn = _fn(stack)
    with pytest.raises(ValidationError, match="may not contain unresolved tokens"):
        fn.invalidate_version_based_on(fn.function_name)


def test_fails_on_permissions_with_unsupported_principals(stack: Stack) -> None:
    fn = _fn(stack)
    with pytest.raises(ValidationError, match="Invalid principal type for Lambda permission statement"):
        fn.add_permission("P", principal=iam.CompositePrincipal(iam.ServicePrincipal("a.amazonaws.com"),
                                                                 iam.ServicePrincipal("b.amazonaws.com")))


def test_grant_invoke_to_a_service_creates_one_permission_per_principal(stack: Stack) -> None:
    fn = _fn(stack)
    fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
    fn.grant_invoke(iam.ServicePrincipal("events.amazonaws.com"))
    permissions = [v for v in _template(stack)["Resources"].values() if v["Type"] == "AWS::Lambda::Permission"]
    assert len(permissions) == 1
    assert permissions[0]["Properties"]["Principal"] == "events.amazonaws.com"


def test_fails_on_event_source_mappings_without_a_source(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="Either eventSourceArn or kafkaBootstrapServers must be set"):
        _fn(stack).add_event_source_mapping("M")


def test_fails_on_alias_weights_above_one(stack: Stack) -> None:
    fn = _fn(stack)
    old = lambda_.Version(stack, "Old", lambda_=fn)
    with pytest.raises(ValidationError, match="Sum of additional version weights must not exceed 1, got: 1.5"):
        lambda_.Alias(stack, "A", alias_name="a", version=fn.current_version,
                      additional_versions=[lambda_.VersionWeight(version=old, weight=0.8),
                                           lambda_.VersionWeight(version=old, weight=0.7)])


def test_filter_criteria_serialise_compact_json() -> None:
    pattern = lambda_.FilterCriteria.filter({"body": {"n": lambda_.FilterRule.is_equal(2.0),
                                                      "s": lambda_.FilterRule.begins_with("a")}})
    assert pattern == {"pattern": '{"body":{"n":[{"numeric":["=",2]}],"s":[{"prefix":"a"}]}}'}
