"""Port of aws-cdk's integ test aws-batch/integ.ecs-job-definition.ts: ECS job definitions on EC2 (host and EFS
volumes, ulimits, GPU, three kinds of secrets), on Fargate (ephemeral storage, ARM64, retry strategies, timeout)
and with a Docker image asset.

The image's build context (aws-cdk's ``batchjob-image``) is replaced by one this app writes (same hash on both
sides).
"""

import os
import tempfile

from aws_cdk import App, Duration, Size, Stack
from aws_cdk import aws_batch as batch
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_efs as efs
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm
from aws_cdk.aws_ec2 import Vpc
from aws_cdk.aws_ecr_assets import DockerImageAsset
from aws_cdk.aws_ecs import ContainerImage, FargatePlatformVersion

context = tempfile.mkdtemp()
with open(os.path.join(context, "Dockerfile"), "w", newline="") as f:
    f.write("FROM public.ecr.aws/amazonlinux/amazonlinux:latest\nCMD [\"echo\", \"hello from batch\"]\n")

app = App()
stack = Stack(app, "stack")
vpc = Vpc(stack, "vpc", restrict_default_security_group=False)

batch.EcsJobDefinition(stack, "ECSJobDefn", container=batch.EcsEc2ContainerDefinition(
    stack, "myContainer",
    image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
    cpu=256,
    memory=Size.mebibytes(2048),
    environment={"foo": "bar"},
    gpu=12,
    volumes=[
        batch.EcsVolume.host(name="volumeName", host_path="/foo/bar", container_path="ahhh"),
        batch.EcsVolume.efs(
            file_system=efs.FileSystem(stack, "myFileSystem", vpc=vpc),
            name="efsVolume",
            container_path="/my/path",
        ),
    ],
    ulimits=[batch.Ulimit(hard_limit=50, name=batch.UlimitName.CORE, soft_limit=10)],
    secrets={
        "MY_SECRET_ENV_VAR": batch.Secret.from_secrets_manager(secretsmanager.Secret(stack, "mySecret")),
        "ANOTHER_ONE": batch.Secret.from_secrets_manager_version(
            secretsmanager.Secret(stack, "anotherSecret"),
            batch.SecretVersionInfo(version_id="foo", version_stage="bar"),
        ),
        "SSM_TIME": batch.Secret.from_ssm_parameter(ssm.StringParameter(stack, "ssm", string_value="myString")),
    },
))

batch.EcsJobDefinition(
    stack, "ECSFargateJobDefn",
    container=batch.EcsFargateContainerDefinition(
        stack, "myFargateContainer",
        image=ContainerImage.from_registry("amazon/amazon-ecs-sample"),
        cpu=16,
        memory=Size.mebibytes(32768),
        ephemeral_storage_size=Size.gibibytes(100),
        fargate_platform_version=FargatePlatformVersion.LATEST,
        fargate_cpu_architecture=ecs.CpuArchitecture.ARM64,
        fargate_operating_system_family=ecs.OperatingSystemFamily.LINUX,
    ),
    job_definition_name="foofoo",
    parameters={"foo": "bar"},
    propagate_tags=True,
    retry_attempts=5,
    retry_strategies=[
        batch.RetryStrategy(batch.Action.EXIT, batch.Reason.CANNOT_PULL_CONTAINER),
        batch.RetryStrategy(batch.Action.RETRY, batch.Reason.NON_ZERO_EXIT_CODE),
        batch.RetryStrategy(batch.Action.EXIT, batch.Reason.custom(
            on_exit_code="40*", on_reason="reason", on_status_reason="statusreason",
        )),
    ],
    scheduling_priority=10,
    timeout=Duration.minutes(10),
)

batch.EcsJobDefinition(stack, "ECSDockerJobDefn", container=batch.EcsEc2ContainerDefinition(
    stack, "EcsDockerContainer",
    cpu=16,
    memory=Size.mebibytes(32768),
    image=ecs.ContainerImage.from_docker_image_asset(DockerImageAsset(stack, "dockerImageAsset", directory=context)),
))

app.synth()
