"""Port of aws-cdk's integ.dynamodb.kinesis-stream: a table streaming item changes to Kinesis."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-dynamodb-kinesis-stream")

stream = kinesis.Stream(stack, "Stream")

dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="hashKey", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
    kinesis_stream=stream,
)

app.synth()
