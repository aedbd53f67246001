"""Port of aws-events integ.eventbus-cross-account-grants: grant PutEvents on a bus in another account."""

import aws_cdk as cdk
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
account = "123456789012"
cross_account = "345678901234"
region = "us-east-1"
bus_name = "testingBus"
testing_stack = cdk.Stack(app, "testingStack", env=cdk.Environment(account=account, region=region))
func = lambda_.Function(
    testing_stack,
    "MyFunction",
    function_name=cdk.PhysicalName.GENERATE_IF_NEEDED,
    runtime=lambda_.Runtime.PYTHON_3_9,
    handler="index.handler",
    code=lambda_.Code.from_inline("import boto3\n\ndef handler(event, context):\n    return {'statusCode': 200}\n"),
    environment={"EVENT_BUS_NAME": bus_name, "EVENT_BUS_ACCOUNT": cross_account},
)
func.grant_invoke(iam.AccountPrincipal(account))
bus = events.EventBus.from_event_bus_arn(
    testing_stack,
    "importedbus",
    cdk.Arn.format(
        cdk.ArnComponents(
            service="events", resource="event-bus", resource_name=bus_name, region=region, account=cross_account
        ),
        testing_stack,
    ),
)
bus.grant_put_events_to(func)
cross_account_stack = cdk.Stack(app, "crossAccountStack", env=cdk.Environment(account=cross_account, region=region))
original_bus = events.EventBus(cross_account_stack, "bus", event_bus_name=bus_name)
testing_stack.add_dependency(cross_account_stack)
original_bus.grant_put_events_to(iam.AccountPrincipal(account), "crossAccountAccessSid")
app.synth()
