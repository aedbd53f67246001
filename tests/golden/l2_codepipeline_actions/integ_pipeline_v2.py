"""aws-cdk's integ.pipeline-v2: a V2 pipeline with a variable given as a struct, used in a deploy key."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-codepipeline-v2")
source_bucket = s3.Bucket(stack, "PipelineBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY,
                          auto_delete_objects=True)
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=source_bucket,
                                         bucket_key="key")
deploy_bucket = s3.Bucket(stack, "DeployBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
codepipeline.Pipeline(
    stack, "Pipeline", artifact_bucket=source_bucket, pipeline_type=codepipeline.PipelineType.V2,
    variables=[codepipeline.Variable(variable_name="bucket-var", description="description",
                                     default_value="sample")],
    stages=[
        codepipeline.StageProps(stage_name="Source", actions=[source_action]),
        codepipeline.StageProps(stage_name="Deploy", actions=[cpactions.S3DeployAction(
            action_name="DeployAction", extract=False, object_key="#{variables.bucket-var}.txt",
            input=source_output, bucket=deploy_bucket)]),
    ],
)
app.synth()
