"""Port of aws-cdk's integ.dynamodb-v2.stream-resource-policy: stream resource policies on a TableV2 and its
replica, given and added."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from constructs import Construct

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        stream_policy = iam.PolicyDocument(
            statements=[
                iam.PolicyStatement(
                    actions=["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
                    principals=[iam.ArnPrincipal("arn:aws:iam::111111111111:root")],
                    resources=["*"],
                )
            ]
        )

        dynamodb.TableV2(
            self,
            "GlobalTable",
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            dynamo_stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
            stream_resource_policy=stream_policy,
            replicas=[dynamodb.ReplicaTableProps(region="us-west-1", stream_resource_policy=stream_policy)],
        )

        table = dynamodb.TableV2(
            self,
            "GlobalTableImperative",
            partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            dynamo_stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
            replicas=[dynamodb.ReplicaTableProps(region="us-west-1")],
        )

        table.add_to_stream_resource_policy(
            iam.PolicyStatement(
                actions=["dynamodb:DescribeStream", "dynamodb:GetRecords", "dynamodb:GetShardIterator"],
                principals=[iam.ArnPrincipal("arn:aws:iam::111111111111:root")],
                resources=["*"],
            )
        )


stack = TestStack(app, "StreamResourcePolicyTest-v2", env=cdk.Environment(region="us-east-1"))

app.synth()
