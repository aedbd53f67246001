"""Port of aws-bedrockagentcore integ.runtime-with-custom-role: a runtime with a role made by the app."""

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

from aws_cdk import aws_iam as iam

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-with-custom-role")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
role = iam.Role(stack, "ExecutionRole", assumed_by=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"))
agentcore.Runtime(stack, "TestRuntime", runtime_name="integ_test_runtime", agent_runtime_artifact=runtime_artifact,
                  execution_role=role)
app.synth()
