"""Port of aws-cdk's http/integ.stepfunctions.ts: Step Functions integrations for every Step Functions subtype."""

from aws_cdk import App, Stack
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_apigatewayv2 import HttpApi, HttpIntegrationSubtype, HttpMethod, ParameterMapping
from aws_cdk.aws_apigatewayv2_integrations import HttpStepFunctionsIntegration

app = App()
stack = Stack(app, "stepfunctions-integration")

state_machine = sfn.StateMachine(stack, "RouteStateMachine", definition=sfn.Pass(stack, "Pass1"))
express_state_machine = sfn.StateMachine(
    stack,
    "ExpressStateMachine",
    definition=sfn.Pass(stack, "Pass2"),
    state_machine_type=sfn.StateMachineType.EXPRESS,
)

http_api = HttpApi(stack, "Api")
http_api.add_routes(
    path="/default",
    methods=[HttpMethod.POST],
    integration=HttpStepFunctionsIntegration("Integration", state_machine=state_machine),
)
http_api.add_routes(
    path="/start",
    methods=[HttpMethod.POST],
    integration=HttpStepFunctionsIntegration(
        "Integration", state_machine=state_machine, subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_EXECUTION
    ),
)
http_api.add_routes(
    path="/start-sync",
    methods=[HttpMethod.POST],
    integration=HttpStepFunctionsIntegration(
        "Integration",
        state_machine=express_state_machine,
        subtype=HttpIntegrationSubtype.STEPFUNCTIONS_START_SYNC_EXECUTION,
    ),
)
http_api.add_routes(
    path="/stop",
    methods=[HttpMethod.POST],
    integration=HttpStepFunctionsIntegration(
        "Integration",
        state_machine=state_machine,
        subtype=HttpIntegrationSubtype.STEPFUNCTIONS_STOP_EXECUTION,
        parameter_mapping=ParameterMapping().custom("ExecutionArn", "$request.querystring.executionArn"),
    ),
)

app.synth()
