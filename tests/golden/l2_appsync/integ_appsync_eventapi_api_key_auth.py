"""Port of aws-cdk's integ.appsync-eventapi-api-key-auth: an Event API with one API key provider."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync


class EventApiApiKeyAuthStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        api_key_provider = appsync.AppSyncAuthProvider(authorization_type=appsync.AppSyncAuthorizationType.API_KEY)
        self.event_api = appsync.EventApi(
            self,
            "EventApiApiKeyAuth",
            api_name="api-key-auth-test",
            authorization_config=appsync.EventApiAuthConfig(auth_providers=[api_key_provider]),
        )


app = cdk.App()
stack = EventApiApiKeyAuthStack(app, "EventApiApiKeyAuthStack")
cdk.CfnOutput(stack, "AWS AppSync Events HTTP endpoint", value=stack.event_api.http_dns)
cdk.CfnOutput(stack, "AWS AppSync Events Realtime endpoint", value=stack.event_api.realtime_dns)
app.synth()
