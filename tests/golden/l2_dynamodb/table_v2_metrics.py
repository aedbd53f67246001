"""TableV2 metrics carry the table's region and account; alarms on them and on per-operation sums."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableV2Metrics")
table = dynamodb.TableV2(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
table.metric_consumed_read_capacity_units().create_alarm(stack, "Reads", threshold=1, evaluation_periods=1)
table.metric_user_errors().create_alarm(stack, "UserErrors", threshold=1, evaluation_periods=1)
table.metric_throttled_requests_for_operation("Query").create_alarm(stack, "Throttled", threshold=1, evaluation_periods=1)
cloudwatch.Alarm(
    stack,
    "Sum",
    metric=table.metric_system_errors_for_operations(operations=[dynamodb.Operation.SCAN]),
    threshold=1,
    evaluation_periods=1,
)
app.synth()
