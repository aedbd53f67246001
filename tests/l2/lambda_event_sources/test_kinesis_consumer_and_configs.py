"""lambda_event_sources: KinesisConsumerEventSource, and struct options given as mappings of their fields.

Expected values are aws-cdk-lib 2.275.0's (its templates for the same sources are the golden fixtures of
``tests/golden/l2_lambda_event_sources``; the error message was read from its output).
"""

from __future__ import annotations

import pytest

from assertions import Match, Template
from constructs import App, Stack, UnscopedValidationError
from l2 import kinesis, lambda_, lambda_event_sources, sqs


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


def _fn(stack: Stack, id: str = "F") -> lambda_.Function:
    return lambda_.Function(stack, id, runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                            code=lambda_.Code.from_inline("x"))


def test_a_stream_consumer_source_reads_through_the_consumer(stack: Stack) -> None:
    stream = kinesis.Stream(stack, "Q")
    consumer = kinesis.StreamConsumer(stack, "C", stream=stream, stream_consumer_name="TheConsumer")
    source = lambda_event_sources.KinesisConsumerEventSource(
        consumer, starting_position=lambda_.StartingPosition.TRIM_HORIZON, batch_size=7)
    _fn(stack).add_event_source(source)
    template = Template.from_stack(stack)
    template.has_resource_properties("AWS::Lambda::EventSourceMapping", {
        "EventSourceArn": {"Fn::GetAtt": [Match.string_like_regexp("^C"), "ConsumerARN"]},
        "BatchSize": 7, "StartingPosition": "TRIM_HORIZON"})
    assert source.stream_consumer is consumer
    assert source.event_source_mapping_id


def test_fails_on_reading_the_mapping_before_binding(stack: Stack) -> None:
    stream = kinesis.Stream(stack, "Q")
    consumer = kinesis.StreamConsumer(stack, "C", stream=stream, stream_consumer_name="TheConsumer")
    source = lambda_event_sources.KinesisConsumerEventSource(
        consumer, starting_position=lambda_.StartingPosition.LATEST)
    with pytest.raises(UnscopedValidationError,
                       match="^KinesisConsumerEventSource is not yet bound to an event source mapping"):
        _ = source.event_source_mapping_arn


def test_fails_on_a_batch_size_out_of_range(stack: Stack) -> None:
    stream = kinesis.Stream(stack, "Q")
    consumer = kinesis.StreamConsumer(stack, "C", stream=stream, stream_consumer_name="TheConsumer")
    with pytest.raises(UnscopedValidationError, match=r"^Maximum batch size must be between 1 and 10000 inclusive "
                                                      r"\(given 20000\)"):
        lambda_event_sources.KinesisConsumerEventSource(
            consumer, starting_position=lambda_.StartingPosition.LATEST, batch_size=20000)


def test_poller_and_metrics_configs_accept_mappings(stack: Stack) -> None:
    queue = sqs.Queue(stack, "Q")
    _fn(stack).add_event_source(lambda_event_sources.SqsEventSource(
        queue, provisioned_poller_config={"minimum_pollers": 3, "maximum_pollers": 10},
        metrics_config={"metrics": [lambda_.MetricType.EVENT_COUNT]}))
    Template.from_stack(stack).has_resource_properties("AWS::Lambda::EventSourceMapping", {
        "ProvisionedPollerConfig": {"MinimumPollers": 3, "MaximumPollers": 10},
        "MetricsConfig": {"Metrics": ["EventCount"]}})


def test_the_poller_group_name_reaches_a_kafka_mapping(stack: Stack) -> None:
    from l2 import secretsmanager

    _fn(stack).add_event_source(lambda_event_sources.SelfManagedKafkaEventSource(
        bootstrap_servers=["b:9092"], topic="orders", starting_position=lambda_.StartingPosition.LATEST,
        secret=secretsmanager.Secret(stack, "Secret"),
        provisioned_poller_config=lambda_event_sources.ProvisionedPollerConfig(
            minimum_pollers=1, maximum_pollers=2, poller_group_name="group")))
    Template.from_stack(stack).has_resource_properties("AWS::Lambda::EventSourceMapping", {
        "ProvisionedPollerConfig": {"MinimumPollers": 1, "MaximumPollers": 2, "PollerGroupName": "group"}})


def test_fails_on_a_stream_instead_of_a_consumer(stack: Stack) -> None:
    with pytest.raises(TypeError, match="stream_consumer"):
        lambda_event_sources.KinesisConsumerEventSource(
            "not-a-consumer", starting_position=lambda_.StartingPosition.LATEST)  # type: ignore[arg-type]
