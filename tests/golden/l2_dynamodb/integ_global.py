"""Port of aws-cdk's integ.global: a Table replicated to two regions (the replica provider nested stack, one
``Custom::DynamoDBReplica`` per region chained by dependencies) with a global secondary index."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        table = dynamodb.Table(
            self,
            "Table",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            replication_regions=["eu-west-2", "eu-central-1"],
        )
        table.add_global_secondary_index(
            index_name="my-index",
            partition_key=dynamodb.Attribute(name="key", type=dynamodb.AttributeType.STRING),
        )


app = cdk.App()
TestStack(app, "cdk-dynamodb-global-20191121", env=cdk.Environment(region="eu-west-1"))
app.synth()
