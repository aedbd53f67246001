"""Event API data sources: DynamoDB, HTTP, Lambda, RDS (Data API), OpenSearch and EventBridge."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from constructs import Construct, Lazy, Stack, Token
from constructs.internals import structs
from l1.appsync import CfnDataSource
from l2._private.iam_module import iam
from l2.appsync._event_types import (
    AppSyncAwsIamConfig,
    AppSyncBackedDataSourceProps,
    AppSyncDataSourceType,
)
from l2.appsync._types import as_struct

if TYPE_CHECKING:
    from constructs import IResolvable
    from l2.appsync._interfaces import IApi
    from l2.dynamodb import ITable
    from l2.events import IEventBus
    from l2.iam import IPrincipal, IRole
    from l2.lambda_ import IFunction
    from l2.opensearchservice import IDomain as IOpenSearchDomain
    from l2.rds import IDatabaseCluster, IServerlessCluster
    from l2.secretsmanager import ISecret

_NON_WORD = re.compile(r"[\W]+")


@structs.frozen(kw_only=True)
class AppSyncExtendedDataSourceProps:
    """The type and type-specific configuration of an Event API data source.

    Args:
        type: the data source type.
        dynamo_db_config: DynamoDB settings.
        event_bridge_config: EventBridge settings.
        http_config: HTTP settings.
        lambda_config: Lambda settings.
        open_search_service_config: OpenSearch settings.
        relational_database_config: RDS settings.
    """

    type: AppSyncDataSourceType
    dynamo_db_config: IResolvable | CfnDataSource.DynamoDBConfigProperty | None = None
    event_bridge_config: IResolvable | CfnDataSource.EventBridgeConfigProperty | None = None
    http_config: IResolvable | CfnDataSource.HttpConfigProperty | None = None
    lambda_config: IResolvable | CfnDataSource.LambdaConfigProperty | None = None
    open_search_service_config: IResolvable | CfnDataSource.OpenSearchServiceConfigProperty | None = None
    relational_database_config: IResolvable | CfnDataSource.RelationalDatabaseConfigProperty | None = None


class AppSyncBaseDataSource(Construct):
    """An Event API data source (``AWS::AppSync::DataSource``).

    Args:
        scope: the parent construct.
        id: the construct id.
        props: the common props.
        type: the data source type.
        dynamo_db_config: DynamoDB settings.
        event_bridge_config: EventBridge settings.
        http_config: HTTP settings.
        lambda_config: Lambda settings.
        open_search_service_config: OpenSearch settings.
        relational_database_config: RDS settings.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        props: AppSyncBackedDataSourceProps,
        *,
        type: AppSyncDataSourceType,
        dynamo_db_config: IResolvable | CfnDataSource.DynamoDBConfigProperty | None = None,
        event_bridge_config: IResolvable | CfnDataSource.EventBridgeConfigProperty | None = None,
        http_config: IResolvable | CfnDataSource.HttpConfigProperty | None = None,
        lambda_config: IResolvable | CfnDataSource.LambdaConfigProperty | None = None,
        open_search_service_config: IResolvable | CfnDataSource.OpenSearchServiceConfigProperty | None = None,
        relational_database_config: IResolvable | CfnDataSource.RelationalDatabaseConfigProperty | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = as_struct(AppSyncBackedDataSourceProps, props)
        self.service_role: IRole = props.service_role or iam().Role(
            self, "ServiceRole", assumed_by=iam().ServicePrincipal("appsync.amazonaws.com")
        )
        name = props.name if props.name is not None else id
        supported_name = name if Token.is_unresolved(name) else _NON_WORD.sub("", name)
        self.resource: CfnDataSource = CfnDataSource(
            self,
            "Resource",
            api_id=props.api.api_id,
            name=supported_name,
            description=props.description,
            service_role_arn=self.service_role.role_arn,
            type=type.value,
            dynamo_db_config=dynamo_db_config,
            event_bridge_config=event_bridge_config,
            http_config=http_config,
            lambda_config=lambda_config,
            open_search_service_config=open_search_service_config,
            relational_database_config=relational_database_config,
        )
        self.name: str = supported_name
        self.api: IApi = props.api


class AppSyncBackedDataSource(AppSyncBaseDataSource):
    """An Event API data source backed by an AWS resource: its service role is its grant principal."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        props: AppSyncBackedDataSourceProps,
        *,
        type: AppSyncDataSourceType,
        dynamo_db_config: IResolvable | CfnDataSource.DynamoDBConfigProperty | None = None,
        event_bridge_config: IResolvable | CfnDataSource.EventBridgeConfigProperty | None = None,
        http_config: IResolvable | CfnDataSource.HttpConfigProperty | None = None,
        lambda_config: IResolvable | CfnDataSource.LambdaConfigProperty | None = None,
        open_search_service_config: IResolvable | CfnDataSource.OpenSearchServiceConfigProperty | None = None,
        relational_database_config: IResolvable | CfnDataSource.RelationalDatabaseConfigProperty | None = None,
    ) -> None:
        super().__init__(
            scope, id, props, type=type, dynamo_db_config=dynamo_db_config, event_bridge_config=event_bridge_config,
            http_config=http_config, lambda_config=lambda_config,
            open_search_service_config=open_search_service_config,
            relational_database_config=relational_database_config,
        )

    @property
    def grant_principal(self) -> IPrincipal:
        """The service role."""
        return self.service_role  # type: ignore[return-value]


def _props(api: IApi, description: str | None, name: str | None, service_role: IRole | None) -> AppSyncBackedDataSourceProps:
    return AppSyncBackedDataSourceProps(api=api, description=description, name=name, service_role=service_role)


class AppSyncDynamoDbDataSource(AppSyncBackedDataSource):
    """A DynamoDB table as an Event API data source.

    Args:
        scope: the parent construct.
        id: the construct id.
        table: the table.
        read_only_access: grant only reads (default reads and writes).
        use_caller_credentials: call DynamoDB with the caller's credentials.
        service_role: the role AppSync uses (default a new one).
        api: the Event API.
        description: its description.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        table: ITable,
        read_only_access: bool | None = None,
        use_caller_credentials: bool | None = None,
        service_role: IRole | None = None,
        api: IApi,
        description: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(api, description, name, service_role), type=AppSyncDataSourceType.DYNAMODB,
            dynamo_db_config=CfnDataSource.DynamoDBConfigProperty(
                table_name=table.table_name,
                aws_region=table.env.region,  # type: ignore[attr-defined]  # every ITable is a Resource
                use_caller_credentials=use_caller_credentials,
            ),
        )
        if read_only_access:
            table.grant_read_data(self)
        else:
            table.grant_read_write_data(self)


class AppSyncHttpDataSource(AppSyncBackedDataSource):
    """An HTTP endpoint as an Event API data source.

    Args:
        scope: the parent construct.
        id: the construct id.
        endpoint: the endpoint URL.
        authorization_config: sign requests with SigV4.
        service_role: the role AppSync uses (default a new one).
        api: the Event API.
        description: its description.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        endpoint: str,
        authorization_config: AppSyncAwsIamConfig | None = None,
        service_role: IRole | None = None,
        api: IApi,
        description: str | None = None,
        name: str | None = None,
    ) -> None:
        auth = (
            CfnDataSource.AuthorizationConfigProperty(
                authorization_type="AWS_IAM",
                aws_iam_config=CfnDataSource.AwsIamConfigProperty(
                    signing_region=authorization_config.signing_region,
                    signing_service_name=authorization_config.signing_service_name,
                ),
            )
            if authorization_config is not None
            else None
        )
        super().__init__(
            scope, id, _props(api, description, name, service_role), type=AppSyncDataSourceType.HTTP,
            http_config=CfnDataSource.HttpConfigProperty(endpoint=endpoint, authorization_config=auth),
        )


class AppSyncEventBridgeDataSource(AppSyncBackedDataSource):
    """An event bus as an Event API data source.

    Args:
        scope: the parent construct.
        id: the construct id.
        event_bus: the event bus.
        service_role: the role AppSync uses (default a new one).
        api: the Event API.
        description: its description.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        event_bus: IEventBus,
        service_role: IRole | None = None,
        api: IApi,
        description: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(api, description, name, service_role), type=AppSyncDataSourceType.EVENTBRIDGE,
            event_bridge_config=CfnDataSource.EventBridgeConfigProperty(event_bus_arn=event_bus.event_bus_arn),
        )
        event_bus.grant_put_events_to(self)


class AppSyncLambdaDataSource(AppSyncBackedDataSource):
    """A Lambda function as an Event API data source.

    Args:
        scope: the parent construct.
        id: the construct id.
        lambda_function: the function.
        service_role: the role AppSync uses (default a new one).
        api: the Event API.
        description: its description.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_function: IFunction,
        service_role: IRole | None = None,
        api: IApi,
        description: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(api, description, name, service_role), type=AppSyncDataSourceType.LAMBDA,
            lambda_config=CfnDataSource.LambdaConfigProperty(lambda_function_arn=lambda_function.function_arn),
        )
        lambda_function.grant_invoke(self)


class AppSyncRdsDataSource(AppSyncBackedDataSource):
    """An Aurora cluster's Data API as an Event API data source.

    Args:
        scope: the parent construct.
        id: the construct id.
        secret_store: the secret with the credentials.
        serverless_cluster: the cluster.
        database_name: the database.
        service_role: the role AppSync uses (default a new one).
        api: the Event API.
        description: its description.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        secret_store: ISecret,
        serverless_cluster: IServerlessCluster | IDatabaseCluster,
        database_name: str | None = None,
        service_role: IRole | None = None,
        api: IApi,
        description: str | None = None,
        name: str | None = None,
    ) -> None:
        def cluster_arn() -> str:
            return Stack.of(self).format_arn(service="rds", resource=f"cluster:{serverless_cluster.cluster_identifier}")

        super().__init__(
            scope, id, _props(api, description, name, service_role), type=AppSyncDataSourceType.RELATIONAL_DATABASE,
            relational_database_config=CfnDataSource.RelationalDatabaseConfigProperty(
                rds_http_endpoint_config=CfnDataSource.RdsHttpEndpointConfigProperty(
                    aws_region=serverless_cluster.env.region,
                    db_cluster_identifier=Lazy.string(cluster_arn),
                    aws_secret_store_arn=secret_store.secret_arn,
                    database_name=database_name,
                ),
                relational_database_source_type="RDS_HTTP_ENDPOINT",
            ),
        )
        arn = cluster_arn()
        secret_store.grant_read(self)
        serverless_cluster.grant_data_api_access(self)
        iam().Grant.add_to_principal(
            grantee=self,
            actions=[
                "rds-data:DeleteItems",
                "rds-data:ExecuteSql",
                "rds-data:GetItems",
                "rds-data:InsertItems",
                "rds-data:UpdateItems",
            ],
            resource_arns=[arn, f"{arn}:*"],
        )


class AppSyncOpenSearchDataSource(AppSyncBackedDataSource):
    """An OpenSearch domain as an Event API data source.

    Args:
        scope: the parent construct.
        id: the construct id.
        domain: the domain.
        service_role: the role AppSync uses (default a new one).
        api: the Event API.
        description: its description.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: IOpenSearchDomain,
        service_role: IRole | None = None,
        api: IApi,
        description: str | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(api, description, name, service_role), type=AppSyncDataSourceType.OPENSEARCH_SERVICE,
            open_search_service_config=CfnDataSource.OpenSearchServiceConfigProperty(
                aws_region=domain.env.region, endpoint=f"https://{domain.domain_endpoint}"
            ),
        )
        domain.grant_read_write(self)
