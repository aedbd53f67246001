"""LambdaRestApi(proxy=False): resources and methods added by hand all use the Lambda default integration."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigateway
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "NoProxy")
fn = lambda_.Function(stack, "Handler", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                      code=lambda_.Code.from_inline("def handler(e, c):\n    return {}"))
api = apigateway.LambdaRestApi(stack, "Books", handler=fn, proxy=False, rest_api_name="books-api",
                               deploy_options=apigateway.StageOptions(stage_name="v1"))
books = api.root.add_resource("books")
books.add_method("GET")
books.add_method("POST")
book = books.add_resource("{book_id}")
book.add_method("GET")
book.add_method("DELETE", authorization_type=apigateway.AuthorizationType.IAM)
app.synth()
