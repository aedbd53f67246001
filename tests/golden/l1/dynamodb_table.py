"""A DynamoDB table with global and local secondary indexes, streams, TTL and point-in-time recovery."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "L1Dynamo")

table = dynamodb.CfnTable(
    stack,
    "Table",
    key_schema=[
        dynamodb.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH"),
        dynamodb.CfnTable.KeySchemaProperty(attribute_name="sk", key_type="RANGE"),
    ],
    attribute_definitions=[
        dynamodb.CfnTable.AttributeDefinitionProperty(attribute_name=name, attribute_type=kind)
        for name, kind in (("pk", "S"), ("sk", "S"), ("gsi1pk", "S"), ("created", "N"))
    ],
    billing_mode="PROVISIONED",
    provisioned_throughput=dynamodb.CfnTable.ProvisionedThroughputProperty(
        read_capacity_units=5, write_capacity_units=5
    ),
    global_secondary_indexes=[
        dynamodb.CfnTable.GlobalSecondaryIndexProperty(
            index_name="gsi1",
            key_schema=[dynamodb.CfnTable.KeySchemaProperty(attribute_name="gsi1pk", key_type="HASH")],
            projection=dynamodb.CfnTable.ProjectionProperty(
                projection_type="INCLUDE", non_key_attributes=["title", "status"]
            ),
            provisioned_throughput=dynamodb.CfnTable.ProvisionedThroughputProperty(
                read_capacity_units=2, write_capacity_units=1
            ),
        )
    ],
    local_secondary_indexes=[
        dynamodb.CfnTable.LocalSecondaryIndexProperty(
            index_name="by-created",
            key_schema=[
                dynamodb.CfnTable.KeySchemaProperty(attribute_name="pk", key_type="HASH"),
                dynamodb.CfnTable.KeySchemaProperty(attribute_name="created", key_type="RANGE"),
            ],
            projection=dynamodb.CfnTable.ProjectionProperty(projection_type="KEYS_ONLY"),
        )
    ],
    stream_specification=dynamodb.CfnTable.StreamSpecificationProperty(stream_view_type="NEW_AND_OLD_IMAGES"),
    time_to_live_specification=dynamodb.CfnTable.TimeToLiveSpecificationProperty(
        attribute_name="expires", enabled=True
    ),
    point_in_time_recovery_specification=dynamodb.CfnTable.PointInTimeRecoverySpecificationProperty(
        point_in_time_recovery_enabled=True
    ),
    sse_specification=dynamodb.CfnTable.SSESpecificationProperty(sse_enabled=True),
    table_class="STANDARD",
    deletion_protection_enabled=False,
)
table.apply_removal_policy(cdk.RemovalPolicy.DESTROY)

cdk.CfnOutput(stack, "StreamArn", value=table.attr_stream_arn)

app.synth()
