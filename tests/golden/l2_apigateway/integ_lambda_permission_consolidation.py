"""Port of aws-cdk's integ.lambda-permission-consolidation.ts: seven methods of one RestApi on one function."""

from aws_cdk import App, Stack
from aws_cdk.aws_apigateway import LambdaIntegration, RestApi
from aws_cdk.aws_lambda import Code, Function, Runtime


class LambdaPermissionConsolidationStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "LambdaPermissionConsolidationStack")

        fn = Function(
            self,
            "Handler",
            code=Code.from_inline(
                """exports.handler = async function(event) {
        return {
          body: JSON.stringify({
            message: 'Hello from ' + event.httpMethod,
          }),
          statusCode: 200,
          headers: { 'Content-Type': 'application/json' }
        };
      }"""
            ),
            runtime=Runtime.NODEJS_18_X,
            handler="index.handler",
        )

        self.api = RestApi(self, "Api", cloud_watch_role=True)

        # six methods (aws-cdk-lib releases after 2.275 consolidate their permissions)
        for method in ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD"]:
            self.api.root.add_method(method, LambdaIntegration(fn))

        self.api.root.add_method("OPTIONS", LambdaIntegration(fn))


app = App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
LambdaPermissionConsolidationStack(app)
app.synth()
