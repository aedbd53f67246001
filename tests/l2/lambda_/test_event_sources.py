"""lambda_event_sources: validation errors and the mappings' construct ids."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from constructs import App, Duration, Stack, ValidationError
from l2 import lambda_, sqs
from l2 import lambda_event_sources as sources


def _fn(stack: Stack, **kwargs: Any) -> lambda_.Function:
    return lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                            code=lambda_.Code.from_inline("x"), **kwargs)


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def test_fails_on_sqs_batches_over_ten_without_a_window(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Q")
    with pytest.raises(ValidationError, match=r"between 1 and 10 inclusive \(given 11\) when batching window is not"):
        sources.SqsEventSource(queue, batch_size=11)


def test_fails_on_sqs_windows_over_five_minutes(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Q")
    with pytest.raises(ValidationError, match=r"Maximum batching window must be 300 seconds or less \(given 6 minutes\)"):
        sources.SqsEventSource(queue, max_batching_window=Duration.minutes(6))


def test_events_prop_binds_sources_with_queue_based_ids(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Q")
    source = sources.SqsEventSource(queue, batch_size=10)
    fn = _fn(stack, events=[source])
    unique = "SQ" + hashlib.md5(b"S/Q").hexdigest()[:8].upper()  # Names.node_unique_id of S/Q
    assert fn.node.try_find_child(f"SqsEventSource:{unique}") is not None
    assert source.event_source_mapping_id


def test_event_source_mapping_id_needs_a_binding(stack: Stack) -> None:
    source = sources.SqsEventSource(sqs.Queue(stack, "Q"))
    with pytest.raises(ValidationError, match="SqsEventSource is not yet bound to an event source mapping"):
        source.event_source_mapping_id  # noqa: B018 - the property raises
