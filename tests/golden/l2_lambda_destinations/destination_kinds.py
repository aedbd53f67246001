"""Destinations beyond the integ tests: a given event bus, response-only failure delivery, destinations on a
version's and an imported function's async config, the default bus shared by two configs of one scope, and
LambdaDestinationOptions as a struct."""

import aws_cdk as cdk
from aws_cdk import Duration
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_lambda_destinations as destinations
from aws_cdk import aws_sqs as sqs

app = cdk.App()
stack = cdk.Stack(app, "DestinationKinds", env=cdk.Environment(account="123456789012", region="eu-west-1"))
bus = events.EventBus(stack, "Bus")
target = lambda_.Function(stack, "Target", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("def handler(e, c): return e"))
source = lambda_.Function(stack, "Source", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("def handler(e, c): return e"),
                          on_success=destinations.EventBridgeDestination(bus),
                          on_failure=destinations.LambdaDestination(target, response_only=True))
version = source.current_version
version.configure_async_invoke(on_success=destinations.EventBridgeDestination(),
                               on_failure=destinations.EventBridgeDestination(), max_event_age=Duration.minutes(5))
imported = lambda_.Function.from_function_attributes(
    stack, "Imported", function_arn="arn:aws:lambda:eu-west-1:123456789012:function:other",
    role=iam.Role.from_role_arn(stack, "ImportedRole", "arn:aws:iam::123456789012:role/other-role"))
queue = sqs.Queue(stack, "Queue")
imported.configure_async_invoke(on_success=destinations.SqsDestination(queue),
                                on_failure=destinations.LambdaDestination(target), retry_attempts=2)
opts = destinations.LambdaDestinationOptions(response_only=True)
cdk.CfnOutput(stack, "ResponseOnly", value=str(opts.response_only))
app.synth()
