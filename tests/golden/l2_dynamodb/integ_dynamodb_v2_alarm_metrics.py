"""Port of aws-cdk's integ.dynamodb-v2.alarm-metrics: alarms on TableV2 metrics. Adapted: the
``metricSuccessfulRequestLatencyFor*`` helpers are newer than 2.275, so the latency alarms use
``metric_successful_request_latency`` with the ``Operation`` dimension they set."""

import aws_cdk as cdk
from aws_cdk.aws_cloudwatch import Alarm
from aws_cdk.aws_dynamodb import Attribute, AttributeType, Operation, TableV2
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        table = TableV2(self, "TableV2", partition_key=Attribute(name="metric", type=AttributeType.STRING))

        metric_table_throttled = table.metric_throttled_requests_for_operations(
            operations=[Operation.PUT_ITEM, Operation.SCAN], period=cdk.Duration.minutes(1)
        )
        Alarm(self, "TableThrottleAlarm", metric=metric_table_throttled, evaluation_periods=1, threshold=1)

        metric_table_error = table.metric_system_errors_for_operations(
            operations=[Operation.PUT_ITEM, Operation.SCAN], period=cdk.Duration.minutes(1)
        )
        Alarm(self, "TableErrorAlarm", metric=metric_table_error, evaluation_periods=1, threshold=1)

        def latency(operation: str, **options):
            return table.metric_successful_request_latency(dimensions_map={"Operation": operation}, **options)

        Alarm(self, "GetItemLatencyAlarm", metric=latency("GetItem", period=cdk.Duration.minutes(1)), evaluation_periods=1, threshold=100)
        Alarm(self, "PutItemLatencyAlarm", metric=latency("PutItem", period=cdk.Duration.minutes(1)), evaluation_periods=1, threshold=100)
        Alarm(self, "QueryLatencyAlarm", metric=latency("Query", period=cdk.Duration.minutes(1)), evaluation_periods=1, threshold=100)
        Alarm(self, "ScanLatencyAlarm", metric=latency("Scan", period=cdk.Duration.minutes(1)), evaluation_periods=1, threshold=100)
        Alarm(self, "CustomLatencyAlarm", metric=latency("BatchGetItem", period=cdk.Duration.minutes(1)), evaluation_periods=1, threshold=100)
        Alarm(
            self,
            "GetItemCustomAlarm",
            metric=latency("GetItem", period=cdk.Duration.minutes(5), statistic="Maximum"),
            evaluation_periods=2,
            threshold=200,
        )


app = cdk.App()
stack = TestStack(app, "dynamodb-v2-alarm-metrics")

app.synth()
