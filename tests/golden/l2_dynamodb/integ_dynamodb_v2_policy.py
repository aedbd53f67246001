"""Port of aws-cdk's integ.dynamodb-v2.policy: a TableV2 resource policy and a replica with the per-replica flag
off."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from constructs import Construct

app = cdk.App(post_cli_context={"@aws-cdk/aws-dynamodb:resourcePolicyPerReplica": False})


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        docu = iam.PolicyDocument(
            statements=[
                iam.PolicyStatement(actions=["dynamodb:*"], principals=[iam.AccountRootPrincipal()], resources=["*"])
            ]
        )

        dynamodb.TableV2(
            self,
            "TableTestV2-1",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            resource_policy=docu,
            replicas=[dynamodb.ReplicaTableProps(region="eu-west-2")],
        )


stack = TestStack(app, "ResourcePolicyTest-v2", env=cdk.Environment(region="eu-west-1"))

app.synth()
