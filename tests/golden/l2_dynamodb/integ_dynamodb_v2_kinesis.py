"""Port of aws-cdk's integ.dynamodb-v2.kinesis: a TableV2 with a replica streaming to Kinesis. Adapted: TableV2's
``kinesisPrecisionTimestamp`` is newer than 2.275 and is dropped."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis
from aws_cdk.aws_dynamodb import Attribute, AttributeType, ReplicaTableProps, TableV2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        stream = kinesis.Stream(self, "Stream")

        TableV2(
            self,
            "Table",
            partition_key=Attribute(name="hashKey", type=AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            kinesis_stream=stream,
            replicas=[ReplicaTableProps(region="eu-west-2")],
        )


app = cdk.App()
TestStack(app, "kinesis-stream-precision-timestamp", env=cdk.Environment(region="eu-west-1"))

app.synth()
