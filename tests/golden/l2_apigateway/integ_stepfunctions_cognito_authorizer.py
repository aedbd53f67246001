"""Port of aws-cdk's integ.stepfunctions-cognito-authorizer.ts: a Cognito-authorized POST method starting an
EXPRESS state machine with the authorizer claims in its input. ``IntegTest`` dropped; the original's
``result: { value: 'Success' }`` is a ``Result`` whose value is ``'Success'`` (``Result.from_string``)."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_stepfunctions as sfn


class StepFunctionsAuthorizerStack(cdk.Stack):
    def __init__(self, scope):
        super().__init__(scope, "StepFunctionsAuthorizerStack")

        user_pool = cognito.UserPool(self, "UserPool", removal_policy=cdk.RemovalPolicy.DESTROY)
        user_pool_client = user_pool.add_client("Client")

        pass_task = sfn.Pass(self, "PassTask", result=sfn.Result.from_string("Success"))
        state_machine = sfn.StateMachine(
            self, "StateMachine", definition=pass_task, state_machine_type=sfn.StateMachineType.EXPRESS
        )

        api = apigw.RestApi(self, "Api", cloud_watch_role=True)
        cognito_authorizer = apigw.CognitoUserPoolsAuthorizer(self, "Authorizer", cognito_user_pools=[user_pool])
        integration = apigw.StepFunctionsIntegration.start_execution(state_machine, authorizer=True)
        api.root.add_method(
            "POST",
            integration,
            authorizer=cognito_authorizer,
            authorization_type=apigw.AuthorizationType.COGNITO,
        )

        cdk.CfnOutput(self, "ApiEndpoint", value=api.url)
        cdk.CfnOutput(self, "UserPoolId", value=user_pool.user_pool_id)
        cdk.CfnOutput(self, "ClientId", value=user_pool_client.user_pool_client_id)


app = cdk.App()
StepFunctionsAuthorizerStack(app)
app.synth()
