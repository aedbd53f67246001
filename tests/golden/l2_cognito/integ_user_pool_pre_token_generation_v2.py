"""Port of aws-cdk's integ.user-pool-pre-token-generation-v2.ts."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_cognito import AdvancedSecurityMode, AuthFlow, LambdaVersion, UserPool, UserPoolOperation

app = App()
stack = Stack(app, "integ-user-pool-pre-token-generation-v2")

trigger_lambda = lambda_.Function(
    stack,
    "preTokenGenerationLambda",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        'exports.handler = function(event, ctx, cb) { console.log("Mocked pre token generation");return cb(null, "success"); }'
    ),
)

userpool = UserPool(
    stack, "pool", removal_policy=RemovalPolicy.DESTROY, advanced_security_mode=AdvancedSecurityMode.ENFORCED
)
userpool.add_trigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, trigger_lambda, LambdaVersion.V2_0)
userpool.add_client("client", auth_flows=AuthFlow(user_srp=True))

app.synth()
