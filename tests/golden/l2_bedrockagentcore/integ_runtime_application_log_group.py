"""Port of aws-bedrockagentcore integ.runtime-application-log-group: a metric filter and alarm on the log group."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_logs as logs

# The test artifact (a Dockerfile and an app) is written by this app: its own content, the same hash on both sides.
artifact_dir = tempfile.mkdtemp()
for name, text in {"Dockerfile": "FROM python:3.12-slim\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n",
                   "app.py": "print(\"agent\")\n"}.items():
    with open(os.path.join(artifact_dir, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-application-log-group")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
runtime = agentcore.Runtime(
    stack,
    "TestRuntime",
    runtime_name="integ_test_app_log_group",
    description="Integration test runtime for applicationLogGroup accessor",
    agent_runtime_artifact=runtime_artifact,
)
tool_errors = logs.MetricFilter(
    stack,
    "ToolErrors",
    log_group=runtime.application_log_group,
    filter_pattern=logs.FilterPattern.string_value("$.tool_status", "=", "error"),
    metric_namespace="IntegTestAgentCore",
    metric_name="ToolExecutionErrors",
)
cloudwatch.Alarm(
    stack,
    "ToolErrorsAlarm",
    metric=tool_errors.metric(),
    threshold=1,
    evaluation_periods=1,
    comparison_operator=cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
)
cdk.CfnOutput(stack, "ApplicationLogGroupName", value=runtime.application_log_group.log_group_name,
              description="Application log group name for the default endpoint")
cdk.CfnOutput(stack, "ApplicationLogGroupArn", value=runtime.application_log_group.log_group_arn,
              description="Application log group ARN for the default endpoint")
app.synth()
