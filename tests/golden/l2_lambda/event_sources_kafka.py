"""ManagedKafkaEventSource (MSK with a SASL/SCRAM secret, consumer group, S3 on-failure destination) and a Kinesis
source with an S3 on-failure destination."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "EventSourcesKafka")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
secret = secretsmanager.Secret(stack, "Secret")
failures = s3.Bucket(stack, "Failures")
cluster_arn = "arn:aws:kafka:us-east-1:123456789012:cluster/orders/abcd1234-0123-4567-89ab-0123456789ab-1"
fn.add_event_source(sources.ManagedKafkaEventSource(
    cluster_arn=cluster_arn, topic="orders", starting_position=lambda_.StartingPosition.TRIM_HORIZON,
    secret=secret, consumer_group_id="orders-consumers", batch_size=50,
    on_failure=sources.S3OnFailureDestination(failures),
    metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.KAFKA_METRICS]),
    log_level=lambda_.EventSourceMappingLogLevel.INFO,
    provisioned_poller_config=sources.ProvisionedPollerConfig(minimum_pollers=1, maximum_pollers=3)))
fn.add_event_source(sources.ManagedKafkaEventSource(
    cluster_arn=cluster_arn, topic="payments", starting_position=lambda_.StartingPosition.LATEST))
stream = kinesis.Stream(stack, "Stream")
fn.add_event_source(sources.KinesisEventSource(stream, starting_position=lambda_.StartingPosition.LATEST,
                                               on_failure=sources.S3OnFailureDestination(failures)))
app.synth()
