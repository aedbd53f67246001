"""Port of aws-cdk's integ.api-import: data sources, a pipeline function and resolver on imported APIs."""

import json
import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_dynamodb as db

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.test.graphql"
SCHEMA.write_text(
    "type test {\n  id: String!\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n\n"
    "type Mutation {\n  addTest(version: String!): test\n}\n"
)

app = cdk.App()
base_stack = cdk.Stack(app, "baseStack")
base_api = appsync.GraphqlApi(
    base_stack,
    "baseApi",
    name="baseApi",
    definition=appsync.Definition.from_schema(appsync.SchemaFile.from_asset(str(SCHEMA))),
)

stack = cdk.Stack(app, "stack")
api = appsync.GraphqlApi.from_graphql_api_attributes(stack, "Api", graphql_api_id=f"{base_api.api_id}")
test_table = db.Table(
    stack,
    "TestTable",
    billing_mode=db.BillingMode.PAY_PER_REQUEST,
    partition_key=db.Attribute(name="id", type=db.AttributeType.STRING),
    removal_policy=cdk.RemovalPolicy.DESTROY,
)
test_ds = api.add_dynamo_db_data_source("ds", test_table)
test_ds.create_resolver(
    "QueryGetTests",
    type_name="Query",
    field_name="getTests",
    request_mapping_template=appsync.MappingTemplate.dynamo_db_scan_table(),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_list(),
)
test_ds.create_resolver(
    "MutationAddTest",
    type_name="Mutation",
    field_name="addTest",
    request_mapping_template=appsync.MappingTemplate.dynamo_db_put_item(
        appsync.PrimaryKey.partition("id").auto(), appsync.Values.projecting("test")
    ),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_item(),
)

api2 = appsync.GraphqlApi.from_graphql_api_attributes(
    stack, "api2", graphql_api_id=base_api.api_id, graphql_api_arn=base_api.arn
)
none = api2.add_none_data_source("none")
func = none.create_function(
    "PipelineFunction",
    name="pipeline_function",
    request_mapping_template=appsync.MappingTemplate.from_string(json.dumps({"version": "2017-02-28"})),
    response_mapping_template=appsync.MappingTemplate.from_string(json.dumps({"version": "v1"})),
)
appsync.Resolver(
    stack,
    "pipeline_resolver",
    api=api2,
    type_name="test",
    field_name="version",
    pipeline_config=[func],
    request_mapping_template=appsync.MappingTemplate.from_string(json.dumps({"version": "2017-02-28"})),
    response_mapping_template=appsync.MappingTemplate.from_string(json.dumps({"version": "v1"})),
)

app.synth()
