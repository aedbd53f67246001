"""Stream modes, names, shard-level metrics and removal policies."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "StreamModes")
kinesis.Stream(
    stack,
    "OnDemand",
    stream_mode=kinesis.StreamMode.ON_DEMAND,
    stream_name="on-demand",
    encryption=kinesis.StreamEncryption.UNENCRYPTED,
)
kinesis.Stream(
    stack,
    "Provisioned",
    stream_mode=kinesis.StreamMode.PROVISIONED,
    shard_count=2,
    shard_level_metrics=[kinesis.ShardLevelMetrics.INCOMING_BYTES, kinesis.ShardLevelMetrics.OUTGOING_RECORDS],
    removal_policy=cdk.RemovalPolicy.DESTROY,
    encryption=kinesis.StreamEncryption.MANAGED,
)
kinesis.Stream(
    stack,
    "AllMetrics",
    shard_level_metrics=[kinesis.ShardLevelMetrics.ALL],
    retention_period=cdk.Duration.days(365),
    encryption=kinesis.StreamEncryption.UNENCRYPTED,
)
app.synth()
