"""integ.start-build: CodeBuildStartBuild over a project with an environment variable, overridden from the input."""

import aws_cdk as cdk
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "aws-stepfunctions-tasks-codebuild-start-build-integ")
project = codebuild.Project(
    stack, "Project", project_name="MyTestProject",
    build_spec=codebuild.BuildSpec.from_object({
        "version": "0.2", "phases": {"build": {"commands": ['echo "Hello, CodeBuild!"']}}}),
    environment_variables={"zone": codebuild.BuildEnvironmentVariable(
        type=codebuild.BuildEnvironmentVariableType.PLAINTEXT, value="defaultZone")})
start_build = tasks.CodeBuildStartBuild(
    stack, "build-task", project=project,
    environment_variables_override={"ZONE": codebuild.BuildEnvironmentVariable(
        type=codebuild.BuildEnvironmentVariableType.PLAINTEXT, value=sfn.JsonPath.string_at("$.envVariables.zone"))})
definition = sfn.Pass(stack, "Start", result=sfn.Result.from_object({"bar": "SomeValue"})).next(start_build)
state_machine = sfn.StateMachine(stack, "StateMachine", definition=definition)
cdk.CfnOutput(stack, "ProjectName", value=project.project_name)
cdk.CfnOutput(stack, "StateMachineArn", value=state_machine.state_machine_arn)
app.synth()
