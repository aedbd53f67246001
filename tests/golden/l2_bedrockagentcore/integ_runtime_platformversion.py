"""Port of aws-bedrockagentcore integ.runtime-platformversion (its `platformVersion: 'V2'` string is
PlatformVersion.V2 in aws-cdk-lib 2.275's Python API)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_ecr_assets as assets

# The test artifact (a Dockerfile and an app) is written by this app: its own content, the same hash on both sides.
artifact_dir = tempfile.mkdtemp()
for name, text in {"Dockerfile": "FROM python:3.12-slim\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n",
                   "app.py": "print(\"agent\")\n"}.items():
    with open(os.path.join(artifact_dir, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-platformversion")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
agentcore.Runtime(
    stack,
    "TestRuntime",
    runtime_name="integ_platformversion",
    description="Integration test for runtime PlatformVersion V2",
    agent_runtime_artifact=runtime_artifact,
    protocol_configuration=agentcore.ProtocolType.HTTP,
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_public_network(),
    platform_version=agentcore.PlatformVersion.V2,
)
app.synth()
