"""Port of aws-cdk's integ.table-v2.compound: TableV2 global secondary indexes with multi-attribute keys."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, GlobalSecondaryIndexPropsV2, ProjectionType, TableV2

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-dynamodb-v2-compound-keys")

table = TableV2(
    stack,
    "Table",
    table_name="cdk-test-tableV2-compound",
    partition_key=Attribute(name="pkey", type=AttributeType.NUMBER),
    global_secondary_indexes=[
        GlobalSecondaryIndexPropsV2(
            index_name="IndexA",
            partition_keys=[Attribute(name="GSIAPK1", type=AttributeType.STRING), Attribute(name="GSIAPK2", type=AttributeType.STRING)],
            sort_keys=[Attribute(name="GSIASK1", type=AttributeType.STRING), Attribute(name="GSIASK2", type=AttributeType.NUMBER)],
        )
    ],
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

table.add_global_secondary_index(
    index_name="IndexB",
    partition_keys=[Attribute(name="PK1", type=AttributeType.STRING), Attribute(name="PK2", type=AttributeType.NUMBER)],
    sort_keys=[Attribute(name="SK1", type=AttributeType.STRING), Attribute(name="SK2", type=AttributeType.NUMBER)],
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=["bar"],
)

table.add_global_secondary_index(
    index_name="IndexC",
    partition_key=Attribute(name="baz", type=AttributeType.STRING),
    sort_keys=[Attribute(name="bar", type=AttributeType.STRING)],
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=["blah"],
)

table.add_global_secondary_index(
    index_name="IndexD",
    partition_keys=[Attribute(name="PK3", type=AttributeType.STRING), Attribute(name="PK4", type=AttributeType.NUMBER)],
    sort_keys=[Attribute(name="SK3", type=AttributeType.STRING), Attribute(name="SK4", type=AttributeType.NUMBER)],
)

app.synth()
