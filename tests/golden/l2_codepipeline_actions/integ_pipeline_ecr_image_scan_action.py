"""aws-cdk's integ.pipeline-ecr-image-scan-action: an Inspector scan of a Docker image asset's ECR image."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_ecr_assets import DockerImageAsset
from aws_cdk.aws_s3_deployment import BucketDeployment, Source

# the original's assets directory (a Dockerfile) and assets/nodejs.zip, written here (the zip with fixed
# timestamps, so both runs hash the same bytes)
work = tempfile.mkdtemp()
docker_dir = os.path.join(work, "image")
os.makedirs(docker_dir)
with open(os.path.join(docker_dir, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/lambda/nodejs:20\nCOPY index.js ./\n")
with open(os.path.join(docker_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = () => 'ok';\n")
zip_path = os.path.join(work, "nodejs.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr(zipfile.ZipInfo("index.js", date_time=(2020, 1, 1, 0, 0, 0)), "exports.handler = () => 'ok';\n")

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "codepipeline-ecr-image-scan-action")
bucket = s3.Bucket(stack, "SourceBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True,
                   versioned=True)
bucket_deployment = BucketDeployment(stack, "BucketDeployment", sources=[Source.asset(zip_path)],
                                     destination_bucket=bucket, extract=False)
zip_key = cdk.Fn.select(0, bucket_deployment.object_keys)
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=bucket,
                                         bucket_key=zip_key)
image = DockerImageAsset(stack, "DockerImage", directory=docker_dir)
scan_output = codepipeline.Artifact()
scan_action = cpactions.InspectorEcrImageScanAction(
    action_name="InspectorEcrImageScanAction", output=scan_output, repository=image.repository,
    image_tag=image.image_tag, critical_threshold=5, high_threshold=5, medium_threshold=5, low_threshold=5)
deploy_bucket = s3.Bucket(stack, "DeployBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
deploy_action = cpactions.S3DeployAction(action_name="DeployAction", input=scan_output, bucket=deploy_bucket,
                                         object_key="my-key")
codepipeline.Pipeline(stack, "Pipeline", pipeline_type=codepipeline.PipelineType.V2, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Invoke", actions=[scan_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[deploy_action]),
])
app.synth()
