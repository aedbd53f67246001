"""Global secondary indexes: projections, non-key attributes, capacities, multi-attribute keys."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableGsi")
table = dynamodb.Table(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
)
table.add_global_secondary_index(
    index_name="ByGsi1",
    partition_key=dynamodb.Attribute(name="gsi1pk", type=dynamodb.AttributeType.STRING),
)
table.add_global_secondary_index(
    index_name="ByGsi2",
    partition_key=dynamodb.Attribute(name="gsi2pk", type=dynamodb.AttributeType.NUMBER),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
    projection_type=dynamodb.ProjectionType.INCLUDE,
    non_key_attributes=["a", "b"],
    read_capacity=7,
    write_capacity=2,
)
table.add_global_secondary_index(
    index_name="KeysOnly",
    partition_key=dynamodb.Attribute(name="gsi1pk", type=dynamodb.AttributeType.STRING),
    projection_type=dynamodb.ProjectionType.KEYS_ONLY,
    contributor_insights_enabled=True,
)
table.add_global_secondary_index(
    index_name="Multi",
    partition_keys=[
        dynamodb.Attribute(name="m1", type=dynamodb.AttributeType.STRING),
        dynamodb.Attribute(name="m2", type=dynamodb.AttributeType.NUMBER),
    ],
    sort_keys=[dynamodb.Attribute(name="m3", type=dynamodb.AttributeType.STRING)],
)
ondemand = dynamodb.Table(
    stack,
    "OnDemand",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    billing_mode=dynamodb.BillingMode.PAY_PER_REQUEST,
)
ondemand.add_global_secondary_index(
    index_name="Capped",
    partition_key=dynamodb.Attribute(name="x", type=dynamodb.AttributeType.STRING),
    max_read_request_units=10,
)
app.synth()
