"""Port of aws-cdk's integ.stream-shard-level-monitoring: explicit and ALL shard-level metrics, every resource
destroyed on removal (RemovalPolicies)."""

import aws_cdk as cdk
from aws_cdk import aws_kinesis as kinesis

app = cdk.App()
stack = cdk.Stack(app, "kinesis-stream-shard-level-monitoring-stack")

explicit_stream = kinesis.Stream(
    stack,
    "ExplicitStream",
    shard_level_metrics=[
        kinesis.ShardLevelMetrics.INCOMING_BYTES,
        kinesis.ShardLevelMetrics.INCOMING_RECORDS,
        kinesis.ShardLevelMetrics.ITERATOR_AGE_MILLISECONDS,
        kinesis.ShardLevelMetrics.OUTGOING_BYTES,
        kinesis.ShardLevelMetrics.OUTGOING_RECORDS,
        kinesis.ShardLevelMetrics.WRITE_PROVISIONED_THROUGHPUT_EXCEEDED,
        kinesis.ShardLevelMetrics.READ_PROVISIONED_THROUGHPUT_EXCEEDED,
    ],
)

all_stream = kinesis.Stream(stack, "AllStream", shard_level_metrics=[kinesis.ShardLevelMetrics.ALL])

cdk.RemovalPolicies.of(stack).destroy()

app.synth()
