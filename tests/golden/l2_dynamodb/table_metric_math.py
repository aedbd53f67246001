"""Per-operation metric sums are math expressions; an alarm renders them as Metrics."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableMetricMath")
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
cloudwatch.Alarm(
    stack,
    "SystemErrors",
    metric=table.metric_system_errors_for_operations(operations=[dynamodb.Operation.GET_ITEM, dynamodb.Operation.PUT_ITEM]),
    threshold=1,
    evaluation_periods=1,
)
cloudwatch.Alarm(
    stack,
    "Throttled",
    metric=table.metric_throttled_requests_for_operations(
        operations=[dynamodb.Operation.QUERY, dynamodb.Operation.SCAN, dynamodb.Operation.GET_ITEM],
        period=cdk.Duration.minutes(1),
    ),
    threshold=1,
    evaluation_periods=1,
)
app.synth()
