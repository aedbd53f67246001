"""Port of aws-cdk's integ.appsync-eventapi-iam-auth: an Event API with an IAM provider."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync


class EventApiIamAuthStack(cdk.Stack):
    def __init__(self, scope, id) -> None:
        super().__init__(scope, id)
        iam_provider = appsync.AppSyncAuthProvider(authorization_type=appsync.AppSyncAuthorizationType.IAM)
        self.event_api = appsync.EventApi(
            self,
            "EventApiIamAuth",
            api_name="api-iam-auth-test",
            authorization_config=appsync.EventApiAuthConfig(auth_providers=[iam_provider]),
        )


app = cdk.App()
stack = EventApiIamAuthStack(app, "EventApiIamAuthStack")
cdk.CfnOutput(stack, "AWS AppSync Events HTTP endpoint", value=stack.event_api.http_dns)
cdk.CfnOutput(stack, "AWS AppSync Events Realtime endpoint", value=stack.event_api.realtime_dns)
app.synth()
