"""Port of aws-cdk's integ.dynamodb.warm-throughput: warm throughput on a Table and one of its indexes."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        self.table = dynamodb.Table(
            self,
            "TableTest1",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            warm_throughput=dynamodb.WarmThroughput(read_units_per_second=14000, write_units_per_second=5000),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )

        self.table.add_global_secondary_index(
            index_name="my-index",
            partition_key=dynamodb.Attribute(name="gsi1pk", type=dynamodb.AttributeType.STRING),
            warm_throughput=dynamodb.WarmThroughput(read_units_per_second=15000, write_units_per_second=5000),
        )


app = cdk.App()
stack = TestStack(app, "warm-throughput-stack")

app.synth()
