"""A table encrypted with a given KMS key; its grants also cover the key."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "TableCustomerKey")
key = kms.Key(stack, "MyKey")
table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    encryption_key=key,
    stream=dynamodb.StreamViewType.NEW_IMAGE,
)
reader = iam.Role(stack, "Reader", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
table.grant_read_data(reader)
writer = iam.Role(stack, "Writer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
table.grant_write_data(writer)
streamer = iam.Role(stack, "Streamer", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
table.grant_stream_read(streamer)
app.synth()
