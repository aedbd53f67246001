"""Port of aws-cdk's aws-logs-destinations integ.kinesis.ts: a subscription filter to a Kinesis stream."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as dests

app = App()
stack = Stack(app, "kinesis-logsubscription-integ")
stream = kinesis.Stream(stack, "MyStream")
log_group = logs.LogGroup(stack, "LogGroup", removal_policy=RemovalPolicy.DESTROY)
kinesis_destination = dests.KinesisDestination(stream)
logs.SubscriptionFilter(stack, "Subscription", log_group=log_group, destination=kinesis_destination,
                        filter_pattern=logs.FilterPattern.all_events())
app.synth()
