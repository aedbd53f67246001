"""Port of aws-cdk's integ.appsync-eventapi-cognito-auth (NodejsFunction replaced by an inline Function, assertions
dropped): a user pool provider, a namespace, and a test function granted Cognito actions."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_lambda as lambda_


class EventApiCognitoAuthStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        user_pool = cognito.UserPool(
            self,
            "Pool",
            user_pool_name="myPool",
            self_sign_up_enabled=True,
            auto_verify=cognito.AutoVerifiedAttrs(email=True),
            removal_policy=cdk.RemovalPolicy.DESTROY,
        )
        client = user_pool.add_client(
            "lambda-app-client",
            prevent_user_existence_errors=True,
            auth_flows=cognito.AuthFlow(admin_user_password=True),
        )
        cognito_provider = appsync.AppSyncAuthProvider(
            authorization_type=appsync.AppSyncAuthorizationType.USER_POOL,
            cognito_config=appsync.AppSyncCognitoConfig(user_pool=user_pool),
        )
        self.event_api = appsync.EventApi(
            self,
            "EventApiCognitoAuth",
            api_name="api-cognito-auth-test",
            authorization_config=appsync.EventApiAuthConfig(auth_providers=[cognito_provider]),
        )
        self.event_api.add_channel_namespace("default")
        self.lambda_test_fn = lambda_.Function(
            self,
            "CognitoConfigTestFunction",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
            handler="index.handler",
            environment={
                "EVENT_API_REALTIME_URL": f"wss://{self.event_api.realtime_dns}/event/realtime",
                "EVENT_API_HTTP_URL": f"https://{self.event_api.http_dns}/event",
                "USER_POOL_ID": user_pool.user_pool_id,
                "CLIENT_ID": client.user_pool_client_id,
            },
            timeout=cdk.Duration.seconds(15),
        )
        user_pool.grant(
            self.lambda_test_fn,
            "cognito-idp:SignUp",
            "cognito-idp:AdminConfirmSignUp",
            "cognito-idp:AdminDeleteUser",
            "cognito-idp:AdminInitiateAuth",
        )


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = EventApiCognitoAuthStack(app, "EventApiCognitoAuthStack")
cdk.CfnOutput(stack, "AWS AppSync Events HTTP endpoint", value=stack.event_api.http_dns)
cdk.CfnOutput(stack, "AWS AppSync Events Realtime endpoint", value=stack.event_api.realtime_dns)
app.synth()
