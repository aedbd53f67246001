"""Port of aws-bedrockagentcore integ.runtime: a runtime with two endpoints, a Lambda granted invoke, a removal policy."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_ecr_assets as assets
from aws_cdk import aws_lambda as lambda_

# The test artifact (a Dockerfile and an app) is written by this app: its own content, the same hash on both sides.
artifact_dir = tempfile.mkdtemp()
for name, text in {"Dockerfile": "FROM python:3.12-slim\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n",
                   "app.py": "print(\"agent\")\n"}.items():
    with open(os.path.join(artifact_dir, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime")

runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
runtime = agentcore.Runtime(
    stack,
    "TestRuntime",
    runtime_name="integ_test_runtime",
    description="Integration test runtime for BedrockAgentCore",
    agent_runtime_artifact=runtime_artifact,
    protocol_configuration=agentcore.ProtocolType.HTTP,
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_public_network(),
    environment_variables={"TEST_ENV": "integration", "LOG_LEVEL": "INFO"},
    tags={"Environment": "Integration", "TestType": "CDK"},
)
basic_endpoint = agentcore.RuntimeEndpoint(
    stack,
    "BasicEndpoint",
    endpoint_name="basic_endpoint",
    agent_runtime_id=runtime.agent_runtime_id,
    agent_runtime_version="1",
    description="Basic endpoint for testing",
)
tagged_endpoint = agentcore.RuntimeEndpoint(
    stack,
    "TaggedEndpoint",
    endpoint_name="tagged_endpoint",
    agent_runtime_id=runtime.agent_runtime_id,
    agent_runtime_version="1",
    description="Endpoint with tags",
    tags={"EndpointType": "Tagged", "Version": "v1"},
)
test_function = lambda_.Function(
    stack,
    "TestInvokerFunction",
    runtime=lambda_.Runtime.PYTHON_3_12,
    handler="index.handler",
    code=lambda_.Code.from_inline('def handler(event, context): return {"statusCode": 200}'),
    description="Test function to verify runtime grant permissions with sub-resources",
)
runtime.grant_invoke(test_function)
runtime_with_removal_policy = agentcore.Runtime(
    stack,
    "RuntimeWithRemovalPolicy",
    runtime_name="removal_policy_runtime",
    description="Runtime used to verify applyRemovalPolicy on the L2",
    agent_runtime_artifact=runtime_artifact,
    protocol_configuration=agentcore.ProtocolType.HTTP,
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_public_network(),
)
runtime_with_removal_policy.apply_removal_policy(cdk.RemovalPolicy.DESTROY)
cdk.CfnOutput(stack, "RuntimeId", value=runtime.agent_runtime_id, description="Runtime ID")
cdk.CfnOutput(stack, "RuntimeArn", value=runtime.agent_runtime_arn, description="Runtime ARN")
cdk.CfnOutput(stack, "BasicEndpointId", value=basic_endpoint.endpoint_id, description="Basic endpoint ID")
cdk.CfnOutput(stack, "TaggedEndpointId", value=tagged_endpoint.endpoint_id, description="Tagged endpoint ID")
app.synth()
