"""aws-cdk's integ.pipeline-with-replication: a replication bucket (with its own key) in another region's stack."""

from aws_cdk import App, Environment, RemovalPolicy, Stack
from aws_cdk.aws_codebuild import PipelineProject
from aws_cdk.aws_codepipeline import Artifact, Pipeline
from aws_cdk.aws_codepipeline_actions import CodeBuildAction, S3SourceAction
from aws_cdk.aws_kms import Key
from aws_cdk.aws_s3 import Bucket

app = App(tree_metadata=False, post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack1 = Stack(app, "integ-pipeline-producer-stack", env=Environment(region="us-east-1"),
               cross_region_references=True)
stack2 = Stack(app, "integ-pipeline-consumer-stack", env=Environment(region="us-east-2"),
               cross_region_references=True)
key = Key(stack1, "ReplicationKey")
bucket = Bucket(stack1, "ReplicationBucket", encryption_key=key, auto_delete_objects=True,
                removal_policy=RemovalPolicy.DESTROY)
artifact = Artifact()
pipeline = Pipeline(stack2, "Pipeline", cross_account_keys=True,
                    cross_region_replication_buckets={"us-east-1": bucket})
source_bucket = Bucket(stack2, "SourceBucket", auto_delete_objects=True, removal_policy=RemovalPolicy.DESTROY)
pipeline.add_stage(stage_name="source", actions=[S3SourceAction(
    bucket=source_bucket, output=artifact, bucket_key="/somepath", action_name="Source")])
pipeline.add_stage(stage_name="stage2", actions=[CodeBuildAction(
    input=artifact, action_name="Build", project=PipelineProject(stack2, "Build"))])
app.synth()
