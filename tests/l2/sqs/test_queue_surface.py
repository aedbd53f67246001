"""The 2.275 surface added for issue 14: props structs, grant_on_key, queue_ref, metric keywords, IQueue."""

from __future__ import annotations

import pytest

from constructs import Stack
from l2 import iam, sqs


def test_grant_on_key_without_a_key_grants_nothing(stack: Stack) -> None:
    # aws-cdk-lib 2.275.0: Queue().grant_on_key(role, "kms:Decrypt").grant is None
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    assert sqs.Queue(stack, "Q").grant_on_key(role, "kms:Decrypt").grant is None


def test_grant_on_key_with_a_key_returns_the_grant(stack: Stack) -> None:
    role = iam.Role(stack, "R", assumed_by=iam.AccountRootPrincipal())
    queue = sqs.Queue(stack, "Q", encryption=sqs.QueueEncryption.KMS)
    assert isinstance(queue.grant_on_key(role, "kms:Decrypt").grant, iam.Grant)


def test_queue_ref_resolves_to_ref_and_arn(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Q")
    ref = queue.queue_ref
    assert stack.resolve(ref.queue_url) == {"Ref": "Q63C6E3AB"}
    assert stack.resolve(ref.queue_arn) == {"Fn::GetAtt": ["Q63C6E3AB", "Arn"]}


def test_metric_keywords_reach_the_metric(stack: Stack) -> None:
    # aws-cdk-lib 2.275.0: id 'x', visible False, statistic Sum, period 300 s
    metric = sqs.Queue(stack, "Q").metric_number_of_messages_sent(id="x", visible=False)
    assert (metric.id, metric.visible, metric.statistic, metric.period.to_seconds()) == ("x", False, "Sum", 300)


def test_metric_rejects_unknown_keywords(stack: Stack) -> None:
    with pytest.raises(TypeError):
        sqs.Queue(stack, "Q").metric_sent_message_size(colour="#000000")  # type: ignore[call-arg]


def test_props_structs_and_injection_ids() -> None:
    props = sqs.QueueProps(fifo=True)
    assert (props.fifo, props.queue_name) == (True, None)
    assert sqs.Queue.PROPERTY_INJECTION_ID == "aws-cdk-lib.aws-sqs.Queue"
    assert sqs.QueuePolicy.PROPERTY_INJECTION_ID == "aws-cdk-lib.aws-sqs.QueuePolicy"


def test_queues_new_and_imported_are_iqueue(stack: Stack) -> None:
    imported = sqs.Queue.from_queue_arn(stack, "I", "arn:aws:sqs:us-east-1:111111111111:q")
    assert isinstance(sqs.Queue(stack, "Q"), sqs.IQueue)
    assert isinstance(imported, sqs.IQueue)
