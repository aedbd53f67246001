"""Port of aws-cdk's integ.appsync-function-max-batch-size (STANDARD_NODEJS_RUNTIME is NODEJS_20_X): a function
of a Lambda data source with a batch size."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_

WORK = Path(tempfile.mkdtemp())
SCHEMA = WORK / "appsync.lambda.graphql"
SCHEMA.write_text("type Post {\n  id: ID!\n  title: String\n}\n\ntype Query {\n  getPost(id: ID!): Post\n}\n")
CODE = WORK / "lambda-tutorial"
CODE.mkdir()
(CODE / "lambda-tutorial.js").write_text("exports.handler = async (event) => event;\n")

app = cdk.App()
stack = cdk.Stack(app, "aws-cdk-appsync-function-max-batch-size")
api = appsync.GraphqlApi(stack, "LambdaAPI", name="LambdaAPI", schema=appsync.SchemaFile.from_asset(str(SCHEMA)))
func = lambda_.Function(
    stack,
    "func",
    code=lambda_.Code.from_asset(str(CODE)),
    handler="lambda-tutorial.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
lambda_ds = api.add_lambda_data_source("LambdaDS", func)
lambda_ds.create_function("TestFunction", name="test", max_batch_size=10)
app.synth()
