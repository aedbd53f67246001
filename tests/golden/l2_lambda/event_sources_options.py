"""Event source options from aws-cdk-lib 2.2xx: SQS provisioned pollers, metrics and filter encryption; stream
sources with metrics and filter encryption (a stream source's poller config is only validated in 2.275)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_event_sources as sources
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "EventSourcesOptions")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
key = kms.Key(stack, "FilterKey")
queue = sqs.Queue(stack, "Queue")
fn.add_event_source(sources.SqsEventSource(
    queue, batch_size=5,
    filters=[lambda_.FilterCriteria.filter({"body": {"kind": lambda_.FilterRule.is_equal("order")}})],
    filter_encryption=key,
    metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT]),
    provisioned_poller_config=lambda_.ProvisionedPollerConfig(minimum_pollers=2, maximum_pollers=10)))
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
                       stream=dynamodb.StreamViewType.NEW_IMAGE)
fn.add_event_source(sources.DynamoEventSource(
    table, starting_position=lambda_.StartingPosition.LATEST,
    metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT, lambda_.MetricType.ERROR_COUNT]),
    provisioned_poller_config=sources.ProvisionedPollerConfig(minimum_pollers=1, maximum_pollers=5)))
stream = kinesis.Stream(stack, "Stream")
kinesis_source = sources.KinesisEventSource(
    stream, starting_position=lambda_.StartingPosition.TRIM_HORIZON,
    filters=[lambda_.FilterCriteria.filter({"data": {"kind": lambda_.FilterRule.is_equal("a")}})],
    filter_encryption=key,
    metrics_config=lambda_.MetricsConfig(metrics=[lambda_.MetricType.EVENT_COUNT]))
fn.add_event_source(kinesis_source)
cdk.CfnOutput(stack, "KinesisMappingArn", value=kinesis_source.event_source_mapping_arn)
app.synth()
