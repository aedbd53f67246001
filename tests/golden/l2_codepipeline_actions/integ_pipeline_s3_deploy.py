"""aws-cdk's integ.pipeline-s3-deploy: S3 deploy actions with ACL and cache control, a disabled transition."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-s3-deploy")
bucket = s3.Bucket(stack, "PipelineBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY,
                   auto_delete_objects=True)
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=bucket,
                                         bucket_key="key")
deploy_bucket = s3.Bucket(stack, "DeployBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
other_deploy_bucket = s3.Bucket(stack, "OtherDeployBucket", removal_policy=cdk.RemovalPolicy.DESTROY,
                                auto_delete_objects=True)
codepipeline.Pipeline(stack, "Pipeline", artifact_bucket=bucket, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[cpactions.S3DeployAction(
        action_name="DeployAction", extract=False, object_key="key", input=source_output, bucket=deploy_bucket,
        access_control=s3.BucketAccessControl.PRIVATE,
        cache_control=[cpactions.CacheControl.set_public(), cpactions.CacheControl.max_age(cdk.Duration.hours(12))],
    )]),
    codepipeline.StageProps(stage_name="Disabled", transition_to_enabled=False, actions=[cpactions.S3DeployAction(
        action_name="DisabledDeployAction", input=source_output, bucket=other_deploy_bucket)]),
])
app.synth()
