"""Port of aws-bedrockagentcore integ.runtime-with-imported-role: a role and image from another stack."""

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
pre_stack = cdk.Stack(app, "pre-stack")
pre_role = iam.Role(pre_stack, "ExecutionRole", assumed_by=iam.ServicePrincipal("bedrock-agentcore.amazonaws.com"))
asset = assets.DockerImageAsset(pre_stack, "TestAsset", directory=artifact_dir, platform=assets.Platform.LINUX_ARM64)
asset.repository.grant_pull(pre_role)

stack = cdk.Stack(app, "aws-cdk-bedrock-agentcore-runtime-with-imported-role")
runtime_artifact = agentcore.AgentRuntimeArtifact.from_ecr_repository(asset.repository, asset.image_tag)
imported = iam.Role.from_role_arn(stack, "ImportedRole", pre_role.role_arn)
runtime = agentcore.Runtime(stack, "TestRuntime", runtime_name="integ_test_runtime",
                            agent_runtime_artifact=runtime_artifact, execution_role=imported)
runtime.add_to_role_policy(iam.PolicyStatement(actions=["s3:GetObject"], resources=["arn:aws:s3:::my-bucket/my-object"]))
runtime.add_to_role_policy(iam.PolicyStatement(
    actions=["dynamodb:Query"], resources=["arn:aws:dynamodb:us-east-1:123456789012:table/my-table"]))
app.synth()
