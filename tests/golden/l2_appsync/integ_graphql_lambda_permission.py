"""Port of aws-cdk's integ.graphql-lambda-permission: a Lambda authorizer whose permission is scoped to the API."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_

SCHEMA = Path(tempfile.mkdtemp()) / "integ.graphql-lambda-permission.graphql"
SCHEMA.write_text("type Query {\n  hello: String\n}\n")

app = cdk.App(
    context={
        "@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission": True,
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
    }
)
stack = cdk.Stack(app, "aws-graphql-lambda-permissions")
authorizer = lambda_.Function(
    stack,
    "AuthorizerFunction",
    runtime=lambda_.Runtime.NODEJS_20_X,
    code=lambda_.Code.from_inline(
        "\n  exports.handler = async (event) => {\n    return { isAuthorized: true };\n  };\n"
    ),
    handler="index.handler",
)
appsync.GraphqlApi(
    stack,
    "api",
    name="api",
    definition=appsync.Definition.from_schema(appsync.SchemaFile.from_asset(str(SCHEMA))),
    authorization_config=appsync.AuthorizationConfig(
        default_authorization=appsync.AuthorizationMode(
            authorization_type=appsync.AuthorizationType.LAMBDA,
            lambda_authorizer_config=appsync.LambdaAuthorizerConfig(handler=authorizer),
        )
    ),
)
app.synth()
