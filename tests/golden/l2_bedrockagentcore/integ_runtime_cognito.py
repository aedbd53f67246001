"""Port of aws-bedrockagentcore integ.runtime-cognito: a Cognito authorizer with two clients and custom claims."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk import aws_bedrockagentcore as agentcore
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_ecr_assets as assets

# The test artifact (a Dockerfile and an app) is written by this app: its own content, the same hash on both sides.
artifact_dir = tempfile.mkdtemp()
for name, text in {"Dockerfile": "FROM python:3.12-slim\nCOPY app.py .\nCMD [\"python\", \"app.py\"]\n",
                   "app.py": "print(\"agent\")\n"}.items():
    with open(os.path.join(artifact_dir, name), "w", newline="") as f:
        f.write(text)

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-cognito")

user_pool = cognito.UserPool(stack, "MyUserPool", removal_policy=cdk.RemovalPolicy.DESTROY)
user_pool_client = user_pool.add_client("MyUserPoolClient", auth_flows=cognito.AuthFlow(admin_user_password=True))
another_user_pool_client = user_pool.add_client(
    "MyAnotherUserPoolClient", auth_flows=cognito.AuthFlow(admin_user_password=True)
)
runtime_artifact = agentcore.AgentRuntimeArtifact.from_asset(artifact_dir, platform=assets.Platform.LINUX_ARM64)
custom_claims = [
    agentcore.RuntimeCustomClaim.with_string_value("department", "engineering"),
    agentcore.RuntimeCustomClaim.with_string_array_value(
        "roles", ["admin", "user"], agentcore.CustomClaimOperator.CONTAINS_ANY
    ),
]
runtime = agentcore.Runtime(
    stack,
    "TestRuntime",
    runtime_name="integ_test_runtime_cognito",
    agent_runtime_artifact=runtime_artifact,
    network_configuration=agentcore.RuntimeNetworkConfiguration.using_public_network(),
    authorizer_configuration=agentcore.RuntimeAuthorizerConfiguration.using_cognito(
        user_pool, [user_pool_client, another_user_pool_client], ["audience1"], ["read", "write"], custom_claims
    ),
)
cdk.CfnOutput(stack, "RuntimeId", value=runtime.agent_runtime_id, description="Runtime ID")
cdk.CfnOutput(stack, "RuntimeArn", value=runtime.agent_runtime_arn, description="Runtime ARN")
cdk.CfnOutput(stack, "UserPoolId", value=user_pool.user_pool_id, description="Cognito User Pool ID")
cdk.CfnOutput(stack, "UserPoolClientId1", value=user_pool_client.user_pool_client_id,
              description="Cognito User Pool Client ID 1 (MyUserPoolClient)")
cdk.CfnOutput(stack, "UserPoolClientId2", value=another_user_pool_client.user_pool_client_id,
              description="Cognito User Pool Client ID 2 (MyAnotherUserPoolClient)")
app.synth()
