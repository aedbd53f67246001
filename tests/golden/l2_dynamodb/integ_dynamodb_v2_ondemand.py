"""Port of aws-cdk's integ.dynamodb-v2.ondemand: an on-demand TableV2 with every table option, a replica,
indexes and tags (the environment pinned to us-east-1 without an account, as the snapshot's)."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import (
    Attribute,
    AttributeType,
    Billing,
    GlobalSecondaryIndexPropsV2,
    LocalSecondaryIndexProps,
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
            partition_key=Attribute(name="pk", type=AttributeType.STRING),
            sort_key=Attribute(name="sk", type=AttributeType.NUMBER),
            billing=Billing.on_demand(),
            encryption=TableEncryptionV2.aws_managed_key(),
            contributor_insights=True,
            point_in_time_recovery=True,
            table_class=TableClass.STANDARD_INFREQUENT_ACCESS,
            time_to_live_attribute="attr",
            removal_policy=cdk.RemovalPolicy.DESTROY,
            kinesis_stream=stream,
            replicas=[ReplicaTableProps(region="eu-west-1", max_read_request_units=222)],
            global_secondary_indexes=[
                GlobalSecondaryIndexPropsV2(
                    index_name="gsi1",
                    partition_key=Attribute(name="pk", type=AttributeType.STRING),
                    max_read_request_units=1002,
                ),
                GlobalSecondaryIndexPropsV2(
                    index_name="gsi2",
                    partition_key=Attribute(name="pk", type=AttributeType.STRING),
                    max_read_request_units=2001,
                    max_write_request_units=2001,
                ),
            ],
            local_secondary_indexes=[
                LocalSecondaryIndexProps(index_name="lsi", sort_key=Attribute(name="sk", type=AttributeType.NUMBER))
            ],
            tags=[cdk.CfnTag(key="primaryTableTagKey", value="primaryTableTagValue")],
        )


app = cdk.App()
TestStack(app, "aws-cdk-global-table-ondemand", env=cdk.Environment(region="us-east-1"))

app.synth()
