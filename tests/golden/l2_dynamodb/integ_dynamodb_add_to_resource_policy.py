"""Port of aws-cdk's integ.dynamodb.add-to-resource-policy: wildcard and scoped table resource policies, and a
grant to the account root (a resource policy statement on ``*``)."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        self.wildcard_table = dynamodb.Table(
            self,
            "WildcardTable",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        self.wildcard_table.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query"],
                principals=[iam.AccountRootPrincipal()],
                resources=["*"],
            )
        )

        self.scoped_table = dynamodb.Table(
            self,
            "ScopedTable",
            table_name="my-explicit-scoped-table",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        self.scoped_table.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["dynamodb:GetItem", "dynamodb:Query"],
                principals=[iam.AccountRootPrincipal()],
                resources=[cdk.Fn.sub("arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/my-explicit-scoped-table")],
            )
        )

        self.grant_table = dynamodb.Table(
            self,
            "GrantTable",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        self.grant_table.grant_write_data(iam.AccountRootPrincipal())


app = cdk.App()
stack = TestStack(app, "add-to-resource-policy-test-stack")

app.synth()
