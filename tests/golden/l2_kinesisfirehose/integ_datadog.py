"""Port of aws-cdk's integ.datadog.ts and integ.datadog.lit.ts: Datadog destinations (EU and US1 logs intakes)
with an imported API key secret; the two tests differ only in the intake, so both are one stack each here.

Adapted: 2.275's ``Datadog`` takes ``endpoint=DatadogEndpoint.LOGS_EU`` (the tests' ``url=DatadogLogsEndpointUrl``
is a newer API); the integ assertions are left out."""

import aws_cdk as cdk
from aws_cdk import aws_kinesisfirehose as firehose
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
for stack_id, endpoint in (
    ("aws-cdk-firehose-datadog-eu", firehose.DatadogEndpoint.LOGS_EU),
    ("aws-cdk-firehose-datadog-us1", firehose.DatadogEndpoint.LOGS_US1),
):
    stack = cdk.Stack(app, stack_id)
    firehose.DeliveryStream(
        stack,
        "DeliveryStream",
        destination=firehose.Datadog(
            api_key=secretsmanager.Secret.from_secret_name_v2(stack, "DatadogApiKey", "DatadogApiKey"),
            endpoint=endpoint,
        ),
    )
app.synth()
