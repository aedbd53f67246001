"""CodePipeline features beyond the integ tests: Docker credentials and image assets, per-kind CodeBuild defaults,
stack outputs read by later steps, extra outputs and inputs, stack steps around change sets, wave steps, tagged and
cross-account stacks, an existing pipeline."""

import os
import tempfile

from aws_cdk import App, CfnOutput, Duration, Environment, Stack, Stage, Tags
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_ecr_assets as ecr_assets
from aws_cdk import aws_iam as iam
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sqs as sqs
from aws_cdk import pipelines
from constructs import Construct

IMAGE = tempfile.mkdtemp()
with open(os.path.join(IMAGE, "Dockerfile"), "w", encoding="utf-8") as f:
    f.write("FROM public.ecr.aws/lambda/python:3.12\n")


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        database = Stack(self, "Database")
        queue = sqs.Queue(database, "Queue")
        self.queue_url = CfnOutput(database, "QueueUrl", value=queue.queue_url)
        web = Stack(self, "Web")
        Tags.of(web).add("team", "web")
        ecr_assets.DockerImageAsset(web, "Image", directory=IMAGE)
        sqs.Queue(web, "Other", dead_letter_queue=sqs.DeadLetterQueue(queue=queue, max_receive_count=3))
        self.web = web


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        secret = secretsmanager.Secret.from_secret_name_v2(self, "DockerHub", "dockerhub-login")
        repo = ecr.Repository.from_repository_name(self, "Mirror", "mirror")
        bucket = s3.Bucket(self, "SourceBucket", versioned=True)
        source = pipelines.CodePipelineSource.s3(bucket, "app.zip", action_name="Fetch")
        tools = pipelines.CodePipelineSource.git_hub("acme/tools", "main")
        synth = pipelines.CodeBuildStep(
            "Synth", input=source, additional_inputs={"vendor/tools": tools},
            install_commands=["npm ci"], commands=["npx cdk synth"], primary_output_directory="cdk.out",
            env={"STAGE": "ci", "COMMIT": source.source_attribute("VersionId")},
            timeout=Duration.minutes(30), project_name="app-synth",
            partial_build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "reports": {
                "unit": {"files": ["report.xml"]}}}),
            role_policy_statements=[iam.PolicyStatement(actions=["ssm:GetParameter"], resources=["*"])])
        reports = synth.add_output_directory("reports")
        pipeline = pipelines.CodePipeline(
            self, "Pipeline", synth=synth, cli_version="2.100.0", cdk_assets_cli_version="2", cross_account_keys=True,
            docker_enabled_for_self_mutation=True, docker_enabled_for_synth=True,
            docker_credentials=[
                pipelines.DockerCredential.docker_hub(secret),
                pipelines.DockerCredential.ecr([repo], usages=[pipelines.DockerCredentialUsage.ASSET_PUBLISHING]),
                pipelines.DockerCredential.custom_registry("registry.acme.io", secret,
                                                           secret_username_field="user",
                                                           secret_password_field="pass",
                                                           usages=[pipelines.DockerCredentialUsage.SYNTH]),
            ],
            code_build_defaults=pipelines.CodeBuildOptions(
                build_environment=codebuild.BuildEnvironment(compute_type=codebuild.ComputeType.MEDIUM,
                                                             environment_variables={
                                                                 "CI": codebuild.BuildEnvironmentVariable(value="1")}),
                timeout=Duration.minutes(45)),
            synth_code_build_defaults=pipelines.CodeBuildOptions(
                build_environment=codebuild.BuildEnvironment(compute_type=codebuild.ComputeType.LARGE)),
            self_mutation_code_build_defaults=pipelines.CodeBuildOptions(
                role_policy=[iam.PolicyStatement(actions=["ec2:DescribeVpcs"], resources=["*"])]),
            asset_publishing_code_build_defaults=pipelines.CodeBuildOptions(
                build_environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_6_0)))
        topic = sns.Topic(self, "Approvals")
        beta = AppStage(self, "Beta")
        check = pipelines.ShellStep("Check", env_from_cfn_outputs={"QUEUE_URL": beta.queue_url},
                                    commands=["curl -f $QUEUE_URL"])
        lint = pipelines.ShellStep("LintChangeSet", input=reports, commands=["cat *.xml"])
        pipeline.add_stage(beta, pre=[pipelines.ManualApprovalStep("Go", comment="ship it?",
                                                                   review_url="https://acme.io/review",
                                                                   notification_topic=topic)],
                           post=[check],
                           stack_steps=[pipelines.StackSteps(stack=beta.web, change_set=[lint],
                                                             post=[pipelines.ShellStep("Smoke",
                                                                                       commands=["./smoke.sh"])])])
        wave = pipeline.add_wave("Prod", pre=[pipelines.ManualApprovalStep("Promote")])
        wave.add_stage(AppStage(self, "Eu", env=Environment(account="222222222222", region="eu-west-1")))
        wave.add_stage(AppStage(self, "Us", env=Environment(account="333333333333", region="us-east-2")))
        wave.add_post(pipelines.CodeBuildStep(
            "Windows", commands=["dir"],
            build_environment=codebuild.BuildEnvironment(
                build_image=codebuild.WindowsBuildImage.WIN_SERVER_CORE_2019_BASE)))


class ExistingPipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        existing = codepipeline.Pipeline(self, "Existing", pipeline_type=codepipeline.PipelineType.V2)
        pipeline = pipelines.CodePipeline(
            self, "Cdk", code_pipeline=existing, self_mutation=False, publish_assets_in_parallel=False,
            synth=pipelines.ShellStep("Synth", input=pipelines.CodePipelineSource.connection(
                "acme/app", "main", connection_arn="arn:aws:codeconnections:us-east-1:111111111111:connection/x"),
                commands=["npx cdk synth"]))
        pipeline.add_stage(AppStage(self, "Test"))


app = App()
PipelineStack(app, "FeaturesPipeline", env=Environment(account="111111111111", region="us-east-1"))
ExistingPipelineStack(app, "ExistingPipeline")
app.synth()
