"""Port of aws-cdk's pipelines integ.newpipeline-with-vpc: every CodeBuild project in a VPC (code_build_defaults),
file assets published one project each, reduceAssetRoleTrustScope off."""

import os
import tempfile

from aws_cdk import App, Stack, Stage
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3_assets as s3_assets
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct

# the original's testhelpers/assets files are not in the source index: stand-ins, same on both sides
ASSETS = tempfile.mkdtemp()
for name, text in (("test-file-asset.txt", "test file asset\n"), ("test-file-asset-two.txt", "test file asset two\n")):
    with open(os.path.join(ASSETS, name), "w", encoding="utf-8") as f:
        f.write(text)


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc", restrict_default_security_group=False)
        pipeline = pipelines.CodePipeline(self, "Pipeline", code_build_defaults=pipelines.CodeBuildOptions(vpc=vpc),
                                          synth=pipelines.ShellStep(
                                              "Synth",
                                              input=pipelines.CodePipelineSource.git_hub("Nico-DB/aws-cdk", "main"),
                                              commands=["npm ci", "npm run build", "npx cdk synth"]))
        pipeline.add_stage(AppStage(self, "Beta"))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack = Stack(self, "Stack1")
        s3_assets.Asset(stack, "Asset", path=os.path.join(ASSETS, "test-file-asset.txt"))
        s3_assets.Asset(stack, "Asset2", path=os.path.join(ASSETS, "test-file-asset-two.txt"))
        sqs.Queue(stack, "OtherQueue")


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceAssetRoleTrustScope": False,
})
PipelineStack(app, "PipelineStack")
app.synth()
