"""Port of aws-cdk's pipelines integ.pipeline-without-prepare: use_change_sets=False deploys each stack in one
action; the deployed stage holds a stage nested in a stack."""

from aws_cdk import App, DefaultStackSynthesizer, RemovalPolicy, Stack, Stage
from aws_cdk import aws_s3 as s3
from aws_cdk import pipelines
from constructs import Construct


class BucketStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        self.bucket = s3.Bucket(self, "Bucket")


class PlainStackApp(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        BucketStack(self, "Stack")


class MyStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack = Stack(self, "Stack", synthesizer=DefaultStackSynthesizer())
        PlainStackApp(stack, "MyApp")


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        source_bucket = s3.Bucket(self, "SourceBucket", removal_policy=RemovalPolicy.DESTROY,
                                  auto_delete_objects=True)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.s3(source_bucket, "key"),
            commands=["mkdir cdk.out", "touch cdk.out/dummy"],
        ), self_mutation=False, use_change_sets=False)
        pipeline.add_stage(MyStage(self, "MyStage"))


# The original sets the context "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2).
app = App()
PipelineStack(app, "PreparelessPipelineStack")
app.synth()
