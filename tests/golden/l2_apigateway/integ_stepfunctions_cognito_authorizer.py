"""Port of aws-cdk's integ.stepfunctions-cognito-authorizer.ts: a StartSyncExecution integration that passes the
Cognito authorizer's claims.

Adapted: pycdk has no Step Functions L2, so the state machine is a stand-in — a Resource implementing
``IStateMachine`` around a role and an EXPRESS ``CfnStateMachine`` whose definition is the original's one Pass
state. aws-cdk-lib then names it by its stack's address in the deployment hash, as for any non-L2 state machine.
The user pool is a stand-in too (no Cognito L2): a Resource implementing ``IUserPool`` around a ``CfnUserPool``
(destroyed with the stack, as the original asks) with a ``CfnUserPoolClient``."""

import json

import aws_cdk as cdk
import jsii
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cognito as cognito
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


@jsii.implements(cognito.IUserPool)
class UserPool(cdk.Resource):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        self._cfn = cognito.CfnUserPool(self, "Resource")
        self._cfn.apply_removal_policy(cdk.RemovalPolicy.DESTROY)

    @property
    def user_pool_arn(self):
        return self._cfn.attr_arn

    @property
    def user_pool_id(self):
        return self._cfn.ref

    def add_client(self, id):
        return cognito.CfnUserPoolClient(self, id, user_pool_id=self._cfn.ref)


class StepFunctionsAuthorizerStack(cdk.Stack):
    def __init__(self, scope):
        super().__init__(scope, "StepFunctionsAuthorizerStack")

        user_pool = UserPool(self, "UserPool")
        user_pool_client = user_pool.add_client("Client")

        state_machine = ExpressStateMachine(
            self,
            "StateMachine",
            definition={
                "StartAt": "PassTask",
                "States": {"PassTask": {"Type": "Pass", "Result": {"value": "Success"}, "End": True}},
            },
        )

        api = apigw.RestApi(self, "Api", cloud_watch_role=True)
        cognito_authorizer = apigw.CognitoUserPoolsAuthorizer(
            self, "Authorizer", cognito_user_pools=[user_pool]
        )
        integration = apigw.StepFunctionsIntegration.start_execution(state_machine, authorizer=True)
        api.root.add_method(
            "POST",
            integration,
            authorizer=cognito_authorizer,
            authorization_type=apigw.AuthorizationType.COGNITO,
        )

        cdk.CfnOutput(self, "ApiEndpoint", value=api.url)
        cdk.CfnOutput(self, "UserPoolId", value=user_pool.user_pool_id)
        cdk.CfnOutput(self, "ClientId", value=user_pool_client.ref)


app = cdk.App()
StepFunctionsAuthorizerStack(app)
app.synth()
