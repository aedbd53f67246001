"""Every kind of container image (registry with credentials, ECR by tag and digest, local Docker asset, Docker
image asset, tarball, tag parameter), FireLens router options, credential specs, GPUs and inference accelerators."""

import aws_cdk as cdk
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_ecr_assets as ecr_assets
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_secretsmanager as secretsmanager
from aws_cdk import aws_ssm as ssm

app = cdk.App()
stack = cdk.Stack(app, "ContainerImages")
repo = ecr.Repository(stack, "Repo")
creds = secretsmanager.Secret(stack, "Creds")
bucket = s3.Bucket(stack, "Bucket")
spec_param = ssm.StringParameter(stack, "Spec", string_value="{}")
asset = ecr_assets.DockerImageAsset(stack, "Asset", directory="assets/docker-app")

task = ecs.Ec2TaskDefinition(stack, "Task", inference_accelerators=[
    ecs.InferenceAccelerator(device_name="device1", device_type="eia2.medium")])
task.add_container("registry", image=ecs.ContainerImage.from_registry("private.example.com/app:1", credentials=creds),
                   memory_limit_mib=128, gpu_count=1, inference_accelerator_resources=["device1"],
                   environment_files=[ecs.EnvironmentFile.from_bucket(bucket, "app.env")],
                   credential_specs=[ecs.DomainJoinedCredentialSpec.from_ssm_parameter(spec_param)])
task.add_container("ecrtag", image=ecs.ContainerImage.from_ecr_repository(repo, "v1"), memory_limit_mib=128,
                   essential=False)
task.add_container("ecrdigest", image=ecs.EcrImage(repo, "sha256:" + "a" * 64), memory_limit_mib=128, essential=False)
task.add_container("local", image=ecs.ContainerImage.from_asset("assets/docker-app", build_args={"A": "1"}),
                   memory_limit_mib=128, essential=False)
task.add_container("docker", image=ecs.ContainerImage.from_docker_image_asset(asset), memory_limit_mib=128,
                   essential=False)
task.add_container("tarball", image=ecs.ContainerImage.from_tarball("assets/image.tar"), memory_limit_mib=128,
                   essential=False)
tag_image = ecs.TagParameterContainerImage(repo)
task.add_container("tagged", image=tag_image, memory_limit_mib=128, essential=False)
cdk.CfnOutput(stack, "TagParameter", value=tag_image.tag_parameter_name)

fargate = ecs.FargateTaskDefinition(stack, "Fargate")
fargate.add_firelens_log_router("router", image=ecs.ContainerImage.from_registry("amazon/aws-for-fluent-bit"),
                                firelens_config=ecs.FirelensConfig(
                                    type=ecs.FirelensLogRouterType.FLUENTBIT,
                                    options=ecs.FirelensOptions(enable_ecs_log_metadata=False,
                                                                config_file_type=ecs.FirelensConfigFileType.FILE,
                                                                config_file_value="/extra.conf")))
fargate.add_container("app", image=ecs.ContainerImage.from_registry("app"),
                      logging=ecs.LogDrivers.firelens(options={"Name": "firehose", "delivery_stream": "s"}),
                      docker_labels={"a": "b"}, start_timeout=cdk.Duration.seconds(10))
app.synth()
