"""X-Ray L2 validation (word for word), imports and enable_tracing's refusals."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from constructs import App, Duration, Stack, SynthesisError, ValidationError
from l2 import iam, sqs, xray


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _rule(stack: Stack, **overrides: Any) -> xray.SamplingRule:
    kwargs: dict[str, Any] = {"priority": 100, "fixed_rate": 0.05, "reservoir_size": 1}
    kwargs.update(overrides)
    return xray.SamplingRule(stack, "Rule", **kwargs)


@pytest.mark.parametrize(("overrides", "message"), [
    ({"fixed_rate": 1.5}, "fixed_rate must be between 0 and 1 (a share of requests, 0.05 for 5%), got 1.5"),
    ({"fixed_rate": -0.1}, "fixed_rate must be between 0 and 1 (a share of requests, 0.05 for 5%), got -0.1"),
    ({"reservoir_size": -1},
     "reservoir_size must be a whole number of requests per second, 0 or more, got -1"),
    ({"priority": 0}, "priority must be a whole number from 1 to 9999, got 0"),
    ({"priority": 10000}, "priority must be a whole number from 1 to 9999, got 10000"),
    ({"rule_name": "r" * 33},
     f"rule_name must be 1 to 32 characters long, got 33 characters: '{'r' * 33}'"),
    ({"rule_name": ""}, "rule_name must be 1 to 32 characters long, got 0 characters: ''"),
    ({"rule_name": "Default"},
     "rule_name 'Default' is reserved for the account's default sampling rule: choose another name"),
    ({"version": 2}, "version must be 1, the only sampling rule version X-Ray knows, got 2"),
    ({"http_method": "x" * 11}, "http_method must be at most 10 characters long, got 11 characters"),
    ({"url_path": "/" * 129}, "url_path must be at most 128 characters long, got 129 characters"),
    ({"sampling_rate_boost": xray.SamplingRateBoost(max_rate=2, cooldown_window=Duration.minutes(5))},
     "sampling_rate_boost.max_rate must be between 0 and 1, got 2"),
    ({"sampling_rate_boost": xray.SamplingRateBoost(max_rate=0.5, cooldown_window=Duration.seconds(0))},
     "sampling_rate_boost.cooldown_window must be at least 1 minute"),
])
def test_fails_on_sampling_rule_values_out_of_range(stack: Stack, overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        _rule(stack, **overrides)
    assert str(err.value) == f"{message}\n    at path [S/Rule]"


def test_sampling_rule_accepts_the_range_bounds(stack: Stack) -> None:
    rule = _rule(stack, priority=1, fixed_rate=0, reservoir_size=0, rule_name="r" * 32)
    assert rule.rule_name == "r" * 32
    _rule(Stack(App(), "T"), priority=9999, fixed_rate=1)


def test_fails_on_a_group_name_too_long(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        xray.Group(stack, "G", group_name="g" * 33)
    assert str(err.value) == f"group_name must be 1 to 32 characters long, got 33 characters: '{'g' * 33}'" \
        "\n    at path [S/G]"


def test_fails_on_notifications_without_insights(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        xray.Group(stack, "G", notifications_enabled=True)
    assert str(err.value) == ("notifications_enabled=True needs insights_enabled=True: X-Ray sends Insights "
                              "notifications only for groups with Insights on\n    at path [S/G]")


def test_imports_a_group_by_arn(stack: Stack) -> None:
    group = xray.Group.from_group_arn(stack, "G", "arn:aws:xray:eu-west-1:123456789012:group/slow/ABCDEF")
    assert group.group_name == "slow"
    assert isinstance(group, xray.IGroup)
    with pytest.raises(ValidationError) as err:
        xray.Group.from_group_arn(stack, "H", "arn:aws:sqs:eu-west-1:123456789012:q")
    assert str(err.value) == ("group_arn must be an X-Ray group ARN 'arn:<partition>:xray:<region>:<account>:"
                              "group/<name>/<id>', got 'arn:aws:sqs:eu-west-1:123456789012:q'\n    at path [S]")


def test_fails_to_synthesize_an_empty_resource_policy() -> None:
    app = App()
    xray.ResourcePolicy(Stack(app, "S"), "P")
    with pytest.raises(SynthesisError) as err:
        app.synth(force=True)
    assert str(err.value) == ("ValidationFailedWithErrors: Validation failed with the following errors:\n  [S/P] "
                              "the X-Ray resource policy has no statements: pass policy_document or call "
                              "add_statements()")


def test_resource_policy_takes_a_document(stack: Stack) -> None:
    doc = iam.PolicyDocument(statements=[iam.PolicyStatement(actions=["xray:PutTraceSegments"], resources=["*"],
                                                              principals=[iam.AccountRootPrincipal()])])
    policy = xray.ResourcePolicy(stack, "P", policy_document=doc)
    assert policy.document is doc


def test_enable_tracing_refuses_constructs_without_active_tracing(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Q")
    with pytest.raises(ValidationError) as err:
        xray.enable_tracing(queue)
    assert str(err.value) == (
        "enable_tracing: construct of type Queue (L1 AWS::SQS::Queue) does not support X-Ray active tracing; "
        "supported: AWS::Lambda::Function, AWS::StepFunctions::StateMachine, AWS::ApiGateway::Stage, "
        "AWS::ApiGateway::RestApi (its deployment stage), AWS::AppSync::GraphQLApi, "
        "AWS::ECS::TaskDefinition (an X-Ray daemon sidecar)\n    at path [S/Q]")


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError):
        xray.SamplingRule(stack, "R", priority="high", fixed_rate=0.1, reservoir_size=1)  # type: ignore[arg-type]


def test_enable_tracing_turns_on_appsync_xray(stack: Stack, tmp_path: Any) -> None:
    from assertions import Template
    from l2 import appsync

    schema = tmp_path / "schema.graphql"
    schema.write_text("type Query { hello: String }\n")
    api = appsync.GraphqlApi(stack, "Api", name="api", schema=appsync.SchemaFile.from_asset(str(schema)))
    xray.enable_tracing(api)
    # what aws-cdk-lib's own switch, GraphqlApi(xray_enabled=True), renders
    Template.from_stack(stack).has_resource_properties("AWS::AppSync::GraphQLApi", {"XrayEnabled": True})


@given(rate=st.floats(min_value=0, max_value=1), reservoir=st.integers(min_value=0, max_value=10**6),
       priority=st.integers(min_value=1, max_value=9999))
@settings(max_examples=25, deadline=None)
def test_values_inside_the_ranges_render_unchanged(rate: float, reservoir: int, priority: int) -> None:
    stack = Stack(App(), "S")
    xray.SamplingRule(stack, "R", fixed_rate=rate, reservoir_size=reservoir, priority=priority)
    from assertions import Template

    [resource] = Template.from_stack(stack).find_resources("AWS::XRay::SamplingRule").values()
    rendered = resource["Properties"]["SamplingRule"]
    assert (rendered["FixedRate"], rendered["ReservoirSize"], rendered["Priority"]) == (rate, reservoir, priority)


@given(rate=st.one_of(st.floats(max_value=-1e-9, allow_nan=False, allow_infinity=False),
                      st.floats(min_value=1.000001, allow_nan=False, allow_infinity=False)))
@settings(max_examples=40, deadline=None)
def test_fixed_rates_outside_0_to_1_are_refused(rate: float) -> None:
    with pytest.raises(ValidationError, match="^fixed_rate must be between 0 and 1"):
        xray.SamplingRule(Stack(App(), "S"), "R", fixed_rate=rate, reservoir_size=1, priority=1)
