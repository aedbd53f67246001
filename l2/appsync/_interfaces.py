"""The AppSync interfaces: what new and imported GraphQL APIs, Event APIs, functions and associations offer."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import CfnResource, Duration
    from l2.appsync._code import Code
    from l2.appsync._data_source import (
        BaseDataSource,
        DynamoDbDataSource,
        ElasticsearchDataSource,
        EventBridgeDataSource,
        HttpDataSource,
        LambdaDataSource,
        NoneDataSource,
        OpenSearchDataSource,
        RdsDataSource,
    )
    from l2.appsync._event_data_source import (
        AppSyncDynamoDbDataSource,
        AppSyncEventBridgeDataSource,
        AppSyncHttpDataSource,
        AppSyncLambdaDataSource,
        AppSyncOpenSearchDataSource,
        AppSyncRdsDataSource,
    )
    from l2.appsync._event_types import (
        AppSyncAuthorizationType,
        AppSyncAwsIamConfig,
        HandlerConfig,
        NamespaceAuthConfig,
    )
    from l2.appsync._eventapi import AppSyncEventResource, ChannelNamespace
    from l2.appsync._graphqlapi_base import IamResource
    from l2.appsync._mapping import MappingTemplate
    from l2.appsync._resolver import Resolver
    from l2.appsync._runtime import FunctionRuntime
    from l2.appsync._types import (
        AuthorizationType,
        AwsIamConfig,
        CachingConfig,
        DataSourceMetricsConfig,
        ResolverMetricsConfig,
        Visibility,
    )
    from l2.cognito import IUserPool
    from l2.dynamodb import ITable
    from l2.elasticsearch import IDomain as IElasticsearchDomain
    from l2.events import IEventBus
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IFunction
    from l2.opensearchservice import IDomain as IOpenSearchDomain
    from l2.rds import IDatabaseCluster, IServerlessCluster
    from l2.secretsmanager import ISecret


@runtime_checkable
class ISchemaConfig(Protocol):
    """What ``ISchema.bind`` returns: the API id and the schema's SDL."""

    @property
    def api_id(self) -> str:
        """The API's id."""
        ...

    @property
    def definition(self) -> str:
        """The schema definition."""
        ...


@runtime_checkable
class ISchema(Protocol):
    """A GraphQL schema (aws-cdk-lib's ``aws_appsync.ISchema``)."""

    def bind(self, api: IGraphqlApi) -> ISchemaConfig:
        """The schema for ``api``."""
        ...


@runtime_checkable
class IGraphqlApi(Protocol):
    """A GraphQL API (aws-cdk-lib's ``aws_appsync.IGraphqlApi``)."""

    @property
    def api_id(self) -> str:
        """The API's id."""
        ...

    @property
    def arn(self) -> str:
        """The API's ARN."""
        ...

    @property
    def graph_ql_endpoint_arn(self) -> str:
        """The ARN of the API's endpoint."""
        ...

    @property
    def modes(self) -> Sequence[AuthorizationType]:
        """The API's authorization types."""
        ...

    @property
    def visibility(self) -> Visibility:
        """The API's visibility."""
        ...

    def add_none_data_source(
        self, id: str, *, description: str | None = None, metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> NoneDataSource:
        """A data source that calls nothing (local resolvers)."""
        ...

    def add_dynamo_db_data_source(
        self, id: str, table: ITable, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> DynamoDbDataSource:
        """A DynamoDB table as a data source."""
        ...

    def add_http_data_source(
        self, id: str, endpoint: str, *, authorization_config: AwsIamConfig | None = None,
        description: str | None = None, metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> HttpDataSource:
        """An HTTP endpoint as a data source."""
        ...

    def add_lambda_data_source(
        self, id: str, lambda_function: IFunction, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> LambdaDataSource:
        """A Lambda function as a data source."""
        ...

    def add_rds_data_source(
        self, id: str, serverless_cluster: IServerlessCluster, secret_store: ISecret,
        database_name: str | None = None, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> RdsDataSource:
        """An Aurora Serverless v1 cluster (Data API) as a data source."""
        ...

    def add_rds_data_source_v2(
        self, id: str, serverless_cluster: IDatabaseCluster, secret_store: ISecret,
        database_name: str | None = None, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> RdsDataSource:
        """An Aurora cluster with the Data API as a data source."""
        ...

    def add_elasticsearch_data_source(
        self, id: str, domain: IElasticsearchDomain, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> ElasticsearchDataSource:
        """An Elasticsearch domain as a data source (deprecated: use OpenSearch)."""
        ...

    def add_event_bridge_data_source(
        self, id: str, event_bus: IEventBus, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> EventBridgeDataSource:
        """An event bus as a data source."""
        ...

    def add_open_search_data_source(
        self, id: str, domain: IOpenSearchDomain, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> OpenSearchDataSource:
        """An OpenSearch domain as a data source."""
        ...

    def create_resolver(
        self, id: str, *, data_source: BaseDataSource | None = None, field_name: str, type_name: str,
        caching_config: CachingConfig | None = None, code: Code | None = None, max_batch_size: float | None = None,
        metrics_config: ResolverMetricsConfig | None = None, pipeline_config: Sequence[IAppsyncFunction] | None = None,
        request_mapping_template: MappingTemplate | None = None,
        response_mapping_template: MappingTemplate | None = None, runtime: FunctionRuntime | None = None,
    ) -> Resolver:
        """A resolver of this API."""
        ...

    def add_schema_dependency(self, construct: CfnResource) -> bool:
        """Make ``construct`` wait for the schema; ``True`` when there is a schema to wait for."""
        ...

    def grant(self, grantee: IGrantable, resources: IamResource, *actions: str) -> Grant:
        """Allow ``actions`` on ``resources`` of this API."""
        ...

    def grant_mutation(self, grantee: IGrantable, *fields: str) -> Grant:
        """Allow ``appsync:GraphQL`` on mutations (all, or these fields)."""
        ...

    def grant_query(self, grantee: IGrantable, *fields: str) -> Grant:
        """Allow ``appsync:GraphQL`` on queries (all, or these fields)."""
        ...

    def grant_subscription(self, grantee: IGrantable, *fields: str) -> Grant:
        """Allow ``appsync:GraphQL`` on subscriptions (all, or these fields)."""
        ...


@runtime_checkable
class IAppsyncFunction(Protocol):
    """An AppSync pipeline function (aws-cdk-lib's ``aws_appsync.IAppsyncFunction``)."""

    @property
    def function_arn(self) -> str:
        """The function's ARN."""
        ...

    @property
    def function_id(self) -> str:
        """The function's id."""
        ...


@runtime_checkable
class ISourceApiAssociation(Protocol):
    """An association of a source API with a merged API (aws-cdk-lib's ``aws_appsync.ISourceApiAssociation``)."""

    @property
    def association_arn(self) -> str:
        """The association's ARN."""
        ...

    @property
    def association_id(self) -> str:
        """The association's id."""
        ...

    @property
    def merged_api(self) -> IGraphqlApi:
        """The merged API."""
        ...

    @property
    def source_api(self) -> IGraphqlApi:
        """The source API."""
        ...


@runtime_checkable
class IAppSyncAuthConfig(Protocol):
    """Renders authorization configs for the L1 resources (aws-cdk-lib's ``aws_appsync.IAppSyncAuthConfig``)."""

    def setup_cognito_config(self, *, user_pool: IUserPool, app_id_client_regex: str | None = None) -> Any:
        """The L1 form of a Cognito config."""
        ...

    def setup_lambda_authorizer_config(
        self, *, handler: IFunction, results_cache_ttl: Duration | None = None, validation_regex: str | None = None
    ) -> Any:
        """The L1 form of a Lambda authorizer config."""
        ...

    def setup_open_id_connect_config(
        self, *, oidc_provider: str, client_id: str | None = None, token_expiry_from_auth: float | None = None,
        token_expiry_from_issue: float | None = None,
    ) -> Any:
        """The L1 form of an OIDC config."""
        ...


@runtime_checkable
class IApi(Protocol):
    """An AppSync API with an id and ARN (aws-cdk-lib's ``aws_appsync.IApi``)."""

    @property
    def api_id(self) -> str:
        """The API's id."""
        ...

    @property
    def api_arn(self) -> str:
        """The API's ARN."""
        ...


@runtime_checkable
class IEventApi(IApi, Protocol):
    """An AppSync Event API (aws-cdk-lib's ``aws_appsync.IEventApi``)."""

    @property
    def http_dns(self) -> str:
        """The HTTP DNS name."""
        ...

    @property
    def realtime_dns(self) -> str:
        """The real-time DNS name."""
        ...

    @property
    def auth_provider_types(self) -> Sequence[AppSyncAuthorizationType]:
        """The API's auth provider types."""
        ...

    def add_channel_namespace(
        self, id: str, *, authorization_config: NamespaceAuthConfig | None = None,
        channel_namespace_name: str | None = None, code: Code | None = None,
        publish_handler_config: HandlerConfig | None = None, subscribe_handler_config: HandlerConfig | None = None,
    ) -> ChannelNamespace:
        """A channel namespace of this API."""
        ...

    def add_dynamo_db_data_source(
        self, id: str, table: ITable, *, description: str | None = None, name: str | None = None
    ) -> AppSyncDynamoDbDataSource:
        """A DynamoDB table as a data source."""
        ...

    def add_http_data_source(
        self, id: str, endpoint: str, *, authorization_config: AppSyncAwsIamConfig | None = None,
        description: str | None = None, name: str | None = None,
    ) -> AppSyncHttpDataSource:
        """An HTTP endpoint as a data source."""
        ...

    def add_lambda_data_source(
        self, id: str, lambda_function: IFunction, *, description: str | None = None, name: str | None = None
    ) -> AppSyncLambdaDataSource:
        """A Lambda function as a data source."""
        ...

    def add_rds_data_source(
        self, id: str, serverless_cluster: IDatabaseCluster | IServerlessCluster, secret_store: ISecret,
        database_name: str | None = None, *, description: str | None = None, name: str | None = None,
    ) -> AppSyncRdsDataSource:
        """An Aurora cluster's Data API as a data source."""
        ...

    def add_event_bridge_data_source(
        self, id: str, event_bus: IEventBus, *, description: str | None = None, name: str | None = None
    ) -> AppSyncEventBridgeDataSource:
        """An event bus as a data source."""
        ...

    def add_open_search_data_source(
        self, id: str, domain: IOpenSearchDomain, *, description: str | None = None, name: str | None = None
    ) -> AppSyncOpenSearchDataSource:
        """An OpenSearch domain as a data source."""
        ...

    def grant(self, grantee: IGrantable, resources: AppSyncEventResource, *actions: str) -> Grant:
        """Allow ``actions`` on ``resources``."""
        ...

    def grant_connect(self, grantee: IGrantable) -> Grant:
        """Allow connecting."""
        ...

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Allow publishing to every channel namespace."""
        ...

    def grant_publish_and_subscribe(self, grantee: IGrantable) -> Grant:
        """Allow publishing and subscribing to every channel namespace."""
        ...

    def grant_subscribe(self, grantee: IGrantable) -> Grant:
        """Allow subscribing to every channel namespace."""
        ...


@runtime_checkable
class IChannelNamespace(Protocol):
    """A channel namespace of an Event API (aws-cdk-lib's ``aws_appsync.IChannelNamespace``)."""

    @property
    def channel_namespace_arn(self) -> str:
        """The namespace's ARN."""
        ...
