"""Event API features the integ ports leave out: custom domain, logging with a role, named API keys, explicit
operation modes, imports and their grants, a given data source role, namespaces with explicit modes."""

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_certificatemanager as acm
from aws_cdk import aws_dynamodb as dynamodb
from aws_cdk import aws_events as events
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_

app = cdk.App()
stack = cdk.Stack(app, "EventApiFeatures")

certificate = acm.Certificate.from_certificate_arn(
    stack, "Cert", "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555"
)
logs_role = iam.Role(stack, "LogsRole", assumed_by=iam.ServicePrincipal("appsync.amazonaws.com"))
api_key_a = appsync.AppSyncAuthProvider(
    authorization_type=appsync.AppSyncAuthorizationType.API_KEY,
    api_key_config=appsync.AppSyncApiKeyConfig(name="Web", description="web"),
)
api_key_b = appsync.AppSyncAuthProvider(
    authorization_type=appsync.AppSyncAuthorizationType.API_KEY,
    api_key_config=appsync.AppSyncApiKeyConfig(name="Mobile"),
)
iam_provider = appsync.AppSyncAuthProvider(authorization_type=appsync.AppSyncAuthorizationType.IAM)
api = appsync.EventApi(
    stack,
    "Api",
    api_name="features",
    owner_contact="Team A.1",
    authorization_config=appsync.EventApiAuthConfig(
        auth_providers=[api_key_a, api_key_b, iam_provider],
        connection_auth_mode_types=[appsync.AppSyncAuthorizationType.API_KEY, appsync.AppSyncAuthorizationType.IAM],
        default_publish_auth_mode_types=[appsync.AppSyncAuthorizationType.IAM],
        default_subscribe_auth_mode_types=[appsync.AppSyncAuthorizationType.API_KEY],
    ),
    domain_name=appsync.AppSyncDomainOptions(certificate=certificate, domain_name="events.example.com"),
    log_config=appsync.AppSyncLogConfig(field_log_level=appsync.AppSyncFieldLogLevel.DEBUG, role=logs_role),
)
cdk.CfnOutput(stack, "DomainTarget", value=api.app_sync_domain_name)
cdk.CfnOutput(stack, "CustomHttp", value=api.custom_http_endpoint)
cdk.CfnOutput(stack, "CustomRealtime", value=api.custom_realtime_endpoint)
cdk.CfnOutput(stack, "MobileKey", value=api.api_keys["Mobile"].attr_api_key)

bus = events.EventBus(stack, "Bus")
ds_role = iam.Role(stack, "DsRole", assumed_by=iam.ServicePrincipal("appsync.amazonaws.com"))
ds = appsync.AppSyncEventBridgeDataSource(
    stack, "Bus-Source", api=api, event_bus=bus, service_role=ds_role, description="to the bus"
)
namespace = appsync.ChannelNamespace(
    stack,
    "Orders",
    api=api,
    channel_namespace_name="orders",
    authorization_config=appsync.NamespaceAuthConfig(
        publish_auth_mode_types=[appsync.AppSyncAuthorizationType.IAM],
        subscribe_auth_mode_types=[appsync.AppSyncAuthorizationType.API_KEY, appsync.AppSyncAuthorizationType.IAM],
    ),
    code=appsync.Code.from_inline("export const onPublish = { request() { return {}; }, response(ctx) {} };"),
    publish_handler_config=appsync.HandlerConfig(data_source=ds),
)
table = dynamodb.Table(stack, "Table", partition_key=dynamodb.Attribute(name="id", type=dynamodb.AttributeType.STRING))
ddb = appsync.AppSyncDynamoDbDataSource(
    stack, "Ddb", api=api, table=table, read_only_access=True, use_caller_credentials=True, name="ddb-source"
)
signed = api.add_http_data_source(
    "Signed", "https://states.us-east-1.amazonaws.com", description="signed",
    authorization_config=appsync.AppSyncAwsIamConfig(signing_region="us-east-1", signing_service_name="states"),
)
direct_fn = lambda_.Function(
    stack, "Direct", runtime=lambda_.Runtime.NODEJS_20_X, handler="index.handler",
    code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
)
direct = api.add_lambda_data_source("DirectDs", direct_fn, description="direct")
api.add_channel_namespace(
    "mixed",
    code=appsync.Code.from_inline("export const onPublish = { request() { return {}; }, response(ctx) {} };"),
    publish_handler_config=appsync.HandlerConfig(data_source=ddb),
    subscribe_handler_config=appsync.HandlerConfig(data_source=direct, direct=True),
)
api.add_channel_namespace("signed", publish_handler_config=appsync.HandlerConfig(data_source=signed))
client = iam.Role(stack, "Client", assumed_by=iam.AccountRootPrincipal())
namespace.grant_publish_and_subscribe(client)
api.grant(client, appsync.AppSyncEventResource.all(), "appsync:EventPublish")

imported = appsync.EventApi.from_event_api_attributes(
    stack, "Imported", api_id="abc123", http_dns="abc.appsync-api.us-east-1.amazonaws.com",
    realtime_dns="abc.appsync-realtime-api.us-east-1.amazonaws.com",
    auth_provider_types=[appsync.AppSyncAuthorizationType.IAM],
)
imported.grant_connect(client)
imported.grant_subscribe(client)
imported.grant(client, appsync.AppSyncEventResource.of_channel_namespace("chat"), "appsync:EventPublish")
imported_ns = appsync.ChannelNamespace.from_channel_namespace_arn(
    stack, "ImportedNs", "arn:aws:appsync:us-east-1:123456789012:apis/abc123/channelNamespace/chat"
)
cdk.CfnOutput(stack, "ImportedNsArn", value=imported_ns.channel_namespace_arn)
app.synth()
