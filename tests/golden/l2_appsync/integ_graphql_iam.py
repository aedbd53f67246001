"""Port of aws-cdk's integ.graphql-iam (STANDARD_NODEJS_RUNTIME is NODEJS_20_X): user pool + IAM modes, grants on
the API and on an imported API in another stack."""

import tempfile
from pathlib import Path

from aws_cdk import App, RemovalPolicy, Stack
from aws_cdk.aws_appsync import (
    AuthorizationConfig,
    AuthorizationMode,
    AuthorizationType,
    GraphqlApi,
    IamResource,
    MappingTemplate,
    PrimaryKey,
    SchemaFile,
    UserPoolConfig,
    UserPoolDefaultAction,
    Values,
)
from aws_cdk.aws_cognito import UserPool
from aws_cdk.aws_dynamodb import Attribute, AttributeType, BillingMode, Table
from aws_cdk.aws_iam import Role, ServicePrincipal
from aws_cdk.aws_lambda import Code, Function, Runtime

WORK = Path(tempfile.mkdtemp())
SCHEMA = WORK / "integ.graphql-iam.graphql"
SCHEMA.write_text(
    "type test {\n  id: String!\n  version: String!\n}\n\ntype Query {\n  getTest(id: String!): test\n"
    "  getTests: [test]!\n}\n\ntype Mutation {\n  addTest(version: String!): test\n}\n"
)
VERIFY = WORK / "verify" / "iam-query"
VERIFY.mkdir(parents=True)
(VERIFY / "iam-query.js").write_text("exports.handler = async () => ({});\n")

app = App()
stack = Stack(app, "aws-appsync-integ")
user_pool = UserPool(stack, "Pool", user_pool_name="myPool")
api = GraphqlApi(
    stack,
    "Api",
    name="Integ_Test_IAM",
    schema=SchemaFile.from_asset(str(SCHEMA)),
    authorization_config=AuthorizationConfig(
        default_authorization=AuthorizationMode(
            authorization_type=AuthorizationType.USER_POOL,
            user_pool_config=UserPoolConfig(user_pool=user_pool, default_action=UserPoolDefaultAction.ALLOW),
        ),
        additional_authorization_modes=[AuthorizationMode(authorization_type=AuthorizationType.IAM)],
    ),
)
test_table = Table(
    stack,
    "TestTable",
    billing_mode=BillingMode.PAY_PER_REQUEST,
    partition_key=Attribute(name="id", type=AttributeType.STRING),
    removal_policy=RemovalPolicy.DESTROY,
)
test_ds = api.add_dynamo_db_data_source("ds", test_table, name="testDataSource")
test_ds.create_resolver(
    "QueryGetTest", type_name="Query", field_name="getTest",
    request_mapping_template=MappingTemplate.dynamo_db_get_item("id", "id"),
    response_mapping_template=MappingTemplate.dynamo_db_result_item(),
)
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
lambda_iam = Role(stack, "LambdaIAM", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
api.grant(lambda_iam, IamResource.custom("types/Query/fields/getTests"), "appsync:graphql")
api.grant(lambda_iam, IamResource.of_type("test"), "appsync:GraphQL")
api.grant_mutation(lambda_iam, "addTest")
Function(
    stack, "testQuery", code=Code.from_asset(str(VERIFY)), handler="iam-query.handler", runtime=Runtime.NODEJS_20_X,
    environment={"APPSYNC_ENDPOINT": api.graphql_url}, role=lambda_iam,
)
Function(
    stack, "testFail", code=Code.from_asset(str(VERIFY)), handler="iam-query.handler", runtime=Runtime.NODEJS_20_X,
    environment={"APPSYNC_ENDPOINT": api.graphql_url},
)

other_stack = Stack(app, "aws-appsync-import-integ")
imported_api = GraphqlApi.from_graphql_api_attributes(other_stack, "Api", graphql_api_id=f"{api.api_id}")
other_lambda_iam = Role(other_stack, "LambdaIAM", assumed_by=ServicePrincipal("lambda.amazonaws.com"))
imported_api.grant(other_lambda_iam, IamResource.custom("types/Query/fields/getTests"), "appsync:graphql")
imported_api.grant(other_lambda_iam, IamResource.of_type("test"), "appsync:GraphQL")
imported_api.grant_mutation(other_lambda_iam, "addTest")
Function(
    other_stack, "testQuery", code=Code.from_asset(str(VERIFY)), handler="iam-query.handler",
    runtime=Runtime.NODEJS_20_X, environment={"APPSYNC_ENDPOINT": api.graphql_url}, role=other_lambda_iam,
)
Function(
    other_stack, "testFail", code=Code.from_asset(str(VERIFY)), handler="iam-query.handler",
    runtime=Runtime.NODEJS_20_X, environment={"APPSYNC_ENDPOINT": api.graphql_url},
)
app.synth()
