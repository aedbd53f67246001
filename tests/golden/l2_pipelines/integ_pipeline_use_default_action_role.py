"""Port of aws-cdk's pipelines integ.pipeline-use-default-action-role: the pipeline's own role for the actions, a
CodeCommit source, an ARM build image and a local cache by default (the IntegTest API-call assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_iam as iam
from aws_cdk import pipelines

app = cdk.App(post_cli_context={"@aws-cdk/pipelines:reduceStageRoleTrustScope": False})
stack = cdk.Stack(app, "aws-cdk-integ-test-service-role-for-actions")
repo = codecommit.Repository(stack, "MyRepo", repository_name="my-repo")
pipeline_service_role = iam.Role(
    stack, "pipeline-role", assumed_by=iam.ServicePrincipal("codepipeline.amazonaws.com"),
    description="Service role for CodePipeline with CodeBuild, S3, and CodeDeploy permissions")
pipeline_service_role.add_to_policy(iam.PolicyStatement(
    effect=iam.Effect.ALLOW,
    actions=["codebuild:BatchGetBuilds", "codebuild:StartBuild", "codebuild:StopBuild", "codebuild:RetryBuild"],
    resources=["*"]))
pipelines.CodePipeline(
    stack, "integ-test-default-role-pipeline", pipeline_name="integ-test-default-role-pipeline", self_mutation=False,
    synth=pipelines.ShellStep("Synth", input=pipelines.CodePipelineSource.code_commit(repo, "main"),
                              commands=["npm ci", "npm run build", "npx cdk synth"]),
    code_build_defaults=pipelines.CodeBuildOptions(
        build_environment=codebuild.BuildEnvironment(
            build_image=codebuild.LinuxArmBuildImage.AMAZON_LINUX_2_STANDARD_3_0,
            compute_type=codebuild.ComputeType.SMALL),
        cache=codebuild.Cache.local(codebuild.LocalCacheMode.DOCKER_LAYER)),
    role=pipeline_service_role, use_pipeline_role_for_actions=True)
app.synth()
