"""Port of aws-cdk's integ.appsync-eventapi-rds (NodejsFunction replaced by an inline Function, assertions dropped):
an Aurora Serverless v2 cluster with the Data API as an Event API data source, its table made by an AwsCustomResource."""

import tempfile
from pathlib import Path

import aws_cdk as cdk
from aws_cdk import aws_appsync as appsync
from aws_cdk import aws_iam as iam
from aws_cdk import aws_lambda as lambda_
from aws_cdk import aws_rds as rds
from aws_cdk import aws_secretsmanager as secretmanager
from aws_cdk import custom_resources as cr
from aws_cdk.aws_ec2 import Vpc
from constructs import Construct

HANDLER = Path(tempfile.mkdtemp()) / "rds.js"
HANDLER.write_text(
    "import { createPgStatement, insert } from '@aws-appsync/utils/rds';\n"
    "export const onPublish = {\n  request(ctx) { return createPgStatement(insert({ table: 'events', values: {} })); },\n"
    "  response(ctx) { return ctx.events; },\n};\n"
)


class EventApiRdsStack(cdk.Stack):
    def __init__(self, scope: Construct, id: str, **kwargs) -> None:
        super().__init__(scope, id, **kwargs)
        vpc = Vpc(self, "Integ-VPC")
        database_name = "integdb"
        cluster = rds.DatabaseCluster(
            self,
            "Integ-Cluster",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_6),
            writer=rds.ClusterInstance.serverless_v2("writer"),
            removal_policy=cdk.RemovalPolicy.DESTROY,
            vpc=vpc,
            credentials=rds.Credentials.from_generated_secret("clusteradmin", secret_name="integ-secretName-v2"),
            default_database_name=database_name,
            enable_data_api=True,
        )
        secret = secretmanager.Secret.from_secret_name_v2(self, "Secret", "integ-secretName-v2")
        schema_name = "public"
        table_definition = "event_id UUID PRIMARY KEY, message TEXT NOT NULL, ds_type VARCHAR(50) NOT NULL"
        table_name = "events"
        create_table_sql = f"CREATE TABLE IF NOT EXISTS {schema_name}.{table_name} ({table_definition})"
        resource_id = f"{cluster.cluster_arn}/{database_name}/{schema_name}/{table_name}"
        parameters = {"resourceArn": cluster.cluster_arn, "secretArn": secret.secret_arn, "database": database_name}
        table_resource = cr.AwsCustomResource(
            self,
            "PostgresTableResource",
            resource_type="Custom::PostgreSQLTable",
            on_create=cr.AwsSdkCall(
                service="RDSDataService",
                action="executeStatement",
                parameters={**parameters, "sql": create_table_sql},
                physical_resource_id=cr.PhysicalResourceId.of(resource_id),
            ),
            on_update=cr.AwsSdkCall(
                service="RDSDataService",
                action="executeStatement",
                parameters={**parameters, "sql": create_table_sql},
                physical_resource_id=cr.PhysicalResourceId.of(resource_id),
            ),
            on_delete=cr.AwsSdkCall(
                service="RDSDataService",
                action="executeStatement",
                parameters={**parameters, "sql": f"DROP TABLE IF EXISTS {schema_name}.{table_name}"},
            ),
            timeout=cdk.Duration.minutes(5),
            policy=cr.AwsCustomResourcePolicy.from_statements(
                [
                    iam.PolicyStatement(actions=["rds-data:ExecuteStatement"], resources=[cluster.cluster_arn]),
                    iam.PolicyStatement(actions=["secretsmanager:GetSecretValue"], resources=[secret.secret_arn]),
                ]
            ),
        )
        secret.grant_read(table_resource)
        cluster.grant_data_api_access(table_resource)
        table_resource.node.add_dependency(cluster)
        table_resource.node.add_dependency(secret)

        api = appsync.EventApi(self, "EventApiRds", api_name="RdsEventApi")
        data_source = api.add_rds_data_source("rdsds", cluster, secret, database_name)
        api.add_channel_namespace(
            "chat",
            code=appsync.Code.from_asset(str(HANDLER)),
            publish_handler_config=appsync.HandlerConfig(data_source=data_source),
        )
        self.lambda_test_fn = lambda_.Function(
            self,
            "EventApiRdsTestFunction",
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


app = cdk.App(
    post_cli_context={
        "@aws-cdk/aws-lambda:useCdkManagedLogGroup": False,
        "@aws-cdk/custom-resources:logApiResponseDataPropertyTrueDefault": True,
    }
)
EventApiRdsStack(app, "EventApiRdsStack")
app.synth()
