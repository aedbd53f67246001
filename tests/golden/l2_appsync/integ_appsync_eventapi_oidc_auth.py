"""Port of aws-cdk's integ.appsync-eventapi-oidc-auth (the issuer URL and client id, read from the environment
there, are fixed here): an Event API with an OIDC provider."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync


class EventApiOIDCAuthStack(cdk.Stack):
    def __init__(self, scope, id, *, oidc_issuer_url, oidc_client_id, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        oidc_provider = appsync.AppSyncAuthProvider(
            authorization_type=appsync.AppSyncAuthorizationType.OIDC,
            open_id_connect_config=appsync.AppSyncOpenIdConnectConfig(
                oidc_provider=oidc_issuer_url, client_id=oidc_client_id
            ),
        )
        self.event_api = appsync.EventApi(
            self,
            "EventApiOIDCAuthStack",
            api_name="api-oidc-auth-test",
            authorization_config=appsync.EventApiAuthConfig(auth_providers=[oidc_provider]),
        )


app = cdk.App()
stack = EventApiOIDCAuthStack(
    app, "EventApiOIDCAuthStack", oidc_issuer_url="https://issuer.example.com", oidc_client_id="example-client-id"
)
cdk.CfnOutput(stack, "AWS AppSync Events HTTP endpoint", value=stack.event_api.http_dns)
cdk.CfnOutput(stack, "AWS AppSync Events Realtime endpoint", value=stack.event_api.realtime_dns)
app.synth()
