"""How a user tests a stack with pycdk: fine-grained assertions plus YAML snapshots.

Snapshots live in ``__snapshots__/test_example_stack/``; refresh them with ``pytest --snapshot-update``.
"""

from __future__ import annotations

import pytest
from example_orders_stack import OrdersStack

from assertions import Annotations, Capture, Match, Tags, Template
from constructs import App


@pytest.fixture
def stack() -> OrdersStack:
    return OrdersStack(App(), "Orders")


@pytest.fixture
def template(stack: OrdersStack) -> Template:
    return Template.from_stack(stack)


def test_it_creates_the_queues_the_topic_and_the_handler(template: Template) -> None:
    template.resource_count_is("AWS::SQS::Queue", 2)
    template.resource_count_is("AWS::SNS::Topic", 1)
    template.resource_count_is("AWS::Lambda::Function", 1)


def test_failed_orders_go_to_the_dead_letter_queue_after_three_attempts(template: Template) -> None:
    dead_letter_id = template.get_resource_id(
        "AWS::SQS::Queue", {"Properties": {"MessageRetentionPeriod": 1_209_600}}
    )
    template.has_resource_properties(
        "AWS::SQS::Queue",
        {
            "RedrivePolicy": {
                "deadLetterTargetArn": {"Fn::GetAtt": [dead_letter_id, "Arn"]},
                "maxReceiveCount": 3,
            }
        },
    )


def test_the_orders_queue_is_kept_when_the_stack_is_deleted(template: Template) -> None:
    template.has_resource(
        "AWS::SQS::Queue",
        {
            "Properties": {"VisibilityTimeout": 300},
            "DeletionPolicy": "Retain",
            "UpdateReplacePolicy": "Retain",
        },
    )


@pytest.mark.parametrize(("days", "seconds"), [(1, 86_400), (4, 345_600), (14, 1_209_600)])
def test_retention_is_configurable(days: int, seconds: int) -> None:
    template = Template.from_stack(OrdersStack(App(), "Orders", retention_days=days))
    template.has_resource_properties(
        "AWS::SQS::Queue", {"VisibilityTimeout": 300, "MessageRetentionPeriod": seconds}
    )


def test_the_topic_feeds_the_queue(template: Template) -> None:
    topic_id = template.get_resource_id("AWS::SNS::Topic")
    queue_arn = Capture()
    template.has_resource_properties(
        "AWS::SNS::Subscription", {"Protocol": "sqs", "TopicArn": {"Ref": topic_id}, "Endpoint": queue_arn}
    )
    assert queue_arn.as_object() == {"Fn::GetAtt": ["OrdersQueue", "Arn"]}


def test_the_handler_may_only_consume_from_its_queue(template: Template) -> None:
    template.has_resource_properties(
        "AWS::IAM::Role",
        {
            "Policies": Match.array_with(
                [
                    Match.object_like(
                        {
                            "PolicyDocument": {
                                "Statement": Match.array_with(
                                    [
                                        Match.object_like(
                                            {
                                                "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage"],
                                                "Resource": {"Fn::GetAtt": ["OrdersQueue", "Arn"]},
                                            }
                                        )
                                    ]
                                )
                            }
                        }
                    )
                ]
            )
        },
    )
    template.all_resources_properties(
        "AWS::IAM::Role",
        {
            "Policies": Match.not_(
                Match.array_with([Match.object_like({"PolicyDocument": {"Statement": [_admin()]}})])
            )
        },
    )


def _admin() -> dict[str, str]:
    return {"Effect": "Allow", "Action": "*", "Resource": "*"}


def test_the_handler_knows_its_queue_and_stage(template: Template) -> None:
    template.has_resource(
        "AWS::Lambda::Function",
        {
            "Properties": {
                "Environment": {
                    "Variables": {"QUEUE_URL": {"Ref": "OrdersQueue"}, "STAGE": {"Ref": "Stage"}}
                },
                "Code": {"S3Key": Match.string_like_regexp(r"^[0-9a-f]{64}\.zip$")},
            },
            "DependsOn": ["HandlerRole"],
        },
    )
    template.has_parameter("Stage", {"Type": "String", "AllowedValues": ["dev", "prod"], "Default": "dev"})


def test_the_queue_url_is_exported(template: Template) -> None:
    template.has_output("QueueUrl", {"Value": {"Ref": "OrdersQueue"}, "Export": {"Name": "Orders-queue-url"}})


def test_a_wrong_expectation_explains_itself(template: Template) -> None:
    with pytest.raises(AssertionError) as failure:
        template.has_resource_properties("AWS::SQS::Queue", {"VisibilityTimeout": 600})
    lines = str(failure.value).splitlines()
    assert lines[0] == "Template has 2 resources with type AWS::SQS::Queue, but none match as expected."
    assert "!!   Expected 600 but received 300" in lines


def test_too_long_a_retention_is_flagged() -> None:
    stack = OrdersStack(App(), "Orders", retention_days=30)
    Annotations.from_stack(stack).has_warning(
        "/Orders/OrdersQueue", Match.string_like_regexp("exceeds SQS's maximum of 14 days")
    )
    Annotations.from_stack(OrdersStack(App(), "Quiet")).has_no_warning("*", Match.any_value())


def test_the_stack_is_tagged_for_its_team(stack: OrdersStack) -> None:
    Tags.from_stack(stack).has_values({"team": "orders"})


def test_snapshot(template_snapshot, stack: OrdersStack) -> None:  # type: ignore[no-untyped-def]
    assert template_snapshot == stack


def test_snapshot_with_long_retention(template_snapshot) -> None:  # type: ignore[no-untyped-def]
    assert template_snapshot == Template.from_stack(OrdersStack(App(), "Orders", retention_days=14))
