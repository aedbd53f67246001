"""EventSourceMapping options added in aws-cdk-lib 2.1xx: pollers, metrics, log level, access configurations,
Kafka consumer group, filter encryption."""

import aws_cdk as cdk
import jsii
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "EsmOptions")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
key = kms.Key(stack, "FilterKey")
lambda_.EventSourceMapping(
    stack, "Sqs", target=fn, event_source_arn="arn:aws:sqs:us-east-1:123456789012:queue",
    filters=[lambda_.FilterCriteria.filter({"body": {"a": lambda_.FilterRule.is_equal("b")}})],
    filter_encryption=key,
    metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT]),
    log_level=lambda_.EventSourceMappingLogLevel.DEBUG,
)
lambda_.EventSourceMapping(
    stack, "Kafka", target=fn, kafka_bootstrap_servers=["b1:9092", "b2:9092"], kafka_topic="orders",
    kafka_consumer_group_id="my-group", starting_position=lambda_.StartingPosition.TRIM_HORIZON,
    source_access_configurations=[lambda_.SourceAccessConfiguration(
        type=lambda_.SourceAccessConfigurationType.SASL_SCRAM_512_AUTH,
        uri="arn:aws:secretsmanager:us-east-1:123456789012:secret:kafka")],
    provisioned_poller_config=lambda_.ProvisionedPollerConfig(minimum_pollers=1, maximum_pollers=3),
)
fn.add_event_source_mapping("Msk", event_source_arn="arn:aws:kafka:us-east-1:123456789012:cluster/c/1",
                            kafka_topic="payments", starting_position=lambda_.StartingPosition.LATEST,
                            kafka_consumer_group_id="g2")


@jsii.implements(lambda_.ISchemaRegistry)
class Registry:
    def bind(self, target, target_handler):
        return lambda_.KafkaSchemaRegistryConfig(
            schema_registry_uri="https://registry.example.com",
            event_record_format=lambda_.EventRecordFormat.JSON,
            schema_validation_configs=[
                lambda_.KafkaSchemaValidationConfig(attribute=lambda_.KafkaSchemaValidationAttribute.KEY),
                lambda_.KafkaSchemaValidationConfig(attribute=lambda_.KafkaSchemaValidationAttribute.VALUE)],
            access_configs=[lambda_.KafkaSchemaRegistryAccessConfig(
                type=lambda_.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH,
                uri="arn:aws:secretsmanager:us-east-1:123456789012:secret:registry")])


lambda_.EventSourceMapping(stack, "WithRegistry", target=fn, kafka_bootstrap_servers=["b3:9092"],
                           kafka_topic="events", starting_position=lambda_.StartingPosition.LATEST,
                           schema_registry_config=Registry())
app.synth()
