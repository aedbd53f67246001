"""KinesisDestination: a CloudWatchLogsCanPutRecords role with write + PassRole, the filter depends on its policy."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis
from aws_cdk import aws_logs as logs
from aws_cdk import aws_logs_destinations as destinations

app = cdk.App()
stack = cdk.Stack(app, "KinesisDestination")
group = logs.LogGroup(stack, "Group")
stream = kinesis.Stream(stack, "Stream")
group.add_subscription_filter("ToStream", destination=destinations.KinesisDestination(stream),
                              filter_pattern=logs.FilterPattern.all_events(), distribution=logs.Distribution.RANDOM)
app.synth()
