"""Port of aws-cdk's integ.global-table: a named provisioned TableV2 with autoscaled capacity, indexes and two
replicas with their own options."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import (
    Attribute,
    AttributeType,
    Billing,
    Capacity,
    GlobalSecondaryIndexPropsV2,
    LocalSecondaryIndexProps,
    ReplicaGlobalSecondaryIndexOptions,
    ReplicaTableProps,
    TableClass,
    TableEncryptionV2,
    TableV2,
)
from aws_cdk.aws_kinesis import Stream
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        stream = Stream(self, "Stream")

        TableV2(
            self,
            "GlobalTable",
            table_name="my-global-table",
            partition_key=Attribute(name="pk", type=AttributeType.STRING),
            sort_key=Attribute(name="sk", type=AttributeType.NUMBER),
            billing=Billing.provisioned(
                read_capacity=Capacity.fixed(10),
                write_capacity=Capacity.autoscaled(max_capacity=20, target_utilization_percent=60),
            ),
            encryption=TableEncryptionV2.aws_managed_key(),
            contributor_insights=True,
            point_in_time_recovery=True,
            table_class=TableClass.STANDARD_INFREQUENT_ACCESS,
            time_to_live_attribute="attr",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            kinesis_stream=stream,
            global_secondary_indexes=[
                GlobalSecondaryIndexPropsV2(
                    index_name="gsi1",
                    partition_key=Attribute(name="pk", type=AttributeType.STRING),
                    read_capacity=Capacity.fixed(10),
                ),
                GlobalSecondaryIndexPropsV2(
                    index_name="gsi2",
                    partition_key=Attribute(name="pk", type=AttributeType.STRING),
                    write_capacity=Capacity.autoscaled(max_capacity=30),
                ),
            ],
            local_secondary_indexes=[
                LocalSecondaryIndexProps(index_name="lsi", sort_key=Attribute(name="sk", type=AttributeType.NUMBER))
            ],
            replicas=[
                ReplicaTableProps(
                    region="us-east-2",
                    read_capacity=Capacity.autoscaled(min_capacity=5, max_capacity=25),
                    global_secondary_index_options={"gsi2": ReplicaGlobalSecondaryIndexOptions(contributor_insights=False)},
                ),
                ReplicaTableProps(
                    region="us-west-2",
                    table_class=TableClass.STANDARD,
                    contributor_insights=False,
                    global_secondary_index_options={"gsi1": ReplicaGlobalSecondaryIndexOptions(read_capacity=Capacity.fixed(15))},
                ),
            ],
        )


app = cdk.App()
TestStack(app, "aws-cdk-global-table", env=cdk.Environment(region="us-east-1"))

app.synth()
