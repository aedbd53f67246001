"""aws-cdk's integ.codepipeline-with-nested-stack: a pipeline in a nested stack with a GitHub source and a
Step Functions action in another region (a cross-region support stack)."""

import aws_cdk as cdk
from aws_cdk import SecretValue
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_codepipeline import Artifact, Pipeline, StageProps
from aws_cdk.aws_codepipeline_actions import GitHubSourceAction, StateMachineInput, StepFunctionInvokeAction
from aws_cdk.aws_iam import Role, ServicePrincipal
from constructs import Construct


class PipelineCrossRegionStack(cdk.NestedStack):
    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        machine = cdk.Arn.format(cdk.ArnComponents(
            service="states", resource="stateMachine", account=cdk.Token.as_string("123456789012"),
            resource_name="MyStateMachine", region="us-west-2"), self)
        state_machine = sfn.StateMachine.from_state_machine_arn(self, "StateMachine", machine)
        role = Role(self, "Role", role_name="MyPipelineRoleName",
                    assumed_by=ServicePrincipal("codepipeline.amazonaws.com"))
        Pipeline(self, "Pipeline", cross_account_keys=True, role=role, stages=[
            StageProps(stage_name="Source", actions=[GitHubSourceAction(
                action_name="Github", owner="aws", repo="aws-cdk", branch="master",
                oauth_token=SecretValue.unsafe_plain_text("test"), output=Artifact("Pipeline"))]),
            StageProps(stage_name="Test", actions=[StepFunctionInvokeAction(
                action_name="Test", state_machine=state_machine,
                state_machine_input=StateMachineInput.literal({}))]),
        ])


class MainStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        PipelineCrossRegionStack(self, "PipelineCrossRegionStack")


app = cdk.App(post_cli_context={"@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2": False})
MainStack(app, "code-pipeline-nested-stack", env=cdk.Environment(account="123456789012", region="us-east-1"))
app.synth()
