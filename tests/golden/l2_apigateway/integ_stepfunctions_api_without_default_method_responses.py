"""Port of aws-cdk's integ.stepfunctions-api-without-default-method-responses.ts: a StepFunctionsRestApi with
``use_default_method_responses=False`` on an EXPRESS state machine. ``IntegTest`` dropped; the original's
``result: { value: 'Hello' }`` is a ``Result`` whose value is ``'Hello'`` (``Result.from_string``)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_stepfunctions as sfn


class SfnRestApiWithoutDefaultMethodResponsesStack(cdk.Stack):
    def __init__(self, scope):
        super().__init__(scope, "SfnRestApiWithoutDefaultMethodResponses")

        pass_task = sfn.Pass(self, "PassTask", result=sfn.Result.from_string("Hello"))
        state_machine = sfn.StateMachine(
            self,
            "StateMachine",
            definition_body=sfn.DefinitionBody.from_chainable(pass_task),
            state_machine_type=sfn.StateMachineType.EXPRESS,
        )
        api = apigw.StepFunctionsRestApi(
            self, "StepFunctionsRestApi", state_machine=state_machine, use_default_method_responses=False
        )
        cdk.CfnOutput(self, "ApiEndpoint", value=api.url)


app = cdk.App()
SfnRestApiWithoutDefaultMethodResponsesStack(app)
app.synth()
