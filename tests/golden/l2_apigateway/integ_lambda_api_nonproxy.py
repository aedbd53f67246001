"""Port of aws-cdk's integ.lambda-api-nonproxy.ts: a LambdaRestApi with a non-proxy integration."""

import json

from aws_cdk import App, Stack
from aws_cdk.aws_apigateway import LambdaIntegrationOptions, LambdaRestApi, PassthroughBehavior
from aws_cdk.aws_lambda import Code, Function, Runtime


class LambdaApiIntegrationOptionsNonProxyIntegrationStack(Stack):
    def __init__(self, scope):
        super().__init__(scope, "LambdaApiIntegrationOptionsNonProxyIntegrationStack")

        fn = Function(self, "myfn", code=Code.from_inline("foo"), runtime=Runtime.NODEJS_14_X, handler="index.handler")

        LambdaRestApi(
            self,
            "lambdarestapi",
            cloud_watch_role=True,
            handler=fn,
            integration_options=LambdaIntegrationOptions(
                proxy=False,
                passthrough_behavior=PassthroughBehavior.WHEN_NO_MATCH,
                integration_responses=[
                    {
                        "statusCode": "200",
                        "responseTemplates": {
                            "application/json": json.dumps({"message": "Hello, word"}, separators=(",", ":"))
                        },
                    }
                ],
            ),
        )


app = App()
LambdaApiIntegrationOptionsNonProxyIntegrationStack(app)
app.synth()
