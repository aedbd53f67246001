"""Port of aws-cdk's integ.dynamodb.alarm-metrics: alarms on a table's summed throttle and error metrics."""

import aws_cdk as cdk
from aws_cdk.aws_cloudwatch import Alarm
from aws_cdk.aws_dynamodb import Attribute, AttributeType, Operation, Table
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        table = Table(self, "Table", partition_key=Attribute(name="metric", type=AttributeType.STRING))
        metric_table_throttled = table.metric_throttled_requests_for_operations(
            operations=[Operation.PUT_ITEM, Operation.SCAN], period=cdk.Duration.minutes(1)
        )
        Alarm(self, "TableThrottleAlarm", metric=metric_table_throttled, evaluation_periods=1, threshold=1)
        metric_table_error = table.metric_system_errors_for_operations(
            operations=[Operation.PUT_ITEM, Operation.SCAN], period=cdk.Duration.minutes(1)
        )
        Alarm(self, "TableErrorAlarm", metric=metric_table_error, evaluation_periods=1, threshold=1)


app = cdk.App()
stack = TestStack(app, "alarm-metrics")

app.synth()
