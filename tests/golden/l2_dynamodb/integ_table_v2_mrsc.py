"""Port of aws-cdk's integ.table-v2-mrsc: a multi-region strongly consistent TableV2 with a witness region."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, MultiRegionConsistency, ReplicaTableProps, TableV2
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
            removal_policy=cdk.RemovalPolicy.DESTROY,
            multi_region_consistency=MultiRegionConsistency.STRONG,
            witness_region="us-west-2",
            replicas=[ReplicaTableProps(region="us-east-2")],
        )


app = cdk.App()
TestStack(app, "aws-cdk-global-table-mrsc", env=cdk.Environment(region="us-east-1"))

app.synth()
