"""Port of aws-events-targets integ.api-destination: new and imported API destinations as rule targets."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_events_targets as targets
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "aws-events-targets-api-destination-integ")
secret = secretsmanager.Secret(stack, "MySecret", secret_string_value=cdk.SecretValue.unsafe_plain_text("abc123"))
connection = events.Connection(
    stack,
    "MyConnection",
    authorization=events.Authorization.api_key("x-api-key", secret.secret_value),
    description="Connection with API Key x-api-key",
    connection_name="MyConnection",
)
destination = events.ApiDestination(
    stack,
    "MyDestination",
    connection=connection,
    endpoint="https://httpbin.org/headers",
    http_method=events.HttpMethod.GET,
    api_destination_name="MyDestination",
    rate_limit_per_second=1,
    description="Calling example.com with API key x-api-key",
)
rule = events.Rule(
    stack,
    "MyRule",
    rule_name="MyRule",
    schedule=events.Schedule.rate(cdk.Duration.minutes(1)),
    targets=[targets.ApiDestination(destination)],
)
imported_connection = events.Connection.from_connection_attributes(
    stack,
    "ImportedConnection",
    connection_arn=connection.connection_arn,
    connection_name="MyConnection",
    connection_secret_arn=secret.secret_arn,
)
imported_destination = events.ApiDestination.from_api_destination_attributes(
    stack, "ImportedDestination", api_destination_arn=destination.api_destination_arn, connection=imported_connection
)
other_rule = events.Rule(
    stack,
    "MyOtherRule",
    rule_name="MyOtherRule",
    schedule=events.Schedule.rate(cdk.Duration.minutes(1)),
    targets=[targets.ApiDestination(imported_destination)],
)
other_rule.add_target(targets.ApiDestination(imported_destination))
app.synth()
