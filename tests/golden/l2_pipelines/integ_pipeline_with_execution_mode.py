"""Port of aws-cdk's pipelines integ.pipeline-with-execution-mode: a V2 pipeline in QUEUED execution mode."""

from aws_cdk import App, RemovalPolicy, Stack, Stage
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        source_bucket = s3.Bucket(self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY,
                                  auto_delete_objects=True)
        pipeline = pipelines.CodePipeline(
            self, "Pipeline", execution_mode=codepipeline.ExecutionMode.QUEUED,
            pipeline_type=codepipeline.PipelineType.V2,
            synth=pipelines.ShellStep("Synth", input=pipelines.CodePipelineSource.s3(source_bucket, "key"),
                                      commands=["npm ci", "npm run build", "npx cdk synth"]))
        pipeline.add_stage(AppStage(self, "Beta"))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack1 = Stack(self, "Stack1")
        sqs.Queue(stack1, "Queue")


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": True,
})
PipelineStack(app, "PipelineStack")
app.synth()
