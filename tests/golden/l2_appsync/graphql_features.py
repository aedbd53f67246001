"""GraphQL API features the integ ports leave out: OIDC/Lambda/user-pool options, logging role and X-Ray, custom
domain, caching, JS unit resolvers, imported functions, DynamoDB caller credentials, signed HTTP, Serverless v1 RDS,
source API options with a given role, grants on fields and the whole API."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_cognito as cognito
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_ec2 as ec2
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_rds as rds
from aws_cdk import aws_secretsmanager as secretsmanager

SCHEMA = Path(tempfile.mkdtemp()) / "schema.graphql"
SCHEMA.write_text("type Query {\n  hello: String\n  items: [String]\n}\n\ntype Mutation {\n  put(id: ID!): String\n  putSorted(id: ID!, note: String): String\n}\n")
TEMPLATE = SCHEMA.parent / "request.vtl"
TEMPLATE.write_text('{"version": "2017-02-28", "operation": "Scan", "limit": 10}\n')

app = cdk.App()
stack = cdk.Stack(app, "GraphqlFeatures")

pool = cognito.UserPool(stack, "Pool")
authorizer = lambda_.Function(
    stack, "Authorizer", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async () => ({ isAuthorized: true });"),
)
logs_role = iam.Role(stack, "LogsRole", assumed_by=iam.ServicePrincipal("appsync.amazonaws.com"))
certificate = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
)

api = appsync.GraphqlApi(
    stack,
    "Api",
    name="features",
    definition=appsync.Definition.from_file(str(SCHEMA)),
    authorization_config=appsync.AuthorizationConfig(
        default_authorization=appsync.AuthorizationMode(
            authorization_type=appsync.AuthorizationType.OIDC,
            open_id_connect_config=appsync.OpenIdConnectConfig(
                oidc_provider="https://issuer.example.com", client_id="client", token_expiry_from_auth=3600000,
                token_expiry_from_issue=7200000,
            ),
        ),
        additional_authorization_modes=[
            appsync.AuthorizationMode(
                authorization_type=appsync.AuthorizationType.LAMBDA,
                lambda_authorizer_config=appsync.LambdaAuthorizerConfig(
                    handler=authorizer, results_cache_ttl=cdk.Duration.minutes(10), validation_regex="^Bearer .+$"
                ),
            ),
            appsync.AuthorizationMode(
                authorization_type=appsync.AuthorizationType.USER_POOL,
                user_pool_config=appsync.UserPoolConfig(
                    user_pool=pool, app_id_client_regex="^web-.*$", default_action=appsync.UserPoolDefaultAction.DENY
                ),
            ),
            appsync.AuthorizationMode(
                authorization_type=appsync.AuthorizationType.API_KEY,
                api_key_config=appsync.ApiKeyConfig(name="Web", description="for the web client"),
            ),
            appsync.AuthorizationMode(authorization_type=appsync.AuthorizationType.IAM),
        ],
    ),
    log_config=appsync.LogConfig(
        field_log_level=appsync.FieldLogLevel.ALL, exclude_verbose_content=True, role=logs_role
    ),
    xray_enabled=True,
    domain_name=appsync.DomainOptions(certificate=certificate, domain_name="api.example.com"),
    enhanced_metrics_config=appsync.EnhancedMetricsConfig(
        data_source_level_metrics_behavior=appsync.DataSourceLevelMetricsBehavior.FULL_REQUEST_DATA_SOURCE_METRICS,
        operation_level_metrics_config=appsync.OperationLevelMetricsConfig.DISABLED,
        resolver_level_metrics_behavior=appsync.ResolverLevelMetricsBehavior.FULL_REQUEST_RESOLVER_METRICS,
    ),
)
cdk.CfnOutput(stack, "DomainTarget", value=api.app_sync_domain_name)
cdk.CfnOutput(stack, "Url", value=api.graphql_url)
cdk.CfnOutput(stack, "WebKey", value=api.api_key)

table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))
reader = api.add_dynamo_db_data_source("Reader", table, description="read only", name="reader-ds")
caller = appsync.DynamoDbDataSource(
    stack, "Caller", api=api, table=table, read_only_access=True, use_caller_credentials=True,
    metrics_config=appsync.DataSourceMetricsConfig.DISABLED,
)
reader.create_resolver(
    "Items",
    type_name="Query",
    field_name="items",
    runtime=appsync.FunctionRuntime.JS_1_0_0,
    code=appsync.Code.from_inline("export function request(ctx) { return { operation: 'Scan' }; }\n"
                                  "export function response(ctx) { return ctx.result.items; }"),
    caching_config=appsync.CachingConfig(
        ttl=cdk.Duration.minutes(5), caching_keys=["$context.arguments.id", "$context.identity.sub"]
    ),
    metrics_config=appsync.ResolverMetricsConfig.DISABLED,
)

writer = api.add_dynamo_db_data_source("Writer", table)
writer.create_resolver(
    "Hello",
    type_name="Query",
    field_name="hello",
    request_mapping_template=appsync.MappingTemplate.from_file(str(TEMPLATE)),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_item(),
)
writer.create_resolver(
    "PutSorted",
    type_name="Mutation",
    field_name="putSorted",
    request_mapping_template=appsync.MappingTemplate.dynamo_db_put_item(
        appsync.PrimaryKey.partition("pk").is_("id").sort("sk").auto(),
        appsync.Values.attribute("owner").is_("$ctx.identity.sub").attribute("note").is_("$ctx.args.note"),
    ),
    response_mapping_template=appsync.MappingTemplate.dynamo_db_result_item(),
)

signed = api.add_http_data_source(
    "Signed", "https://states.us-east-1.amazonaws.com",
    authorization_config=appsync.AwsIamConfig(signing_region="us-east-1", signing_service_name="states"),
)
imported_fn = appsync.AppsyncFunction.from_appsync_function_attributes(
    stack, "ImportedFn", function_arn="arn:aws:appsync:us-east-1:123456789012:apis/abc/functions/def"
)
own_fn = signed.create_function(
    "Start", name="start", description="starts an execution", runtime=appsync.FunctionRuntime.JS_1_0_0,
    code=appsync.Code.from_inline("export function request() { return {}; }\nexport function response(ctx) {}"),
)
api.create_resolver(
    "Put",
    type_name="Mutation",
    field_name="put",
    runtime=appsync.FunctionRuntime.JS_1_0_0,
    code=appsync.Code.from_inline("export function request() { return {}; }\nexport function response(ctx) {}"),
    pipeline_config=[own_fn, imported_fn],
)

vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=1)
cluster = rds.ServerlessCluster(
    stack, "Cluster", engine=rds.DatabaseClusterEngine.AURORA_MYSQL, vpc=vpc, enable_data_api=True,
)
secret = secretsmanager.Secret.from_secret_name_v2(stack, "DbSecret", "db-secret")
api.add_rds_data_source("Serverless", cluster, secret, "app", description="Aurora Serverless v1")

role = iam.Role(stack, "Client", assumed_by=iam.AccountRootPrincipal())
api.grant_query(role, "hello", "items")
api.grant_subscription(role)
api.grant(role, appsync.IamResource.all(), "appsync:GraphQL")

execution_role = iam.Role(stack, "MergeRole", assumed_by=iam.ServicePrincipal("appsync.amazonaws.com"))
appsync.GraphqlApi(
    stack,
    "Merged",
    name="merged",
    definition=appsync.Definition.from_source_apis(
        source_apis=[appsync.SourceApi(source_api=api, description="the features API")],
        merged_api_execution_role=execution_role,
    ),
    visibility=appsync.Visibility.PRIVATE,
)
app.synth()
