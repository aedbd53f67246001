"""Custom build images: Windows from a registry and from ECR (image types), ARM and Linux from ECR with a digest,
a public registry image without credentials, a CodeBuild image by id."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "CodeBuildImages")
repo = ecr.Repository(stack, "Repo")
secret = secretsmanager.Secret(stack, "Creds")
spec = codebuild.BuildSpec.from_object({"version": "0.2"})
images = {
    "WinRegistry": codebuild.WindowsBuildImage.from_docker_registry(
        "my/win",
        codebuild.DockerImageOptions(secrets_manager_credentials=secret),
        codebuild.WindowsImageType.SERVER_2022,
    ),
    "WinEcr": codebuild.WindowsBuildImage.from_ecr_repository(repo, "win", codebuild.WindowsImageType.SERVER_2019),
    "ArmEcr": codebuild.LinuxArmBuildImage.from_ecr_repository(repo, "sha256:" + "a" * 64),
    "LinuxEcr": codebuild.LinuxBuildImage.from_ecr_repository(repo),
    "Public": codebuild.LinuxBuildImage.from_docker_registry("public/image:1"),
    "ById": codebuild.LinuxBuildImage.from_code_build_image_id("aws/codebuild/standard:7.0"),
    "ArmById": codebuild.LinuxArmBuildImage.from_code_build_image_id("aws/codebuild/amazonlinux2-aarch64-standard:3.0"),
}
for name, image in images.items():
    codebuild.Project(stack, name, build_spec=spec, environment=codebuild.BuildEnvironment(build_image=image))
app.synth()
