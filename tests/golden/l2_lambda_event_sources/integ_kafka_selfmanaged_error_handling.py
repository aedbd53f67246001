"""Port of aws-cdk integ.kafka-selfmanaged-error-handling.ts: retries, batching window, batch size, record age
and batch item failures of a self-managed Kafka source."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk.aws_lambda_event_sources import AuthenticationMethod, SelfManagedKafkaEventSource
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
-----END CERTIFICATE-----\\"\n"""
DUMMY_KEY = """-----BEGIN ENCRYPTED PRIVATE KEY-----
zp2mwJn2NYB7AZ7+imp0azDZb+8YG2aUCiyqb6PnnA==
-----END ENCRYPTED PRIVATE KEY-----"""
BOOTSTRAP = ["my-self-hosted-kafka-broker-1:9092", "my-self-hosted-kafka-broker-2:9092", "my-self-hosted-kafka-broker-3:9092"]


def secrets(scope, root_id, client_id):
    root = secretsmanager.Secret(scope, root_id, secret_object_value={
        "certificate": cdk.SecretValue.unsafe_plain_text(DUMMY_CERT)})
    client = secretsmanager.Secret(scope, client_id, secret_object_value={
        "certificate": cdk.SecretValue.unsafe_plain_text(DUMMY_CERT),
        "privateKey": cdk.SecretValue.unsafe_plain_text(DUMMY_KEY)})
    return root, client


class KafkaSelfManagedErrorHandlingTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        root, client = secrets(self, "RootCASecret", "ClientCertSecret")
        fn = TestFunction(self, "ErrorHandlingFunction")
        root.grant_read(fn)
        client.grant_read(fn)
        fn.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=BOOTSTRAP, topic="error-handling-topic", consumer_group_id="errorHandlingConsumerGroup",
            secret=client, authentication_method=AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
            root_ca_certificate=root, starting_position=lambda_.StartingPosition.TRIM_HORIZON, retry_attempts=3,
            max_batching_window=cdk.Duration.seconds(10), batch_size=50, max_record_age=cdk.Duration.hours(24),
            report_batch_item_failures=True, provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 1}))


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
KafkaSelfManagedErrorHandlingTest(app, "lambda-event-source-kafka-error-handling")
app.synth()
