"""Port of aws-cdk's pipelines integ.pipeline-v2: a named pipeline, V2 by the defaultPipelineTypeToV2 flag, steps
passing a variable (the IntegTest API-call assertions dropped)."""

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3
from aws_cdk import pipelines
from constructs import Construct

PIPELINE_NAME = "integ-pipelines-use-service-role-for-actions"


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        source_bucket = s3.Bucket(self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY,
                                  auto_delete_objects=True)
        pipeline = pipelines.CodePipeline(self, "Pipeline", pipeline_name=PIPELINE_NAME, synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.s3(source_bucket, "key"),
            commands=["mkdir cdk.out", "touch cdk.out/dummy"],
        ), self_mutation=False)
        cache_bucket = s3.Bucket(self, "TestCacheBucket")
        producer = pipelines.CodeBuildStep("Produce", commands=["export MY_VAR=hello"],
                                           cache=codebuild.Cache.bucket(cache_bucket))
        consumer = pipelines.CodeBuildStep("Consume", env={"THE_VAR": producer.exported_variable("MY_VAR")},
                                           commands=['echo "The variable was: $THE_VAR"'],
                                           cache=codebuild.Cache.bucket(cache_bucket))
        pipeline.add_wave("MyWave", post=[consumer, producer])


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": True,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": True,
})
PipelineStack(app, "UsePipelineRoleForActions")
app.synth()
