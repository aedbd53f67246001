"""Port of aws-cdk's integ.user-pool-custom-sender.ts: a custom email sender trigger with its KMS key."""

from aws_cdk import App, CfnOutput, RemovalPolicy, Stack
from aws_cdk import aws_kms as kms
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_cognito import AuthFlow, AutoVerifiedAttrs, SignInAliases, UserPool, UserPoolTriggers

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "integ-user-pool-custom-sender")

custom_sender_lambda = lambda_.Function(
    stack,
    "emailLambda",
    runtime=lambda_.Runtime.NODEJS_20_X,
    handler="index.handler",
    code=lambda_.Code.from_inline(
        'exports.handler = function(event, ctx, cb) { console.log("Mocked custom email send");return cb(null, "success"); }'
    ),
)

userpool = UserPool(
    stack,
    "pool",
    auto_verify=AutoVerifiedAttrs(email=True),
    self_sign_up_enabled=True,
    sign_in_aliases=SignInAliases(email=True),
    custom_sender_kms_key=kms.Key(stack, "key"),
    lambda_triggers=UserPoolTriggers(custom_email_sender=custom_sender_lambda),
    removal_policy=RemovalPolicy.DESTROY,
)

client = userpool.add_client("client", auth_flows=AuthFlow(user_srp=True))

CfnOutput(stack, "UserPoolId", value=userpool.user_pool_id)
CfnOutput(stack, "ClientId", value=client.user_pool_client_id)

app.synth()
