"""integ.call-rest-api-cross-region: the task is defined in a stack of another region than the API's."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_stepfunctions as sfn
from aws_cdk.aws_stepfunctions_tasks import AuthType, CallApiGatewayRestApiEndpoint, HttpMethod

app = cdk.App()
api_stack = cdk.Stack(app, "CallRestApiInteg-ApiStack", env=cdk.Environment(region="us-west-2"))
sfn_stack = cdk.Stack(app, "CallRestApiInteg-SfnStack", env=cdk.Environment(region="us-east-1"))
rest_api = apigateway.RestApi(api_stack, "MyRestApi", cloud_watch_role=True)
hello = apigateway.LambdaIntegration(lambda_.Function(
    api_stack, "Hello", runtime=lambda_.Runtime.NODEJS_18_X, handler="index.handler",  # STANDARD_NODEJS_RUNTIME
    code=lambda_.InlineCode('exports.handler = async function(event, context) { return { statusCode: 200, body: '
                            '"hello, world!" }; };')))
rest_api.root.add_method("ANY", hello)
call = CallApiGatewayRestApiEndpoint(sfn_stack, "Call APIGW", api=rest_api, stage_name="prod", method=HttpMethod.GET,
                                     auth_type=AuthType.IAM_ROLE, output_path=sfn.JsonPath.string_at("$.ResponseBody"))
sm = sfn.StateMachine(api_stack, "StateMachine", definition=sfn.Chain.start(call), timeout=cdk.Duration.seconds(30))
cdk.CfnOutput(api_stack, "stateMachineArn", value=sm.state_machine_arn)
app.synth()
