"""Port of aws-cdk's integ.sfn-generated-name.ts: a state machine with a generated physical name behind a
``StepFunctionsIntegration``, its ARN read from a stack in another account and region. ``IntegTest`` dropped."""

from aws_cdk import App, Environment, PhysicalName, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_apigateway import RestApi, StepFunctionsIntegration
from aws_cdk.aws_ssm import StringParameter

app = App()
stack = Stack(app, "SfnGeneratedNameStack", env=Environment(account="111111111111", region="us-east-1"))

state_machine = sfn.StateMachine(
    stack,
    "Machine",
    state_machine_name=PhysicalName.GENERATE_IF_NEEDED,
    state_machine_type=sfn.StateMachineType.EXPRESS,
    definition_body=sfn.DefinitionBody.from_chainable(sfn.Pass(stack, "Pass")),
)
api = RestApi(stack, "Api", cloud_watch_role=True)
api.root.add_method("POST", StepFunctionsIntegration.start_execution(state_machine))

other = Stack(app, "SfnGeneratedNameOtherStack", env=Environment(account="999999999999", region="eu-west-1"))
StringParameter(other, "StateMachineArn", string_value=state_machine.state_machine_arn)
app.synth()
