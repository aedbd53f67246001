"""Port of aws-bedrockagentcore integ.runtime-code-asset: a runtime from a local code directory (S3 asset)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore

# The test artifact is written by this app: its own content, the same hash on both sides.
artifact_dir = tempfile.mkdtemp()
for name, text in {"Dockerfile": "FROM python:3.12-slim\n", "app.py": "print(\"agent\")\n"}.items():
    with open(os.path.join(artifact_dir, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-code-asset")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_code_asset(
    path=artifact_dir,
    runtime=agentcore.AgentCoreRuntime.PYTHON_3_13,
    entrypoint=["app.py"],
    exclude=["Dockerfile"],
)
agentcore.Runtime(stack, "TestRuntimeCodeAsset", runtime_name="integ_test_runtime_code_asset",
                  agent_runtime_artifact=runtime_artifact)
app.synth()
