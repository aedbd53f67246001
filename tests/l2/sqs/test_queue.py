"""Queue: validation rules (messages name the construct path), FIFO inference, encryption, imports, metrics."""

from __future__ import annotations

import pytest

from constructs import CfnParameter, Duration, Stack, ValidationError
from l2 import iam, kms, sqs


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"delivery_delay": Duration.seconds(901)}, "delivery delay must be between 0 and 900 seconds, but 901 was provided"),
        (
            {"max_message_size_bytes": 1023},
            "maximum message size must be between 1,024 and 1,048,576 bytes, but 1023 was provided",
        ),
        (
            {"retention_period": Duration.seconds(59)},
            "message retention period must be between 60 and 1,209,600 seconds, but 59 was provided",
        ),
        (
            {"receive_message_wait_time": Duration.seconds(21)},
            "receive wait time must be between 0 and 20 seconds, but 21 was provided",
        ),
        (
            {"visibility_timeout": Duration.hours(13)},
            "visibility timeout must be between 0 and 43,200 seconds, but 46800 was provided",
        ),
    ],
)
def test_fails_on_out_of_range_props(stack: Stack, props: dict, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        sqs.Queue(stack, "Queue", **props)
    assert err.value.bare_message == (
        f"Queue initialization failed due to the following validation error(s):\n- {message}"
    )
    assert err.value.construct_path == "S/Queue"


def test_fails_with_every_broken_rule_listed_in_table_order(stack: Stack) -> None:
    dlq = sqs.Queue(stack, "DLQ")
    with pytest.raises(ValidationError) as err:
        sqs.Queue(
            stack,
            "Queue",
            visibility_timeout=Duration.seconds(43201),
            delivery_delay=Duration.seconds(1000),
            dead_letter_queue=sqs.DeadLetterQueue(queue=dlq, max_receive_count=0),
        )
    lines = err.value.bare_message.splitlines()[1:]
    assert lines == [
        "- delivery delay must be between 0 and 900 seconds, but 1000 was provided",
        "- visibility timeout must be between 0 and 43,200 seconds, but 43201 was provided",
        "- dead letter target maximum receive count must be 1 or more, but 0 was provided",
    ]


def test_token_values_skip_validation(stack: Stack, synth) -> None:
    size = CfnParameter(stack, "Size", type="Number")
    sqs.Queue(stack, "Queue", max_message_size_bytes=size.value_as_number)
    assert synth(stack)["Resources"]["Queue4A7E3555"]["Properties"] == {"MaximumMessageSize": {"Ref": "Size"}}


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"fifo": True, "queue_name": "orders"}, "FIFO queue names must end in '.fifo'"),
        ({"fifo": False, "queue_name": "orders.fifo"}, "Non-FIFO queue name may not end in '.fifo'"),
        ({"fifo": False, "content_based_deduplication": True}, "Content-based deduplication can only be defined"),
        (
            {"fifo": False, "deduplication_scope": sqs.DeduplicationScope.QUEUE},
            "Deduplication scope can only be defined for FIFO queues",
        ),
        (
            {"fifo": False, "fifo_throughput_limit": sqs.FifoThroughputLimit.PER_QUEUE},
            "FIFO throughput limit can only be defined for FIFO queues",
        ),
    ],
)
def test_fails_on_inconsistent_fifo_settings(stack: Stack, props: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as err:
        sqs.Queue(stack, "Queue", **props)
    assert "at path [S/Queue]" in str(err.value)


@pytest.mark.parametrize(
    ("props", "fifo"),
    [({}, False), ({"queue_name": "a.fifo"}, True), ({"content_based_deduplication": True}, True), ({"fifo": True}, True)],
)
def test_fifo_is_inferred_from_the_props(stack: Stack, props: dict, fifo: bool) -> None:
    assert sqs.Queue(stack, "Queue", **props).fifo is fifo


def test_fails_on_sqs_managed_encryption_with_a_key(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="'encryptionMasterKey' is not supported if encryption type 'SQS_MANAGED'"):
        sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.SQS_MANAGED, encryption_master_key=kms.Key(stack, "K"))


def test_a_key_switches_encryption_to_kms_with_a_warning(stack: Stack) -> None:
    key = kms.Key(stack, "K")
    queue = sqs.Queue(stack, "Queue", encryption=sqs.QueueEncryption.KMS_MANAGED, encryption_master_key=key)
    assert queue.encryption_type is sqs.QueueEncryption.KMS
    assert queue.encryption_master_key is key
    warnings = [m.data for m in queue.node.metadata if m.type == "aws:cdk:warning"]
    assert len(warnings) == 1
    assert "encryption: Automatically changed to QueueEncryption.KMS, was: QueueEncryption.KMS_MANAGED" in warnings[0]


@pytest.mark.parametrize(
    ("policy", "message"),
    [
        (
            sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.BY_QUEUE),
            "At least one source queue must be specified when RedrivePermission is set to 'byQueue'",
        ),
        (
            sqs.RedriveAllowPolicy(redrive_permission=sqs.RedrivePermission.DENY_ALL, source_queues=[]),
            "sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or 'denyAll'",
        ),
    ],
)
def test_fails_on_invalid_redrive_allow_policy(stack: Stack, policy: sqs.RedriveAllowPolicy, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        sqs.Queue(stack, "Queue", redrive_allow_policy=policy)


def test_fails_on_more_than_ten_source_queues(stack: Stack) -> None:
    sources = [sqs.Queue(stack, f"Q{i}") for i in range(11)]
    with pytest.raises(ValidationError, match="Up to 10 sourceQueues can be specified"):
        sqs.Queue(
            stack,
            "Queue",
            redrive_allow_policy=sqs.RedriveAllowPolicy(
                redrive_permission=sqs.RedrivePermission.BY_QUEUE, source_queues=sources
            ),
        )


def test_many_source_queues_pass_when_the_permission_is_implied(stack: Stack, synth) -> None:
    # Like aws-cdk-lib, the rules look at the permission as given: an implied BY_QUEUE is not checked.
    sources = [sqs.Queue(stack, f"Q{i}") for i in range(11)]
    sqs.Queue(stack, "Queue", redrive_allow_policy=sqs.RedriveAllowPolicy(source_queues=sources))
    policy = synth(stack)["Resources"]["Queue4A7E3555"]["Properties"]["RedriveAllowPolicy"]
    assert policy["redrivePermission"] == "byQueue"
    assert len(policy["sourceQueueArns"]) == 11


def test_imported_queue_derives_name_url_and_fifo_from_the_arn(stack: Stack) -> None:
    queue = sqs.Queue.from_queue_arn(stack, "Q", "arn:aws:sqs:eu-west-1:123456789012:jobs.fifo")
    assert queue.queue_name == "jobs.fifo"
    assert queue.fifo is True
    assert stack.resolve(queue.queue_url) == {
        "Fn::Join": ["", ["https://sqs.eu-west-1.", {"Ref": "AWS::URLSuffix"}, "/123456789012/jobs.fifo"]]
    }
    assert queue.env.region == "eu-west-1"


def test_fails_importing_a_fifo_queue_whose_name_lacks_the_suffix(stack: Stack) -> None:
    with pytest.raises(ValidationError, match="FIFO queue names must end in '.fifo'"):
        sqs.Queue.from_queue_attributes(stack, "Q", queue_arn="arn:aws:sqs:eu-west-1:1:jobs", fifo=True)


def test_imported_queue_ignores_resource_policy_statements(stack: Stack) -> None:
    queue = sqs.Queue.from_queue_arn(stack, "Q", "arn:aws:sqs:eu-west-1:123456789012:jobs")
    result = queue.add_to_resource_policy(iam.PolicyStatement(actions=["sqs:*"], principals=[iam.AnyPrincipal()]))
    assert result.statement_added is False
    assert queue.policy is None


def test_policy_is_created_on_first_statement_only(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    assert queue.policy is None
    statement = iam.PolicyStatement(actions=["sqs:*"], principals=[iam.AnyPrincipal()], resources=["*"])
    first = queue.add_to_resource_policy(statement)
    queue.add_to_resource_policy(statement)
    assert first.statement_added is True
    assert first.policy_dependable is queue.policy
    assert [c.node.id for c in queue.node.children] == ["Resource", "Policy"]


def test_queue_policy_id_is_gone_from_cloudformation(stack: Stack) -> None:
    policy = sqs.QueuePolicy(stack, "P", queues=[sqs.Queue(stack, "Q")])
    with pytest.raises(ValidationError, match="QueuePolicy.queuePolicyId has been removed from CloudFormation"):
        _ = policy.queue_policy_id


def test_metric_uses_the_queue_name_dimension_and_cdk_default_statistic(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    metric = queue.metric_approximate_number_of_messages_visible()
    assert metric.namespace == "AWS/SQS"
    assert metric.metric_name == "ApproximateNumberOfMessagesVisible"
    assert metric.statistic == "Maximum"
    assert stack.resolve(metric.dimensions) == {"QueueName": {"Fn::GetAtt": ["Queue4A7E3555", "QueueName"]}}
    assert queue.metric_sent_message_size(statistic="p99").statistic == "p99"


def test_new_and_imported_queues_satisfy_iqueue(stack: Stack) -> None:
    assert isinstance(sqs.Queue(stack, "Queue"), sqs.IQueue)
    assert isinstance(sqs.Queue.from_queue_arn(stack, "Q", "arn:aws:sqs:eu-west-1:123456789012:q"), sqs.IQueue)
    assert not isinstance(object(), sqs.IQueue)


def test_attributes_are_one_token_each_and_resolve_to_the_resource(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Queue")
    assert queue.queue_arn is queue.queue_arn and queue.queue_url is queue.queue_url
    assert stack.resolve(queue.queue_arn) == {"Fn::GetAtt": ["Queue4A7E3555", "Arn"]}
    assert stack.resolve(queue.queue_url) == {"Ref": "Queue4A7E3555"}
    assert stack.resolve(queue.queue_name) == {"Fn::GetAtt": ["Queue4A7E3555", "QueueName"]}
