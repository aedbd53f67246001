"""Port of aws-cdk's integ.dynamodb.compound: global secondary indexes with multi-attribute keys."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, ProjectionType, Table

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-dynamodb-compound-keys")

table = Table(
    stack,
    "Table",
    table_name="cdk-test-compound",
    partition_key=Attribute(name="pkey", type=AttributeType.NUMBER),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

table.add_global_secondary_index(
    index_name="IndexA",
    partition_keys=[Attribute(name="PK1", type=AttributeType.STRING), Attribute(name="PK2", type=AttributeType.NUMBER)],
    sort_keys=[Attribute(name="SK1", type=AttributeType.STRING), Attribute(name="SK2", type=AttributeType.NUMBER)],
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=["bar"],
)

table.add_global_secondary_index(
    index_name="IndexB",
    partition_key=Attribute(name="baz", type=AttributeType.STRING),
    sort_keys=[Attribute(name="bar", type=AttributeType.STRING), Attribute(name="foo", type=AttributeType.NUMBER)],
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=["blah"],
)

app.synth()
