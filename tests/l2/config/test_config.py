"""aws_config validation errors, imports and the rule lists: messages as aws-cdk-lib words them."""

from __future__ import annotations

import pytest

from constructs import Stack, ValidationError
from l2 import config, lambda_, sns


def _fn(stack: Stack) -> lambda_.Function:
    return lambda_.Function(stack, "F", code=lambda_.Code.from_inline("x"), handler="index.handler",
                            runtime=lambda_.Runtime.NODEJS_20_X)


def test_custom_rule_needs_a_trigger(stack: Stack) -> None:
    with pytest.raises(ValidationError) as info:
        config.CustomRule(stack, "Rule", lambda_function=_fn(stack))
    assert "At least one of `configurationChanges` or `periodic` must be set to true." in str(info.value)
    assert "S/Rule" in str(info.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "Policy Text cannot be empty."), ("x" * 10001, "Policy Text is limited to 10,000 characters or less.")],
)
def test_custom_policy_text(stack: Stack, text: str, message: str) -> None:
    with pytest.raises(ValidationError) as info:
        config.CustomPolicy(stack, "Policy", policy_text=text)
    assert message in str(info.value)
    assert "S/Policy" in str(info.value)


def test_at_most_five_topics(stack: Stack) -> None:
    topics = [sns.Topic(stack, f"T{i}") for i in range(6)]
    with pytest.raises(ValidationError, match="At most 5 topics can be specified."):
        config.CloudFormationStackNotificationCheck(stack, "Check", topics=topics)


def test_imported_rule_has_no_arn(stack: Stack) -> None:
    rule = config.ManagedRule.from_config_rule_name(stack, "I", "existing")
    assert isinstance(rule, config.IRule)
    assert rule.config_rule_ref.config_rule_name == "existing"  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="Cannot get the ARN of this ConfigRule; it has been created without "
                       "knowledge of its id"):
        _ = rule.config_rule_ref.config_rule_arn  # type: ignore[attr-defined]


def test_wrong_types_are_type_errors(stack: Stack) -> None:
    with pytest.raises(TypeError, match="maximum_execution_frequency"):
        config.ManagedRule(stack, "R", identifier="X", maximum_execution_frequency="One_Hour")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="evaluation_modes"):
        config.ManagedRule(stack, "Q", identifier="X", evaluation_modes=["DETECTIVE"])  # type: ignore[arg-type]


def test_lists_match_aws_cdk_lib() -> None:
    # aws-cdk-lib 2.275 lists 293 managed rule identifiers and 391 resource types (its rule.ts)
    ids = {k: v for k, v in vars(config.ManagedRuleIdentifiers).items() if k.isupper()}
    assert len(ids) == 293
    assert ids["EC2_INSTANCE_NO_PUBLIC_IP"] == "EC2_INSTANCE_NO_PUBLIC_IP"
    types = {k: v for k, v in vars(config.ResourceType).items() if k.isupper()}
    assert len(types) == 391
    assert types["S3_BUCKET"].compliance_resource_type == "AWS::S3::Bucket"
    assert config.ResourceType.of("AWS::X::Y").compliance_resource_type == "AWS::X::Y"
