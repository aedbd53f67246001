"""Port of aws-cdk's integ.user-pool-pre-token-generation.ts: V2_0 and V3_0 pre token generation triggers."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "UserPoolPreTokenGenerationStack")

trigger_lambda = lambda_.Function(
    stack,
    "PreTokenGenerationLambda",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        'exports.handler = function(event, ctx, cb) { console.log("Mocked pre token generation");return cb(null, "success"); }'
    ),
)

userpool_v2 = cognito.UserPool(
    stack, "UserPoolV2", removal_policy=RemovalPolicy.DESTROY, feature_plan=cognito.FeaturePlan.PLUS
)
userpool_v2.add_trigger(
    cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, trigger_lambda, cognito.LambdaVersion.V2_0
)
userpool_v2.add_client("Client", auth_flows=cognito.AuthFlow(user_srp=True))

userpool_v3 = cognito.UserPool(
    stack, "UserPoolV3", removal_policy=RemovalPolicy.DESTROY, feature_plan=cognito.FeaturePlan.PLUS
)
userpool_v3.add_trigger(
    cognito.UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, trigger_lambda, cognito.LambdaVersion.V3_0
)
userpool_v3.add_client("Client", auth_flows=cognito.AuthFlow(user_srp=True))

app.synth()
