"""Port of aws-cdk's pipelines integ.pipeline-with-stack-outputs-in-custom-step: a custom step (an action factory)
reads a stack output through the stack-outputs map; an ECR source."""

import jsii
from aws_cdk import App, CfnOutput, RemovalPolicy, Stack, Stage
from aws_cdk import aws_codepipeline_actions as cpactions
from aws_cdk import aws_ecr as ecr
from aws_cdk import aws_lambda as lambda_
from aws_cdk import pipelines
from constructs import Construct


@jsii.implements(pipelines.ICodePipelineActionFactory)
class CustomStep(pipelines.Step):
    def __init__(self, stack_output: CfnOutput) -> None:
        super().__init__("CustomStep")
        self._stack_output = stack_output

    def produce_action(self, stage, *, action_name, artifacts, pipeline, run_order, scope, stack_outputs_map,
                       before_self_mutation=None, code_build_defaults=None, fallback_artifact=None,
                       variables_namespace=None):
        [output_ref] = self.consumed_stack_outputs
        handler = lambda_.Function(scope, "CustomFunction", runtime=lambda_.Runtime.NODEJS_20_X,
                                   code=lambda_.Code.from_inline("""
        exports.handler = async (event) => {
          console.log('Hello world.')
        };
      """), handler="index.handler")
        stage.add_action(cpactions.LambdaInvokeAction(
            action_name=action_name, run_order=run_order,
            user_parameters={"stackOutput": stack_outputs_map.to_code_pipeline(output_ref)}, lambda_=handler))
        return pipelines.CodePipelineActionFactoryResult(run_orders_consumed=1)

    @property
    def consumed_stack_outputs(self):
        return [pipelines.StackOutputReference.from_cfn_output(self._stack_output)]


class AppStage(Stage):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        stack = Stack(self, "Stack")
        self.output = CfnOutput(stack, "OutputVariable", value="Hello")


class PipelineStack(Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        repository = ecr.Repository(self, "Source", removal_policy=RemovalPolicy.DESTROY)
        pipeline = pipelines.CodePipeline(self, "Pipeline", synth=pipelines.ShellStep(
            "Synth",
            input=pipelines.CodePipelineSource.ecr(repository),
            commands=["mkdir cdk.out", "touch cdk.out/dummy"],
        ), self_mutation=False)
        stage = AppStage(self, "AppStage")
        pipeline.add_stage(stage, post=[CustomStep(stage.output)])


# STANDARD_NODEJS_RUNTIME is NODEJS_20_X; the original also sets "@aws-cdk/core:newStyleStackSynthesis": "1"
# (a no-op in aws-cdk-lib v2).
app = App(post_cli_context={
    "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False,
    "@aws-cdk/aws-lambda:createNewPoliciesWithAddToRolePolicy": True,
    "@aws-cdk/pipelines:reduceStageRoleTrustScope": True,
})
PipelineStack(app, "StackOutputPipelineStack")
app.synth()
