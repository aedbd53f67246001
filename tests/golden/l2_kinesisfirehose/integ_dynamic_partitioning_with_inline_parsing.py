"""Port of aws-cdk's integ.dynamic-partitioning-with-inline-parsing.ts: dynamic partitioning with record
de-aggregation and a JQ metadata extraction query (the integ assertions are left out)."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-firehose-dynamic-partitioning-inline")

bucket = s3.Bucket(stack, "Bucket", auto_delete_objects=True, removal_policy=cdk.RemovalPolicy.DESTROY)
firehose.DeliveryStream(
    stack,
    "DeliveryStream",
    destination=firehose.S3Bucket(
        bucket,
        buffering_interval=cdk.Duration.seconds(60),
        dynamic_partitioning=firehose.DynamicPartitioningProps(enabled=True),
        processors=[
            firehose.RecordDeAggregationProcessor.json(),
            firehose.MetadataExtractionProcessor.jq16({"key1": ".foo", "key2": ".bar.baz|ascii_upcase"}),
        ],
        data_output_prefix="key1=!{partitionKeyFromQuery:key1}/key2=!{partitionKeyFromQuery:key2}/",
        error_output_prefix="error-output/!{firehose:error-output-type}/",
    ),
)
app.synth()
