"""Port of aws-cdk's aws-codebuild integ.docker-registry.lit.ts: a build image from a private Docker registry."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_secretsmanager as secretsmanager

app = cdk.App()
stack = cdk.Stack(app, "test-codebuild-docker-asset")
secrets = secretsmanager.Secret.from_secret_complete_arn(
    stack, "MySecrets", f"arn:aws:secretsmanager:{stack.region}:{stack.account}:secret:my-secrets-123456"
)
codebuild.Project(
    stack,
    "MyProject",
    build_spec=codebuild.BuildSpec.from_object({"version": "0.2", "phases": {"build": {"commands": ["ls"]}}}),
    grant_report_group_permissions=False,
    environment=codebuild.BuildEnvironment(
        build_image=codebuild.LinuxBuildImage.from_docker_registry("my-registry/my-repo", secrets_manager_credentials=secrets)
    ),
)
app.synth()
