"""Port of aws-cdk's integ.user-pool.ts: a named pool with deletion protection off."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk.aws_cognito import UserPool

app = App()
stack = Stack(app, "integ-user-pool")

userpool = UserPool(
    stack, "myuserpool", user_pool_name="MyUserPool", removal_policy=RemovalPolicy.DESTROY, deletion_protection=False
)

CfnOutput(stack, "user-pool-id", value=userpool.user_pool_id)

app.synth()
