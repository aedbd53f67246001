"""Port of aws-cdk's integ.restapi.books.ts: resources with default integrations and IAM authorization inherited
by child resources."""

import aws_cdk as cdk
from aws_cdk import aws_apigateway as apigw
from aws_cdk import aws_lambda as lambda_

# the original inlines compiled TypeScript functions; any text serves
ECHO_HANDLER_CODE = (
    "function echoHandlerCode(event, _, callback) {\n"
    "    return callback(undefined, {\n"
    "        isBase64Encoded: false,\n"
    "        statusCode: 200,\n"
    "        headers: { 'content-type': 'application/json' },\n"
    "        body: JSON.stringify(event),\n"
    "    });\n"
    "}"
)
HELLO_CODE = (
    "function helloCode(_event, _context, callback) {\n"
    "    return callback(undefined, {\n"
    "        statusCode: 200,\n"
    "        body: 'hello, world!',\n"
    "    });\n"
    "}"
)


class BookStack(cdk.Stack):
    def __init__(self, scope, id):
        super().__init__(scope, id)

        def handler(construct_id, code):
            return apigw.LambdaIntegration(
                lambda_.Function(
                    self,
                    construct_id,
                    runtime=lambda_.Runtime.NODEJS_14_X,
                    handler="index.handler",
                    code=lambda_.Code.from_inline(f"exports.handler = {code}"),
                )
            )

        books_handler = handler("BooksHandler", ECHO_HANDLER_CODE)
        book_handler = handler("BookHandler", ECHO_HANDLER_CODE)
        hello = handler("Hello", HELLO_CODE)

        api = apigw.RestApi(self, "books-api", cloud_watch_role=True)
        api.root.add_method("ANY", hello)

        books = api.root.add_resource(
            "books",
            default_integration=books_handler,
            default_method_options=apigw.MethodOptions(authorization_type=apigw.AuthorizationType.IAM),
        )
        books.add_method("GET")
        books.add_method("POST")

        # the authorization type is inherited from /books
        book = books.add_resource("{book_id}", default_integration=book_handler)
        book.add_method("GET")
        book.add_method("DELETE")


app = cdk.App()
BookStack(app, "restapi-books-example")
app.synth()
