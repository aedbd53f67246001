"""Port of aws-cdk's integ.lambda-auth (STANDARD_NODEJS_RUNTIME is NODEJS_20_X): two APIs sharing a Lambda
authorizer, with the scoped-permission flag off."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_
from constructs import Construct

WORK = Path(tempfile.mkdtemp())
SCHEMA = WORK / "appsync.test.graphql"
SCHEMA.write_text("type test {\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n")
CODE = WORK / "lambda-tutorial"
CODE.mkdir()
(CODE / "lambda-tutorial.js").write_text("exports.handler = async (event) => ({ isAuthorized: true });\n")


class GraphQLApiLambdaAuthStack(cdk.Stack):
    def __init__(self, scope: Construct) -> None:
        super().__init__(scope, "appsync-lambda-auth")
        func = lambda_.Function(
            self, "func", code=lambda_.Code.from_asset(str(CODE)), handler="lambda-tutorial.handler",
            runtime=lambda_.Runtime.NODEJS_20_X,
        )
        for name in ("api1", "api2"):
            appsync.GraphqlApi(
                self,
                name,
                name=name,
                schema=appsync.SchemaFile.from_asset(str(SCHEMA)),
                authorization_config=appsync.AuthorizationConfig(
                    default_authorization=appsync.AuthorizationMode(
                        authorization_type=appsync.AuthorizationType.LAMBDA,
                        lambda_authorizer_config=appsync.LambdaAuthorizerConfig(handler=func),
                    )
                ),
            )


app = cdk.App(context={"@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission": False})
GraphQLApiLambdaAuthStack(app)
app.synth()
