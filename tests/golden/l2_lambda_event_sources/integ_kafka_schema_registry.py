"""Port of aws-cdk integ.kafka-schema-registry.ts: Glue and Confluent schema registries on self-managed Kafka
sources."""

from aws_cdk import App, SecretValue, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk.aws_glue import CfnRegistry
from aws_cdk.aws_lambda_event_sources import (
    AuthenticationMethod,
    ConfluentSchemaRegistry,
    GlueSchemaRegistry,
    SelfManagedKafkaEventSource,
)
from constructs import Construct

HANDLER = """async function handler(event) {
    console.log('event:', JSON.stringify(event, undefined, 2));
    return { event };
}"""


class TestFunction(lambda_.Function):
    """The integ tests' test-function.ts."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id, handler="index.handler", code=lambda_.Code.from_inline(f"exports.handler = {HANDLER}"),
                         runtime=lambda_.Runtime.NODEJS_20_X)


DUMMY_CERT = """-----BEGIN CERTIFICATE-----
    MIIE5DCCAsygAwIBAgIRAPJdwaFaNRrytHBto0j5BA0wDQYJKoZIhvcNAQELBQAw
    cmUuiAii9R0=
    -----END CERTIFICATE-----
    -----BEGIN CERTIFICATE-----
    MIIFgjCCA2qgAwIBAgIQdjNZd6uFf9hbNC5RdfmHrzANBgkqhkiG9w0BAQsFADBb
    c8PH3PSoAaRwMMgOSA2ALJvbRz8mpg==
    -----END CERTIFICATE-----\"
    """
DUMMY_KEY = """-----BEGIN ENCRYPTED PRIVATE KEY-----
    zp2mwJn2NYB7AZ7+imp0azDZb+8YG2aUCiyqb6PnnA==
    -----END ENCRYPTED PRIVATE KEY-----"""
BOOTSTRAP = ["kafka-broker-1:9092", "kafka-broker-2:9092", "kafka-broker-3:9092"]


def common(scope, prefix, fn):
    root = secretsmanager.Secret(scope, f"{prefix}RootCASecret", secret_object_value={
        "certificate": SecretValue.unsafe_plain_text(DUMMY_CERT)})
    client = secretsmanager.Secret(scope, f"{prefix}ClientCertSecret", secret_object_value={
        "certificate": SecretValue.unsafe_plain_text(DUMMY_CERT),
        "privateKey": SecretValue.unsafe_plain_text(DUMMY_KEY)})
    root.grant_read(fn)
    client.grant_read(fn)
    return client, dict(bootstrap_servers=BOOTSTRAP, secret=client,
                        authentication_method=AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
                        root_ca_certificate=root, starting_position=lambda_.StartingPosition.TRIM_HORIZON)


class SmkGlueSchemaRegistryStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "GlueFunction")
        _, config = common(self, "Glue", fn)
        glue_registry = CfnRegistry(self, "SchemaRegistry", name="smk-glue-test-schema-registry",
                                    description="Schema registry for SMK integration tests")
        fn.add_event_source(SelfManagedKafkaEventSource(
            **config, topic="test-topic-smk-glue", consumer_group_id="test-consumer-group-smk-glue",
            provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 3},
            schema_registry_config=GlueSchemaRegistry(
                schema_registry=glue_registry, event_record_format=lambda_.EventRecordFormat.JSON,
                schema_validation_configs=[{"attribute": lambda_.KafkaSchemaValidationAttribute.KEY}])))


class SmkConfluentSchemaRegistryStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "ConfluentFunction")
        client, config = common(self, "Confluent", fn)
        fn.add_event_source(SelfManagedKafkaEventSource(
            **config, topic="test-topic-smk-confluent", consumer_group_id="test-consumer-group-smk-confluent",
            provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 3},
            schema_registry_config=ConfluentSchemaRegistry(
                schema_registry_uri="https://schema-registry.example.com",
                event_record_format=lambda_.EventRecordFormat.JSON,
                authentication_type=lambda_.KafkaSchemaRegistryAccessConfigType.BASIC_AUTH, secret=client,
                schema_validation_configs=[{"attribute": lambda_.KafkaSchemaValidationAttribute.KEY}])))


app = App(post_cli_context={"@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": False})
SmkGlueSchemaRegistryStack(app, "lambda-event-source-glue-schema-registry")
SmkConfluentSchemaRegistryStack(app, "lambda-event-source-confluent-schema-registry")
app.synth()
