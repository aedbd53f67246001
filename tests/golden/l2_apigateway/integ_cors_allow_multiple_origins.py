"""Port of aws-cdk's integ.cors-allow-multiple-origins.ts: a CORS preflight allowing three origins."""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_lambda as lambda_

# a stand-in for the original's integ.cors.handler directory (the asset hash only depends on this content)
handler_dir = tempfile.mkdtemp()
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ statusCode: 200, body: 'hello, cors!' });\n")

app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
stack = Stack(app, "stack-cors-allow-multiple-origins")

api = apigw.RestApi(
    stack,
    "cors-api-test",
    default_cors_preflight_options=apigw.CorsOptions(
        allow_origins=["https://amazon.com", "https://twitch.tv", "https://aws.amazon.com"]
    ),
)

handler = lambda_.Function(
    stack,
    "handler",
    runtime=lambda_.Runtime.NODEJS_LATEST,
    handler="index.handler",
    code=lambda_.Code.from_asset(handler_dir, exclude=["*.ts"]),
)

lambda_integ = apigw.LambdaIntegration(handler)

resource = api.root.add_resource("my-resource")
resource.add_method("GET", lambda_integ)
app.synth()
