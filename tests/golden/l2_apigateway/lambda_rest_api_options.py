"""LambdaRestApi with integration options, CORS defaults, stage variables, endpoint types and a description."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "LambdaOptions")
fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
apigateway.LambdaRestApi(
    stack, "Api", handler=fn, description="proxy api", endpoint_types=[apigateway.EndpointType.REGIONAL],
    integration_options=apigateway.LambdaIntegrationOptions(allow_test_invoke=False, timeout=cdk.Duration.seconds(5)),
    default_cors_preflight_options=apigateway.CorsOptions(allow_origins=["https://example.com"]),
    deploy_options=apigateway.StageOptions(stage_name="live", variables={"alias": "live"}),
    binary_media_types=["*/*"])
app.synth()
