"""GraphQL data sources: None, DynamoDB, HTTP, Lambda, RDS (Data API), OpenSearch, Elasticsearch, EventBridge."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, Stack, Token, Validations
from constructs.internals import apply_property_injection, deprecated, structs
from l1.appsync import CfnDataSource
from l2._private.iam_module import iam
from l2.appsync._types import (
    AwsIamConfig,
    CachingConfig,
    DataSourceMetricsConfig,
    ResolverMetricsConfig,
    as_struct,
)

if TYPE_CHECKING:
    from constructs import IResolvable
    from l2.appsync._code import Code
    from l2.appsync._function import AppsyncFunction
    from l2.appsync._interfaces import IAppsyncFunction, IGraphqlApi
    from l2.appsync._mapping import MappingTemplate
    from l2.appsync._resolver import Resolver
    from l2.appsync._runtime import FunctionRuntime
    from l2.dynamodb import ITable
    from l2.elasticsearch import IDomain as IElasticsearchDomain
    from l2.events import IEventBus
    from l2.iam import IPrincipal, IRole
    from l2.lambda_ import IFunction
    from l2.opensearchservice import IDomain as IOpenSearchDomain
    from l2.rds import IDatabaseCluster, IServerlessCluster
    from l2.secretsmanager import ISecret


@structs.frozen(kw_only=True)
class BaseDataSourceProps:
    """What every GraphQL data source has.

    Args:
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id, without non-word characters).
    """

    api: IGraphqlApi
    description: str | None = None
    metrics_config: DataSourceMetricsConfig | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class BackedDataSourceProps(BaseDataSourceProps):
    """A data source backed by an AWS resource.

    Args:
        service_role: the role AppSync uses to reach the resource (default a new one).
    """

    service_role: IRole | None = None


@structs.frozen(kw_only=True)
class ExtendedDataSourceProps:
    """The type and the type-specific configuration of a data source (``CfnDataSource``'s properties).

    Args:
        type: the data source type.
        dynamo_db_config: DynamoDB settings.
        elasticsearch_config: Elasticsearch settings.
        event_bridge_config: EventBridge settings.
        http_config: HTTP settings.
        lambda_config: Lambda settings.
        open_search_service_config: OpenSearch settings.
        relational_database_config: RDS settings.
    """

    type: str
    dynamo_db_config: IResolvable | CfnDataSource.DynamoDBConfigProperty | None = None
    elasticsearch_config: IResolvable | CfnDataSource.ElasticsearchConfigProperty | None = None
    event_bridge_config: IResolvable | CfnDataSource.EventBridgeConfigProperty | None = None
    http_config: IResolvable | CfnDataSource.HttpConfigProperty | None = None
    lambda_config: IResolvable | CfnDataSource.LambdaConfigProperty | None = None
    open_search_service_config: IResolvable | CfnDataSource.OpenSearchServiceConfigProperty | None = None
    relational_database_config: IResolvable | CfnDataSource.RelationalDatabaseConfigProperty | None = None


@structs.frozen(kw_only=True)
class NoneDataSourceProps(BaseDataSourceProps):
    """A data source that calls nothing."""


@structs.frozen(kw_only=True)
class DynamoDbDataSourceProps(BackedDataSourceProps):
    """A DynamoDB data source.

    Args:
        table: the table.
        read_only_access: grant only reads (default reads and writes).
        use_caller_credentials: call DynamoDB with the caller's IAM credentials.
    """

    table: ITable
    read_only_access: bool | None = None
    use_caller_credentials: bool | None = None


@structs.frozen(kw_only=True)
class HttpDataSourceProps(BackedDataSourceProps):
    """An HTTP data source.

    Args:
        endpoint: the endpoint URL.
        authorization_config: sign requests with SigV4 (default unsigned).
    """

    endpoint: str
    authorization_config: AwsIamConfig | None = None


@structs.frozen(kw_only=True)
class LambdaDataSourceProps(BackedDataSourceProps):
    """A Lambda data source.

    Args:
        lambda_function: the function.
    """

    lambda_function: IFunction


@structs.frozen(kw_only=True)
class RdsDataSourceProps(BackedDataSourceProps):
    """An Aurora Serverless v1 data source (Data API).

    Args:
        secret_store: the secret with the database credentials.
        serverless_cluster: the cluster.
        database_name: the database.
    """

    secret_store: ISecret
    serverless_cluster: IServerlessCluster
    database_name: str | None = None


@structs.frozen(kw_only=True)
class RdsDataSourcePropsV2(BackedDataSourceProps):
    """An Aurora cluster data source (Data API).

    Args:
        secret_store: the secret with the database credentials.
        serverless_cluster: the cluster.
        database_name: the database.
    """

    secret_store: ISecret
    serverless_cluster: IDatabaseCluster
    database_name: str | None = None


@structs.frozen(kw_only=True)
class OpenSearchDataSourceProps(BackedDataSourceProps):
    """An OpenSearch data source.

    Args:
        domain: the domain.
    """

    domain: IOpenSearchDomain


@structs.frozen(kw_only=True)
class ElasticsearchDataSourceProps(BackedDataSourceProps):
    """An Elasticsearch data source (deprecated: use OpenSearch).

    Args:
        domain: the domain.
    """

    domain: IElasticsearchDomain


@structs.frozen(kw_only=True)
class EventBridgeDataSourceProps(BackedDataSourceProps):
    """An EventBridge data source.

    Args:
        event_bus: the event bus.
    """

    event_bus: IEventBus


_NON_WORD = re.compile(r"[\W]+")


class BaseDataSource(Construct):
    """A GraphQL data source (``AWS::AppSync::DataSource``).

    Args:
        scope: the parent construct.
        id: the construct id.
        props: the common props.
        type: the data source type.
        dynamo_db_config: DynamoDB settings.
        elasticsearch_config: Elasticsearch settings.
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
        props: BackedDataSourceProps,
        *,
        type: str,
        dynamo_db_config: IResolvable | CfnDataSource.DynamoDBConfigProperty | None = None,
        elasticsearch_config: IResolvable | CfnDataSource.ElasticsearchConfigProperty | None = None,
        event_bridge_config: IResolvable | CfnDataSource.EventBridgeConfigProperty | None = None,
        http_config: IResolvable | CfnDataSource.HttpConfigProperty | None = None,
        lambda_config: IResolvable | CfnDataSource.LambdaConfigProperty | None = None,
        open_search_service_config: IResolvable | CfnDataSource.OpenSearchServiceConfigProperty | None = None,
        relational_database_config: IResolvable | CfnDataSource.RelationalDatabaseConfigProperty | None = None,
    ) -> None:
        super().__init__(scope, id)
        props = as_struct(BackedDataSourceProps, props)
        self.service_role: IRole | None = None
        if type != "NONE":
            self.service_role = getattr(props, "service_role", None) or iam().Role(
                self, "ServiceRole", assumed_by=iam().ServicePrincipal("appsync.amazonaws.com")
            )
        name = props.name if props.name is not None else id
        supported_name = name if Token.is_unresolved(name) else _NON_WORD.sub("", name)
        self.ds: CfnDataSource = CfnDataSource(
            self,
            "Resource",
            api_id=props.api.api_id,
            name=supported_name,
            description=props.description,
            service_role_arn=self.service_role.role_arn if self.service_role is not None else None,
            metrics_config=props.metrics_config.value if props.metrics_config is not None else None,
            type=type,
            dynamo_db_config=dynamo_db_config,
            elasticsearch_config=elasticsearch_config,
            event_bridge_config=event_bridge_config,
            http_config=http_config,
            lambda_config=lambda_config,
            open_search_service_config=open_search_service_config,
            relational_database_config=relational_database_config,
        )
        self.name: str = supported_name
        self.api: IGraphqlApi = props.api

    def create_resolver(
        self,
        id: str,
        *,
        field_name: str,
        type_name: str,
        caching_config: CachingConfig | None = None,
        code: Code | None = None,
        max_batch_size: float | None = None,
        metrics_config: ResolverMetricsConfig | None = None,
        pipeline_config: Sequence[IAppsyncFunction] | None = None,
        request_mapping_template: MappingTemplate | None = None,
        response_mapping_template: MappingTemplate | None = None,
        runtime: FunctionRuntime | None = None,
    ) -> Resolver:
        """A resolver of this data source (in the API's scope)."""
        from l2.appsync._resolver import Resolver

        return Resolver(
            self.api, id, api=self.api, data_source=self, field_name=field_name, type_name=type_name,  # type: ignore[arg-type]
            caching_config=caching_config, code=code, max_batch_size=max_batch_size, metrics_config=metrics_config,
            pipeline_config=pipeline_config, request_mapping_template=request_mapping_template,
            response_mapping_template=response_mapping_template, runtime=runtime,
        )

    def create_function(
        self,
        id: str,
        *,
        name: str,
        code: Code | None = None,
        description: str | None = None,
        max_batch_size: float | None = None,
        request_mapping_template: MappingTemplate | None = None,
        response_mapping_template: MappingTemplate | None = None,
        runtime: FunctionRuntime | None = None,
    ) -> AppsyncFunction:
        """A pipeline function of this data source (in the API's scope)."""
        from l2.appsync._function import AppsyncFunction

        return AppsyncFunction(
            self.api, id, api=self.api, data_source=self, name=name, code=code, description=description,  # type: ignore[arg-type]
            max_batch_size=max_batch_size, request_mapping_template=request_mapping_template,
            response_mapping_template=response_mapping_template, runtime=runtime,
        )


class BackedDataSource(BaseDataSource):
    """A data source backed by an AWS resource: its service role is its grant principal."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        props: BackedDataSourceProps,
        *,
        type: str,
        dynamo_db_config: IResolvable | CfnDataSource.DynamoDBConfigProperty | None = None,
        elasticsearch_config: IResolvable | CfnDataSource.ElasticsearchConfigProperty | None = None,
        event_bridge_config: IResolvable | CfnDataSource.EventBridgeConfigProperty | None = None,
        http_config: IResolvable | CfnDataSource.HttpConfigProperty | None = None,
        lambda_config: IResolvable | CfnDataSource.LambdaConfigProperty | None = None,
        open_search_service_config: IResolvable | CfnDataSource.OpenSearchServiceConfigProperty | None = None,
        relational_database_config: IResolvable | CfnDataSource.RelationalDatabaseConfigProperty | None = None,
    ) -> None:
        super().__init__(
            scope, id, props, type=type, dynamo_db_config=dynamo_db_config, elasticsearch_config=elasticsearch_config,
            event_bridge_config=event_bridge_config, http_config=http_config, lambda_config=lambda_config,
            open_search_service_config=open_search_service_config,
            relational_database_config=relational_database_config,
        )

    @property
    def grant_principal(self) -> IPrincipal:
        """The service role."""
        assert self.service_role is not None
        return self.service_role  # type: ignore[return-value]


def _props(cls: type, api: IGraphqlApi, description: str | None, metrics_config: Any, name: str | None,
           service_role: Any = None) -> Any:
    if cls is BaseDataSourceProps:
        return BackedDataSourceProps(api=api, description=description, metrics_config=metrics_config, name=name)
    return BackedDataSourceProps(
        api=api, description=description, metrics_config=metrics_config, name=name, service_role=service_role
    )


class NoneDataSource(BaseDataSource):
    """A data source that calls nothing: for local resolvers.

    Args:
        scope: the parent construct.
        id: the construct id.
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(scope, id, _props(BaseDataSourceProps, api, description, metrics_config, name), type="NONE")


class DynamoDbDataSource(BackedDataSource):
    """A DynamoDB table as a data source; its role may read (and write) the table.

    Args:
        scope: the parent construct.
        id: the construct id.
        table: the table.
        read_only_access: grant only reads (default reads and writes).
        use_caller_credentials: call DynamoDB with the caller's IAM credentials.
        service_role: the role AppSync uses (default a new one).
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.DynamoDbDataSource"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        table: ITable,
        read_only_access: bool | None = None,
        use_caller_credentials: bool | None = None,
        service_role: IRole | None = None,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(BackedDataSourceProps, api, description, metrics_config, name, service_role),
            type="AMAZON_DYNAMODB",
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


class HttpDataSource(BackedDataSource):
    """An HTTP endpoint as a data source.

    Args:
        scope: the parent construct.
        id: the construct id.
        endpoint: the endpoint URL.
        authorization_config: sign requests with SigV4 (default unsigned).
        service_role: the role AppSync uses (default a new one).
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.HttpDataSource"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        endpoint: str,
        authorization_config: AwsIamConfig | None = None,
        service_role: IRole | None = None,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
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
            scope, id, _props(BackedDataSourceProps, api, description, metrics_config, name, service_role),
            type="HTTP",
            http_config=CfnDataSource.HttpConfigProperty(endpoint=endpoint, authorization_config=auth),
        )


class LambdaDataSource(BackedDataSource):
    """A Lambda function as a data source; its role may invoke the function.

    Args:
        scope: the parent construct.
        id: the construct id.
        lambda_function: the function.
        service_role: the role AppSync uses (default a new one).
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.LambdaDataSource"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_function: IFunction,
        service_role: IRole | None = None,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(BackedDataSourceProps, api, description, metrics_config, name, service_role),
            type="AWS_LAMBDA",
            lambda_config=CfnDataSource.LambdaConfigProperty(lambda_function_arn=lambda_function.function_arn),
        )
        lambda_function.grant_invoke(self)


class RdsDataSource(BackedDataSource):
    """An Aurora cluster's Data API as a data source; its role may read the secret and run statements.

    Args:
        scope: the parent construct.
        id: the construct id.
        secret_store: the secret with the database credentials.
        serverless_cluster: the cluster.
        database_name: the database.
        service_role: the role AppSync uses (default a new one).
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.RdsDataSource"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        secret_store: ISecret,
        serverless_cluster: IServerlessCluster | IDatabaseCluster,
        database_name: str | None = None,
        service_role: IRole | None = None,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> None:
        def cluster_arn() -> str:
            return Stack.of(self).format_arn(
                service="rds", resource=f"cluster:{serverless_cluster.cluster_identifier}"
            )

        super().__init__(
            scope, id, _props(BackedDataSourceProps, api, description, metrics_config, name, service_role),
            type="RELATIONAL_DATABASE",
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


class OpenSearchDataSource(BackedDataSource):
    """An OpenSearch domain as a data source; its role may read and write the domain.

    Args:
        scope: the parent construct.
        id: the construct id.
        domain: the domain.
        service_role: the role AppSync uses (default a new one).
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.OpenSearchDataSource"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: IOpenSearchDomain,
        service_role: IRole | None = None,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(BackedDataSourceProps, api, description, metrics_config, name, service_role),
            type="AMAZON_OPENSEARCH_SERVICE",
            open_search_service_config=CfnDataSource.OpenSearchServiceConfigProperty(
                aws_region=domain.env.region, endpoint=f"https://{domain.domain_endpoint}"
            ),
        )
        domain.grant_read_write(self)


class ElasticsearchDataSource(BackedDataSource):
    """An Elasticsearch domain as a data source (deprecated: use ``OpenSearchDataSource``).

    Args:
        scope: the parent construct.
        id: the construct id.
        domain: the domain.
        service_role: the role AppSync uses (default a new one).
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        domain: IElasticsearchDomain,
        service_role: IRole | None = None,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> None:
        # jsii's warnings, in its order: the extended props' config, the class, its props' domain
        deprecated("aws-cdk-lib.aws_appsync.ExtendedDataSourceProps#elasticsearchConfig", "- use `openSearchConfig`")
        deprecated("aws-cdk-lib.aws_appsync.ElasticsearchDataSource", "- use `OpenSearchDataSource`")
        deprecated(
            "aws-cdk-lib.aws_appsync.ElasticsearchDataSourceProps#domain",
            "- use `OpenSearchDataSourceProps` with `OpenSearchDataSource`",
        )
        super().__init__(
            scope, id, _props(BackedDataSourceProps, api, description, metrics_config, name, service_role),
            type="AMAZON_ELASTICSEARCH",
            elasticsearch_config=CfnDataSource.ElasticsearchConfigProperty(
                aws_region=domain.env.region, endpoint=f"https://{domain.domain_endpoint}"
            ),
        )
        Validations.of(self).acknowledge(
            {
                "id": "CloudFormation-Validate::W9009",
                "reason": "elasticSearchConfig is deprecated, but still in use for historical reasons",
            }
        )
        domain.grant_read_write(self)


class EventBridgeDataSource(BackedDataSource):
    """An event bus as a data source; its role may put events on the bus.

    Args:
        scope: the parent construct.
        id: the construct id.
        event_bus: the event bus.
        service_role: the role AppSync uses (default a new one).
        api: the API.
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.EventBridgeDataSource"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        event_bus: IEventBus,
        service_role: IRole | None = None,
        api: IGraphqlApi,
        description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__(
            scope, id, _props(BackedDataSourceProps, api, description, metrics_config, name, service_role),
            type="AMAZON_EVENTBRIDGE",
            event_bridge_config=CfnDataSource.EventBridgeConfigProperty(event_bus_arn=event_bus.event_bus_arn),
        )
        event_bus.grant_put_events_to(self)


for _cls in (DynamoDbDataSource, HttpDataSource, LambdaDataSource, RdsDataSource, OpenSearchDataSource,
             EventBridgeDataSource):
    apply_property_injection(_cls)
