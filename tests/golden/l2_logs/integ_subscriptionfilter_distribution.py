"""Port of aws-cdk's integ.subscriptionfilter-distribution.ts: a Kinesis destination with RANDOM distribution."""

from aws_cdk import App, Stack
from aws_cdk.aws_kinesis import Stream
from aws_cdk.aws_logs import Distribution, FilterPattern, LogGroup
from aws_cdk.aws_logs_destinations import KinesisDestination

app = App()
stack = Stack(app, "aws-cdk-subscriptionfilter-distribution-integ")
log_group = LogGroup(stack, "LogGroup")
stream = Stream(stack, "Stream")
log_group.add_subscription_filter(
    "Subscription", destination=KinesisDestination(stream),
    filter_pattern=FilterPattern.all_terms("ERROR", "MainThread"), filter_name="CustomSubscriptionFilterName",
    distribution=Distribution.RANDOM,
)
app.synth()
