"""Port of aws-cdk integ.kafka-selfmanaged.ts: self-managed Kafka sources with client-certificate TLS, filters, a
filter encryption key and provisioned pollers."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk.aws_lambda_event_sources import AuthenticationMethod, SelfManagedKafkaEventSource
from constructs import Construct
from aws_cdk.aws_kms import Key

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


class KafkaSelfManagedEventSourceTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "F")
        root, client = secrets(self, "S", "SC")
        root.grant_read(fn)
        client.grant_read(fn)
        common = dict(bootstrap_servers=BOOTSTRAP, secret=client,
                      authentication_method=AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH, root_ca_certificate=root,
                      starting_position=lambda_.StartingPosition.TRIM_HORIZON)
        fn.add_event_source(SelfManagedKafkaEventSource(
            topic="my-test-topic", consumer_group_id="myTestConsumerGroup",
            filters=[lambda_.FilterCriteria.filter({"numericEquals": lambda_.FilterRule.is_equal(1)})], **common))
        my_key = Key(self, "fc-test-key-name", removal_policy=cdk.RemovalPolicy.DESTROY,
                     pending_window=cdk.Duration.days(7), description="KMS key for test fc encryption")
        fn2 = TestFunction(self, "F2")
        root.grant_read(fn2)
        client.grant_read(fn2)
        fn2.add_event_source(SelfManagedKafkaEventSource(
            topic="my-test-topic2", consumer_group_id="myTestConsumerGroup2",
            filters=[lambda_.FilterCriteria.filter({"numericEquals": lambda_.FilterRule.is_equal(2)})],
            filter_encryption=my_key, **common))
        fn3 = TestFunction(self, "F3")
        root.grant_read(fn3)
        client.grant_read(fn3)
        fn3.add_event_source(SelfManagedKafkaEventSource(
            topic="my-test-topic3", consumer_group_id="myTestConsumerGroup3",
            filters=[lambda_.FilterCriteria.filter({"numericEquals": lambda_.FilterRule.is_equal(1)})],
            provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 3}, **common))


app = cdk.App()
KafkaSelfManagedEventSourceTest(app, "lambda-event-source-kafka-self-managed")
app.synth()
