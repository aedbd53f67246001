"""Connections with basic and OAuth authorization, secret and plain parameters; imported connections."""

import aws_cdk as cdk
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "ConnectionsStack")
events.Connection(
    stack,
    "Basic",
    authorization=events.Authorization.basic("user", cdk.SecretValue.unsafe_plain_text("password")),
    query_string_parameters={"q": events.HttpParameter.from_secret(cdk.SecretValue.unsafe_plain_text("s"))},
    body_parameters={"b": events.HttpParameter.from_string("v")},
)
oauth = events.Connection(
    stack,
    "OAuth",
    authorization=events.Authorization.oauth(
        authorization_endpoint="https://example.com/token",
        client_id="client",
        client_secret=cdk.SecretValue.secrets_manager("oauth-secret"),
        http_method=events.HttpMethod.POST,
        header_parameters={"h": events.HttpParameter.from_string("1")},
        body_parameters={"grant": events.HttpParameter.from_string("client_credentials")},
    ),
)
imported = events.Connection.from_event_bus_arn(
    stack,
    "Imported",
    "arn:aws:events:us-east-1:123456789012:connection/imported/11111111-2222",
    "arn:aws:secretsmanager:us-east-1:123456789012:secret:events!connection/imported",
)
events.ApiDestination(stack, "Dest", connection=imported, endpoint="https://example.com/*")
cdk.CfnOutput(stack, "OAuthArn", value=oauth.connection_arn)
cdk.CfnOutput(stack, "OAuthSecret", value=oauth.connection_secret_arn)
cdk.CfnOutput(stack, "OAuthName", value=oauth.connection_name)
cdk.CfnOutput(stack, "ImportedName", value=imported.connection_name)
app.synth()
