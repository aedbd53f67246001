"""Port of aws-cdk's pipelines integ.newpipeline-single-publisher: publish_assets_in_parallel=False publishes the
file assets in one CodeBuild project (its buildspec written into the cloud assembly)."""

import os
import tempfile

from aws_cdk import App, RemovalPolicy, Stack, Stage
from aws_cdk import aws_s3 as s3
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
        bucket = s3.Bucket(self, "Source", removal_policy=RemovalPolicy.DESTROY)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.s3(bucket, "source.zip"),
            commands=["npm ci", "npm run build", "npx cdk synth"],
        ), publish_assets_in_parallel=False)
        pipeline.add_stage(AppStage(self, "Beta"))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack = Stack(self, "Stack1")
        s3_assets.Asset(stack, "Asset", path=os.path.join(ASSETS, "test-file-asset.txt"))
        s3_assets.Asset(stack, "Asset2", path=os.path.join(ASSETS, "test-file-asset-two.txt"))
        sqs.Queue(stack, "OtherQueue")


app = App()
PipelineStack(app, "PipelineStackSinglePublisher")
app.synth()
