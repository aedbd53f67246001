"""SqsToLambda: secure defaults, every override, snapshot, cfn-lint and validation errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from assertions import Annotations, Match, Template
from constructs import Duration, Stack, ValidationError
from l2 import kms, lambda_, sqs
from patterns import SqsToLambda
from patterns.sqs_lambda import DEFAULT_MAX_RECEIVE_COUNT

CONSUME_ACTIONS = [
    "sqs:ReceiveMessage",
    "sqs:ChangeMessageVisibility",
    "sqs:GetQueueUrl",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
]
XRAY_STATEMENT = {"Action": ["xray:PutTraceSegments", "xray:PutTelemetryRecords"], "Effect": "Allow", "Resource": "*"}


def _pattern(stack: Stack, function_props: dict[str, Any], **props: Any) -> SqsToLambda:
    return SqsToLambda(stack, "Work", lambda_function_props=function_props, **props)


def _logical_id(stack: Stack, construct: Any) -> str:
    return stack.resolve(construct.node.default_child.logical_id)


def _tls_only_policy(queue_id: str) -> dict[str, Any]:
    return {
        "PolicyDocument": {
            "Statement": [
                {
                    "Action": "sqs:*",
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                    "Effect": "Deny",
                    "Principal": {"AWS": "*"},
                    "Resource": {"Fn::GetAtt": [queue_id, "Arn"]},
                }
            ],
            "Version": "2012-10-17",
        },
        "Queues": [{"Ref": queue_id}],
    }


# --- defaults -----------------------------------------------------------------------------------------------


def test_exposes_the_constructs_it_creates(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)

    assert isinstance(pattern.lambda_function, lambda_.Function)
    assert isinstance(pattern.sqs_queue, sqs.Queue)
    assert isinstance(pattern.dead_letter_queue, sqs.Queue)
    assert pattern.sqs_queue.node.path == "S/Work/Queue"
    assert pattern.dead_letter_queue.node.path == "S/Work/DeadLetterQueue"
    assert DEFAULT_MAX_RECEIVE_COUNT == 3


def test_the_queue_sends_to_the_dead_letter_queue_after_three_receives(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    pattern = _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::SQS::Queue", 2)
    template.has_resource_properties(
        "AWS::SQS::Queue",
        {
            "RedrivePolicy": {
                "deadLetterTargetArn": {"Fn::GetAtt": [_logical_id(stack, pattern.dead_letter_queue), "Arn"]},
                "maxReceiveCount": 3,
            }
        },
    )


def test_both_queues_are_encrypted_with_the_aws_managed_key(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)

    Template.from_stack(stack).all_resources_properties("AWS::SQS::Queue", {"KmsMasterKeyId": "alias/aws/sqs"})


def test_both_queues_deny_requests_without_tls(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::SQS::QueuePolicy", 2)
    template.has_resource_properties("AWS::SQS::QueuePolicy", _tls_only_policy(_logical_id(stack, pattern.sqs_queue)))
    template.has_resource_properties(
        "AWS::SQS::QueuePolicy", _tls_only_policy(_logical_id(stack, pattern.dead_letter_queue))
    )


def test_the_function_polls_the_queue_with_tracing_on(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)
    template = Template.from_stack(stack)

    template.resource_count_is("AWS::Lambda::EventSourceMapping", 1)
    template.has_resource_properties(
        "AWS::Lambda::EventSourceMapping",
        {
            "EventSourceArn": {"Fn::GetAtt": [_logical_id(stack, pattern.sqs_queue), "Arn"]},
            "FunctionName": {"Ref": _logical_id(stack, pattern.lambda_function)},
        },
    )
    template.has_resource_properties("AWS::Lambda::Function", {"TracingConfig": {"Mode": "Active"}})


def test_the_function_may_only_consume_the_queue(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props)

    Template.from_stack(stack).has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": Match.object_equals(
                {
                    "Statement": [
                        XRAY_STATEMENT,
                        {
                            "Action": CONSUME_ACTIONS,
                            "Effect": "Allow",
                            "Resource": {"Fn::GetAtt": [_logical_id(stack, pattern.sqs_queue), "Arn"]},
                        },
                    ],
                    "Version": "2012-10-17",
                }
            )
        },
    )


def test_queues_are_removed_with_the_stack(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)

    Template.from_stack(stack).all_resources(
        "AWS::SQS::Queue", {"DeletionPolicy": "Delete", "UpdateReplacePolicy": "Delete"}
    )


def test_synthesizes_without_warnings(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props)

    Annotations.from_stack(stack).has_no_warning("*", Match.any_value())


def test_default_template_snapshot(stack: Stack, function_props: dict[str, Any], template_snapshot: Any) -> None:
    _pattern(stack, function_props)

    assert template_snapshot == stack


def test_the_default_template_passes_cfn_lint(
    stack: Stack, function_props: dict[str, Any], cfn_lint_errors: Callable[[Stack], list[str]]
) -> None:
    _pattern(stack, function_props)

    assert cfn_lint_errors(stack) == []


# --- overrides ----------------------------------------------------------------------------------------------


def test_max_receive_count_is_configurable(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(stack, function_props, max_receive_count=7)

    Template.from_stack(stack).has_resource_properties(
        "AWS::SQS::Queue", {"RedrivePolicy": {"maxReceiveCount": 7}}
    )


def test_the_dead_letter_queue_can_be_left_out(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(stack, function_props, deploy_dead_letter_queue=False)
    template = Template.from_stack(stack)

    assert pattern.dead_letter_queue is None
    template.resource_count_is("AWS::SQS::Queue", 1)
    template.has_resource_properties("AWS::SQS::Queue", {"RedrivePolicy": Match.absent()})


def test_queue_props_merge_over_the_defaults(stack: Stack, function_props: dict[str, Any]) -> None:
    pattern = _pattern(
        stack, function_props, queue_props={"visibility_timeout": Duration.minutes(5), "queue_name": "work"}
    )

    Template.from_stack(stack).has_resource_properties(
        "AWS::SQS::Queue",
        {
            "QueueName": "work",
            "VisibilityTimeout": 300,
            "KmsMasterKeyId": "alias/aws/sqs",
            "RedrivePolicy": {
                "deadLetterTargetArn": {"Fn::GetAtt": [_logical_id(stack, pattern.dead_letter_queue), "Arn"]}
            },
        },
    )


def test_a_customer_key_replaces_the_aws_managed_key(stack: Stack, function_props: dict[str, Any]) -> None:
    key = kms.Key(stack, "Key")
    _pattern(stack, function_props, queue_props={"encryption_master_key": key})
    template = Template.from_stack(stack)
    key_id = _logical_id(stack, key)

    template.has_resource_properties("AWS::SQS::Queue", {"KmsMasterKeyId": {"Fn::GetAtt": [key_id, "Arn"]}})
    template.has_resource_properties(
        "AWS::IAM::Policy",
        {
            "PolicyDocument": {
                "Statement": Match.array_with(
                    [{"Action": "kms:Decrypt", "Effect": "Allow", "Resource": {"Fn::GetAtt": [key_id, "Arn"]}}]
                )
            }
        },
    )


def test_queue_encryption_can_be_sqs_managed(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(
        stack,
        function_props,
        queue_props={"encryption": sqs.QueueEncryption.SQS_MANAGED},
        dead_letter_queue_props={"encryption": sqs.QueueEncryption.SQS_MANAGED},
    )

    Template.from_stack(stack).all_resources_properties(
        "AWS::SQS::Queue", {"SqsManagedSseEnabled": True, "KmsMasterKeyId": Match.absent()}
    )


def test_dead_letter_queue_props_apply_to_the_dead_letter_queue(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    pattern = _pattern(stack, function_props, dead_letter_queue_props={"retention_period": Duration.days(14)})
    template = Template.from_stack(stack)

    dlq = template.find_resources("AWS::SQS::Queue", {"Properties": {"MessageRetentionPeriod": 1209600}})
    assert list(dlq) == [_logical_id(stack, pattern.dead_letter_queue)]


def test_an_existing_queue_is_consumed_without_a_new_dead_letter_queue(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    own = sqs.Queue(stack, "Own")
    pattern = _pattern(stack, function_props, existing_queue_obj=own)
    template = Template.from_stack(stack)

    assert pattern.sqs_queue is own
    assert pattern.dead_letter_queue is None
    template.resource_count_is("AWS::SQS::Queue", 1)
    template.has_resource_properties(
        "AWS::Lambda::EventSourceMapping", {"EventSourceArn": {"Fn::GetAtt": [_logical_id(stack, own), "Arn"]}}
    )


def test_an_existing_function_consumes_the_queue(
    stack: Stack, function_props: dict[str, Any], make_function: Callable[..., lambda_.Function]
) -> None:
    own = make_function(stack, "Consumer")
    pattern = SqsToLambda(stack, "Work", existing_lambda_obj=own)

    assert pattern.lambda_function is own
    Template.from_stack(stack).has_resource_properties(
        "AWS::Lambda::EventSourceMapping", {"FunctionName": {"Ref": _logical_id(stack, own)}}
    )


def test_event_source_props_configure_the_mapping(stack: Stack, function_props: dict[str, Any]) -> None:
    _pattern(
        stack,
        function_props,
        sqs_event_source_props={
            "batch_size": 50,
            "max_batching_window": Duration.seconds(10),
            "report_batch_item_failures": True,
        },
    )

    Template.from_stack(stack).has_resource_properties(
        "AWS::Lambda::EventSourceMapping",
        {"BatchSize": 50, "MaximumBatchingWindowInSeconds": 10, "FunctionResponseTypes": ["ReportBatchItemFailures"]},
    )


def test_overridden_templates_pass_cfn_lint(
    stack: Stack, function_props: dict[str, Any], cfn_lint_errors: Callable[[Stack], list[str]]
) -> None:
    _pattern(
        stack,
        function_props,
        queue_props={"encryption_master_key": kms.Key(stack, "Key"), "visibility_timeout": Duration.minutes(2)},
        max_receive_count=10,
        sqs_event_source_props={"batch_size": 5, "report_batch_item_failures": True},
    )

    assert cfn_lint_errors(stack) == []


# --- validation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("props", "message"),
    [
        (
            {"deploy_dead_letter_queue": False, "dead_letter_queue_props": {"queue_name": "dlq"}},
            "dead_letter_queue_props is given but deploy_dead_letter_queue is False; remove "
            "dead_letter_queue_props or deploy the dead-letter queue",
        ),
        (
            {"deploy_dead_letter_queue": False, "max_receive_count": 5},
            "max_receive_count is given but deploy_dead_letter_queue is False; remove max_receive_count or "
            "deploy the dead-letter queue",
        ),
        (
            {"max_receive_count": 0},
            "max_receive_count must be between 1 and 1000, got 0",
        ),
        (
            {"queue_props": {"visibility": 30}},
            "queue_props has keys that l2.sqs.Queue does not take: visibility; "
            "use the keyword arguments of l2.sqs.Queue",
        ),
        (
            {"sqs_event_source_props": {"queue": None, "batchSize": 5}},
            "sqs_event_source_props has keys that l2.lambda_event_sources.SqsEventSource does not take: "
            "batchSize, queue; use the keyword arguments of l2.lambda_event_sources.SqsEventSource",
        ),
    ],
)
def test_fails_on_contradicting_or_unknown_props(
    stack: Stack, function_props: dict[str, Any], props: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, **props)

    assert err.value.bare_message == message
    assert err.value.construct_path == "S/Work"


def test_fails_with_both_an_existing_queue_and_queue_props(stack: Stack, function_props: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, existing_queue_obj=sqs.Queue(stack, "Own"), queue_props={"fifo": True})

    assert err.value.bare_message == "Provide either existing_queue_obj or queue_props, not both"
    assert err.value.construct_path == "S/Work"


def test_fails_with_an_existing_queue_and_dead_letter_options(stack: Stack, function_props: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, existing_queue_obj=sqs.Queue(stack, "Own"), max_receive_count=2)

    assert err.value.bare_message.startswith(
        "max_receive_count applies to a dead-letter queue the pattern creates, but existing_queue_obj is given"
    )


def test_fails_when_queue_props_bring_their_own_dead_letter_queue(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    own_dlq = sqs.DeadLetterQueue(queue=sqs.Queue(stack, "OwnDlq"), max_receive_count=2)
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, queue_props={"dead_letter_queue": own_dlq})

    assert err.value.bare_message == (
        "queue_props.dead_letter_queue conflicts with the dead-letter queue the pattern deploys; set "
        "deploy_dead_letter_queue=False to use your own"
    )


def test_own_dead_letter_queue_in_queue_props_works_without_the_default_one(
    stack: Stack, function_props: dict[str, Any]
) -> None:
    own = sqs.Queue(stack, "OwnDlq")
    _pattern(
        stack,
        function_props,
        deploy_dead_letter_queue=False,
        queue_props={"dead_letter_queue": sqs.DeadLetterQueue(queue=own, max_receive_count=2)},
    )

    Template.from_stack(stack).has_resource_properties(
        "AWS::SQS::Queue",
        {"RedrivePolicy": {"deadLetterTargetArn": {"Fn::GetAtt": [_logical_id(stack, own), "Arn"]},
                           "maxReceiveCount": 2}},
    )


def test_fails_with_both_an_existing_function_and_function_props(
    stack: Stack, function_props: dict[str, Any], make_function: Callable[..., lambda_.Function]
) -> None:
    with pytest.raises(ValidationError) as err:
        _pattern(stack, function_props, existing_lambda_obj=make_function(stack, "Own"))

    assert err.value.bare_message == "Provide either existing_lambda_obj or lambda_function_props, not both"
    assert err.value.construct_path == "S/Work"
