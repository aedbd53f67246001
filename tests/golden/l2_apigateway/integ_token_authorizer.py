"""Port of aws-cdk's authorizers/integ.token-authorizer.ts: a default token authorizer with CORS preflights, and
the function the original's assertions invoke."""

import os
import tempfile

from aws_cdk import App, Duration, Stack
from aws_cdk import aws_lambda as lambda_
from aws_cdk.aws_apigateway import (
    Cors,
    CorsOptions,
    MethodOptions,
    MethodResponse,
    MockIntegration,
    PassthroughBehavior,
    RestApi,
    TokenAuthorizer,
)

# a stand-in for the original's handler directory (the asset hash only depends on this content)
handler_dir = tempfile.mkdtemp()
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ principalId: 'user', policyDocument: {} });\n")

app = App()
stack = Stack(app, "TokenAuthorizerInteg")

authorizer_fn = lambda_.Function(
    stack,
    "MyAuthorizerFunction",
    runtime=lambda_.Runtime.NODEJS_14_X,
    handler="index.handler",
    code=lambda_.AssetCode.from_asset(handler_dir),
)

authorizer = TokenAuthorizer(stack, "MyAuthorizer", handler=authorizer_fn)

restapi = RestApi(
    stack,
    "MyRestApi",
    cloud_watch_role=True,
    default_method_options=MethodOptions(authorizer=authorizer),
    default_cors_preflight_options=CorsOptions(allow_origins=Cors.ALL_ORIGINS),
)

restapi.root.add_method(
    "ANY",
    MockIntegration(
        integration_responses=[{"statusCode": "200"}],
        passthrough_behavior=PassthroughBehavior.NEVER,
        request_templates={"application/json": '{ "statusCode": 200 }'},
    ),
    method_responses=[MethodResponse(status_code="200")],
)

host_name = f"{restapi.rest_api_id}.execute-api.{stack.region}.{stack.url_suffix}"
test_func = lambda_.Function(
    stack,
    "InvokeFunction",
    memory_size=250,
    timeout=Duration.seconds(10),
    code=lambda_.Code.from_inline(
        f"""
const https = require('https');
const options = {{
  hostname: '{host_name}',
  path: '/{restapi.deployment_stage.stage_name}',
}};
exports.handler = async function(event) {{
  console.log(event);
  options.method = event.method;
  return options;
}}
"""
    ),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_16_X,
)
app.synth()
