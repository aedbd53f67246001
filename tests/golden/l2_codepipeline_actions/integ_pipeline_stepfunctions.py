"""aws-cdk's integ.pipeline-stepfunctions: a Step Functions invoke action with a literal input."""

import aws_cdk as cdk
from aws_cdk import aws_codepipeline as codepipeline
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_s3 as s3
from aws_cdk import aws_stepfunctions as stepfunctions

app = cdk.App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": False,
})
stack = cdk.Stack(app, "aws-cdk-codepipeline-stepfunctions")
source_output = codepipeline.Artifact()
start_state = stepfunctions.Pass(stack, "StartState")
simple_state_machine = stepfunctions.StateMachine(
    stack, "SimpleStateMachine", definition_body=stepfunctions.DefinitionBody.from_chainable(start_state))
pipeline = codepipeline.Pipeline(stack, "MyPipeline", cross_account_keys=True)
pipeline.add_stage(stage_name="Source", actions=[cpactions.S3SourceAction(
    action_name="Source", bucket=s3.Bucket(stack, "MyBucket"), bucket_key="some/path/to", output=source_output,
    trigger=cpactions.S3Trigger.POLL)])
pipeline.add_stage(stage_name="Invoke", actions=[cpactions.StepFunctionInvokeAction(
    action_name="Invoke", state_machine=simple_state_machine,
    state_machine_input=cpactions.StateMachineInput.literal({"IsHelloWorldExample": True}))])
app.synth()
