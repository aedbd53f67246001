"""integ.start-build-batch (codebuild): CodeBuildStartBuildBatch, request-response and run-job, over a project with
batch builds enabled and a YAML buildspec (BuildSpec.from_object_to_yaml)."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from constructs import Construct


class TestStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        project = codebuild.Project(
            self, "Project", project_name="MyTestProject",
            environment=codebuild.BuildEnvironment(build_image=codebuild.LinuxBuildImage.STANDARD_5_0),
            timeout=cdk.Duration.hours(1),
            build_spec=codebuild.BuildSpec.from_object_to_yaml({
                "version": 0.2,
                "batch": {
                    "fast-fail": True,
                    "build-list": [
                        {
                            "identifier": "linux_small",
                            "env": {
                                "compute-type": "BUILD_GENERAL1_SMALL",
                                "image": "aws/codebuild/standard:5.0",
                                "type": "LINUX_CONTAINER",
                                "variables": {"key1": "value1"},
                            },
                            "buildspec": 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo "Hello, from small!"',
                        },
                        {
                            "identifier": "linux_medium",
                            "env": {
                                "compute-type": "BUILD_GENERAL1_MEDIUM",
                                "image": "aws/codebuild/standard:4.0",
                                "type": "LINUX_CONTAINER",
                                "variables": {"key2": "value2"},
                            },
                            "buildspec": 'version: 0.2\nphases:\n  build:\n    commands:\n      - echo "Hello, from medium!"',
                        },
                    ],
                },
            }))
        buildconfig = project.enable_batch_builds()
        if buildconfig is None:
            raise ValueError("Batch builds not enabled")
        start_build_batch1 = tasks.CodeBuildStartBuildBatch(
            self, "buildTask1", project=project, integration_pattern=sfn.IntegrationPattern.REQUEST_RESPONSE,
            environment_variables_override={"test": codebuild.BuildEnvironmentVariable(
                type=codebuild.BuildEnvironmentVariableType.PLAINTEXT, value="testValue")})
        start_build_batch2 = tasks.CodeBuildStartBuildBatch(
            self, "buildTask2", project=project, integration_pattern=sfn.IntegrationPattern.RUN_JOB,
            environment_variables_override={"test": codebuild.BuildEnvironmentVariable(
                type=codebuild.BuildEnvironmentVariableType.PLAINTEXT, value="testValue")})
        definition = sfn.Pass(self, "Start", result=sfn.Result.from_object({"bar": "SomeValue"})).next(
            start_build_batch1).next(start_build_batch2)
        sfn.StateMachine(self, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(definition))


app = cdk.App()
TestStack(app, "StartBuildBatch")
app.synth()
