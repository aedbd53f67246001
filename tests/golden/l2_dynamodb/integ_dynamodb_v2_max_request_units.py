"""Port of aws-cdk's integ.dynamodb-v2.max-request-units: on-demand throughput caps on a TableV2, a replica and
an index."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, Billing, GlobalSecondaryIndexPropsV2, ReplicaTableProps, TableV2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        TableV2(
            self,
            "GlobalTable",
            table_name="my-global-table",
            partition_key=Attribute(name="pk", type=AttributeType.STRING),
            sort_key=Attribute(name="sk", type=AttributeType.NUMBER),
            billing=Billing.on_demand(max_write_request_units=10),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            replicas=[ReplicaTableProps(region="eu-west-1", max_read_request_units=222)],
            global_secondary_indexes=[
                GlobalSecondaryIndexPropsV2(
                    index_name="gsi2",
                    partition_key=Attribute(name="pk", type=AttributeType.STRING),
                    max_read_request_units=2001,
                    max_write_request_units=2001,
                )
            ],
        )


app = cdk.App()
TestStack(app, "aws-cdk-global-table", env=cdk.Environment(region="us-east-1"))

app.synth()
