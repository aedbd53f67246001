"""CodeBuild tasks: JSONPath/JSONata variants, run-job policies, environment variable types (defaulted, parameter
store, secrets manager), an imported project, and the task metrics in an alarm."""

import aws_cdk as cdk
from aws_cdk import aws_cloudwatch as cloudwatch
from aws_cdk import aws_codebuild as codebuild
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks

app = cdk.App()
stack = cdk.Stack(app, "CodeBuildTaskFeatures")
imported = codebuild.Project.from_project_name(stack, "Imported", "existing-project")
run_job = tasks.CodeBuildStartBuild.json_path(
    stack, "RunJob", project=imported, integration_pattern=sfn.IntegrationPattern.RUN_JOB,
    environment_variables_override={
        "PLAIN": codebuild.BuildEnvironmentVariable(value="v"),
        "PARAM": codebuild.BuildEnvironmentVariable(value="/my/param",
                                                    type=codebuild.BuildEnvironmentVariableType.PARAMETER_STORE),
        "SECRET": codebuild.BuildEnvironmentVariable(value="my-secret",
                                                     type=codebuild.BuildEnvironmentVariableType.SECRETS_MANAGER),
    }, result_path="$.build")
jsonata = tasks.CodeBuildStartBuild.jsonata(
    stack, "Jsonata", project=imported,
    environment_variables_override={"X": codebuild.BuildEnvironmentVariable(value="{% $states.input.x %}")},
    outputs={"id": "{% $states.result.Build.Id %}"})
batch_jsonata = tasks.CodeBuildStartBuildBatch.jsonata(stack, "BatchJsonata", project=imported)
batch_path = tasks.CodeBuildStartBuildBatch.json_path(
    stack, "BatchPath", project=imported, integration_pattern=sfn.IntegrationPattern.RUN_JOB)
sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(
    run_job.next(jsonata).next(batch_jsonata).next(batch_path)))
cloudwatch.Alarm(stack, "Failed", metric=run_job.metric_failed(), threshold=1, evaluation_periods=1)
cloudwatch.Alarm(stack, "Time", metric=batch_path.metric_run_time(), threshold=60, evaluation_periods=1)
app.synth()
