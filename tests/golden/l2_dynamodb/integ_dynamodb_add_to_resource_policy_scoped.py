"""Port of aws-cdk's integ.dynamodb.add-to-resource-policy-scoped: a table resource policy scoped with the
table's logical id."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_iam as iam
from constructs import Construct


class TestScopedResourcePolicyStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        self.table = dynamodb.Table(
            self,
            "TestTable",
            partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )

        cfn_table = self.table.node.default_child
        table_logical_id = cfn_table.logical_id

        self.table.add_to_resource_policy(
            iam.PolicyStatement(
                actions=["dynamodb:GetItem", "dynamodb:Query"],
                principals=[iam.AccountRootPrincipal()],
                resources=[f"arn:aws:dynamodb:${{AWS::Region}}:${{AWS::AccountId}}:table/${{{table_logical_id}}}"],
            )
        )


app = cdk.App()
stack = TestScopedResourcePolicyStack(app, "scoped-resource-policy-test-stack")

app.synth()
