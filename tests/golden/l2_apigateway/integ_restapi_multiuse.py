"""Port of aws-cdk's integ.restapi.multiuse.ts: one Lambda integration used by two APIs."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_lambda as lambda_

# the original inlines a compiled TypeScript function; any text serves
HELLO_CODE = (
    "function helloCode(_event, _context, callback) {\n"
    "    return callback(undefined, {\n"
    "        statusCode: 200,\n"
    "        body: 'hello, world!',\n"
    "    });\n"
    "}"
)


class MultiStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)
        hello = apigw.LambdaIntegration(
            lambda_.Function(
                self,
                "Hello",
                runtime=lambda_.Runtime.NODEJS_14_X,
                handler="index.handler",
                code=lambda_.Code.from_inline(f"exports.handler = {HELLO_CODE}"),
            )
        )
        api = apigw.RestApi(self, "hello-api", cloud_watch_role=True)
        api.root.resource_for_path("/hello").add_method("GET", hello)

        api2 = apigw.RestApi(self, "second-api", cloud_watch_role=True)
        api2.root.resource_for_path("/hello").add_method("GET", hello)


app = cdk.App()
MultiStack(app, "restapi-multiuse-example")
app.synth()
