"""LambdaDestination: the CanInvokeLambda permission scoped to the log group (the filter depends on it), and
add_permissions=False; a KinesisDestination with a role of one's own (shared by two filters)."""

from aws_cdk import App, Stack
from aws_cdk import aws_iam as iam
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as dests

app = App()
stack = Stack(app, "LambdaDestinations")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(event, context):\n    return None\n"))
group = logs.LogGroup(stack, "Group")
group.add_subscription_filter("ToLambda", destination=dests.LambdaDestination(fn),
                              filter_pattern=logs.FilterPattern.all_terms("ERROR"))
other = logs.LogGroup(stack, "Other")
other.add_subscription_filter("NoPermission", destination=dests.LambdaDestination(fn, add_permissions=False),
                              filter_pattern=logs.FilterPattern.all_events())

stream = kinesis.Stream(stack, "Stream")
role = iam.Role(stack, "LogsRole", assumed_by=iam.ServicePrincipal("logs.amazonaws.com"))
destination = dests.KinesisDestination(stream, role=role)
group.add_subscription_filter("ToStream", destination=destination, filter_pattern=logs.FilterPattern.all_events(),
                              distribution=logs.Distribution.BY_LOG_STREAM)
other.add_subscription_filter("ToStreamToo", destination=destination, filter_pattern=logs.FilterPattern.all_events())
app.synth()
