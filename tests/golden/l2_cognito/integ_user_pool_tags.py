"""Port of aws-cdk's integ.user-pool-tags.ts (2.275's UserPool has no ``tags``: the tags are added with ``Tags.of``)."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack, Tags
from aws_cdk.aws_cognito import UserPool

app = App()
stack = Stack(app, "integ-user-pool-tags")

userpool = UserPool(
    stack, "myuserpool", user_pool_name="MyUserPool", removal_policy=RemovalPolicy.DESTROY, deletion_protection=False
)
Tags.of(userpool).add("tag1", "foo")
Tags.of(userpool).add("tag2", "bar")

CfnOutput(stack, "user-pool-id", value=userpool.user_pool_id)

app.synth()
