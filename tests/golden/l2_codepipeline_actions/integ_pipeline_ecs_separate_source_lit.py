"""aws-cdk's integ.pipeline-ecs-separate-source.lit: a pipeline building an image and deploying the ECS app
stack synthesized by CodeBuild, the image tag passed as a variable to a CloudFormation parameter."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codecommit as codecommit
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as codepipeline_actions
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_s3 as s3
from constructs import Construct


class EcsAppStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, *, image: ecs.ContainerImage) -> None:
        super().__init__(scope, id)
        task_definition = ecs.TaskDefinition(self, "TaskDefinition", compatibility=ecs.Compatibility.FARGATE,
                                             cpu="1024", memory_mib="2048")
        task_definition.add_container("AppContainer", image=image)
        ecs.FargateService(self, "EcsService", task_definition=task_definition, cluster=ecs.Cluster(
            self, "Cluster", vpc=ec2.Vpc(self, "Vpc", restrict_default_security_group=False, max_azs=1)))


class PipelineStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        app_ecr_repo = ecr.Repository(self, "EcsDeployRepository")
        app_code_docker_build = codebuild.PipelineProject(
            self, "AppCodeDockerImageBuildAndPushProject",
            environment=codebuild.BuildEnvironment(privileged=True),
            build_spec=codebuild.BuildSpec.from_object({
                "version": "0.2",
                "phases": {
                    "build": {"commands": [
                        "$(aws ecr get-login --region $AWS_DEFAULT_REGION --no-include-email)",
                        "docker build -t $REPOSITORY_URI:$CODEBUILD_RESOLVED_SOURCE_VERSION .",
                    ]},
                    "post_build": {"commands": [
                        "docker push $REPOSITORY_URI:$CODEBUILD_RESOLVED_SOURCE_VERSION",
                        "export imageTag=$CODEBUILD_RESOLVED_SOURCE_VERSION",
                    ]},
                },
                "env": {"exported-variables": ["imageTag"]},
            }),
            environment_variables={
                "REPOSITORY_URI": codebuild.BuildEnvironmentVariable(value=app_ecr_repo.repository_uri)},
        )
        app_ecr_repo.grant_pull_push(app_code_docker_build)
        self.tag_parameter_container_image = ecs.TagParameterContainerImage(app_ecr_repo)
        cdk_code_build = codebuild.PipelineProject(self, "CdkCodeBuildProject", build_spec=codebuild.BuildSpec.from_object({
            "version": "0.2",
            "phases": {"install": {"commands": ["npm install"]}, "build": {"commands": ["npx cdk synth --verbose"]}},
            "artifacts": {"base-directory": "cdk.out", "files": "**/*"},
        }))
        app_code_source_output = codepipeline.Artifact()
        cdk_code_source_output = codepipeline.Artifact()
        cdk_code_build_output = codepipeline.Artifact()
        app_code_build_action = codepipeline_actions.CodeBuildAction(
            action_name="AppCodeDockerImageBuildAndPush", project=app_code_docker_build, input=app_code_source_output)
        codepipeline.Pipeline(
            self, "CodePipelineDeployingEcsApplication",
            artifact_bucket=s3.Bucket(self, "ArtifactBucket", removal_policy=cdk.RemovalPolicy.DESTROY),
            stages=[
                codepipeline.StageProps(stage_name="Source", actions=[
                    codepipeline_actions.CodeCommitSourceAction(
                        action_name="AppCodeSource", repository=codecommit.Repository(
                            self, "AppCodeSourceRepository", repository_name="AppCodeSourceRepository"),
                        output=app_code_source_output),
                    codepipeline_actions.CodeCommitSourceAction(
                        action_name="CdkCodeSource", repository=codecommit.Repository(
                            self, "CdkCodeSourceRepository", repository_name="CdkCodeSourceRepository"),
                        output=cdk_code_source_output),
                ]),
                codepipeline.StageProps(stage_name="Build", actions=[
                    app_code_build_action,
                    codepipeline_actions.CodeBuildAction(
                        action_name="CdkCodeBuildAndSynth", project=cdk_code_build, input=cdk_code_source_output,
                        outputs=[cdk_code_build_output]),
                ]),
                codepipeline.StageProps(stage_name="Deploy", actions=[
                    codepipeline_actions.CloudFormationCreateUpdateStackAction(
                        action_name="CFN_Deploy", stack_name="SampleEcsStackDeployedFromCodePipeline",
                        template_path=cdk_code_build_output.at_path("EcsStackDeployedInPipeline.template.json"),
                        admin_permissions=True,
                        parameter_overrides={
                            self.tag_parameter_container_image.tag_parameter_name:
                                app_code_build_action.variable("imageTag"),
                        }),
                ]),
            ],
        )


app = cdk.App()
pipeline_stack = PipelineStack(app, "aws-cdk-pipeline-ecs-separate-sources")
EcsAppStack(app, "EcsStackDeployedInPipeline", image=pipeline_stack.tag_parameter_container_image)
app.synth()
