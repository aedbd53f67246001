"""Every grant method on an unencrypted table, with and without indexes."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "TableGrants")
table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
)
indexed = dynamodb.Table(
    stack,
    "Indexed",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
)
indexed.add_global_secondary_index(
    index_name="gsi", partition_key=dynamodb.Attribute(name="g", type=dynamodb.AttributeType.STRING)
)


def role(name: str) -> iam.Role:
    return iam.Role(stack, name, assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))


table.grant_read_data(role("Read"))
table.grant_write_data(role("Write"))
table.grant_read_write_data(role("ReadWrite"))
table.grant_full_access(role("Full"))
table.grant(role("Custom"), "dynamodb:PutItem", "dynamodb:GetItem")
table.grant_stream_read(role("StreamRead"))
table.grant_table_list_streams(role("ListStreams"))
table.grant_stream(role("Stream"), "dynamodb:DescribeStream")
indexed.grant_read_data(role("IndexRead"))
indexed.grant_full_access(role("IndexFull"))
app.synth()
