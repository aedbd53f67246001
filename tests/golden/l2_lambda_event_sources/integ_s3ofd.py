"""Port of aws-cdk integ.s3ofd.ts: a self-managed Kafka source with client-certificate TLS whose failed\nrecords go to an S3 bucket."""

from aws_cdk import App, RemovalPolicy, SecretValue, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk.aws_lambda_event_sources import AuthenticationMethod, S3OnFailureDestination, SelfManagedKafkaEventSource
from aws_cdk.aws_s3 import Bucket
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


class S3OnFailureDestinationStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        fn = TestFunction(self, "F")
        root_ca_secret = secretsmanager.Secret(self, "S", secret_object_value={
            "certificate": SecretValue.unsafe_plain_text(DUMMY_CERT)})
        client_certificates_secret = secretsmanager.Secret(self, "SC", secret_object_value={
            "certificate": SecretValue.unsafe_plain_text(DUMMY_CERT),
            "privateKey": SecretValue.unsafe_plain_text(DUMMY_KEY)})
        root_ca_secret.grant_read(fn)
        client_certificates_secret.grant_read(fn)
        bootstrap_servers = ["my-self-hosted-kafka-broker-1:9092", "my-self-hosted-kafka-broker-2:9092",
                             "my-self-hosted-kafka-broker-3:9092"]
        bucket = Bucket(self, "B", removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3ofd = S3OnFailureDestination(bucket)
        fn.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=bootstrap_servers, topic="my-test-topic", consumer_group_id="myTestConsumerGroup",
            secret=client_certificates_secret, authentication_method=AuthenticationMethod.CLIENT_CERTIFICATE_TLS_AUTH,
            root_ca_certificate=root_ca_secret, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
            on_failure=s3ofd))


app = App()
S3OnFailureDestinationStack(app, "lambda-event-source-s3ofd")
app.synth()
