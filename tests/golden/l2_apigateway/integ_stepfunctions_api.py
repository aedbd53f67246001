"""Port of aws-cdk's integ.stepfunctions-api.ts: a StepFunctionsRestApi on an EXPRESS state machine passing
headers and two request context fields, deployed by a stage set afterwards. ``IntegTest`` dropped; the original's
``result: { value: 'Hello' }`` is a ``Result`` whose value is ``'Hello'`` (``Result.from_string``)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_stepfunctions as sfn


class StepFunctionsRestApiDeploymentStack(cdk.Stack):
    def __init__(self, scope):
        super().__init__(scope, "StepFunctionsRestApiDeploymentStack")

        pass_task = sfn.Pass(self, "PassTask", result=sfn.Result.from_string("Hello"))
        state_machine = sfn.StateMachine(
            self, "StateMachine", definition=pass_task, state_machine_type=sfn.StateMachineType.EXPRESS
        )

        api = apigw.StepFunctionsRestApi(
            self,
            "StepFunctionsRestApi",
            deploy=False,
            cloud_watch_role=True,
            state_machine=state_machine,
            headers=True,
            path=False,
            querystring=False,
            request_context=apigw.RequestContext(account_id=True, user_arn=True),
        )

        api.deployment_stage = apigw.Stage(
            self, "stage", deployment=apigw.Deployment(self, "deployment", api=api)
        )

        cdk.CfnOutput(self, "ApiEndpoint", value=api.url)


app = cdk.App()
StepFunctionsRestApiDeploymentStack(app)
app.synth()
