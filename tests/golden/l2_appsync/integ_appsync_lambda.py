"""Port of aws-cdk's integ.appsync-lambda (STANDARD_NODEJS_RUNTIME is NODEJS_20_X): Lambda request/result
templates, BatchInvoke and a resolver batch size."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_

WORK = Path(tempfile.mkdtemp())
SCHEMA = WORK / "appsync.lambda.graphql"
SCHEMA.write_text(
    "type Post {\n  id: ID!\n  title: String\n  relatedPosts: [Post]\n  relatedPostsMaxBatchSize: [Post]\n}\n\n"
    "type Query {\n  getPost(id: ID!): Post\n  allPosts: [Post]\n}\n\n"
    "type Mutation {\n  addPost(id: ID!, title: String): Post\n}\n"
)
CODE = WORK / "lambda-tutorial"
CODE.mkdir()
(CODE / "lambda-tutorial.js").write_text("exports.handler = async (event) => event;\n")

app = cdk.App()
stack = cdk.Stack(app, "stack")
api = appsync.GraphqlApi(
    stack,
    "LambdaAPI",
    name="LambdaAPI",
    definition=appsync.Definition.from_schema(appsync.SchemaFile.from_asset(str(SCHEMA))),
)
func = lambda_.Function(
    stack,
    "func",
    code=lambda_.Code.from_asset(str(CODE)),
    handler="lambda-tutorial.handler",
    runtime=lambda_.Runtime.NODEJS_20_X,
)
lambda_ds = api.add_lambda_data_source("LambdaDS", func)


def request_payload(field, with_args=False, with_source=False):
    payload = [f'"field": "{field}"']
    if with_args:
        payload.append('"arguments": $utils.toJson($context.arguments)')
    if with_source:
        payload.append('"source": $utils.toJson($context.source)')
    acc = "{"
    for v in payload:
        acc = f"{acc} {v},"
    return acc[:-1] + "}"


response_mapping_template = appsync.MappingTemplate.lambda_result()
lambda_ds.create_resolver(
    "QueryGetPost", type_name="Query", field_name="getPost",
    request_mapping_template=appsync.MappingTemplate.lambda_request(request_payload("getPost", with_args=True)),
    response_mapping_template=response_mapping_template,
)
lambda_ds.create_resolver(
    "QueryAllPosts", type_name="Query", field_name="allPosts",
    request_mapping_template=appsync.MappingTemplate.lambda_request(request_payload("allPosts")),
    response_mapping_template=response_mapping_template,
)
lambda_ds.create_resolver(
    "MutationAddPost", type_name="Mutation", field_name="addPost",
    request_mapping_template=appsync.MappingTemplate.lambda_request(request_payload("addPost", with_args=True)),
    response_mapping_template=response_mapping_template,
)
lambda_ds.create_resolver(
    "PostRelatedPosts", type_name="Post", field_name="relatedPosts",
    request_mapping_template=appsync.MappingTemplate.lambda_request(
        request_payload("relatedPosts", with_source=True), "BatchInvoke"
    ),
    response_mapping_template=response_mapping_template,
)
lambda_ds.create_resolver(
    "PostRelatedPostsMaxBatchSize", type_name="Post", field_name="relatedPostsMaxBatchSize",
    request_mapping_template=appsync.MappingTemplate.lambda_request(
        request_payload("relatedPostsMaxBatchSize", with_source=True), "BatchInvoke"
    ),
    response_mapping_template=response_mapping_template,
    max_batch_size=2,
)
app.synth()
