"""Port of aws-cdk's integ.restapi-stream.ts: a Lambda integration that streams its response."""

from aws_cdk import App, Stack
from aws_cdk.aws_apigateway import LambdaIntegration, ResponseTransferMode, RestApi
from aws_cdk.aws_lambda import Code, Function, Runtime


class RestApiStreamStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "RestApiStreamStack")

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

        self.api = RestApi(self, "Api")
        self.api.root.add_method("POST", LambdaIntegration(fn, response_transfer_mode=ResponseTransferMode.STREAM))


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
RestApiStreamStack(app)
app.synth()
