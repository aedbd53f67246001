"""integ.call-aws-service-logs: the SDK's cloudwatchlogs service maps to the ``logs`` IAM prefix."""

import aws_cdk as cdk
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_logs import LogGroup
from aws_cdk.aws_stepfunctions_tasks import CallAwsService

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-call-aws-service-logs-integ")
log_group = LogGroup(stack, "LogGroup")
task = CallAwsService(stack, "SendTaskSuccess", service="cloudwatchlogs", action="createLogStream", parameters={
    "LogGroupName": log_group.log_group_name,
    "LogStreamName": sfn.JsonPath.string_at("$$.Execution.Name"),
}, result_path=sfn.JsonPath.DISCARD, iam_resources=[log_group.log_group_arn])
sfn.StateMachine(stack, "StateMachine", definition=task)
app.synth()
