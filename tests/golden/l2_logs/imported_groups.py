"""Imported log groups: by name (formatted ARN with :*), by ARN with and without :*; metrics on them."""

import aws_cdk as cdk
from aws_cdk import aws_logs as logs

app = cdk.App()
stack = cdk.Stack(app, "ImportedGroups")
by_name = logs.LogGroup.from_log_group_name(stack, "ByName", "/aws/lambda/legacy")
by_arn = logs.LogGroup.from_log_group_arn(stack, "ByArn", "arn:aws:logs:us-east-1:123456789012:log-group:/my/group:*")
bare_arn = logs.LogGroup.from_log_group_arn(stack, "BareArn", "arn:aws:logs:us-east-1:123456789012:log-group:bare")
cdk.CfnOutput(stack, "NameArn", value=by_name.log_group_arn)
cdk.CfnOutput(stack, "NameName", value=by_name.log_group_name)
cdk.CfnOutput(stack, "ArnArn", value=by_arn.log_group_arn)
cdk.CfnOutput(stack, "ArnName", value=by_arn.log_group_name)
cdk.CfnOutput(stack, "BareArnArn", value=bare_arn.log_group_arn)
by_name.add_metric_filter("Filter", filter_pattern=logs.FilterPattern.literal("[x]"), metric_namespace="N",
                          metric_name="M")
by_name.metric_incoming_bytes().create_alarm(stack, "Bytes", threshold=10, evaluation_periods=1)
app.synth()
