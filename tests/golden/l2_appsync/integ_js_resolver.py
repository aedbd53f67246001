"""Port of aws-cdk's integ.js-resolver (assertions dropped): a JS pipeline resolver and function from assets,
with log retention."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_logs as logs

WORK = Path(tempfile.mkdtemp())
SCHEMA = WORK / "appsync.js-resolver.graphql"
SCHEMA.write_text(
    "type Test {\n  id: String!\n  name: String!\n}\n\ntype Query {\n  getTests: [Test]!\n}\n\n"
    "type Mutation {\n  addTest(name: String!): Test\n}\n"
)
(WORK / "appsync-js-resolver.js").write_text(
    "import { util } from '@aws-appsync/utils';\nexport function request(ctx) {\n"
    "  return { operation: 'PutItem', key: util.dynamodb.toMapValues({ id: util.autoId() }) };\n}\n"
    "export function response(ctx) {\n  return ctx.result;\n}\n"
)
(WORK / "appsync-js-pipeline.js").write_text(
    "export function request(ctx) {\n  return {};\n}\nexport function response(ctx) {\n  return ctx.prev.result;\n}\n"
)
ASSERTION = WORK / "js-resolver-assertion"
ASSERTION.mkdir()
(ASSERTION / "index.js").write_text("exports.handler = async (event) => event;\n")

app = cdk.App()
stack = cdk.Stack(app, "AppSyncJsResolverTestStack")
log_config = appsync.LogConfig(retention=logs.RetentionDays.ONE_WEEK)
api = appsync.GraphqlApi(
    stack, "JsResolverApi", name="JsResolverApi", schema=appsync.SchemaFile.from_asset(str(SCHEMA)),
    log_config=log_config,
)
db = dynamodb.Table(
    stack,
    "DynamoTable",
    partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
data_source = api.add_dynamo_db_data_source("DynamoDataSource", db)
add_test_func = data_source.create_function(
    "AddTestFunction",
    name="addTestFunc",
    runtime=appsync.FunctionRuntime.JS_1_0_0,
    code=appsync.Code.from_asset(str(WORK / "appsync-js-resolver.js")),
)
appsync.Resolver(
    stack,
    "AddTestResolver",
    api=api,
    type_name="Mutation",
    field_name="addTest",
    code=appsync.Code.from_asset(str(WORK / "appsync-js-pipeline.js")),
    runtime=appsync.FunctionRuntime.JS_1_0_0,
    pipeline_config=[add_test_func],
)
lambda_.Function(
    stack,
    "InvokeApi",
    code=lambda_.Code.from_asset(str(ASSERTION)),
    handler="index.handler",
    runtime=lambda_.Runtime.NODEJS_18_X,
)
app.synth()
