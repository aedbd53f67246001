"""Kafka sources with schema registries (Confluent with a secret, Glue by ARN and by CfnRegistry) and a Kafka
topic as the on-failure destination."""

import aws_cdk as cdk
from aws_cdk import aws_glue as glue
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "SchemaRegistries")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
secret = secretsmanager.Secret(stack, "Secret")
registry_secret = secretsmanager.Secret(stack, "RegistrySecret")
validate = [lambda_.KafkaSchemaValidationConfig(attribute=lambda_.KafkaSchemaValidationAttribute.VALUE)]
cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abcd1234-0123-4567-89ab-0123456789ab-1"
fn.add_event_source(sources.ManagedKafkaEventSource(
    cluster_arn=cluster_arn, topic="orders", starting_position=lambda_.StartingPosition.TRIM_HORIZON,
    schema_registry_config=sources.ConfluentSchemaRegistry(
        schema_registry_uri="https://confluent.example.com", event_record_format=lambda_.EventRecordFormat.JSON,
        authentication_type=lambda_.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH, secret=registry_secret,
        schema_validation_configs=validate),
    on_failure=sources.KafkaDlq("orders-failures")))
fn.add_event_source(sources.ManagedKafkaEventSource(
    cluster_arn=cluster_arn, topic="payments", starting_position=lambda_.StartingPosition.LATEST,
    schema_registry_config=sources.GlueSchemaRegistry(
        schema_registry_arn="arn:aws:glue:us-east-1:123456789012:registry/payments-registry",
        event_record_format=lambda_.EventRecordFormat.SOURCE, schema_validation_configs=validate)))
registry = glue.CfnRegistry(stack, "Registry", name="events-registry")
fn.add_event_source(sources.SelfManagedKafkaEventSource(
    bootstrap_servers=["broker:9092"], topic="events", starting_position=lambda_.StartingPosition.LATEST,
    secret=secret, schema_registry_config=sources.GlueSchemaRegistry(
        schema_registry=registry, event_record_format=lambda_.EventRecordFormat.JSON,
        schema_validation_configs=validate)))
app.synth()
