"""Port of aws-cdk's integ.s3-bucket.lit.ts: an S3 destination with every property (logging, a Lambda processor,
compression, prefixes, file extension, time zone, buffering, encryption, backup) and zero buffering.

Adapted: the data processor is a ``lambda.Function`` with inline code instead of a ``NodejsFunction`` (which
bundles with esbuild or Docker at synthesis); the integ assertions are left out."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-firehose-delivery-stream-s3-all-properties")

bucket = s3.Bucket(
    stack, "FirehoseDeliveryStreamS3AllPropertiesBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True
)
backup_bucket = s3.Bucket(
    stack,
    "FirehoseDeliveryStreamS3AllPropertiesBackupBucket",
    removal_policy=cdk.RemovalPolicy.DESTROY,
    auto_delete_objects=True,
)
log_group = logs.LogGroup(stack, "LogGroup", removal_policy=cdk.RemovalPolicy.DESTROY)
data_processor_function = lambda_.Function(
    stack,
    "DataProcessorFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async (event) => ({ records: [] });"),
    timeout=cdk.Duration.minutes(1),
)
processor = firehose.LambdaFunctionProcessor(
    data_processor_function,
    buffer_interval=cdk.Duration.seconds(60),
    buffer_size=cdk.Size.mebibytes(1),
    retries=1,
)
key = kms.Key(stack, "Key", removal_policy=cdk.RemovalPolicy.DESTROY)
backup_key = kms.Key(stack, "BackupKey", removal_policy=cdk.RemovalPolicy.DESTROY)

firehose.DeliveryStream(
    stack,
    "DeliveryStream",
    destination=firehose.S3Bucket(
        bucket,
        logging_config=firehose.EnableLogging(log_group),
        processors=[processor],
        compression=firehose.Compression.GZIP,
        data_output_prefix="regularPrefix",
        error_output_prefix="errorPrefix",
        file_extension=".log.gz",
        time_zone=cdk.TimeZone.ASIA_TOKYO,
        buffering_interval=cdk.Duration.seconds(60),
        buffering_size=cdk.Size.mebibytes(1),
        encryption_key=key,
        s3_backup=firehose.DestinationS3BackupProps(
            mode=firehose.BackupMode.ALL,
            bucket=backup_bucket,
            compression=firehose.Compression.ZIP,
            data_output_prefix="backupPrefix",
            error_output_prefix="backupErrorPrefix",
            buffering_interval=cdk.Duration.seconds(60),
            buffering_size=cdk.Size.mebibytes(1),
            encryption_key=backup_key,
        ),
    ),
)
firehose.DeliveryStream(
    stack,
    "ZeroBufferingDeliveryStream",
    destination=firehose.S3Bucket(
        bucket,
        compression=firehose.Compression.GZIP,
        data_output_prefix="regularPrefix",
        error_output_prefix="errorPrefix",
        buffering_interval=cdk.Duration.seconds(0),
    ),
)
app.synth()
