"""Port of aws-cdk's pipelines integ.cross-account-pipeline-action: a source bucket in another account (a bucket
deployment fills it), cross-account keys, one-action deployments after a manual approval, Docker in the synth."""

from aws_cdk import App, Duration, Environment, RemovalPolicy, Stack, Stage
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_s3_deployment as s3deploy
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct

# the CDK_INTEG_* variables are unset: the original's default accounts; the integ runner sets CDK_DEFAULT_REGION (a
# fixed region stands in)
ACCOUNT = "123456789012"
CROSS_ACCOUNT = "234567890123"
REGION = "us-east-1"


class SourceStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        bucket_name = f"cross-account-source-bucket-{ACCOUNT}-{self.region}"
        self.source_bucket = s3.Bucket(self, "SourceBucket", bucket_name=bucket_name, versioned=True,
                                       removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
        s3deploy.BucketDeployment(self, "DeploySource", sources=[s3deploy.Source.data("source.zip", "dummy content")],
                                  destination_bucket=self.source_bucket)


class ProdStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        sqs.Queue(self, "MyQueue", queue_name="prod-queue", visibility_timeout=Duration.seconds(300))


class ProdStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        ProdStack(self, "ProdStack")


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, source_bucket: s3.IBucket, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        pipeline = pipelines.CodePipeline(
            self, "Pipeline", pipeline_name="cross-account-pipeline", cross_account_keys=True, use_change_sets=False,
            synth=pipelines.ShellStep("Synth", input=pipelines.CodePipelineSource.s3(source_bucket, "source.zip",
                                                                                     action_name="S3Source"),
                                      commands=["npm ci && npm run build"]),
            docker_enabled_for_synth=True,
            code_build_defaults=pipelines.CodeBuildOptions(
                build_environment=codebuild.BuildEnvironment(
                    build_image=codebuild.LinuxArmBuildImage.AMAZON_LINUX_2_STANDARD_3_0,
                    compute_type=codebuild.ComputeType.SMALL),
                cache=codebuild.Cache.local(codebuild.LocalCacheMode.DOCKER_LAYER)))
        pipeline.add_stage(ProdStage(self, "Prod"), pre=[pipelines.ManualApprovalStep("PromoteToProd")])


app = App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceCrossAccountActionRoleTrustScope": True,
})
source_stack = SourceStack(app, "CrossAccountSourceStack", env=Environment(account=CROSS_ACCOUNT, region=REGION))
pipeline_stack = PipelineStack(app, "CdkPipelineInvestigationStack", source_stack.source_bucket,
                               env=Environment(account=ACCOUNT, region=REGION))
pipeline_stack.add_dependency(source_stack)
app.synth()
