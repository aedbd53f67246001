"""Port of aws-codebuild integ.docker-registry-build-images: Linux, ARM and Windows images from a private Docker
registry, with credentials in a secret from another stack (imported by its complete ARN)."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
cases = {
    "LinuxBuildImage": (codebuild.ComputeType.SMALL, lambda secret: codebuild.LinuxBuildImage.from_docker_registry(
        "alpine", secrets_manager_credentials=secret)),
    "LinuxArmBuildImage": (codebuild.ComputeType.SMALL,
                           lambda secret: codebuild.LinuxArmBuildImage.from_docker_registry(
                               "alpine", secrets_manager_credentials=secret)),
    "WindowsBuildImage": (codebuild.ComputeType.MEDIUM, lambda secret: codebuild.WindowsBuildImage.from_docker_registry(
        "mcr.microsoft.com/windows/servercore:ltsc2019",
        codebuild.DockerImageOptions(secrets_manager_credentials=secret),
        codebuild.WindowsImageType.SERVER_2019)),
}

secret_stack = cdk.Stack(app, "SecretStack")
secret_full_arn = secretsmanager.Secret(secret_stack, "MySecret",
                                        secret_string_value=cdk.SecretValue.unsafe_plain_text("my-secret-auth")
                                        ).secret_full_arn
for class_name, (compute_type, generate) in cases.items():
    stack = cdk.Stack(app, f"docker-registry-build-test-{class_name}")
    secret = secretsmanager.Secret.from_secret_complete_arn(stack, "MySecret", secret_full_arn)
    codebuild.Project(stack, "MyProject",
                      build_spec=codebuild.BuildSpec.from_object({
                          "version": "0.2", "phases": {"build": {"commands": ['echo "Nothing to do!"']}}}),
                      environment=codebuild.BuildEnvironment(compute_type=compute_type,
                                                             build_image=generate(secret)))
app.synth()
