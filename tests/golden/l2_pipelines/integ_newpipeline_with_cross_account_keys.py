"""Port of aws-cdk's pipelines integ.newpipeline-with-cross-account-keys: a KMS-encrypted artifact bucket with key
rotation, waves of stages."""

from aws_cdk import App, Stack, Stage
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        pipeline = pipelines.CodePipeline(self, "Pipeline", cross_account_keys=True, enable_key_rotation=True,
                                          synth=pipelines.ShellStep(
                                              "Synth",
                                              input=pipelines.CodePipelineSource.git_hub(
                                                  "tkglaser/cdk-pipelines-demo", "main"),
                                              commands=["npm ci", "npm run build", "npx cdk synth"]))
        pipeline.add_stage(AppStage(self, "Beta"))
        group = pipeline.add_wave("Wave1")
        group.add_stage(AppStage(self, "Prod1"))
        group.add_stage(AppStage(self, "Prod2"))
        group2 = pipeline.add_wave("Wave2")
        group2.add_stage(AppStage(self, "Prod3"))
        group2.add_stage(AppStage(self, "Prod4"))
        group2.add_stage(AppStage(self, "Prod5"))
        group2.add_stage(AppStage(self, "Prod6"))


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack1 = Stack(self, "Stack1")
        queue1 = sqs.Queue(stack1, "Queue")
        stack2 = Stack(self, "Stack2")
        sqs.Queue(stack2, "OtherQueue", dead_letter_queue=sqs.DeadLetterQueue(queue=queue1, max_receive_count=5))


app = App()
PipelineStack(app, "PipelineStack")
app.synth()
