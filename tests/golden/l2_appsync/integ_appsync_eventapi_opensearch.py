"""Port of aws-cdk's integ.appsync-eventapi-opensearch (NodejsFunctions replaced by inline Functions with the same
ids and environment, the handler file written to a temporary directory, assertions dropped): an Event API
publishing through an OpenSearch data source, with an index created by a provider-backed custom resource."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import custom_resources as cr
from constructs import Construct

HANDLER = Path(tempfile.mkdtemp()) / "oss.js"
HANDLER.write_text(
    "export const onPublish = {\n  request(ctx) { return { operation: 'GET', path: '/movies/_doc/' + ctx.events[0].payload.id }; },\n"
    "  response(ctx) { return [{ id: ctx.events[0].id, payload: ctx.result._source }]; },\n};\n"
)


class EventApiOpenSearchStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)

        domain = opensearch.Domain(
            self,
            "Domain",
            version=opensearch.EngineVersion.OPENSEARCH_2_17,
            removal_policy=cdk.RemovalPolicy.DESTROY,
            encryption_at_rest=opensearch.EncryptionAtRestOptions(enabled=True),
            node_to_node_encryption=True,
            enforce_https=True,
            capacity=opensearch.CapacityConfig(multi_az_with_standby_enabled=False),
            ebs=opensearch.EbsOptions(enabled=True, volume_size=10),
        )

        create_index_function = lambda_.Function(
            self,
            "createIndexFunction",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => ({ PhysicalResourceId: 'movies' });"),
            handler="index.handler",
            environment={"DOMAIN_ENDPOINT": domain.domain_endpoint},
            timeout=cdk.Duration.seconds(15),
        )

        domain.grant_read_write(create_index_function)

        provider = cr.Provider(self, "provider", on_event_handler=create_index_function)

        cdk.CustomResource(
            self,
            "OpenSearchIndexResource",
            service_token=provider.service_token,
            properties={"IndexName": "movies", "DomainEndpoint": domain.domain_endpoint},
        )

        api = appsync.EventApi(self, "EventApiOpenSearch", api_name="OpenSearchEventApi")

        data_source = api.add_open_search_data_source("opensearchds", domain)
        domain.grant_read_write(data_source)

        api.add_channel_namespace(
            "search",
            code=appsync.Code.from_asset(str(HANDLER)),
            publish_handler_config=appsync.HandlerConfig(data_source=data_source),
        )

        self.lambda_test_fn = lambda_.Function(
            self,
            "EventApiOpenSearchTestFunction",
            runtime=lambda_.Runtime.NODEJS_22_X,
            code=lambda_.Code.from_inline("exports.handler = async (event) => event;"),
            handler="index.handler",
            environment={
                "EVENT_API_REALTIME_URL": f"wss://{api.realtime_dns}/event/realtime",
                "EVENT_API_HTTP_URL": f"https://{api.http_dns}/event",
                "API_KEY": api.api_keys["Default"].attr_api_key,
            },
            timeout=cdk.Duration.seconds(15),
        )


app = cdk.App(post_cli_context={"@aws-cdk/aws-lambda:useCdkManagedLogGroup": False})
EventApiOpenSearchStack(app, "EventApiOpenSearchStack")
app.synth()
