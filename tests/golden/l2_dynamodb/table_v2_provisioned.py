"""TableV2 with provisioned capacity (fixed reads, autoscaled writes) and indexes."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableV2Provisioned")
table = dynamodb.TableV2(
    stack,
    "Table",
    partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
    sort_key=dynamodb.Attribute(name="sk", type=dynamodb.AttributeType.STRING),
    billing=dynamodb.Billing.provisioned(
        read_capacity=dynamodb.Capacity.fixed(10),
        write_capacity=dynamodb.Capacity.autoscaled(max_capacity=20, target_utilization_percent=50),
    ),
    global_secondary_indexes=[
        dynamodb.GlobalSecondaryIndexPropsV2(
            index_name="gsi1",
            partition_key=dynamodb.Attribute(name="g1", type=dynamodb.AttributeType.STRING),
            read_capacity=dynamodb.Capacity.fixed(4),
        )
    ],
    local_secondary_indexes=[
        dynamodb.LocalSecondaryIndexProps(
            index_name="lsi1",
            sort_key=dynamodb.Attribute(name="l1", type=dynamodb.AttributeType.NUMBER),
            projection_type=dynamodb.ProjectionType.KEYS_ONLY,
        )
    ],
)
table.add_global_secondary_index(
    index_name="gsi2",
    partition_key=dynamodb.Attribute(name="g2", type=dynamodb.AttributeType.NUMBER),
    projection_type=dynamodb.ProjectionType.INCLUDE,
    non_key_attributes=["x"],
    write_capacity=dynamodb.Capacity.autoscaled(min_capacity=2, max_capacity=8, seed_capacity=4),
)
app.synth()
