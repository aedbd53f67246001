"""Port of aws-cdk's integ.stepfunctions-startexecution.ts: ``StepFunctionsIntegration.start_execution`` on GET
and POST with custom integration and method responses. ``IntegTest`` dropped."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_stepfunctions as sfn

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigateway-stepfunctions-startexecution")

api = apigw.RestApi(stack, "my-rest-api")
pass_task = sfn.Pass(stack, "passTask", input_path="$.somekey")
state_machine = sfn.StateMachine(
    stack,
    "StateMachine",
    definition_body=sfn.DefinitionBody.from_chainable(pass_task),
    state_machine_type=sfn.StateMachineType.EXPRESS,
)

method_options = {
    "method_responses": [
        apigw.MethodResponse(
            status_code="200", response_parameters={"method.response.header.Access-Control-Allow-Origin": True}
        )
    ]
}
integ = apigw.StepFunctionsIntegration.start_execution(
    state_machine,
    integration_responses=[
        apigw.IntegrationResponse(
            status_code="200", response_parameters={"method.response.header.Access-Control-Allow-Origin": "'*'"}
        )
    ],
    use_default_method_responses=False,
)
api.root.add_method("GET", integ, **method_options)
api.root.add_method("POST", integ, **method_options)
app.synth()
