"""Port of aws-cdk's pipelines integ.newpipeline-with-codestar-connection: a CodeStar connection source whose
repository has a group path (owner/group/repo)."""

from aws_cdk import App, Stack, Stage
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.connection(
                "owner/group/repo", "master",
                connection_arn="arn:aws:codestar-connections:us-east-1:111111111111:connection/"
                               "184ba85d-b626-48ef-960f-b377c9c01a76"),
            commands=["npm ci", "npm run build", "npx cdk synth"]))
        pipeline.add_stage(AppStage(self, "Beta"))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack1 = Stack(self, "Stack1")
        sqs.Queue(stack1, "Queue")


# The original also sets "@aws-cdk/core:newStyleStackSynthesis": "1" (a no-op in aws-cdk-lib v2); it leaves
# app.synth() to the integ runner.
app = App(post_cli_context={"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False})
PipelineStack(app, "PipelineStack")
app.synth()
