"""DeliveryStream features beyond the integ tests: imports (name, ARN, attributes with a role), grants, metrics,
connections from the Firehose CIDR block, a default customer managed key, unencrypted streams, a role given to the
stream and the destination, dynamic partitioning retries, delimited de-aggregation, a decompression format, an
HTTP endpoint with an access key, a secret, attributes and retries, and region-specific CIDR mapping lookups."""

import aws_cdk as cdk
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "FirehoseFeatures")
bucket = s3.Bucket(stack, "Bucket")
user = iam.User(stack, "User")
role = iam.Role(stack, "GivenRole", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com"))

fn = lambda_.Function(
    stack,
    "Fn",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline("def handler(event, context):\n    return event"),
)
keyed = firehose.DeliveryStream(
    stack,
    "Keyed",
    delivery_stream_name="keyed-stream",
    encryption=firehose.StreamEncryption.customer_managed_key(),
    destination=firehose.S3Bucket(
        bucket,
        role=role,
        processor=firehose.LambdaFunctionProcessor(fn, buffer_size=cdk.Size.mebibytes(2), retries=5),
        dynamic_partitioning=firehose.DynamicPartitioningProps(enabled=True, retry_duration=cdk.Duration.minutes(10)),
        data_output_prefix="p/!{partitionKeyFromLambda:k}/!{timestamp:yyyy}/",
        error_output_prefix="e/!{firehose:error-output-type}/",
        buffering_size=cdk.Size.mebibytes(64),
        time_zone=cdk.TimeZone.EUROPE_LONDON,
        file_extension=".json",
        logging_config=firehose.DisableLogging(),
    ),
)
firehose.DeliveryStream(
    stack,
    "Unencrypted",
    encryption=firehose.StreamEncryption.unencrypted(),
    role=iam.Role(stack, "StreamRole", assumed_by=iam.ServicePrincipal("firehose.amazonaws.com")),
    destination=firehose.S3Bucket(
        bucket,
        dynamic_partitioning=firehose.DynamicPartitioningProps(enabled=True),
        processors=[
            firehose.RecordDeAggregationProcessor.delimited("||"),
            firehose.DecompressionProcessor(
                compression_format=firehose.DecompressionProcessorCompressionFormat.of("GZIP")
            ),
            firehose.MetadataExtractionProcessor.jq16({"customer": ".customer_id"}),
        ],
        data_output_prefix="c=!{partitionKeyFromQuery:customer}/",
        error_output_prefix="err/!{firehose:error-output-type}",
        s3_backup=firehose.DestinationS3BackupProps(mode=firehose.BackupMode.ALL),
    ),
)
secret = secretsmanager.Secret(stack, "Secret")
http = firehose.DeliveryStream(
    stack,
    "Http",
    destination=firehose.HttpEndpoint(
        endpoint_config=firehose.HttpEndpointConfig(
            url="https://example.com/ingest", access_key=cdk.SecretValue.unsafe_plain_text("abc"), name="Example"
        ),
        attributes=[firehose.HttpAttribute(name="team", value="data")],
        request_compression=firehose.HttpCompression.GZIP,
        retry_options=firehose.HttpRetryOptions(duration=cdk.Duration.minutes(5)),
        logging_config=firehose.DisableLogging(),
    ),
)
firehose.DeliveryStream(
    stack,
    "Dd",
    destination=firehose.Datadog(
        api_key=secret,
        endpoint=firehose.DatadogEndpoint.METRICS_EU,
        tags=[firehose.HttpAttribute(name="env", value="prod")],
        backup_mode=firehose.HttpBackupMode.ALL,
        buffering_hints=firehose.HttpBufferingHints(interval=cdk.Duration.seconds(120)),
    ),
)
by_name = firehose.DeliveryStream.from_delivery_stream_name(stack, "ByName", "existing")
by_arn = firehose.DeliveryStream.from_delivery_stream_arn(
    stack, "ByArn", "arn:aws:firehose:us-east-1:123456789012:deliverystream/other"
)
with_role = firehose.DeliveryStream.from_delivery_stream_attributes(
    stack, "WithRole", delivery_stream_name="with-role", role=role
)
keyed.grant_put_records(user)
by_name.grant(user, "firehose:DescribeDeliveryStream")
by_arn.grant_put_records(user)
with_role.grant_put_records(user)
keyed.grants.actions(user, ["firehose:ListTagsForDeliveryStream"], resource_arns=["*"])
bucket.grant_read(with_role)
bucket.grant_read(http)

vpc = ec2.Vpc(stack, "Vpc", max_azs=1, nat_gateways=0)
sg = ec2.SecurityGroup(stack, "Sg", vpc=vpc)
sg.connections.allow_from(keyed, ec2.Port.tcp(443))

for name, metric in (
    ("Custom", keyed.metric("DeliveryToS3.Success", statistic="Average")),
    ("Bytes", keyed.metric_incoming_bytes(period=cdk.Duration.minutes(1))),
    ("Records", keyed.metric_incoming_records()),
    ("BackupBytes", by_name.metric_backup_to_s3_bytes()),
    ("Freshness", by_arn.metric_backup_to_s3_data_freshness(label="fresh")),
    ("BackupRecords", with_role.metric_backup_to_s3_records()),
):
    cdk.CfnOutput(stack, name, value=f"{metric.namespace}/{metric.metric_name}/{metric.statistic}")
    metric.create_alarm(stack, f"{name}Alarm", threshold=1, evaluation_periods=1)
cdk.CfnOutput(stack, "Arn", value=keyed.delivery_stream_arn)
cdk.CfnOutput(stack, "Name", value=keyed.delivery_stream_name)
cdk.CfnOutput(stack, "ImportedArn", value=by_name.delivery_stream_arn)
cdk.CfnOutput(stack, "ImportedName", value=by_arn.delivery_stream_name)

regional = cdk.Stack(app, "FirehoseRegional", env=cdk.Environment(account="123456789012", region="eu-west-1"))
regional_stream = firehose.DeliveryStream(regional, "Stream", destination=firehose.S3Bucket(s3.Bucket(regional, "B")))
regional_sg = ec2.SecurityGroup(
    regional, "Sg", vpc=ec2.Vpc(regional, "Vpc", max_azs=1, nat_gateways=0), allow_all_outbound=False
)
regional_sg.connections.allow_from(regional_stream, ec2.Port.tcp(443))
app.synth()
