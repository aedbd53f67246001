"""aws-cdk's integ.pipeline-commands: a Commands action with output files and exported variables, feeding an S3
deploy action; the sources are encrypted with customer keys."""

import os
import tempfile
import zipfile

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3
from aws_cdk.aws_kms import Key
from aws_cdk.aws_s3_deployment import BucketDeployment, Source

# the original's assets/nodejs.zip: a zip written here (fixed timestamps, so both runs hash the same bytes)
work = tempfile.mkdtemp()
zip_path = os.path.join(work, "nodejs.zip")
with zipfile.ZipFile(zip_path, "w") as z:
    z.writestr(zipfile.ZipInfo("index.js", date_time=(2020, 1, 1, 0, 0, 0)), "exports.handler = () => 'ok';\n")

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "aws-cdk-codepipeline-commands")
source_bucket_key = Key(stack, "SourceBucketKey", description="SourceBucketKey")
bucket = s3.Bucket(stack, "SourceBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True,
                   versioned=True, encryption_key=source_bucket_key)
bucket_deployment = BucketDeployment(stack, "BucketDeployment", sources=[Source.asset(zip_path)],
                                     destination_bucket=bucket, extract=False)
zip_key = cdk.Fn.select(0, bucket_deployment.object_keys)
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=bucket,
                                         bucket_key=zip_key)
commands_output = codepipeline.Artifact("CommandsArtifact", ["my-dir/**/*"])
commands_action = cpactions.CommandsAction(
    action_name="Commands",
    commands=["pwd", "ls -la", "mkdir -p my-dir", 'echo "HelloWorld" > my-dir/file.txt', "export MY_OUTPUT=my-key",
              "touch ignored.txt"],
    input=source_output, output=commands_output,
    output_variables=["MY_OUTPUT", "CODEBUILD_BUILD_ID", "AWS_DEFAULT_REGION"])
deploy_bucket = s3.Bucket(stack, "DeployBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
deploy_action = cpactions.S3DeployAction(action_name="DeployAction", extract=True, input=commands_output,
                                         bucket=deploy_bucket, object_key=commands_action.variable("MY_OUTPUT"))
pipeline_bucket_key = Key(stack, "PipelineBucketKey", description="PipelineBucketKey")
pipeline_bucket = s3.Bucket(stack, "PipelineBucket", removal_policy=cdk.RemovalPolicy.DESTROY,
                            auto_delete_objects=True, encryption_key=pipeline_bucket_key)
codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=pipeline_bucket, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Compute", actions=[commands_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[deploy_action]),
])
app.synth()
