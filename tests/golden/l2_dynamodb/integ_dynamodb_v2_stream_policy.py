"""Port of aws-cdk's integ.dynamodb-v2.stream-policy: table and stream resource policies on a TableV2."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from constructs import Construct

app = cdk.App()


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        docu = iam.PolicyDocument(
            statements=[
                iam.PolicyStatement(actions=["dynamodb:*"], principals=[iam.AccountRootPrincipal()], resources=["*"])
            ]
        )

        stream_doc = iam.PolicyDocument(
            statements=[
                iam.PolicyStatement(
                    actions=["dynamodb:GetRecords", "dynamodb:DescribeStream"],
                    principals=[iam.AccountRootPrincipal()],
                    resources=["*"],
                )
            ]
        )

        dynamodb.TableV2(
            self,
            "TableTestV2-1",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            stream_resource_policy=stream_doc,
            resource_policy=docu,
            dynamo_stream=dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
        )


stack = TestStack(app, "StreamPolicy", env=cdk.Environment(region="eu-west-1"))

app.synth()
