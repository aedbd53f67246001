"""Port of aws-events integ.connection: an API-key connection with a header parameter."""

import aws_cdk as cdk
from aws_cdk import aws_events as events

app = cdk.App()
stack = cdk.Stack(app, "IntegConnectionStack")
events.Connection(
    stack,
    "Connection",
    authorization=events.Authorization.api_key("keyname", cdk.SecretValue.unsafe_plain_text("keyvalue")),
    header_parameters={"content-type": events.HttpParameter.from_string("application/json")},
)
app.synth()
