"""Port of aws-cdk's integ.dynamodb.mixed-key-gsi: an attribute that is a key in one index and a projected
non-key attribute in another."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, ProjectionType, Table

app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
stack = cdk.Stack(app, "aws-cdk-dynamodb-gsi")

table = Table(
    stack,
    "Table",
    partition_key=Attribute(name="pkey", type=AttributeType.NUMBER),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)

table.add_global_secondary_index(
    index_name="IndexA",
    partition_key=Attribute(name="foo", type=AttributeType.STRING),
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=["bar"],
)

table.add_global_secondary_index(
    index_name="IndexB",
    partition_key=Attribute(name="baz", type=AttributeType.STRING),
    sort_key=Attribute(name="bar", type=AttributeType.STRING),
    projection_type=ProjectionType.INCLUDE,
    non_key_attributes=["blah"],
)

app.synth()
