"""integ.call-rest-api: CallApiGatewayRestApiEndpoint with IAM auth on a Lambda-backed REST API."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import AuthType, CallApiGatewayRestApiEndpoint, HttpMethod

app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = cdk.Stack(app, "CallRestApiInteg")
rest_api = apigateway.RestApi(stack, "MyRestApi", cloud_watch_role=True)
hello = apigateway.LambdaIntegration(lambda_.Function(
    stack, "Hello", runtime=lambda_.Runtime.NODEJS_18_X, handler="index.handler",  # STANDARD_NODEJS_RUNTIME
    code=lambda_.InlineCode('exports.handler = async function(event, context) { return { statusCode: 200, body: '
                            '"hello, world!" }; };')))
rest_api.root.add_method("ANY", hello)
call = CallApiGatewayRestApiEndpoint(stack, "Call APIGW", api=rest_api, stage_name="prod", method=HttpMethod.GET,
                                     auth_type=AuthType.IAM_ROLE, output_path=sfn.JsonPath.string_at("$.ResponseBody"))
sm = sfn.StateMachine(stack, "StateMachine", definition_body=sfn.DefinitionBody.from_chainable(sfn.Chain.start(call)),
                      timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
