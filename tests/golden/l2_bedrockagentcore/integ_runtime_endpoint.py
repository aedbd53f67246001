"""Port of aws-bedrockagentcore integ.runtime-endpoint: a runtime from a Docker asset and an explicit endpoint."""

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
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-endpoint")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
runtime = agentcore.Runtime(
    stack,
    "ExistingRuntime",
    runtime_name="endpoint_test_runtime",
    description="Runtime for endpoint integration test",
    agent_runtime_artifact=runtime_artifact,
    protocol_configuration=agentcore.ProtocolType.HTTP,
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_public_network(),
)
endpoint = agentcore.RuntimeEndpoint(
    stack,
    "TestEndpoint",
    endpoint_name="test_endpoint",
    agent_runtime_id=runtime.agent_runtime_id,
    agent_runtime_version="1",
    description="Simple endpoint for integration testing",
    tags={"Purpose": "IntegrationTest", "Component": "RuntimeEndpoint"},
)
cdk.CfnOutput(stack, "RuntimeId", value=runtime.agent_runtime_id, description="The ID of the runtime")
cdk.CfnOutput(stack, "RuntimeArn", value=runtime.agent_runtime_arn, description="The ARN of the runtime")
cdk.CfnOutput(stack, "EndpointId", value=endpoint.endpoint_id, description="The ID of the endpoint")
cdk.CfnOutput(stack, "EndpointArn", value=endpoint.agent_runtime_endpoint_arn, description="The ARN of the endpoint")
cdk.CfnOutput(stack, "EndpointName", value=endpoint.endpoint_name, description="The name of the endpoint")
if endpoint.live_version:
    cdk.CfnOutput(stack, "EndpointLiveVersion", value=endpoint.live_version,
                  description="The live version of the endpoint")
if endpoint.target_version:
    cdk.CfnOutput(stack, "EndpointTargetVersion", value=endpoint.target_version,
                  description="The target version of the endpoint")
app.synth()
