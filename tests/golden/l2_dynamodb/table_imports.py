"""Imported tables (by name, ARN, attributes) used in grants and outputs."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "TableImports")
by_name = dynamodb.Table.from_table_name(stack, "ByName", "existing")
by_arn = dynamodb.Table.from_table_arn(stack, "ByArn", "arn:aws:dynamodb:us-east-1:123456789012:table/other")
by_attrs = dynamodb.Table.from_table_attributes(
    stack,
    "ByAttrs",
    table_name="third",
    global_indexes=["gsi"],
    table_stream_arn="arn:aws:dynamodb:us-east-1:123456789012:table/third/stream/2020",
)
role = iam.Role(stack, "Role", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"))
by_name.grant_read_data(role)
by_arn.grant_write_data(role)
by_attrs.grant_read_write_data(role)
by_attrs.grant_stream_read(role)
cdk.CfnOutput(stack, "NameArn", value=by_name.table_arn)
cdk.CfnOutput(stack, "ArnName", value=by_arn.table_name)
app.synth()
