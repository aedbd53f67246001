"""Port of aws-cdk's pipelines integ.newpipeline: a CodePipeline with a wave of one stage, then waves of two and
four, each stage with two dependent stacks."""

from aws_cdk import App, Stack, Stage
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack1 = Stack(self, "Stack1")
        queue1 = sqs.Queue(stack1, "Queue")
        stack2 = Stack(self, "Stack2")
        sqs.Queue(stack2, "OtherQueue", dead_letter_queue=sqs.DeadLetterQueue(queue=queue1, max_receive_count=5))


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.git_hub("rix0rrr/cdk-pipelines-demo", "main"),
            commands=["npm ci", "npm run build", "npx cdk synth"],
        ))
        pipeline.add_stage(AppStage(self, "Beta"))
        group = pipeline.add_wave("Wave1")
        group.add_stage(AppStage(self, "Prod1"))
        group.add_stage(AppStage(self, "Prod2"))
        group2 = pipeline.add_wave("Wave2")
        group2.add_stage(AppStage(self, "Prod3"))
        group2.add_stage(AppStage(self, "Prod4"))
        group2.add_stage(AppStage(self, "Prod5"))
        group2.add_stage(AppStage(self, "Prod6"))


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2; pycdk reads the
# string "1" as false).
app = App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": True,
})
PipelineStack(app, "PipelineStack")
app.synth()
