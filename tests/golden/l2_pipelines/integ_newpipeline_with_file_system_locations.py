"""Port of aws-cdk's pipelines integ.newpipeline-with-file-system-locations: EFS file systems mounted in every
CodeBuild project (privileged, in a VPC), one-action deployments."""

import os
import tempfile

from aws_cdk import App, Aws, DefaultStackSynthesizer, RemovalPolicy, Stack, Stage
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_assets as s3_assets
from aws_cdk import pipelines
from constructs import Construct

# the original's testhelpers/assets file is not in the source index: a stand-in, same on both sides
ASSETS = tempfile.mkdtemp()
with open(os.path.join(ASSETS, "test-file-asset.txt"), "w", encoding="utf-8") as f:
    f.write("test file asset\n")


class TestStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = ec2.Vpc(self, "Vpc")
        source_bucket = s3.Bucket(self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY,
                                  auto_delete_objects=True)
        pipeline = pipelines.CodePipeline(
            self, "Pipeline",
            code_build_defaults=pipelines.CodeBuildOptions(
                vpc=vpc,
                file_system_locations=[codebuild.FileSystemLocation.efs(
                    identifier="myidentifier", location=f"fs-c8d04839.efs.{Aws.REGION}.amazonaws.com:/mnt",
                    mount_options="nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2",
                    mount_point="/media")],
                build_environment=codebuild.BuildEnvironment(privileged=True)),
            synth=pipelines.ShellStep("Synth", input=pipelines.CodePipelineSource.s3(source_bucket, "key"),
                                      commands=["mkdir cdk.out", "touch cdk.out/dummy"]),
            self_mutation=False, use_change_sets=False)
        pipeline.add_stage(AppStage(self, "Beta"))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack = Stack(self, "Stack1", synthesizer=DefaultStackSynthesizer())
        s3_assets.Asset(stack, "Asset", path=os.path.join(ASSETS, "test-file-asset.txt"))


# The original sets the context "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App()
TestStack(app, "PipelinesFileSystemLocations")
app.synth()
