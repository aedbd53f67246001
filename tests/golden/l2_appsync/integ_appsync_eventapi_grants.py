"""Port of aws-cdk's integ.appsync-eventapi-grants (NodejsFunction replaced by inline Functions, assertions dropped):
connect/publish/subscribe grants on the API and on channel namespaces."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_


class EventApiApiGrantStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        iam_provider = appsync.AppSyncAuthProvider(authorization_type=appsync.AppSyncAuthorizationType.IAM)
        self.event_api = appsync.EventApi(
            self,
            "EventApiApiGrant",
            api_name="api-grants-test",
            authorization_config=appsync.EventApiAuthConfig(auth_providers=[iam_provider]),
        )
        default_namespace = self.event_api.add_channel_namespace("default")
        pub_sub_namespace = self.event_api.add_channel_namespace("pubsub")
        self.event_api.add_channel_namespace("test1")
        self.event_api.add_channel_namespace("test2")

        def fn(id):
            return lambda_.Function(
                self,
                id,
                runtime=lambda_.Runtime.NODEJS_22_X,
                code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
                handler="index.handler",
                environment={
                    "EVENT_API_REALTIME_URL": f"wss://{self.event_api.realtime_dns}/event/realtime",
                    "EVENT_API_HTTP_URL": f"https://{self.event_api.http_dns}/event",
                },
                timeout=cdk.Duration.seconds(15),
            )

        self.subscribe_function = fn("SubscribeFunction")
        self.event_api.grant_connect(self.subscribe_function)
        default_namespace.grant_subscribe(self.subscribe_function)

        self.publish_function = fn("PublishFunction")
        default_namespace.grant_publish(self.publish_function)

        self.pub_sub_function = fn("PubSubFunction")
        self.event_api.grant_connect(self.pub_sub_function)
        pub_sub_namespace.grant_publish_and_subscribe(self.pub_sub_function)

        self.pub_sub_all_channels_function = fn("PubSubAllChannelsFunction")
        self.event_api.grant_connect(self.pub_sub_all_channels_function)
        self.event_api.grant_publish_and_subscribe(self.pub_sub_all_channels_function)


app = cdk.App()
stack = EventApiApiGrantStack(app, "EventApiApiGrantStack")
cdk.CfnOutput(stack, "AWS AppSync Events HTTP endpoint", value=stack.event_api.http_dns)
cdk.CfnOutput(stack, "AWS AppSync Events Realtime endpoint", value=stack.event_api.realtime_dns)
app.synth()
