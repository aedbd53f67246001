"""Port of aws-cdk's integ.dynamic-partitioning-with-lambda.ts: dynamic partitioning with a Lambda processor and
an AWS owned key (the integ assertions are left out).

Adapted: ``NODEJS_24_X`` is newer than 2.275; the function uses ``NODEJS_22_X``."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-firehose-dynamic-partitioning-lambda")

bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
lambda_processor = lambda_.Function(
    stack,
    "LambdaProcessor",
    code=lambda_.Code.from_inline(
        """
    exports.handler = async (event) => {
      const result = { records: [] };
      for (const record of event.records) {
        const payload = JSON.parse(Buffer.from(record.data, 'base64').toString('ascii'));
        const partitionKeys = { key1: payload.foo, key2: payload.bar?.baz?.toUpperCase() };
        result.records.push({ recordId: record.recordId, data: record.data, result: 'Ok', metadata: { partitionKeys } });
      }
      return result;
    };
  """
    ),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_22_X,
    architecture=lambda_.Architecture.ARM_64,
    logging_format=lambda_.LoggingFormat.JSON,
)
firehose.DeliveryStream(
    stack,
    "DeliveryStream",
    destination=firehose.S3Bucket(
        bucket,
        buffering_interval=cdk.Duration.seconds(60),
        dynamic_partitioning=firehose.DynamicPartitioningProps(enabled=True),
        processors=[
            firehose.RecordDeAggregationProcessor.json(),
            firehose.LambdaFunctionProcessor(lambda_processor),
        ],
        data_output_prefix="key1=!{partitionKeyFromLambda:key1}/key2=!{partitionKeyFromLambda:key2}/",
        error_output_prefix="error-output/!{firehose:error-output-type}/",
    ),
    encryption=firehose.StreamEncryption.aws_owned_key(),
)
app.synth()
