"""Port of aws-cdk's integ.user-pool-group.ts."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_cognito import UserPool, UserPoolGroup
from aws_cdk.aws_iam import Role, ServicePrincipal
from constructs import Construct


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        user_pool = UserPool(self, "UserPool", removal_policy=RemovalPolicy.DESTROY)
        role = Role(self, "Role", assumed_by=ServicePrincipal("cognito-idp.amazonaws.com"))
        UserPoolGroup(
            self,
            "UserPoolGroup",
            user_pool=user_pool,
            group_name="test-group",
            description="My user pool group",
            precedence=0,
            role=role,
        )
        user_pool.add_group("another-group", precedence=1)


app = App()
TestStack(app, "user-pool-group-stack")
app.synth()
