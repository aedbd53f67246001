"""Port of aws-cdk integ.kafka-observability-deploy.ts: logging, metrics and both, with batching (the original's
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


class KafkaObservabilityDeployTest(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        secret = secretsmanager.Secret(self, "KafkaSecret",
                                       description="Kafka authentication credentials for observability test",
                                       secret_object_value={
                                           "username": cdk.SecretValue.unsafe_plain_text("testuser"),
                                           "password": cdk.SecretValue.unsafe_plain_text("testpass")})
        smk_logging_function = TestFunction(self, "SMKLoggingFunction")
        smk_logging_function.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=["kafka-broker-1.example.com:9092", "kafka-broker-2.example.com:9092"],
            topic="logging-topic", secret=secret, authentication_method=AuthenticationMethod.SASL_SCRAM_512_AUTH,
            starting_position=lambda_.StartingPosition.LATEST, consumer_group_id="logging-consumer-group",
            batch_size=50, max_batching_window=cdk.Duration.seconds(5),
            provisioned_poller_config={"minimum_pollers": 1, "maximum_pollers": 5},
            log_level=lambda_.EventSourceMappingLogLevel.DEBUG))
        smk_metrics_function = TestFunction(self, "SMKMetricsFunction")
        smk_metrics_function.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=["kafka-broker-3.example.com:9092", "kafka-broker-4.example.com:9092"],
            topic="metrics-topic", secret=secret, authentication_method=AuthenticationMethod.SASL_SCRAM_256_AUTH,
            starting_position=lambda_.StartingPosition.TRIM_HORIZON, consumer_group_id="metrics-consumer-group",
            batch_size=100, max_batching_window=cdk.Duration.seconds(10),
            provisioned_poller_config={"minimum_pollers": 2, "maximum_pollers": 8},
            metrics_config={"metrics": [lambda_.MetricType.EVENT_COUNT]}))
        smk_combined_function = TestFunction(self, "SMKCombinedFunction")
        smk_combined_function.add_event_source(SelfManagedKafkaEventSource(
            bootstrap_servers=["kafka-broker-5.example.com:9092", "kafka-broker-6.example.com:9092"],
            topic="combined-observability-topic", secret=secret,
            authentication_method=AuthenticationMethod.SASL_SCRAM_512_AUTH,
            starting_position=lambda_.StartingPosition.LATEST, consumer_group_id="combined-consumer-group",
            batch_size=75, max_batching_window=cdk.Duration.seconds(8),
            provisioned_poller_config={"minimum_pollers": 3, "maximum_pollers": 12},
            metrics_config={"metrics": [lambda_.MetricType.KAFKA_METRICS]}))
        cdk.CfnOutput(self, "LoggingFunctionName", value=smk_logging_function.function_name,
                      description="Lambda function with Kafka logging configuration")
        cdk.CfnOutput(self, "MetricsFunctionName", value=smk_metrics_function.function_name,
                      description="Lambda function with Kafka metrics configuration")
        cdk.CfnOutput(self, "CombinedFunctionName", value=smk_combined_function.function_name,
                      description="Lambda function with both Kafka logging and metrics configuration")
        cdk.CfnOutput(self, "SecretArn", value=secret.secret_arn, description="ARN of the Kafka authentication secret")


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
KafkaObservabilityDeployTest(app, "KafkaObservabilityDeployTest")
app.synth()
