"""StreamConsumer: imports parse the consumer ARN as aws-cdk-lib does; interfaces; metric keyword checks."""

from __future__ import annotations

import pytest

from constructs import App, Environment, Stack
from l2 import kinesis


def test_import_parses_name_and_stream() -> None:
    stack = Stack(App(), "S", env=Environment(account="111111111111", region="eu-west-1"))
    consumer = kinesis.StreamConsumer.from_stream_consumer_arn(
        stack, "C", "arn:aws:kinesis:eu-west-1:111111111111:stream/orders/consumer/reader:1700000000"
    )
    assert consumer.stream_consumer_name == "reader"
    assert consumer.stream.stream_arn == "arn:aws:kinesis:eu-west-1:111111111111:stream/orders"
    assert isinstance(consumer, kinesis.IStreamConsumer)
    assert isinstance(consumer.stream, kinesis.IStream)


def test_new_consumer_and_stream_satisfy_the_interfaces(stack: Stack) -> None:
    stream = kinesis.Stream(stack, "Stream")
    consumer = kinesis.StreamConsumer(stack, "Consumer", stream=stream, stream_consumer_name="c")
    assert isinstance(stream, kinesis.IStream)
    assert isinstance(consumer, kinesis.IStreamConsumer)
    assert consumer.stream_consumer_ref.consumer_arn == consumer.stream_consumer_arn


def test_metric_refuses_unknown_keywords(stack: Stack) -> None:
    # aws-cdk-lib's Python MetricOptions has no ``dimensions``: jsii refuses the keyword with a TypeError.
    stream = kinesis.Stream(stack, "Stream")
    with pytest.raises(TypeError):
        stream.metric_incoming_bytes(dimensions={"a": "b"})  # type: ignore[call-arg]


def test_metric_checks_types(stack: Stack) -> None:
    stream = kinesis.Stream(stack, "Stream")
    with pytest.raises(TypeError):
        stream.metric_get_records(period=60)  # type: ignore[arg-type]


def test_import_loads_no_other_service() -> None:
    import subprocess
    import sys

    code = "import sys, l2.kinesis; print(sorted(m for m in sys.modules if m.startswith('l2.') and m.count('.') == 1 and m != 'l2._private'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['l2.kinesis']"
