"""Port of aws-cdk's integ.appsync-eventapi-lambda-auth (NodejsFunction replaced by an inline Function, assertions
dropped; STANDARD_NODEJS_RUNTIME is NODEJS_20_X): a Lambda authorizer with its scoped invoke permission."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_


class EventApiLambdaAuthStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        authorizer = lambda_.Function(
            self,
            "AuthorizerFunction",
            runtime=lambda_.Runtime.NODEJS_20_X,
            code=lambda_.Code.from_inline(
                "\n  exports.handler = async (event) => {\n    return { isAuthorized: true };\n  };\n"
            ),
            handler="index.handler",
        )
        lambda_provider = appsync.AppSyncAuthProvider(
            authorization_type=appsync.AppSyncAuthorizationType.LAMBDA,
            lambda_authorizer_config=appsync.AppSyncLambdaAuthorizerConfig(handler=authorizer),
        )
        self.event_api = appsync.EventApi(
            self,
            "EventApiLambdaAuth",
            api_name="api-iam-auth-test",
            owner_contact="test-owner-contact",
            authorization_config=appsync.EventApiAuthConfig(auth_providers=[lambda_provider]),
        )
        self.event_api.add_channel_namespace("default")
        self.lambda_test_fn = lambda_.Function(
            self,
            "LambdaConfigTestFunction",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
            handler="index.handler",
            environment={
                "EVENT_API_REALTIME_URL": f"wss://{self.event_api.realtime_dns}/event/realtime",
                "EVENT_API_HTTP_URL": f"https://{self.event_api.http_dns}/event",
            },
            timeout=cdk.Duration.seconds(15),
        )


app = cdk.App()
stack = EventApiLambdaAuthStack(app, "EventApiLambdaAuthStack")
cdk.CfnOutput(stack, "AWS AppSync Events HTTP endpoint", value=stack.event_api.http_dns)
cdk.CfnOutput(stack, "AWS AppSync Events Realtime endpoint", value=stack.event_api.realtime_dns)
app.synth()
