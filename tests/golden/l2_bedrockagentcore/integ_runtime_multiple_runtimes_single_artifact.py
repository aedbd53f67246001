"""Port of aws-bedrockagentcore integ.runtime-multipleRuntimes-with-singleArtifact: one asset, two roles."""

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
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-multipleRuntimes-with-singleArtifact")

artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
agentcore.Runtime(stack, "Runtime_1", runtime_name="Runtime_1", agent_runtime_artifact=artifact)
agentcore.Runtime(stack, "Runtime_2", runtime_name="Runtime_2", agent_runtime_artifact=artifact)
app.synth()
