"""Port of aws-cdk's integ.dynamodb-v2.warm-throughput: warm throughput on a TableV2 and one of its indexes."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        self.table = dynamodb.TableV2(
            self,
            "TableTest1",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            warm_throughput=dynamodb.WarmThroughput(read_units_per_second=14000, write_units_per_second=5000),
            replicas=[dynamodb.ReplicaTableProps(region="us-west-2")],
            global_secondary_indexes=[
                dynamodb.GlobalSecondaryIndexPropsV2(
                    index_name="my-index-1",
                    partition_key=dynamodb.Attribute(name="gsi1pk", type=dynamodb.AttributeType.STRING),
                    warm_throughput=dynamodb.WarmThroughput(read_units_per_second=15000, write_units_per_second=6000),
                ),
                dynamodb.GlobalSecondaryIndexPropsV2(
                    index_name="my-index-2",
                    partition_key=dynamodb.Attribute(name="gsi1pk", type=dynamodb.AttributeType.STRING),
                ),
            ],
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )


app = cdk.App()
stack = TestStack(app, "warm-throughput-stack-v2", env=cdk.Environment(region="eu-west-1"))

app.synth()
