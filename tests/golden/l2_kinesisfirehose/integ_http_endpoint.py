"""Port of aws-cdk's integ.http-endpoint.ts: an HTTP endpoint destination (a Lambda function URL) with logging, a
Lambda processor, buffering, an S3 backup of all data with its own log group and key, and an AWS owned key.

Adapted: the functions are ``lambda.Function``s with inline code instead of ``NodejsFunction``s; 2.275's
``HttpEndpoint`` takes ``endpoint_config`` and ``buffering_hints`` (the test's flat ``url``/``name``/
``bufferingInterval`` are a newer API); the integ assertions are left out."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "aws-cdk-firehose-http-destination")
cdk.RemovalPolicies.of(stack).destroy()

destination_bucket = s3.Bucket(
    stack, "DestinationBucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY
)
destination_function = lambda_.Function(
    stack,
    "DestinationFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ statusCode: 200 });"),
    timeout=cdk.Duration.minutes(1),
    environment={"BUCKET_NAME": destination_bucket.bucket_name},
)
destination_bucket.grant_write(destination_function)
destination_function_url = destination_function.add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
destination_log_group = logs.LogGroup(stack, "DestinationLogGroup")

backup_bucket = s3.Bucket(stack, "BackupBucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
backup_log_group = logs.LogGroup(stack, "BackupLogGroup")
backup_key = kms.Key(stack, "BackupKey")

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
firehose.DeliveryStream(
    stack,
    "DeliveryStream",
    destination=firehose.HttpEndpoint(
        endpoint_config=firehose.HttpEndpointConfig(url=destination_function_url.url, name="MyDestinationName"),
        logging_config=firehose.EnableLogging(destination_log_group),
        processors=[processor],
        buffering_hints=firehose.HttpBufferingHints(interval=cdk.Duration.seconds(60), size=cdk.Size.mebibytes(1)),
        backup_mode=firehose.HttpBackupMode.ALL,
        s3_backup=firehose.DestinationS3BackupProps(
            bucket=backup_bucket,
            logging_config=firehose.EnableLogging(backup_log_group),
            compression=firehose.Compression.ZIP,
            data_output_prefix="backupPrefix/",
            error_output_prefix="backupErrorPrefix/",
            buffering_interval=cdk.Duration.seconds(60),
            buffering_size=cdk.Size.mebibytes(1),
            encryption_key=backup_key,
        ),
    ),
    encryption=firehose.StreamEncryption.aws_owned_key(),
)
app.synth()
