"""``GraphqlApiBase`` (what new and imported GraphQL APIs share) and ``IamResource``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import ArnFormat, CfnResource, Resource, Stack, UnscopedValidationError
from constructs.internals import deprecated
from l1._private.interfaces.appsync import GraphQLApiReference as GraphQLApiReference
from l2._private.iam_module import iam
from l2.appsync._types import AwsIamConfig, CachingConfig

if TYPE_CHECKING:
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
    from l2.appsync._interfaces import IAppsyncFunction
    from l2.appsync._mapping import MappingTemplate
    from l2.appsync._resolver import Resolver
    from l2.appsync._runtime import FunctionRuntime
    from l2.appsync._types import (
        AuthorizationType,
        DataSourceMetricsConfig,
        ResolverMetricsConfig,
        Visibility,
    )
    from l2.dynamodb import ITable
    from l2.elasticsearch import IDomain as IElasticsearchDomain
    from l2.events import IEventBus
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IFunction
    from l2.opensearchservice import IDomain as IOpenSearchDomain
    from l2.rds import IDatabaseCluster, IServerlessCluster
    from l2.secretsmanager import ISecret


class IamResource:
    """The parts of a GraphQL API an IAM grant covers.

    Args:
        arns: the resource paths under the API (``types/Query/fields/x``, ``*``).
    """

    def __init__(self, arns: Sequence[str]) -> None:
        self._arns = list(arns)

    @staticmethod
    def custom(*arns: str) -> IamResource:
        """These resource paths (``types/Query/fields/getExample``, ...)."""
        if len(arns) == 0:
            raise UnscopedValidationError("At least 1 custom ARN must be provided.")
        return IamResource(arns)

    @staticmethod
    def of_type(type: str, *fields: str) -> IamResource:
        """The fields of a type (all fields when none are given)."""
        return IamResource([f"types/{type}/fields/{f}" for f in fields] if fields else [f"types/{type}/*"])

    @staticmethod
    def all() -> IamResource:
        """The whole API."""
        return IamResource(["*"])

    def resource_arns(self, api: GraphqlApiBase) -> list[str]:
        """The ARNs of these parts of ``api``."""
        stack = Stack.of(api)
        return [
            stack.format_arn(
                service="appsync", resource=f"apis/{api.api_id}", arn_format=ArnFormat.SLASH_RESOURCE_NAME,
                resource_name=arn,
            )
            for arn in self._arns
        ]


class GraphqlApiBase(Resource):
    """What new and imported GraphQL APIs share: data sources, resolvers and grants."""

    api_id: str
    arn: str
    graph_ql_endpoint_arn: str
    modes: Sequence[AuthorizationType]
    visibility: Visibility

    @property
    def graph_ql_api_ref(self) -> GraphQLApiReference:
        """The API's ARN."""
        return GraphQLApiReference(graph_ql_api_arn=self.arn)

    def add_none_data_source(
        self, id: str, *, description: str | None = None, metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> NoneDataSource:
        """A data source that calls nothing (local resolvers)."""
        from l2.appsync._data_source import NoneDataSource

        return NoneDataSource(self, id, api=self, name=name, description=description, metrics_config=metrics_config)  # type: ignore[arg-type]

    def add_dynamo_db_data_source(
        self, id: str, table: ITable, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> DynamoDbDataSource:
        """A DynamoDB table as a data source."""
        from l2.appsync._data_source import DynamoDbDataSource

        return DynamoDbDataSource(
            self, id, api=self, table=table, name=name, description=description, metrics_config=metrics_config  # type: ignore[arg-type]
        )

    def add_http_data_source(
        self, id: str, endpoint: str, *, authorization_config: AwsIamConfig | None = None,
        description: str | None = None, metrics_config: DataSourceMetricsConfig | None = None,
        name: str | None = None,
    ) -> HttpDataSource:
        """An HTTP endpoint as a data source."""
        from l2.appsync._data_source import HttpDataSource

        return HttpDataSource(
            self, id, api=self, endpoint=endpoint, name=name, description=description,  # type: ignore[arg-type]
            metrics_config=metrics_config, authorization_config=authorization_config,
        )

    def add_lambda_data_source(
        self, id: str, lambda_function: IFunction, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> LambdaDataSource:
        """A Lambda function as a data source."""
        from l2.appsync._data_source import LambdaDataSource

        return LambdaDataSource(
            self, id, api=self, lambda_function=lambda_function, name=name, description=description,  # type: ignore[arg-type]
            metrics_config=metrics_config,
        )

    def add_rds_data_source(
        self, id: str, serverless_cluster: IServerlessCluster, secret_store: ISecret,
        database_name: str | None = None, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> RdsDataSource:
        """An Aurora Serverless v1 cluster (Data API) as a data source."""
        from l2.appsync._data_source import RdsDataSource

        return RdsDataSource(
            self, id, api=self, name=name, description=description, metrics_config=metrics_config,  # type: ignore[arg-type]
            serverless_cluster=serverless_cluster, secret_store=secret_store, database_name=database_name,
        )

    def add_rds_data_source_v2(
        self, id: str, serverless_cluster: IDatabaseCluster, secret_store: ISecret,
        database_name: str | None = None, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> RdsDataSource:
        """An Aurora cluster with the Data API as a data source."""
        from l2.appsync._data_source import RdsDataSource

        return RdsDataSource(
            self, id, api=self, name=name, description=description, metrics_config=metrics_config,  # type: ignore[arg-type]
            serverless_cluster=serverless_cluster, secret_store=secret_store, database_name=database_name,
        )

    def add_elasticsearch_data_source(
        self, id: str, domain: IElasticsearchDomain, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> ElasticsearchDataSource:
        """An Elasticsearch domain as a data source (deprecated: use OpenSearch)."""
        from l2.appsync._data_source import ElasticsearchDataSource

        deprecated(
            "aws-cdk-lib.aws_appsync.GraphqlApiBase#addElasticsearchDataSource", "- use `addOpenSearchDataSource`",
            method=True,
        )

        return ElasticsearchDataSource(
            self, id, api=self, name=name, description=description, metrics_config=metrics_config, domain=domain  # type: ignore[arg-type]
        )

    def add_event_bridge_data_source(
        self, id: str, event_bus: IEventBus, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> EventBridgeDataSource:
        """An event bus as a data source."""
        from l2.appsync._data_source import EventBridgeDataSource

        return EventBridgeDataSource(
            self, id, api=self, event_bus=event_bus, name=name, description=description,  # type: ignore[arg-type]
            metrics_config=metrics_config,
        )

    def add_open_search_data_source(
        self, id: str, domain: IOpenSearchDomain, *, description: str | None = None,
        metrics_config: DataSourceMetricsConfig | None = None, name: str | None = None,
    ) -> OpenSearchDataSource:
        """An OpenSearch domain as a data source."""
        from l2.appsync._data_source import OpenSearchDataSource

        return OpenSearchDataSource(
            self, id, api=self, name=name, description=description, metrics_config=metrics_config, domain=domain  # type: ignore[arg-type]
        )

    def create_resolver(
        self, id: str, *, data_source: BaseDataSource | None = None, field_name: str, type_name: str,
        caching_config: CachingConfig | None = None, code: Code | None = None, max_batch_size: float | None = None,
        metrics_config: ResolverMetricsConfig | None = None, pipeline_config: Sequence[IAppsyncFunction] | None = None,
        request_mapping_template: MappingTemplate | None = None,
        response_mapping_template: MappingTemplate | None = None, runtime: FunctionRuntime | None = None,
    ) -> Resolver:
        """A resolver of this API."""
        from l2.appsync._resolver import Resolver

        return Resolver(
            self, id, api=self, data_source=data_source, field_name=field_name, type_name=type_name,  # type: ignore[arg-type]
            caching_config=caching_config, code=code, max_batch_size=max_batch_size, metrics_config=metrics_config,
            pipeline_config=pipeline_config, request_mapping_template=request_mapping_template,
            response_mapping_template=response_mapping_template, runtime=runtime,
        )

    def add_schema_dependency(self, construct: CfnResource) -> bool:
        """Make ``construct`` wait for the schema (an imported API has none: ``False``)."""
        return False

    def grant(self, grantee: IGrantable, resources: IamResource, *actions: str) -> Grant:
        """Allow ``actions`` on ``resources`` of this API."""
        return iam().Grant.add_to_principal(
            grantee=grantee, actions=list(actions), resource_arns=resources.resource_arns(self)
        )

    def grant_mutation(self, grantee: IGrantable, *fields: str) -> Grant:
        """Allow ``appsync:GraphQL`` on mutations (all, or these fields)."""
        return self.grant(grantee, IamResource.of_type("Mutation", *fields), "appsync:GraphQL")

    def grant_query(self, grantee: IGrantable, *fields: str) -> Grant:
        """Allow ``appsync:GraphQL`` on queries (all, or these fields)."""
        return self.grant(grantee, IamResource.of_type("Query", *fields), "appsync:GraphQL")

    def grant_subscription(self, grantee: IGrantable, *fields: str) -> Grant:
        """Allow ``appsync:GraphQL`` on subscriptions (all, or these fields)."""
        return self.grant(grantee, IamResource.of_type("Subscription", *fields), "appsync:GraphQL")
