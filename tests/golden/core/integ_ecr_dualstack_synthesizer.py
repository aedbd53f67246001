"""Port of aws-cdk's core integ.ecr-dualstack-synthesizer.ts: image assets synthesized with and without
``AWS_USE_DUALSTACK_ENDPOINT`` (the Dockerfile fixture is written to a temporary folder)."""

import os
import tempfile

import aws_cdk as cdk
from aws_cdk.aws_ecr_assets import DockerImageAsset

fixture = tempfile.mkdtemp()
with open(os.path.join(fixture, "Dockerfile"), "w") as f:
    f.write("FROM public.ecr.aws/lambda/nodejs:22\nCOPY index.ts ${LAMBDA_TASK_ROOT}\nCMD [ \"index.handler\" ]\n")
with open(os.path.join(fixture, "index.ts"), "w") as f:
    f.write("export const handler = async () => ({ statusCode: 200 });\n")

app = cdk.App()

ipv4_stack = cdk.Stack(app, "EcrSynthesizerIpv4Stack")
ipv4_asset = DockerImageAsset(ipv4_stack, "Ipv4DockerAsset", directory=fixture)
cdk.CfnOutput(ipv4_stack, "Ipv4AssetImageUri", value=ipv4_asset.image_uri, description="IPv4-only Docker image asset URI")
cdk.CfnOutput(
    ipv4_stack,
    "Ipv4AssetRepository",
    value=ipv4_asset.repository.repository_uri,
    description="IPv4-only Docker image asset repository URI",
)

os.environ["AWS_USE_DUALSTACK_ENDPOINT"] = "true"

dual_stack_stack = cdk.Stack(app, "EcrSynthesizerDualStackStack")
dual_stack_asset = DockerImageAsset(dual_stack_stack, "DualStackDockerAsset", directory=fixture)
cdk.CfnOutput(
    dual_stack_stack, "DualStackAssetImageUri", value=dual_stack_asset.image_uri,
    description="Dual-stack Docker image asset URI",
)
cdk.CfnOutput(
    dual_stack_stack,
    "DualStackAssetRepository",
    value=dual_stack_asset.repository.repository_uri,
    description="Dual-stack Docker image asset repository URI",
)

del os.environ["AWS_USE_DUALSTACK_ENDPOINT"]

app.synth()
