"""Port of aws-cdk's integ.codebuild-start-build.ts: a schedule starting a CodeBuild project build with a role
shared by the scheduler and the project (IntegTest and its assertions dropped)."""

import aws_cdk as cdk
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_ssm as ssm
from aws_cdk.aws_codebuild import BuildEnvironment, BuildSpec, ComputeType, LinuxBuildImage, Project
from aws_cdk.aws_iam import CompositePrincipal, Role, ServicePrincipal
from aws_cdk.aws_scheduler_targets import CodeBuildStartBuild

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-codebuild-start-build")

payload = {"Name": "MyParameter", "Value": "\U0001f308"}


class TestCodeBuildProject(Project):
    def __init__(self, scope, id, *, role):
        super().__init__(
            scope, id, role=role,
            build_spec=BuildSpec.from_object({
                "version": "0.2",
                "phases": {
                    "build": {
                        "commands": [f"aws ssm put-parameter --overwrite --name {payload['Name']} --value {payload['Value']}"],
                    },
                },
            }),
            environment=BuildEnvironment(build_image=LinuxBuildImage.STANDARD_7_0, compute_type=ComputeType.SMALL),
        )


parameter = ssm.StringParameter(stack, "MyParameter", parameter_name=payload["Name"], string_value="\U0001f327\ufe0f")

role = Role(
    stack, "SchedulerRole",
    assumed_by=CompositePrincipal(ServicePrincipal("scheduler.amazonaws.com"), ServicePrincipal("codebuild.amazonaws.com")),
)

codebuild_project = TestCodeBuildProject(stack, "Project", role=role)

scheduler.Schedule(
    stack, "Schedule", schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=CodeBuildStartBuild(codebuild_project, role=role),
)

parameter.grant_write(role)

app.synth()
