"""Port of aws-events integ.api-destination: a connection with an API key from a secret, a GET destination, outputs."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "events-api-destination-stack")
secret = secretsmanager.Secret(stack, "Secret", secret_string_value=cdk.SecretValue.unsafe_plain_text("abc123"))
connection = events.Connection(
    stack,
    "Connection",
    authorization=events.Authorization.api_key("x-api-key", secret.secret_value),
    description="Connection with API Key x-api-key",
    connection_name="MyConnection",
)
destination = events.ApiDestination(
    stack,
    "Destination",
    connection=connection,
    endpoint="https://httpbin.org/headers",
    http_method=events.HttpMethod.GET,
    api_destination_name="MyDestination",
    rate_limit_per_second=1,
    description="Calling example.com with API key x-api-key",
)
cdk.CfnOutput(stack, "DestinationArn", value=destination.api_destination_arn, description="The ARN of the API destination")
cdk.CfnOutput(
    stack,
    "DestinationArnForPolicy",
    value=destination.api_destination_arn_for_policy or "",
    description="The ARN of the API destination in resource format",
)
iam.Role(stack, "InvokeRole", assumed_by=iam.ServicePrincipal("scheduler.amazonaws.com"))
app.synth()
