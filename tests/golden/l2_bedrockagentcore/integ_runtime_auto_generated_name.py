"""Port of aws-bedrockagentcore integ.runtime-auto-generated-name: runtime and endpoint names from the path."""

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
stack = cdk.Stack(app, "aws-cdk-agentcore-runtime-auto-generated-name")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
runtime = agentcore.Runtime(stack, "Runtime", agent_runtime_artifact=runtime_artifact)
agentcore.RuntimeEndpoint(stack, "Endpoint", agent_runtime_id=runtime.agent_runtime_id, agent_runtime_version="1")
app.synth()
