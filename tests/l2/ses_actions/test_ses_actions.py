"""``l2.ses_actions``: header validation (aws-cdk-lib's messages), warnings for imported resources, type checks."""

from __future__ import annotations

import pytest

from constructs import App, CfnParameter, Stack, UnscopedValidationError
from l2 import lambda_, ses, ses_actions


def test_header_name_is_checked() -> None:
    with pytest.raises(UnscopedValidationError) as err:
        ses_actions.AddHeader(name="bad name", value="v")
    assert err.value.bare_message == (
        "Header `name` must be between 1 and 50 characters, inclusive, and consist of alphanumeric (a-z, A-Z, 0-9) "
        "characters and dashes only."
    )


def test_header_name_token_is_rejected_as_in_aws_cdk_lib_2_275() -> None:
    stack = Stack(App(), "S")
    name = CfnParameter(stack, "HeaderName").value_as_string
    with pytest.raises(UnscopedValidationError, match="Header `name` must be between 1 and 50 characters"):
        ses_actions.AddHeader(name=name, value="value")


def test_header_value_without_newlines() -> None:
    with pytest.raises(UnscopedValidationError, match="Header `value` must be less than 2048 characters"):
        ses_actions.AddHeader(name="X-Ok", value="a\nb")
    with pytest.raises(UnscopedValidationError):
        ses_actions.AddHeader(name="X-Ok", value="x" * 2048)
    ses_actions.AddHeader(name="X-Ok", value="x" * 2047)


def test_imported_function_gets_a_warning() -> None:
    stack = Stack(App(), "S")
    fn = lambda_.Function.from_function_arn(stack, "Fn", "arn:aws:lambda:us-east-1:123456789012:function:f")
    rule_set = ses.ReceiptRuleSet(stack, "Set")
    rule = rule_set.add_rule("Rule", actions=[ses_actions.Lambda(function=fn)])
    warnings = [m.data for m in rule.node.metadata if m.type == "aws:cdk:warning"]
    assert any("Ensure permission is given to SES to invoke that function." in str(w) for w in warnings)


def test_bounce_template_must_be_a_template() -> None:
    with pytest.raises(TypeError, match="template"):
        ses_actions.Bounce(sender="a@example.com", template="Mailbox full")  # type: ignore[arg-type]
