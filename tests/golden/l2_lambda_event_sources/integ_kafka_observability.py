"""Port of aws-cdk integ.kafka-observability.ts: logging and metrics of self-managed Kafka mappings (the original's
``loggingConfig: { systemLogLevel }`` is 2.275's ``log_level``)."""

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


class KafkaObservabilityTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        secret = secretsmanager.Secret(self, "KafkaSecret", secret_object_value={
            "username": cdk.SecretValue.unsafe_plain_text("testuser"),
            "password": cdk.SecretValue.unsafe_plain_text("testpass")})
        smk_logging_function = TestFunction(self, "SMKLoggingFunction")
        smk_logging_function.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=["kafka-broker-1:9092", "kafka-broker-2:9092"], topic="logging-topic", secret=secret,
            authentication_method=AuthenticationMethod.SASL_SCRAM_512_AUTH,
            starting_position=lambda_.StartingPosition.LATEST, consumer_group_id="logging-consumer-group",
            provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 5},
            log_level=lambda_.EventSourceMappingLogLevel.DEBUG))
        smk_metrics_function = TestFunction(self, "SMKMetricsFunction")
        smk_metrics_function.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=["kafka-broker-3:9092", "kafka-broker-4:9092"], topic="metrics-topic", secret=secret,
            authentication_method=AuthenticationMethod.SASL_SCRAM_256_AUTH,
            starting_position=lambda_.StartingPosition.TRIM_HORIZON, consumer_group_id="metrics-consumer-group",
            batch_size=100, provisioned_poller_config={"minimum_pollers": 3, "maximum_pollers": 15},
            metrics_config={"metrics": [lambda_.MetricType.EVENT_COUNT, lambda_.MetricType.ERROR_COUNT,
                                        lambda_.MetricType.KAFKA_METRICS]}))


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
KafkaObservabilityTest(app, "KafkaObservabilityTest")
app.synth()
