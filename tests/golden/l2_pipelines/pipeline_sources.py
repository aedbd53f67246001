"""CodePipeline sources with their options (GitHub with a secret and polling, CodeCommit with an event role and full
clones, S3 with a role and events, ECR with a tag, a connection without push triggers), a source attribute read by a
step, an artifact file set from an existing artifact; a pipeline not reusing cross-region support stacks."""

from aws_cdk import App, Environment, SecretValue, Stack, Stage
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        sqs.Queue(Stack(self, "Stack"), "Queue")


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        github = pipelines.CodePipelineSource.git_hub(
            "acme/app", "release", authentication=SecretValue.secrets_manager("gh", json_field="token"),
            trigger=cpactions.GitHubTrigger.POLL, action_name="App")
        named_repo = codecommit.Repository(self, "Named", repository_name="tools")
        generated_repo = codecommit.Repository.from_repository_name(self, "Imported", "imported-repo")
        tools = pipelines.CodePipelineSource.code_commit(
            named_repo, "main", code_build_clone_output=True,
            event_role=iam.Role(self, "EventRole", assumed_by=iam.ServicePrincipal("events.amazonaws.com")))
        other = pipelines.CodePipelineSource.code_commit(generated_repo, "dev",
                                                         trigger=cpactions.CodeCommitTrigger.POLL)
        bucket = s3.Bucket(self, "Drop", versioned=True)
        drop = pipelines.CodePipelineSource.s3(
            bucket, "drop/app.zip", trigger=cpactions.S3Trigger.NONE,
            role=iam.Role(self, "SourceRole", assumed_by=iam.AccountRootPrincipal()))
        image = pipelines.CodePipelineSource.ecr(ecr.Repository(self, "Images"), image_tag="stable")
        docs = pipelines.CodePipelineSource.connection(
            "acme/docs/site", "main", connection_arn="arn:aws:codeconnections:us-east-1:111111111111:connection/d",
            trigger_on_push=False, code_build_clone_output=True)
        synth = pipelines.ShellStep(
            "Synth", input=github,
            additional_inputs={"tools": tools, "drop": drop, "image": image, "docs": docs},
            env={"APP_COMMIT": github.source_attribute("CommitId")},
            commands=["npx cdk synth"])
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=synth, reuse_cross_region_support_stacks=False,
                                          cross_account_keys=True)
        pipeline.add_stage(AppStage(self, "West", env=Environment(account="111111111111", region="us-west-2")),
                           post=[pipelines.ShellStep("ReadTools", input=tools, additional_inputs={"../other": other},
                                                      commands=["ls"])])


app = App()
PipelineStack(app, "SourcesPipeline", env=Environment(account="111111111111", region="us-east-1"))
app.synth()
