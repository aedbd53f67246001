"""Port of aws-cdk's integ.lambda-api-stream.ts: a LambdaRestApi that streams the function's response."""

from aws_cdk import App, Stack
from aws_cdk.aws_apigateway import LambdaIntegrationOptions, LambdaRestApi, ResponseTransferMode
from aws_cdk.aws_lambda import Code, Function, Runtime


class LambdaApiStreamStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "LambdaApiStreamStack")

        fn = Function(
            self,
            "myfn",
            code=Code.from_inline(
                """exports.handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
        const metadata = {
          statusCode: 200,
          headers: { 'Content-Type': 'text/plain' }
        };
        responseStream = awslambda.HttpResponseStream.from(responseStream, metadata);
        responseStream.write('Hello, ');
        await new Promise(resolve => setTimeout(resolve, 100));
        responseStream.write('streaming ');
        await new Promise(resolve => setTimeout(resolve, 100));
        responseStream.write('world!');
        responseStream.end();
      });"""
            ),
            runtime=Runtime.NODEJS_24_X,
            handler="index.handler",
        )

        self.api = LambdaRestApi(
            self,
            "LambdaApi",
            handler=fn,
            integration_options=LambdaIntegrationOptions(response_transfer_mode=ResponseTransferMode.STREAM),
        )


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
LambdaApiStreamStack(app)
app.synth()
