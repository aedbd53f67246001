"""Port of aws-cdk integ.kafka-poller-group-name.ts: provisioned pollers in a named poller group."""

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
cmUuaAii9R0=
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


class KafkaPollerGroupNameTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn1 = TestFunction(self, "SelfManagedFunction")
        root, client = secrets(self, "RootCASecret", "ClientCertSecret")
        root.grant_read(fn1)
        client.grant_read(fn1)
        fn1.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=BOOTSTRAP, topic="my-test-topic-with-poller-group",
            consumer_group_id="myTestConsumerGroupWithPollerGroup", secret=client,
            authentication_method=AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH, root_ca_certificate=root,
            starting_position=lambda_.StartingPosition.TRIM_HORIZON,
            provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 3,
                                       "poller_group_name": "test-poller-group-self-managed"}))


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
KafkaPollerGroupNameTest(app, "lambda-event-source-kafka-poller-group-name")
app.synth()
