"""Port of aws-bedrockagentcore integ.runtime-header-allowlist: request headers beyond the custom prefix."""

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
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-header-allowlist")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
agentcore.Runtime(
    stack,
    "TestRuntime",
    runtime_name="integ_header_allowlist",
    description="Integration test for expanded header allowlist",
    agent_runtime_artifact=runtime_artifact,
    protocol_configuration=agentcore.ProtocolType.HTTP,
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_public_network(),
    request_header_configuration=agentcore.RequestHeaderConfiguration(
        allowlisted_headers=[
            "X-Amzn-Bedrock-AgentCore-Runtime-Custom-MyHeader",
            "X-Custom-Auth",
            "X-Request-Signature",
        ]
    ),
)
app.synth()
