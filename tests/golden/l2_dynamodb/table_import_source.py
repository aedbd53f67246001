"""Tables created from S3 data in CSV, DynamoDB JSON and ION formats."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "TableImportSource")
bucket = s3.Bucket(stack, "Bucket")
pk = dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING)
dynamodb.Table(
    stack,
    "Csv",
    partition_key=pk,
    import_source=dynamodb.ImportSourceSpecification(
        bucket=bucket,
        input_format=dynamodb.InputFormat.csv(delimiter=";", header_list=["pk", "value"]),
        compression_type=dynamodb.InputCompressionType.GZIP,
        key_prefix="exports/",
        bucket_owner="123456789012",
    ),
)
dynamodb.Table(
    stack,
    "Json",
    partition_key=pk,
    import_source=dynamodb.ImportSourceSpecification(bucket=bucket, input_format=dynamodb.InputFormat.dynamo_db_json()),
)
dynamodb.Table(
    stack,
    "Ion",
    partition_key=pk,
    import_source=dynamodb.ImportSourceSpecification(bucket=bucket, input_format=dynamodb.InputFormat.ion()),
)
app.synth()
