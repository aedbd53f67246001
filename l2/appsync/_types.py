"""AppSync enums and structs: authorization modes, logging, domains, caching, metrics, runtimes and attributes."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Duration, Expiration, IResolvable
    from l2.appsync._code import Code
    from l2.appsync._data_source import BaseDataSource
    from l2.appsync._interfaces import IAppsyncFunction, IGraphqlApi
    from l2.appsync._mapping import MappingTemplate
    from l2.appsync._runtime import FunctionRuntime
    from l2.certificatemanager import ICertificate
    from l2.cognito import IUserPool
    from l2.iam import IRole, Role
    from l2.lambda_ import IFunction
    from l2.logs import RetentionDays


class AuthorizationType(enum.Enum):
    """How a GraphQL API authorizes requests."""

    API_KEY = "API_KEY"
    IAM = "AWS_IAM"
    USER_POOL = "AMAZON_COGNITO_USER_POOLS"
    OIDC = "OPENID_CONNECT"
    LAMBDA = "AWS_LAMBDA"


class Visibility(enum.Enum):
    """Whether a GraphQL API is reachable from the internet or only from a VPC."""

    GLOBAL = "GLOBAL"
    PRIVATE = "PRIVATE"


class UserPoolDefaultAction(enum.Enum):
    """What happens to a user-pool-authenticated request no directive decides."""

    ALLOW = "ALLOW"
    DENY = "DENY"


class FieldLogLevel(enum.Enum):
    """How much field-level detail a GraphQL API logs."""

    NONE = "NONE"
    ERROR = "ERROR"
    INFO = "INFO"
    DEBUG = "DEBUG"
    ALL = "ALL"


class IntrospectionConfig(enum.Enum):
    """Whether introspection queries are answered."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class DataSourceLevelMetricsBehavior(enum.Enum):
    """Which data sources emit enhanced metrics."""

    FULL_REQUEST_DATA_SOURCE_METRICS = "FULL_REQUEST_DATA_SOURCE_METRICS"
    PER_DATA_SOURCE_METRICS = "PER_DATA_SOURCE_METRICS"


class OperationLevelMetricsConfig(enum.Enum):
    """Whether operation-level enhanced metrics are emitted."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class ResolverLevelMetricsBehavior(enum.Enum):
    """Which resolvers emit enhanced metrics."""

    FULL_REQUEST_RESOLVER_METRICS = "FULL_REQUEST_RESOLVER_METRICS"
    PER_RESOLVER_METRICS = "PER_RESOLVER_METRICS"


class DataSourceMetricsConfig(enum.Enum):
    """Whether one data source emits enhanced metrics (under ``PER_DATA_SOURCE_METRICS``)."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class ResolverMetricsConfig(enum.Enum):
    """Whether one resolver emits enhanced metrics (under ``PER_RESOLVER_METRICS``)."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class MergeType(enum.Enum):
    """How a source API's changes reach the merged API."""

    MANUAL_MERGE = "MANUAL_MERGE"
    AUTO_MERGE = "AUTO_MERGE"


@structs.frozen(kw_only=True)
class ApiKeyConfig:
    """An API key of a GraphQL API.

    Args:
        description: the key's description.
        expires: when the key expires (between 1 and 365 days from now; default 7 days, AppSync's).
        name: the key's name, used in its construct id (default ``Default``).
    """

    description: str | None = None
    expires: Expiration | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class UserPoolConfig:
    """Cognito user pool authorization.

    Args:
        user_pool: the user pool.
        app_id_client_regex: a regular expression the client id must match.
        default_action: what to do with requests no directive decides (default ``ALLOW``).
    """

    user_pool: IUserPool
    app_id_client_regex: str | None = None
    default_action: UserPoolDefaultAction | None = None


@structs.frozen(kw_only=True)
class OpenIdConnectConfig:
    """OpenID Connect authorization.

    Args:
        oidc_provider: the issuer URL.
        client_id: the client id the tokens must carry (default any).
        token_expiry_from_auth: milliseconds a token is valid after authentication (default no limit).
        token_expiry_from_issue: milliseconds a token is valid after it was issued (default no limit).
    """

    oidc_provider: str
    client_id: str | None = None
    token_expiry_from_auth: float | None = None
    token_expiry_from_issue: float | None = None


@structs.frozen(kw_only=True)
class LambdaAuthorizerConfig:
    """Lambda authorization.

    Args:
        handler: the authorizer function.
        results_cache_ttl: how long results are cached (default 5 minutes, AppSync's).
        validation_regex: a regular expression tokens must match before the function is called.
    """

    handler: IFunction
    results_cache_ttl: Duration | None = None
    validation_regex: str | None = None


@structs.frozen(kw_only=True)
class AuthorizationMode:
    """One authorization mode of a GraphQL API.

    Args:
        authorization_type: the kind of authorization.
        api_key_config: the API key (``API_KEY``).
        lambda_authorizer_config: the authorizer (``LAMBDA``, required).
        open_id_connect_config: the provider (``OIDC``, required).
        user_pool_config: the user pool (``USER_POOL``, required).
    """

    authorization_type: AuthorizationType
    api_key_config: ApiKeyConfig | None = None
    lambda_authorizer_config: LambdaAuthorizerConfig | None = None
    open_id_connect_config: OpenIdConnectConfig | None = None
    user_pool_config: UserPoolConfig | None = None


@structs.frozen(kw_only=True)
class AuthorizationConfig:
    """The authorization modes of a GraphQL API.

    Args:
        additional_authorization_modes: further modes (default none).
        default_authorization: the default mode (default an API key).
    """

    additional_authorization_modes: Sequence[AuthorizationMode] | None = None
    default_authorization: AuthorizationMode | None = None


@structs.frozen(kw_only=True)
class LogConfig:
    """CloudWatch logging of a GraphQL API.

    Args:
        exclude_verbose_content: leave headers, context and mapping templates out of the logs.
        field_log_level: field-level detail (default ``NONE``).
        retention: how long the log group keeps events (default forever).
        role: the role AppSync writes the logs with (default a new one).
    """

    exclude_verbose_content: bool | IResolvable | None = None
    field_log_level: FieldLogLevel | None = None
    retention: RetentionDays | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class DomainOptions:
    """A custom domain name for an API.

    Args:
        certificate: the certificate for the domain (in us-east-1).
        domain_name: the domain name.
    """

    certificate: ICertificate
    domain_name: str


@structs.frozen(kw_only=True)
class EnhancedMetricsConfig:
    """Enhanced CloudWatch metrics of a GraphQL API.

    Args:
        data_source_level_metrics_behavior: which data sources emit metrics.
        operation_level_metrics_config: whether operations emit metrics.
        resolver_level_metrics_behavior: which resolvers emit metrics.
    """

    data_source_level_metrics_behavior: DataSourceLevelMetricsBehavior
    operation_level_metrics_config: OperationLevelMetricsConfig
    resolver_level_metrics_behavior: ResolverLevelMetricsBehavior


@structs.frozen(kw_only=True)
class CachingConfig:
    """Per-resolver caching (the API needs a cache: ``CfnApiCache``).

    Args:
        ttl: how long results are cached (1 second to 1 hour).
        caching_keys: the ``$context.arguments``/``$context.source``/``$context.identity`` keys of the cache.
    """

    ttl: Duration
    caching_keys: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class AwsIamConfig:
    """SigV4 signing of the requests of an HTTP data source.

    Args:
        signing_region: the region to sign for.
        signing_service_name: the service to sign for.
    """

    signing_region: str
    signing_service_name: str


@structs.frozen(kw_only=True)
class DataSourceOptions:
    """Options of a data source added through ``GraphqlApi.add_*_data_source``.

    Args:
        description: the data source's description.
        metrics_config: whether it emits enhanced metrics.
        name: its name (default the construct id, without non-word characters).
    """

    description: str | None = None
    metrics_config: DataSourceMetricsConfig | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class HttpDataSourceOptions(DataSourceOptions):
    """Options of an HTTP data source.

    Args:
        authorization_config: sign the requests with SigV4 (default unsigned).
    """

    authorization_config: AwsIamConfig | None = None


@structs.frozen(kw_only=True)
class CodeConfig:
    """Where a resolver's or function's code is: inline or in S3.

    Args:
        inline_code: the code itself.
        s3_location: the ``s3://`` URL of an asset.
    """

    inline_code: str | None = None
    s3_location: str | None = None


@structs.frozen(kw_only=True)
class RuntimeConfig:
    """A runtime as the L1 resource takes it.

    Args:
        name: the runtime's name (``APPSYNC_JS``).
        runtime_version: its version.
    """

    name: str
    runtime_version: str


@structs.frozen(kw_only=True)
class BaseResolverProps:
    """What every resolver has.

    Args:
        field_name: the field it resolves.
        type_name: the type of the field.
        caching_config: per-resolver caching.
        code: JavaScript code (needs ``runtime``).
        max_batch_size: the most requests a Lambda data source receives in one batch.
        metrics_config: whether it emits enhanced metrics.
        pipeline_config: the functions of a pipeline resolver, in order.
        request_mapping_template: the VTL request template.
        response_mapping_template: the VTL response template.
        runtime: the code's runtime.
    """

    field_name: str
    type_name: str
    caching_config: CachingConfig | None = None
    code: Code | None = None
    max_batch_size: float | None = None
    metrics_config: ResolverMetricsConfig | None = None
    pipeline_config: Sequence[IAppsyncFunction] | None = None
    request_mapping_template: MappingTemplate | None = None
    response_mapping_template: MappingTemplate | None = None
    runtime: FunctionRuntime | None = None


@structs.frozen(kw_only=True)
class ExtendedResolverProps(BaseResolverProps):
    """A resolver's props with its data source.

    Args:
        data_source: the data source (none for a pipeline resolver).
    """

    data_source: BaseDataSource | None = None


@structs.frozen(kw_only=True)
class ResolverProps(ExtendedResolverProps):
    """A resolver's props.

    Args:
        api: the API.
    """

    api: IGraphqlApi


@structs.frozen(kw_only=True)
class BaseAppsyncFunctionProps:
    """What every AppSync function has.

    Args:
        name: the function's name.
        code: JavaScript code (needs ``runtime``).
        description: its description.
        max_batch_size: the most requests a Lambda data source receives in one batch.
        request_mapping_template: the VTL request template.
        response_mapping_template: the VTL response template.
        runtime: the code's runtime.
    """

    name: str
    code: Code | None = None
    description: str | None = None
    max_batch_size: float | None = None
    request_mapping_template: MappingTemplate | None = None
    response_mapping_template: MappingTemplate | None = None
    runtime: FunctionRuntime | None = None


@structs.frozen(kw_only=True)
class AppsyncFunctionProps(BaseAppsyncFunctionProps):
    """An AppSync function's props.

    Args:
        api: the API.
        data_source: the data source.
    """

    api: IGraphqlApi
    data_source: BaseDataSource


@structs.frozen(kw_only=True)
class AppsyncFunctionAttributes:
    """An existing AppSync function.

    Args:
        function_arn: its ARN.
    """

    function_arn: str


@structs.frozen(kw_only=True)
class GraphqlApiAttributes:
    """An existing GraphQL API.

    Args:
        graphql_api_id: its id.
        graphql_api_arn: its ARN (default built from the id).
        graph_ql_endpoint_arn: its endpoint ARN.
        modes: its authorization modes.
        visibility: its visibility (default ``GLOBAL``).
    """

    graphql_api_id: str
    graphql_api_arn: str | None = None
    graph_ql_endpoint_arn: str | None = None
    modes: Sequence[AuthorizationType] | None = None
    visibility: Visibility | None = None


@structs.frozen(kw_only=True)
class SchemaProps:
    """Where a schema file is.

    Args:
        file_path: the path of the ``.graphql`` file.
    """

    file_path: str


class SchemaBindOptions:
    """Options of ``ISchema.bind`` (none yet)."""


@structs.frozen(kw_only=True)
class SourceApi:
    """A source API of a merged API.

    Args:
        source_api: the source API.
        description: the association's description.
        merge_type: how changes merge (default ``AUTO_MERGE``).
    """

    source_api: IGraphqlApi
    description: str | None = None
    merge_type: MergeType | None = None


@structs.frozen(kw_only=True)
class SourceApiOptions:
    """The source APIs of a merged API.

    Args:
        source_apis: the source APIs.
        merged_api_execution_role: the role the merged API runs as (default a new one).
    """

    source_apis: Sequence[SourceApi]
    merged_api_execution_role: Role | None = None


def as_struct(cls: type, value: Any) -> Any:
    """``value``, or the struct ``cls`` built from a mapping of its fields (as jsii accepts for structs)."""
    if value is None or isinstance(value, cls):
        return value
    if isinstance(value, dict):
        return cls(**value)
    return value
