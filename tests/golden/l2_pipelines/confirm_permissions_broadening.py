"""ConfirmPermissionsBroadening: a shared `cdk diff --security-only` check before two stages (one notifying a
topic), then the approval it skips when nothing widens IAM permissions."""

from aws_cdk import App, Stack, Stage
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns
from aws_cdk import pipelines
from constructs import Construct


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack = Stack(self, "Stack")
        topic = sns.Topic(stack, "Topic")
        topic.grant_publish(iam.AccountPrincipal(stack.account))


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth", input=pipelines.CodePipelineSource.git_hub("acme/app", "main"), commands=["npx cdk synth"]))
        topic = sns.Topic(self, "SecurityChanges")
        beta = AppStage(self, "Beta")
        pipeline.add_stage(beta, pre=[pipelines.ConfirmPermissionsBroadening("Check", stage=beta,
                                                                            notification_topic=topic)])
        prod = AppStage(self, "Prod")
        pipeline.add_stage(prod, pre=[pipelines.ConfirmPermissionsBroadening("Check", stage=prod)])


app = App()
PipelineStack(app, "SecurityCheckPipeline")
app.synth()
