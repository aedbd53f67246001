"""lambda_event_sources: the provisioned-poller checks of the SQS and stream sources, with aws-cdk-lib 2.275's
messages word for word (read from its output for the same calls)."""

from __future__ import annotations

from typing import Any

import pytest

from constructs import App, Stack, UnscopedValidationError, ValidationError
from l2 import kinesis, lambda_, secretsmanager, sqs
from l2 import lambda_event_sources as sources


@pytest.fixture
def stack() -> Stack:
    return Stack(App(), "S")


SQS_POLLERS: list[tuple[dict[str, Any], str]] = [
    ({"provisioned_poller_config": lambda_.ProvisionedPollerConfig(minimum_pollers=1), "max_concurrency": 5},
     "provisionedPollerConfig and maxConcurrency are mutually exclusive \u2014 specify only one"),
    ({"provisioned_poller_config": lambda_.ProvisionedPollerConfig(minimum_pollers=1)},
     "Minimum provisioned pollers for SQS must be between 2 and 200 inclusive, got: 1"),
    ({"provisioned_poller_config": lambda_.ProvisionedPollerConfig(maximum_pollers=2001)},
     "Maximum provisioned pollers for SQS must be between 2 and 2000 inclusive, got: 2001"),
    ({"provisioned_poller_config": lambda_.ProvisionedPollerConfig(minimum_pollers=10, maximum_pollers=5)},
     "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers, got: min=10, max=5"),
]


@pytest.mark.parametrize(("kwargs", "message"), SQS_POLLERS)
def test_sqs_source_fails_on_invalid_pollers(stack: Stack, kwargs: dict[str, Any], message: str) -> None:
    queue = sqs.Queue(stack, "Q")
    with pytest.raises(ValidationError) as info:
        sources.SqsEventSource(queue, **kwargs)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(("config", "message"), [
    (sources.ProvisionedPollerConfig(minimum_pollers=0), "Minimum provisioned pollers must be between 1 and 200 "
                                                         "inclusive"),
    (sources.ProvisionedPollerConfig(minimum_pollers=5, maximum_pollers=3),
     "Minimum provisioned pollers must be less than or equal to maximum provisioned pollers"),
])
def test_stream_source_fails_on_invalid_pollers(stack: Stack, config: Any, message: str) -> None:
    stream = kinesis.Stream(stack, "K")
    with pytest.raises(UnscopedValidationError) as info:
        sources.KinesisEventSource(stream, starting_position=lambda_.StartingPosition.LATEST,
                                   provisioned_poller_config=config)
    assert str(info.value).startswith(message)


def test_stream_source_arn_needs_a_binding(stack: Stack) -> None:
    source = sources.KinesisEventSource(kinesis.Stream(stack, "K"), starting_position=lambda_.StartingPosition.LATEST)
    with pytest.raises(UnscopedValidationError, match="is not yet bound"):
        _ = source.event_source_mapping_arn


def test_managed_kafka_source_fails_on_empty_metrics() -> None:
    # aws-cdk-lib 2.275's message (kafka.ts, ManagedKafkaEventSource constructor)
    with pytest.raises(UnscopedValidationError) as info:
        sources.ManagedKafkaEventSource(cluster_arn="arn:aws:kafka:us-east-1:1:cluster/c/1", topic="t1",
                                        starting_position=lambda_.StartingPosition.LATEST,
                                        metrics_config=lambda_.MetricsConfig(metrics=[]))
    assert str(info.value).startswith(
        "MetricsConfig must contain at least one metric type. Specify one or more metrics from lambda.MetricType "
        "(EVENT_COUNT, ERROR_COUNT, KAFKA_METRICS)")


def test_managed_kafka_mapping_ids_need_a_binding() -> None:
    source = sources.ManagedKafkaEventSource(cluster_arn="arn:aws:kafka:us-east-1:1:cluster/c/1", topic="t1",
                                             starting_position=lambda_.StartingPosition.LATEST)
    with pytest.raises(UnscopedValidationError, match="^KafkaEventSource is not yet bound"):
        _ = source.event_source_mapping_id


def _secret() -> Any:
    return secretsmanager.Secret.from_secret_complete_arn(
        Stack(App(), "KafkaSecrets"), "Secret", "arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka-AbCdEf"
    )


def _vpc() -> Any:
    from l2 import ec2

    return ec2.Vpc(Stack(App(), "KafkaVpc"), "Vpc")


def _security_group() -> Any:
    from l2 import ec2

    return ec2.SecurityGroup.from_security_group_id(Stack(App(), "KafkaSg"), "Sg", "sg-12345")


# the secret, VPC and security group are real objects (made per test): the arguments' types are checked first
SELF_MANAGED_ERRORS: list[tuple[dict[str, Any], str]] = [
    ({"vpc": _vpc}, "securityGroup must be set when providing vpc"),
    ({"vpc": _vpc, "security_group": _security_group}, "vpcSubnets must be set when providing vpc"),
    ({}, "secret must be set if Kafka brokers accessed over Internet"),
    ({"secret": _secret, "starting_position": lambda_.StartingPosition.AT_TIMESTAMP},
     "startingPositionTimestamp must be provided when startingPosition is AT_TIMESTAMP"),
    ({"secret": _secret, "starting_position_timestamp": 1700000000},
     "startingPositionTimestamp can only be used when startingPosition is AT_TIMESTAMP"),
]


@pytest.mark.parametrize(("kwargs", "message"), SELF_MANAGED_ERRORS)
def test_self_managed_kafka_source_fails_on_invalid_props(kwargs: dict[str, Any], message: str) -> None:
    # aws-cdk-lib 2.275's messages (kafka.ts, SelfManagedKafkaEventSource constructor), checked in this order
    options: dict[str, Any] = {"bootstrap_servers": ["b:9092"], "topic": "t1",
                               "starting_position": lambda_.StartingPosition.LATEST, **{k: v() if callable(v) else v for k, v in kwargs.items()}}
    with pytest.raises(UnscopedValidationError) as info:
        sources.SelfManagedKafkaEventSource(**options)
    assert str(info.value).startswith(message)


@pytest.mark.parametrize(("topic", "message"), [
    ("", "Topic name cannot be empty"),
    ("kafka://", "Topic name cannot be empty after removing kafka:// prefix"),
    ("bad topic", "Topic name contains invalid characters. Only alphanumeric characters, dots, underscores, and "
                  "hyphens are allowed"),
])
def test_kafka_dlq_refuses_invalid_topics(topic: str, message: str) -> None:
    # aws-cdk-lib 2.275 raises TypeError with these messages (kafka-dlq.ts)
    with pytest.raises(TypeError) as info:
        sources.KafkaDlq(topic)
    assert str(info.value) == message


def test_kafka_dlq_adds_the_prefix() -> None:
    assert sources.KafkaDlq("orders").topic_name == "kafka://orders"
    assert sources.KafkaDlq("kafka://orders").topic_name == "kafka://orders"


def test_glue_registry_needs_a_registry_or_a_valid_arn(stack: Stack) -> None:
    fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                          code=lambda_.Code.from_inline("x"))
    validate = [lambda_.KafkaSchemaValidationConfig(attribute=lambda_.KafkaSchemaValidationAttribute.VALUE)]

    def source(topic: str, **registry: Any) -> Any:
        return sources.SelfManagedKafkaEventSource(
            bootstrap_servers=["b:9092"], topic=topic, starting_position=lambda_.StartingPosition.LATEST,
            secret=secretsmanager.Secret(stack, f"S{len(stack.node.children)}"),
            schema_registry_config=sources.GlueSchemaRegistry(
                event_record_format=lambda_.EventRecordFormat.JSON, schema_validation_configs=validate, **registry))

    with pytest.raises(ValidationError, match="^one of schemaRegistryArn or schemaRegistry must be passed"):
        fn.add_event_source(source("t1"))
    with pytest.raises(ValidationError, match=r"^schemaRegistryArn arn:aws:glue:r:1:table/x must match "
                                              r"/\^arn:\[\^:\]\+:glue:"):
        fn.add_event_source(source("t2", schema_registry_arn="arn:aws:glue:r:1:table/x"))


def test_tenant_isolated_functions_take_only_api_event_sources(stack: Stack) -> None:
    fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="i.h",
                          code=lambda_.Code.from_inline("x"), tenancy_config=lambda_.TenancyConfig.PER_TENANT)
    # aws-cdk-lib 2.275's message (function-base.ts, addEventSource)
    with pytest.raises(ValidationError, match="^Event source SqsEventSource is not supported for functions with "
                                              "tenant isolation mode"):
        fn.add_event_source(sources.SqsEventSource(sqs.Queue(stack, "Q")))
    fn.add_event_source(sources.ApiEventSource("GET", "/"))
