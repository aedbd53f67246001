"""Port of aws-cdk's integ.lambda-api.ts: a LambdaRestApi with an integration timeout."""

from aws_cdk import App, Duration, Stack
from aws_cdk.aws_apigateway import LambdaIntegrationOptions, LambdaRestApi
from aws_cdk.aws_lambda import Code, Function, Runtime


class LambdaApiIntegrationOptionsStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "LambdaApiIntegrationOptionsStack")

        fn = Function(
            self,
            "myfn",
            code=Code.from_inline(
                """exports.handler = async function(event) {
        return {
          body: JSON.stringify({
            message: 'Hello',
          }),
          statusCode: 200,
          headers: { 'Content-Type': '*/*' }
        };
      }"""
            ),
            runtime=Runtime.NODEJS_18_X,
            handler="index.handler",
        )

        self.api = LambdaRestApi(
            self,
            "lambdarestapi",
            handler=fn,
            cloud_watch_role=True,
            integration_options=LambdaIntegrationOptions(timeout=Duration.seconds(1)),
        )


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
LambdaApiIntegrationOptionsStack(app)
app.synth()
