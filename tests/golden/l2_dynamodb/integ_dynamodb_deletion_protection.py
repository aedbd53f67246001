"""Port of aws-cdk's integ.dynamodb.deletion-protection: a named table with deletion protection (account unset,
as without CDK_INTEG_ACCOUNT/CDK_DEFAULT_ACCOUNT)."""

import aws_cdk as cdk
from aws_cdk.aws_dynamodb import Attribute, AttributeType, Table
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        self.table = Table(
            self,
            "Table",
            partition_key=Attribute(name="pk", type=AttributeType.STRING),
            deletion_protection=True,
            removal_policy=cdk.RemovalPolicy.DESTROY,
            table_name="deletion-protection-test",
        )


app = cdk.App()
stack = TestStack(app, "deletion-protection-stack", env=cdk.Environment(region="us-east-1"))

app.synth()
