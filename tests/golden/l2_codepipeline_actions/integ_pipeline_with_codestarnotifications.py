"""aws-cdk's integ.pipeline-with-codestarnotifications: notify_on_any_stage_state_change to an SNS topic."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sns as sns

app = cdk.App()
stack = cdk.Stack(app, "pipeline-with-codestarnotifications")
source_bucket = s3.Bucket(stack, "PipelineBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY,
                          auto_delete_objects=True)
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=source_bucket,
                                         bucket_key="key")
deploy_bucket = s3.Bucket(stack, "DeployBucket", removal_policy=cdk.RemovalPolicy.DESTROY, auto_delete_objects=True)
pipeline = codepipeline.Pipeline(
    stack, "Pipeline", artifact_bucket=source_bucket, pipeline_type=codepipeline.PipelineType.V2,
    execution_mode=codepipeline.ExecutionMode.PARALLEL,
    stages=[
        codepipeline.StageProps(stage_name="Source", actions=[source_action]),
        codepipeline.StageProps(stage_name="Deploy", actions=[cpactions.S3DeployAction(
            action_name="DeployAction", extract=False, object_key="test.txt", input=source_output,
            bucket=deploy_bucket)]),
    ],
)
topic = sns.Topic(stack, "MyTopic")
pipeline.notify_on_any_stage_state_change("PipelineNotification", topic, created_by="Jone Doe")
app.synth()
