"""Port of aws-bedrockagentcore integ.runtime-observability-no-resource-policy: delivery without resource policies."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_logs as logs

# The test artifact (a Dockerfile and an app) is written by this app: its own content, the same hash on both sides.
artifact_dir = tempfile.mkdtemp()
for name, text in {"Dockerfile": "FROM python:3.12-slim\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n",
                   "app.py": "print(\"agent\")\n"}.items():
    with open(os.path.join(artifact_dir, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-observability-no-resource-policy")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
log_group = logs.LogGroup(stack, "RuntimeLogGroup", removal_policy=cdk.RemovalPolicy.DESTROY)
runtime = agentcore.Runtime(
    stack,
    "ObservabilityRuntimeNoPolicy",
    runtime_name="integ_observability_no_policy_runtime",
    description="Runtime with observability but no resource policy management",
    agent_runtime_artifact=runtime_artifact,
    protocol_configuration=agentcore.ProtocolType.HTTP,
    tracing_enabled=True,
    logging_configs=[
        agentcore.LoggingConfig(
            log_type=agentcore.LogType.APPLICATION_LOGS,
            destination=agentcore.LoggingDestination.cloud_watch_logs(log_group),
        ),
        agentcore.LoggingConfig(
            log_type=agentcore.LogType.USAGE_LOGS, destination=agentcore.LoggingDestination.cloud_watch_logs(log_group)
        ),
    ],
    manage_delivery_resource_policy=False,
    tags={"TestCase": "ObservabilityNoResourcePolicy"},
)
cdk.CfnOutput(stack, "RuntimeId", value=runtime.agent_runtime_id, description="Runtime ID")
cdk.CfnOutput(stack, "RuntimeArn", value=runtime.agent_runtime_arn, description="Runtime ARN")
cdk.CfnOutput(stack, "LogGroupArn", value=log_group.log_group_arn, description="Log group ARN")
app.synth()
