"""Port of aws-cdk integ.function-url.ts: IAM and anonymous URLs, CORS, response streaming."""

import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_

CODE = 'def handler(event, context):\n  return "success"'


class TestStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)

        def fn(id):
            return lambda_.Function(self, id, code=lambda_.InlineCode(CODE), handler="index.handler",
                                    runtime=lambda_.Runtime.PYTHON_3_10)

        iam_url = fn("IamAuthFunctionUrls").add_function_url()
        cdk.CfnOutput(self, "TheIamAuthFunctionUrls", value=iam_url.url)
        no_auth = fn("NoAuthFunctionUrls").add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE)
        cdk.CfnOutput(self, "TheNoAuthFunctionUrls", value=no_auth.url)
        cors = fn("CorsFunctionUrls").add_function_url(
            auth_type=lambda_.FunctionUrlAuthType.NONE,
            cors=lambda_.FunctionUrlCorsOptions(allowed_origins=["https://example.com"]))
        cdk.CfnOutput(self, "TheCorsFunctionUrls", value=cors.url)
        stream = fn("StreamFunctionUrls").add_function_url(auth_type=lambda_.FunctionUrlAuthType.NONE,
                                                           invoke_mode=lambda_.InvokeMode.RESPONSE_STREAM)
        cdk.CfnOutput(self, "TheStreamFunctionUrls", value=stream.url)


app = cdk.App()
TestStack(app, "Stack1")
app.synth()
