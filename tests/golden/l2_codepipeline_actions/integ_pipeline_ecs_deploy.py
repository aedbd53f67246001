"""aws-cdk's integ.pipeline-ecs-deploy: build an image with CodeBuild, deploy it to a Fargate service."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_s3 as s3

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm": True,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "aws-cdk-codepipeline-ecs-deploy")
vpc = ec2.Vpc(stack, "VPC", restrict_default_security_group=False, max_azs=1)
cluster = ecs.Cluster(stack, "EcsCluster", vpc=vpc)
repository = ecr.Repository(stack, "EcrRepo")
task_definition = ecs.FargateTaskDefinition(stack, "TaskDef")
container_name = "Container"
task_definition.add_container(container_name, image=ecs.ContainerImage.from_registry("amazon/amazon-ecs-sample"))
service = ecs.FargateService(stack, "FargateService", cluster=cluster, task_definition=task_definition)
bucket = s3.Bucket(stack, "MyBucket", versioned=True, removal_policy=cdk.RemovalPolicy.DESTROY)
source_output = codepipeline.Artifact("SourceArtifact")
source_action = cpactions.S3SourceAction(action_name="Source", output=source_output, bucket=bucket,
                                         bucket_key="path/to/Dockerfile")
project = codebuild.PipelineProject(
    stack, "EcsProject",
    # adapted: 2.275 has no UBUNTU_14_04_DOCKER_17_09_0 image any more
    environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_7_0,
                                           privileged=True),
    build_spec=codebuild.BuildSpec.from_object({
        "version": "0.2",
        "phases": {
            "pre_build": {"commands": "$(aws ecr get-login --region $AWS_DEFAULT_REGION --no-include-email)"},
            "build": {"commands": "docker build -t $REPOSITORY_URI:latest ."},
            "post_build": {"commands": [
                "docker push $REPOSITORY_URI:latest",
                f"printf '[{{ \"name\": \"{container_name}\", \"imageUri\": \"%s\" }}]' $REPOSITORY_URI:latest > "
                "imagedefinitions.json",
            ]},
        },
        "artifacts": {"files": "imagedefinitions.json"},
    }),
    environment_variables={"REPOSITORY_URI": codebuild.BuildEnvironmentVariable(value=repository.repository_uri)},
    grant_report_group_permissions=False,
)
repository.grant_pull_push(project)
build_output = codepipeline.Artifact()
build_action = cpactions.CodeBuildAction(action_name="CodeBuild", project=project, input=source_output,
                                         outputs=[build_output])
codepipeline.Pipeline(stack, "MyPipeline", artifact_bucket=bucket, stages=[
    codepipeline.StageProps(stage_name="Source", actions=[source_action]),
    codepipeline.StageProps(stage_name="Build", actions=[build_action]),
    codepipeline.StageProps(stage_name="Deploy", actions=[cpactions.EcsDeployAction(
        action_name="DeployAction", input=build_output, service=service,
        deployment_timeout=cdk.Duration.minutes(60))]),
])
app.synth()
