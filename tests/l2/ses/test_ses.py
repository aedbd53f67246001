"""``l2.ses``: validation errors (aws-cdk-lib's messages, with the construct path), type checks, behaviour."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Duration, Stack, ValidationError
from l2 import events, ses


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def resources(stack: Stack, type_: str) -> dict[str, dict[str, Any]]:
    template = stack.node.root.synth(force=True).get_stack_artifact(stack.artifact_id).template  # type: ignore[attr-defined]
    return {k: r for k, r in template["Resources"].items() if r["Type"] == type_}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"disable_suppression_list": True, "suppression_reasons": ses.SuppressionReasons.BOUNCES_ONLY},
            "When disableSuppressionList is true, suppressionReasons must not be specified.",
        ),
        (
            {"disable_auto_validation": True, "auto_validation_threshold": ses.AutoValidationThreshold.HIGH},
            "When disableAutoValidation is true, autoValidationThreshold must not be specified.",
        ),
        (
            {"max_delivery_duration": Duration.minutes(1)},
            "The maximum delivery duration must be greater than or equal to 5 minutes (300_000 milliseconds), "
            "got: 60000 milliseconds.",
        ),
        (
            {"max_delivery_duration": Duration.hours(15)},
            "The maximum delivery duration must be less than or equal to 14 hours (50400 seconds), got: 54000 seconds.",
        ),
        (
            {"custom_tracking_https_policy": ses.HttpsPolicy.REQUIRE},
            "customTrackingHttpsPolicy can only be set when customTrackingRedirectDomain is also set.",
        ),
    ],
)
def test_configuration_set_validation(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        ses.ConfigurationSet(stack, "Set", **kwargs)
    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Set"


def test_dedicated_ip_pool_name(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        ses.DedicatedIpPool(stack, "Pool", dedicated_ip_pool_name="Bad Name")
    assert err.value.bare_message == (
        'Invalid dedicatedIpPoolName "Bad Name". The name must only include lowercase letters, numbers, '
        "underscores, hyphens, and must not exceed 64 characters."
    )


def test_email_identity_arn_must_be_an_ses_identity(stack: Stack) -> None:
    arn = "arn:aws:sns:us-east-1:123456789012:identity/x"
    with pytest.raises(ValidationError, match=f"Invalid email identity ARN: {arn}"):
        ses.EmailIdentity.from_email_identity_arn(stack, "I", arn)


def test_only_the_default_bus(stack: Stack) -> None:
    config_set = ses.ConfigurationSet(stack, "Set")
    with pytest.raises(ValidationError, match="Only the default bus can be used as an event destination. Got "):
        config_set.add_event_destination(
            "Bus", destination=ses.EventDestination.event_bus(events.EventBus(stack, "Bus"))
        )


def test_partial_references_of_imports(stack: Stack) -> None:
    rule = ses.ReceiptRule.from_receipt_rule_name(stack, "R", "rule")
    assert rule.receipt_rule_ref.rule_name == "rule"  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="ruleSetName is not available on a ReceiptRule imported by rule name"):
        rule.receipt_rule_ref.rule_set_name  # type: ignore[attr-defined]  # noqa: B018
    dest = ses.ConfigurationSetEventDestination.from_configuration_set_event_destination_id(stack, "D", "d")
    with pytest.raises(ValidationError, match="configurationSetName is not available"):
        dest.configuration_set_event_destination_ref.configuration_set_name  # type: ignore[attr-defined]  # noqa: B018


def test_identity_must_be_an_identity(stack: Stack) -> None:
    with pytest.raises(TypeError, match="identity"):
        ses.EmailIdentity(stack, "I", identity="example.com")  # type: ignore[arg-type]


def test_empty_rule_has_no_actions_and_rules_chain(stack: Stack) -> None:
    rule_set = ses.ReceiptRuleSet(stack, "Set", rules=[ses.ReceiptRuleOptions(), ses.ReceiptRuleOptions()])
    (first_id, first), (_, second) = resources(stack, "AWS::SES::ReceiptRule").items()
    assert [first["Properties"]["Rule"], second["Properties"]["Rule"]] == [{"Enabled": True}, {"Enabled": True}]
    assert "After" not in first["Properties"] and second["Properties"]["After"] == {"Ref": first_id}
    assert isinstance(rule_set, ses.IReceiptRuleSet)


def test_drop_spam_handler_stops_on_any_failed_verdict() -> None:
    from l2.ses._handlers.drop_spam.index import handler

    def event(**statuses: str) -> dict[str, Any]:
        checks = ("spfVerdict", "dkimVerdict", "spamVerdict", "virusVerdict")
        return {"Records": [{"ses": {"receipt": {c: {"status": statuses.get(c, "PASS")} for c in checks}}}]}

    assert handler(event(), None) is None
    assert handler(event(virusVerdict="FAIL"), None) == {"disposition": "STOP_RULE_SET"}
    assert handler(event(spfVerdict="FAIL"), None) == {"disposition": "STOP_RULE_SET"}
    assert handler(event(dkimVerdict="GRAY"), None) is None
