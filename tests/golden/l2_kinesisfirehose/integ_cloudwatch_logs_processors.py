"""Port of aws-cdk's integ.cloudwatch-logs-processors.ts: decompression, delimiter appending and CloudWatch Logs
message extraction processors.

Adapted: the data processor is a ``lambda.Function`` with inline code instead of a ``NodejsFunction``, and 2.275's
class is ``CloudWatchLogProcessor`` (the test's ``CloudWatchLogProcessingProcessor`` is a newer name)."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "firehose-delivery-stream-cloudwatch-logs-processors")

bucket = s3.Bucket(stack, "DestinationBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
data_processor_function = lambda_.Function(
    stack,
    "DataProcessorFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async (event) => ({ records: [] });"),
    timeout=cdk.Duration.minutes(1),
)
firehose.DeliveryStream(
    stack,
    "DecompressCloudWatchLogsEntry",
    destination=firehose.S3Bucket(
        bucket,
        processors=[
            firehose.DecompressionProcessor(),
            firehose.AppendDelimiterToRecordProcessor(),
            firehose.LambdaFunctionProcessor(data_processor_function),
        ],
    ),
)
firehose.DeliveryStream(
    stack,
    "ExtractCloudWatchLogsEntry",
    destination=firehose.S3Bucket(
        bucket,
        processors=[
            firehose.DecompressionProcessor(),
            firehose.CloudWatchLogProcessor(data_message_extraction=True),
            firehose.LambdaFunctionProcessor(data_processor_function),
        ],
    ),
)
app.synth()
