"""Port of aws-cdk's integ.auth-apikey: an API key default mode with no expiry over a DynamoDB data source."""

import tempfile
from pathlib import Path

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_appsync import (
    ApiKeyConfig,
    AuthorizationConfig,
    AuthorizationMode,
    AuthorizationType,
    GraphqlApi,
    MappingTemplate,
    PrimaryKey,
    SchemaFile,
    Values,
)
from aws_cdk.aws_dynamodb import Attribute, AttributeType, BillingMode, Table

SCHEMA = Path(tempfile.mkdtemp()) / "appsync.auth.graphql"
SCHEMA.write_text(
    "type test {\n  id: String!\n  version: String!\n}\n\ntype Query {\n  getTests: [test]!\n}\n\n"
    "type Mutation {\n  addTest(version: String!): test\n}\n"
)

app = App()
stack = Stack(app, "aws-appsync-integ")
api = GraphqlApi(
    stack,
    "Api",
    name="Integ_Test_APIKey",
    schema=SchemaFile.from_asset(str(SCHEMA)),
    authorization_config=AuthorizationConfig(
        default_authorization=AuthorizationMode(
            authorization_type=AuthorizationType.API_KEY, api_key_config=ApiKeyConfig(expires=None)
        )
    ),
)
test_table = Table(
    stack,
    "TestTable",
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=Attribute(name="id", type=AttributeType.STRING),
    removal_policy=RemovalPolicy.DESTROY,
)
test_ds = api.add_dynamo_db_data_source("testDataSource", test_table)
test_ds.create_resolver(
    "QueryGetTests", type_name="Query", field_name="getTests",
    request_mapping_template=MappingTemplate.dynamo_db_scan_table(),
    response_mapping_template=MappingTemplate.dynamo_db_result_list(),
)
test_ds.create_resolver(
    "MutationAddTest", type_name="Mutation", field_name="addTest",
    request_mapping_template=MappingTemplate.dynamo_db_put_item(PrimaryKey.partition("id").auto(), Values.projecting("test")),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
app.synth()
