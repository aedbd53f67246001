"""add_event_source_mapping with batch, window, filters, retries, bisect, starting position, concurrency."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "EventSourceMappings")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("x"))
fn.add_event_source_mapping("Queue", event_source_arn="arn:aws:sqs:us-east-1:123456789012:q", batch_size=5,
                            max_batching_window=cdk.Duration.seconds(10), report_batch_item_failures=True,
                            max_concurrency=3,
                            filters=[lambda_.FilterCriteria.filter({"body": {"a": lambda_.FilterRule.is_equal("x")}})])
mapping = lambda_.EventSourceMapping(
    stack, "Stream", target=fn,
    event_source_arn="arn:aws:kinesis:us-east-1:123456789012:stream/s",
    starting_position=lambda_.StartingPosition.TRIM_HORIZON, retry_attempts=3, bisect_batch_on_error=True,
    parallelization_factor=2, max_record_age=cdk.Duration.hours(1), tumbling_window=cdk.Duration.minutes(1),
    enabled=False,
)
cdk.CfnOutput(stack, "MappingId", value=mapping.event_source_mapping_id)
cdk.CfnOutput(stack, "MappingArn", value=mapping.event_source_mapping_arn)
app.synth()
