"""Port of aws-cdk's integ.appsync-channel-namespace: Lambda and IAM providers, namespaces with asset and inline code."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

HANDLER = Path(tempfile.mkdtemp()) / "appsync-js-channel-namespace-handler.js"
HANDLER.write_text("export function onPublish(ctx) {\n  return ctx.events;\n}\n")


class EventApiChannelNamespaceStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        authorizer = lambda_.Function(
            self,
            "AuthorizerFunction",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline(
                "exports.handler = async (event) => {\n  return { isAuthorized: true };\n};\n"
            ),
            handler="index.handler",
        )
        lambda_provider = appsync.AppSyncAuthProvider(
            authorization_type=appsync.AppSyncAuthorizationType.LAMBDA,
            lambda_authorizer_config=appsync.AppSyncLambdaAuthorizerConfig(handler=authorizer),
        )
        iam_provider = appsync.AppSyncAuthProvider(authorization_type=appsync.AppSyncAuthorizationType.IAM)
        api = appsync.EventApi(
            self,
            "EventApi",
            api_name="api-channel-namespace-test",
            owner_contact="test-owner-contact",
            authorization_config=appsync.EventApiAuthConfig(auth_providers=[lambda_provider, iam_provider]),
            log_config=appsync.AppSyncLogConfig(field_log_level=appsync.AppSyncFieldLogLevel.ERROR),
        )
        self.event_api = api
        appsync.ChannelNamespace(
            self,
            "ChannelNamespace",
            api=api,
            authorization_config=appsync.NamespaceAuthConfig(
                publish_auth_mode_types=[appsync.AppSyncAuthorizationType.LAMBDA],
                subscribe_auth_mode_types=[appsync.AppSyncAuthorizationType.LAMBDA],
            ),
            code=appsync.Code.from_asset(str(HANDLER)),
        )
        api.add_channel_namespace(
            "AnotherChannelNamespace",
            code=appsync.Code.from_inline(
                "\n  export function onPublish(ctx) {\n    return ctx.events.filter((event) => event.payload.odds > 0)\n  }\n"
            ),
        )


app = cdk.App()
stack = EventApiChannelNamespaceStack(app, "EventApiChannelNamespaceStack")
cdk.CfnOutput(stack, "AWS AppSync Events HTTP endpoint", value=stack.event_api.http_dns)
cdk.CfnOutput(stack, "AWS AppSync Events Realtime endpoint", value=stack.event_api.realtime_dns)
app.synth()
