"""A log group with retention, a metric filter, a subscription filter and a log stream."""

import aws_cdk as cdk
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "L1Logs")

group = logs.CfnLogGroup(
    stack,
    "Group",
    log_group_name="/golden/app",
    retention_in_days=14,
    log_group_class="STANDARD",
    tags=[{"key": "app", "value": "golden"}],
)
logs.CfnLogStream(stack, "Stream", log_group_name=group.ref, log_stream_name="main")
logs.CfnMetricFilter(
    stack,
    "Errors",
    log_group_name=group.ref,
    filter_pattern="ERROR",
    metric_transformations=[
        logs.CfnMetricFilter.MetricTransformationProperty(
            metric_name="Errors", metric_namespace="Golden", metric_value="1", default_value=0, unit="Count"
        )
    ],
)
logs.CfnSubscriptionFilter(
    stack,
    "Forward",
    log_group_name=group.ref,
    filter_pattern="",
    destination_arn=f"arn:aws:lambda:{cdk.Aws.REGION}:{cdk.Aws.ACCOUNT_ID}:function:forwarder",
)

cdk.CfnOutput(stack, "GroupArn", value=group.attr_arn)

app.synth()
