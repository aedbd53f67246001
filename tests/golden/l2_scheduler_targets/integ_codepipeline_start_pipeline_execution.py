"""Port of aws-cdk's integ.codepipeline-start-pipeline-execution.ts: a schedule starting a pipeline (S3 source, Step
Functions invoke action) whose source bucket is filled by a BucketDeployment (IntegTest and its assertions
dropped)."""

import aws_cdk as cdk
from aws_cdk import RemovalPolicy
from aws_cdk import aws_scheduler as scheduler
from aws_cdk import aws_ssm as ssm
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk import aws_stepfunctions_tasks as tasks
from aws_cdk.aws_codepipeline import Artifact, Pipeline, StageProps
from aws_cdk.aws_codepipeline_actions import S3SourceAction, StepFunctionInvokeAction
from aws_cdk.aws_s3 import Bucket
from aws_cdk.aws_s3_deployment import BucketDeployment, Source
from aws_cdk.aws_scheduler_targets import CodePipelineStartPipelineExecution

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
})
stack = cdk.Stack(app, "aws-cdk-scheduler-targets-codepipeline-start-pipeline-execution")

payload = {"Name": "MyParameter", "Value": "\U0001f308"}

ssm.StringParameter(stack, "MyParameter", parameter_name=payload["Name"], string_value="\U0001f327\ufe0f")

put_parameter_step = tasks.CallAwsService(
    stack, "PutParameter", service="ssm", action="putParameter", iam_resources=["*"],
    parameters={"Name": payload["Name"], "Value": payload["Value"], "Type": "String", "Overwrite": True},
)

state_machine = sfn.StateMachine(
    stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(put_parameter_step))
source_output = Artifact()
bucket = Bucket(stack, "Bucket", versioned=True, removal_policy=RemovalPolicy.DESTROY, auto_delete_objects=True)
deployment = BucketDeployment(stack, "BucketDeployment", destination_bucket=bucket,
                              sources=[Source.data("key", "test")])
pipeline = Pipeline(
    stack, "Pipeline", cross_account_keys=True,
    stages=[
        StageProps(stage_name="source", actions=[
            S3SourceAction(action_name="s3", output=source_output, bucket=bucket, bucket_key="key"),
        ]),
        StageProps(stage_name="build", actions=[
            StepFunctionInvokeAction(action_name="change-parameter", state_machine=state_machine),
        ]),
    ],
)
pipeline.node.add_dependency(deployment)
scheduler.Schedule(
    stack, "Schedule", schedule=scheduler.ScheduleExpression.rate(cdk.Duration.minutes(1)),
    target=CodePipelineStartPipelineExecution(pipeline),
)

app.synth()
