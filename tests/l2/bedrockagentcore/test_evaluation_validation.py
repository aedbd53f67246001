"""Bad input to the AgentCore evaluation constructs: the messages are aws-cdk-lib 2.275's (taken from the oracle),
and scoped errors name the construct path."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import constructs as cdk
from constructs import Stack, UnscopedValidationError, ValidationError
from l2 import bedrockagentcore as ac


def CFG() -> ac.EvaluatorConfig:
    return ac.EvaluatorConfig.llm_as_a_judge(
        instructions="i",
        model_id="m",
        rating_scale=ac.EvaluatorRatingScale.categorical(
            [ac.CategoricalRatingOption(label="a", definition="b")]
        ),
    )


def DS() -> ac.DataSourceConfig:
    return ac.DataSourceConfig.from_cloud_watch_logs(log_group_names=["g"], service_names=["s"])


def SEL() -> list[ac.EvaluatorSelector]:
    return [ac.EvaluatorSelector.builtin(ac.BuiltinEvaluator.REFUSAL)]


SCOPED: dict[str, tuple[Callable[[Stack], object], str, str]] = {
    "evaluator_name": (
        lambda s: ac.Evaluator(
            s, "E", evaluator_name="bad-name", level=ac.EvaluationLevel.SESSION, evaluator_config=CFG()
        ),
        'Evaluator name "bad-name" does not match required pattern. Must start with a letter and contain only alphanumeric characters and underscores.',
        "S/E",
    ),
    "evaluator_description": (
        lambda s: ac.Evaluator(
            s,
            "E",
            evaluator_name="ok",
            description="d" * 201,
            level=ac.EvaluationLevel.SESSION,
            evaluator_config=CFG(),
        ),
        "Description must be at most 200 characters, got 201",
        "S/E",
    ),
    "evaluator_tags": (
        lambda s: ac.Evaluator(
            s,
            "E",
            evaluator_name="ok",
            tags={"aws:x": "v!"},
            level=ac.EvaluationLevel.SESSION,
            evaluator_config=CFG(),
        ),
        'Tag key "aws:x" cannot start with "aws:" as this prefix is reserved by AWS\nTag value for key "aws:x" contains invalid characters. Valid: Unicode letters, digits, whitespace, and _./=+-',
        "S/E",
    ),
    "online_no_evaluators": (
        lambda s: ac.OnlineEvaluationConfig(
            s, "O", online_evaluation_config_name="o", evaluators=[], data_source=DS()
        ),
        "At least 1 evaluator is required, got 0",
        "S/O",
    ),
    "online_many_evaluators": (
        lambda s: ac.OnlineEvaluationConfig(
            s,
            "O",
            online_evaluation_config_name="o",
            evaluators=[ac.EvaluatorSelector.builtin(ac.BuiltinEvaluator.REFUSAL)] * 11,
            data_source=DS(),
        ),
        "At most 10 evaluators are allowed, got 11",
        "S/O",
    ),
    "online_name": (
        lambda s: ac.OnlineEvaluationConfig(
            s, "O", online_evaluation_config_name="o-o", evaluators=SEL(), data_source=DS()
        ),
        'Configuration name "o-o" does not match required pattern. Must start with a letter and contain only alphanumeric characters and underscores.',
        "S/O",
    ),
    "online_sampling_low": (
        lambda s: ac.OnlineEvaluationConfig(
            s,
            "O",
            online_evaluation_config_name="o",
            evaluators=SEL(),
            data_source=DS(),
            sampling_percentage=0,
        ),
        "Sampling percentage must be at least 0.01, got 0",
        "S/O",
    ),
    "online_sampling_high": (
        lambda s: ac.OnlineEvaluationConfig(
            s,
            "O",
            online_evaluation_config_name="o",
            evaluators=SEL(),
            data_source=DS(),
            sampling_percentage=100.5,
        ),
        "Sampling percentage must be at most 100, got 100.5",
        "S/O",
    ),
    "online_filters": (
        lambda s: ac.OnlineEvaluationConfig(
            s,
            "O",
            online_evaluation_config_name="o",
            evaluators=SEL(),
            data_source=DS(),
            filters=[
                ac.FilterConfig(
                    key="k", operator=ac.FilterOperator.CONTAINS, value=ac.FilterValue.string("v")
                )
            ]
            * 6,
        ),
        "At most 5 filters are allowed, got 6",
        "S/O",
    ),
    "online_timeout": (
        lambda s: ac.OnlineEvaluationConfig(
            s,
            "O",
            online_evaluation_config_name="o",
            evaluators=SEL(),
            data_source=DS(),
            session_timeout=cdk.Duration.hours(25),
        ),
        "Session timeout must be at most 1440 minutes, got 1500",
        "S/O",
    ),
    "online_tags": (
        lambda s: ac.OnlineEvaluationConfig(
            s,
            "O",
            online_evaluation_config_name="o",
            evaluators=SEL(),
            data_source=DS(),
            tags={"bad key": "v"},
        ),
        'Tag key "bad key" contains invalid characters',
        "S/O",
    ),
}

UNSCOPED: dict[str, tuple[Callable[[Stack], object], str]] = {
    "rating_empty": (
        lambda s: ac.EvaluatorRatingScale.categorical([]),
        "At least 1 categorical rating option is required, got 0",
    ),
    "rating_blank": (
        lambda s: ac.EvaluatorRatingScale.numerical(
            [ac.NumericalRatingOption(label=" ", definition="", value=1)]
        ),
        "Numerical rating option at index 0 must have a non-empty label\nNumerical rating option at index 0 must have a non-empty definition",
    ),
    "instructions_blank": (
        lambda s: ac.EvaluatorConfig.llm_as_a_judge(
            instructions="  ",
            model_id="m",
            rating_scale=ac.EvaluatorRatingScale.categorical(
                [ac.CategoricalRatingOption(label="a", definition="b")]
            ),
        ),
        "Instructions must not be empty",
    ),
    "source_no_groups": (
        lambda s: ac.DataSourceConfig.from_cloud_watch_logs(log_group_names=[], service_names=["s"]),
        "At least 1 log group name is required, got 0",
    ),
    "source_many_groups": (
        lambda s: ac.DataSourceConfig.from_cloud_watch_logs(log_group_names=["g"] * 6, service_names=["s"]),
        "At most 5 log group names are allowed, got 6",
    ),
    "source_services": (
        lambda s: ac.DataSourceConfig.from_cloud_watch_logs(log_group_names=["g"], service_names=["a", "b"]),
        "At most 1 service name is allowed, got 2",
    ),
}


@pytest.mark.parametrize("case", sorted(SCOPED))
def test_scoped_errors_have_aws_cdk_lib_message_and_path(stack: Stack, case: str) -> None:
    make, message, path = SCOPED[case]
    with pytest.raises(ValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
    assert err.value.construct_path == path


@pytest.mark.parametrize("case", sorted(UNSCOPED))
def test_unscoped_errors_have_aws_cdk_lib_message(stack: Stack, case: str) -> None:
    make, message = UNSCOPED[case]
    with pytest.raises(UnscopedValidationError) as err:
        make(stack)
    assert err.value.bare_message == message
