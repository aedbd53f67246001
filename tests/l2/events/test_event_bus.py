"""EventBus, Connection, ApiDestination, EventField and RuleTargetInput: validation messages from aws-cdk-lib."""

from __future__ import annotations

import pytest

from constructs import SecretValue, Stack, UnscopedValidationError, ValidationError
from l2 import events, iam


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"event_bus_name": "a", "event_source_name": "b"}, "'eventBusName' and 'eventSourceName' cannot both be provided"),
        ({"event_bus_name": "default"}, "'eventBusName' must not be 'default'"),
        ({"event_bus_name": "a/b"}, "'eventBusName' must not contain '/'"),
        ({"event_bus_name": "a b"}, r"'eventBusName' must satisfy: /^[\/\.\-_A-Za-z0-9]{1,256}$/"),
        (
            {"event_source_name": "not-a-partner"},
            r"'eventSourceName' must satisfy: /^aws\.partner(\/[\.\-_A-Za-z0-9]+){2,}$/",
        ),
    ],
)
def test_event_bus_name_validation(stack: Stack, props: dict, message: str) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        events.EventBus(stack, "Bus", **props)
    assert err.value.bare_message == message


def test_event_bus_description_limit(stack: Stack) -> None:
    with pytest.raises(ValidationError) as err:
        events.EventBus(stack, "Bus", description="x" * 513)
    assert err.value.bare_message == "description must be less than or equal to 512 characters, got 513"


def test_event_bus_policy_statements_need_a_sid(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    statement = iam.PolicyStatement(actions=["events:PutEvents"], principals=[iam.AnyPrincipal()], resources=["*"])
    with pytest.raises(ValidationError) as err:
        bus.add_to_resource_policy(statement)
    assert err.value.bare_message == "Event Bus policy statements must have a sid"


def test_service_principal_grant_without_the_flag_warns_and_grants_nothing(stack: Stack, synth) -> None:
    bus = events.EventBus(stack, "Bus")
    grant = bus.grant_put_events_to(iam.ServicePrincipal("lambda.amazonaws.com"), "Sid")
    assert not grant.success
    template = synth(stack)
    assert [r["Type"] for r in template["Resources"].values()] == ["AWS::Events::EventBus"]


def test_oauth_rejects_other_methods() -> None:
    with pytest.raises(UnscopedValidationError) as err:
        events.Authorization.oauth(
            authorization_endpoint="https://x",
            client_id="c",
            client_secret=SecretValue.unsafe_plain_text("s"),
            http_method=events.HttpMethod.DELETE,
        )
    assert err.value.bare_message == "httpMethod must be one of GET, POST, PUT"


def test_api_destination_import_needs_a_name_in_the_arn(stack: Stack) -> None:
    with pytest.raises(UnscopedValidationError) as err:
        events.ApiDestination.from_api_destination_attributes(
            stack, "D", api_destination_arn="arn:aws:events:us-east-1:123456789012:api-destination", connection=None
        )
    assert err.value.bare_message == (
        "Could not extract Api Destionation name from ARN: 'arn:aws:events:us-east-1:123456789012:api-destination'"
    )


def test_one_key_for_two_paths_fails(stack: Stack) -> None:
    rule = events.Rule(stack, "Rule", event_pattern=events.EventPattern(source=["x"]))
    text = events.RuleTargetInput.from_text(
        f"{events.EventField.from_path('$.a.b')} {events.EventField.from_path('$.a-b')}"
    )
    with pytest.raises(UnscopedValidationError) as err:
        text.bind(rule)
    assert err.value.bare_message == "Single key 'a-b' is used for two different JSON paths: '$.a-b' and '$.a.b'"


def test_event_field_display_hint_and_json() -> None:
    field = events.EventField("$.detail.some field")
    assert field.display_hint == "detail-some-field"
    assert field.to_json() == "<path:$.detail.some field>"


def test_event_bus_policy_is_the_policy_attribute(stack: Stack) -> None:
    # aws-cdk-lib reads the bus policy as Fn::GetAtt Policy (an attribute CloudFormation's schema does not list,
    # so cfn-lint flags it; kept for parity)
    bus = events.EventBus(stack, "Bus")
    assert stack.resolve(bus.event_bus_policy) == {"Fn::GetAtt": ["BusEA82B648", "Policy"]}
