"""Port of aws-cdk's integ.restapi.multistack.ts: a RestApi integrating a function of another stack."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apig
from aws_cdk import aws_lambda as lambda_


class FirstStack(cdk.Stack):
    def __init__(self, scope, id, **kwargs):
        super().__init__(scope, id, **kwargs)
        self.first_lambda = lambda_.Function(
            self,
            "firstLambda",
            function_name="FirstLambda",
            code=lambda_.Code.from_inline(
                """exports.handler = async function(event) {
          return  {
            'headers': { 'Content-Type': 'text/plain' },
            'statusCode': 200
          }
        }"""
            ),
            handler="index.handler",
            runtime=lambda_.Runtime.NODEJS_18_X,  # the integ tests' STANDARD_NODEJS_RUNTIME
        )


class SecondStack(cdk.Stack):
    def __init__(self, scope, id, *, lambda_function, **kwargs):
        super().__init__(scope, id, **kwargs)
        api = apig.RestApi(self, "BooksApi", cloud_watch_role=True, rest_api_name="SecondRestAPI")
        api.root.add_method("ANY")
        books_api = api.root.add_resource("books")
        books_api.add_method("GET", apig.LambdaIntegration(lambda_function))


app = cdk.App(context={"@aws-cdk/core:disableGitSource": True})
first = FirstStack(app, "FirstStack")
SecondStack(app, "SecondStack", lambda_function=first.first_lambda)
app.synth()
