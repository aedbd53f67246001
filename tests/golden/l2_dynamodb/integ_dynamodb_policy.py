"""Port of aws-cdk's integ.dynamodb.policy: a table with a resource policy extended by add_to_resource_policy,
and one whose policy is created by it."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        doc = iam.PolicyDocument(
            statements=[
                iam.PolicyStatement(actions=["dynamodb:*"], principals=[iam.AccountRootPrincipal()], resources=["*"])
            ]
        )

        self.table = dynamodb.Table(
            self,
            "TableTest1",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            resource_policy=doc,
        )

        self.table.add_to_resource_policy(
            iam.PolicyStatement(actions=["dynamodb:GetItem"], principals=[iam.AccountRootPrincipal()], resources=["*"])
        )

        self.table_two = dynamodb.Table(
            self,
            "TableTest2",
            partition_key=dynamodb.Attribute(name="PK", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )

        self.table_two.add_to_resource_policy(
            iam.PolicyStatement(actions=["dynamodb:PutItem"], principals=[iam.AccountRootPrincipal()], resources=["*"])
        )


app = cdk.App()
stack = TestStack(app, "resource-policy-stack")

app.synth()
