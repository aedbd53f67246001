"""Alarms on table metrics render the metric's namespace, name, dimensions, statistic and period."""

import aws_cdk as cdk
from aws_cdk import aws_dynamodb as dynamodb

app = cdk.App()
stack = cdk.Stack(app, "TableMetrics")
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="pk", type=dynamodb.AttributeType.STRING))
table.metric_consumed_read_capacity_units().create_alarm(stack, "Reads", threshold=100, evaluation_periods=1)
table.metric_consumed_write_capacity_units(period=cdk.Duration.minutes(1)).create_alarm(
    stack, "Writes", threshold=50, evaluation_periods=2
)
table.metric_throttled_requests_for_operation("PutItem").create_alarm(stack, "Throttled", threshold=1, evaluation_periods=1)
table.metric_successful_request_latency(dimensions_map={"Operation": "GetItem"}).create_alarm(
    stack, "Latency", threshold=10, evaluation_periods=1
)
table.metric_user_errors().create_alarm(stack, "UserErrors", threshold=1, evaluation_periods=1)
table.metric_conditional_check_failed_requests().create_alarm(stack, "Cond", threshold=1, evaluation_periods=1)
table.metric("ReturnedItemCount", statistic="Maximum").create_alarm(stack, "Custom", threshold=1, evaluation_periods=1)
app.synth()
