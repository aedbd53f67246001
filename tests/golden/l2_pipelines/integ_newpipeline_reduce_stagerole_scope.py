"""Port of aws-cdk's pipelines integ.newpipeline-reduce-stagerole-scope: a connection source with a full clone,
one-action deployments after a manual approval, Docker in the synth, ARM image and local cache by default."""

from aws_cdk import App, Duration, Stack, Stage
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct


class ProdStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        sqs.Queue(self, "MyQueue", queue_name="prod-queue", visibility_timeout=Duration.seconds(300))


class ProdStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        ProdStack(self, "ProdStack")


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        source = pipelines.CodePipelineSource.connection(
            "aws/aws-cdk", "main",
            connection_arn="arn:aws:codeconnections:us-east-1:486673125664:connection/"
                           "a3bf1dc7-eefb-4278-9f04-cc8fed8b569a",
            code_build_clone_output=True)
        pipeline = pipelines.CodePipeline(
            self, "Pipeline", pipeline_name="pipeline-name", use_change_sets=False, cross_account_keys=False,
            synth=pipelines.ShellStep("Synth", input=source, commands=["npm ci && npm run build"]),
            docker_enabled_for_synth=True,
            code_build_defaults=pipelines.CodeBuildOptions(
                build_environment=codebuild.BuildEnvironment(
                    build_image=codebuild.LinuxArmBuildImage.AMAZON_LINUX_2_STANDARD_3_0,
                    compute_type=codebuild.ComputeType.SMALL),
                cache=codebuild.Cache.local(codebuild.LocalCacheMode.DOCKER_LAYER)))
        pipeline.add_stage(ProdStage(self, "Prod"), pre=[pipelines.ManualApprovalStep("PromoteToProd")])


app = App(post_cli_context={
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": True,
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
})
PipelineStack(app, "CdkPipelineInvestigationStack")
app.synth()
