"""Port of aws-cdk's integ.stepfunctions-startexecution-without-default-method-responses.ts: a StartSyncExecution
integration without the default method responses.

Adapted: pycdk has no Step Functions L2, so the state machine is a stand-in — a Resource implementing
``IStateMachine`` around a role and an EXPRESS ``CfnStateMachine`` whose definition is the original's one Pass
state. aws-cdk-lib then names it by its stack's address in the deployment hash, as for any non-L2 state machine."""

import json

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_iam as iam
from aws_cdk import aws_stepfunctions as sfn


@jsii.implements(sfn.IStateMachine)
class ExpressStateMachine(cdk.Resource):
    """Stands in for ``sfn.StateMachine(state_machine_type=EXPRESS)``: a role and an EXPRESS ``CfnStateMachine``."""

    def __init__(self, scope, id, *, definition):
        super().__init__(scope, id)
        role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("states.amazonaws.com"))
        self._cfn = sfn.CfnStateMachine(
            self,
            "Resource",
            role_arn=role.role_arn,
            state_machine_type="EXPRESS",
            definition_string=json.dumps(definition, separators=(",", ":")),
        )
        self._cfn.node.add_dependency(role)

    @property
    def state_machine_arn(self):
        return self._cfn.ref

    def grant_start_sync_execution(self, identity):
        return iam.Grant.add_to_principal(
            grantee=identity, actions=["states:StartSyncExecution"], resource_arns=[self.state_machine_arn]
        )


app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-aws-apigateway-stepfunctions-startexecution-without-default-method-responses")

api = apigw.RestApi(stack, "my-rest-api")
state_machine = ExpressStateMachine(
    stack,
    "StateMachine",
    definition={
        "StartAt": "passTask",
        "States": {"passTask": {"Type": "Pass", "InputPath": "$.somekey", "End": True}},
    },
)

integ = apigw.StepFunctionsIntegration.start_execution(state_machine, use_default_method_responses=False)
api.root.add_method(
    "GET",
    integ,
    method_responses=[
        apigw.MethodResponse(
            status_code="200",
            response_parameters={"method.response.header.Access-Control-Allow-Origin": True},
        )
    ],
)
app.synth()
