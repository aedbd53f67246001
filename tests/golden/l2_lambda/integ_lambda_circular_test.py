"""Port of aws-lambda integ.lambda-circular-test: a function that is a user pool's trigger and gets a policy on
that pool, without a circular dependency. ``IntegTest`` dropped; ``STANDARD_NODEJS_RUNTIME`` is ``NODEJS_20_X``."""

import aws_cdk as cdk
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_cognito import UserPool, UserPoolTriggers

app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    }
)
stack = cdk.Stack(app, "aws-cdk-lambda-1")

fn = lambda_.Function(
    stack,
    "MyLambda",
    code=lambda_.InlineCode("foo"),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
user_pool = UserPool(stack, "myUserPoolTest", lambda_triggers=UserPoolTriggers())
fn.add_to_role_policy(iam.PolicyStatement(actions=["cognito:*"], resources=[user_pool.user_pool_arn]))
app.synth()
