"""Port of aws-cdk's integ.stepfunctions-api.ts: a StepFunctionsRestApi passing headers and two request context
fields, deployed by a stage set afterwards.

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


class StepFunctionsRestApiDeploymentStack(cdk.Stack):
    def __init__(self, scope):
        super().__init__(scope, "StepFunctionsRestApiDeploymentStack")

        state_machine = ExpressStateMachine(
            self,
            "StateMachine",
            definition={
                "StartAt": "PassTask",
                "States": {"PassTask": {"Type": "Pass", "Result": {"value": "Hello"}, "End": True}},
            },
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
