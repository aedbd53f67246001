"""Port of aws-cdk's integ.cors.ts: a CORS preflight added to a resource with three Lambda-backed methods."""

import os
import tempfile

from aws_cdk import App, Stack
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_lambda as lambda_

# a stand-in for the original's integ.cors.handler directory (the asset hash only depends on this content)
handler_dir = tempfile.mkdtemp()
with open(os.path.join(handler_dir, "index.js"), "w", newline="") as f:
    f.write("exports.handler = async () => ({ statusCode: 200, body: 'hello, cors!' });\n")


class TestStack(Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)

        api = apigw.RestApi(self, "cors-api-test", cloud_watch_role=True)

        handler = lambda_.Function(
            self,
            "handler",
            runtime=lambda_.Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
            handler="index.handler",
            code=lambda_.Code.from_asset(handler_dir, exclude=["*.ts"]),
        )

        twitch = api.root.add_resource("twitch")
        backend = apigw.LambdaIntegration(handler)

        twitch.add_method("GET", backend)  # GET /twitch
        twitch.add_method("POST", backend)  # POST /twitch
        twitch.add_method("DELETE", backend)  # DELETE /twitch
        twitch.add_cors_preflight(allow_origins=["https://google.com", "https://www.test-cors.org"])


app = App()
TestStack(app, "cors-twitch-test")
app.synth()
