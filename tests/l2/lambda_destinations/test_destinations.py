"""lambda_destinations: what each destination binds to and grants, checked against aws-cdk-lib 2.275.0's
templates for the same calls (the values below were read from its output; the golden apps in
``tests/golden/l2_lambda_destinations`` compare whole templates)."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from assertions import Match, Template
from constructs import App, Stack
from l2 import events, lambda_, lambda_destinations, s3, sns, sqs


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _fn(stack: Stack, id: str = "Fn", **kwargs: Any) -> lambda_.Function:
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                            code=lambda_.Code.from_inline("x"), **kwargs)


def _policy_actions(stack: Stack) -> list[Any]:
    policies = Template.from_stack(stack).find_resources("AWS::IAM::Policy")
    return [s["Action"] for p in policies.values() for s in p["Properties"]["PolicyDocument"]["Statement"]]


def test_sqs_destination_grants_send_and_binds_the_queue_arn(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Q")
    _fn(stack, on_success=lambda_destinations.SqsDestination(queue))
    assert _policy_actions(stack) == [["sqs:SendMessage", "sqs:GetQueueAttributes", "sqs:GetQueueUrl"]]
    Template.from_stack(stack).has_resource_properties("AWS::Lambda::EventInvokeConfig", {
        "DestinationConfig": {"OnSuccess": {"Destination": {"Fn::GetAtt": [Match.string_like_regexp("^Q"), "Arn"]}}},
    })


def test_sns_destination_grants_publish(stack: Stack) -> None:
    _fn(stack, on_failure=lambda_destinations.SnsDestination(sns.Topic(stack, "T")))
    assert _policy_actions(stack) == ["sns:Publish"]


def test_s3_destination_grants_read_and_put(stack: Stack) -> None:
    _fn(stack, on_failure=lambda_destinations.S3Destination(s3.Bucket(stack, "B")))
    actions = _policy_actions(stack)
    assert actions[0] == ["s3:GetObject*", "s3:GetBucket*", "s3:List*"]
    assert "s3:PutObject" in actions[1]


def test_event_bridge_destination_on_a_given_bus_grants_put_events(stack: Stack) -> None:
    bus = events.EventBus(stack, "Bus")
    _fn(stack, on_success=lambda_destinations.EventBridgeDestination(bus))
    assert _policy_actions(stack) == ["events:PutEvents"]


def test_event_bridge_destination_imports_the_default_bus_once_per_scope(stack: Stack) -> None:
    fn = _fn(stack)
    config = lambda_.EventInvokeConfig(stack, "Config", function=fn,
                                       on_success=lambda_destinations.EventBridgeDestination(),
                                       on_failure=lambda_destinations.EventBridgeDestination())
    assert config.node.try_find_child("DefaultEventBus") is not None
    arn = stack.resolve(Template.from_stack(stack).find_resources("AWS::Lambda::EventInvokeConfig"))
    dest = next(iter(arn.values()))["Properties"]["DestinationConfig"]
    assert dest["OnSuccess"] == dest["OnFailure"]
    assert dest["OnSuccess"]["Destination"]["Fn::Join"][1][-1] == ":event-bus/default"


def test_lambda_destination_grants_invoke_on_the_target(stack: Stack) -> None:
    target = _fn(stack, "Target")
    _fn(stack, on_success=lambda_destinations.LambdaDestination(target))
    assert _policy_actions(stack) == ["lambda:InvokeFunction"]
    assert Template.from_stack(stack).find_resources("AWS::Events::Rule") == {}


def test_response_only_lambda_destination_adds_a_rule_named_for_the_type(stack: Stack) -> None:
    target = _fn(stack, "Target")
    fn = _fn(stack, on_failure=lambda_destinations.LambdaDestination(target, response_only=True))
    config = fn.node.find_child("EventInvokeConfig")
    assert config.node.try_find_child("Failure") is not None
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::Events::Rule", {
        "EventPattern": {"detail-type": ["Lambda Function Invocation Result - Failure"], "source": ["lambda"]},
        "Targets": [Match.object_like({"InputPath": "$.detail.responsePayload"})],
    })
    template.resource_count_is("AWS::Lambda::Permission", 1)


def test_lambda_destination_options_is_a_struct() -> None:
    assert lambda_destinations.LambdaDestinationOptions(response_only=True).response_only is True
    assert lambda_destinations.LambdaDestinationOptions().response_only is None


@pytest.mark.parametrize(("cls", "value"), [
    (lambda_destinations.SqsDestination, "queue"),
    (lambda_destinations.SnsDestination, "topic"),
    (lambda_destinations.S3Destination, 42),
    (lambda_destinations.EventBridgeDestination, "bus"),
    (lambda_destinations.LambdaDestination, "fn"),
])
def test_fails_on_a_wrong_type(cls: Any, value: Any) -> None:
    with pytest.raises(TypeError):
        cls(value)


def test_fails_on_response_only_given_as_a_string(stack: Stack) -> None:
    with pytest.raises(TypeError, match="response_only"):
        lambda_destinations.LambdaDestination(_fn(stack), response_only="yes")  # type: ignore[arg-type]


def test_importing_the_module_loads_lambda_only() -> None:
    code = ("import sys, l2.lambda_destinations\n"
            "print(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] == 'l2'"
            " and not m.split('.')[1].startswith('_')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['l2.lambda_', 'l2.lambda_destinations']"
