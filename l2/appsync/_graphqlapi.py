"""``GraphqlApi``: an AppSync GraphQL API with its schema (or source APIs), authorization, logging and domain."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    CfnResource,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import deprecated, structs
from l1.appsync import CfnApiKey, CfnDomainName, CfnDomainNameApiAssociation, CfnGraphQLApi, CfnGraphQLSchema
from l2._private.iam_module import iam
from l2.appsync._graphqlapi_base import GraphqlApiBase
from l2.appsync._schema import Definition
from l2.appsync._source_api_association import (
    add_source_api_auto_merge_permission,
    add_source_graphql_permission,
)
from l2.appsync._types import (
    ApiKeyConfig,
    AuthorizationConfig,
    AuthorizationMode,
    AuthorizationType,
    DataSourceLevelMetricsBehavior,
    DomainOptions,
    EnhancedMetricsConfig,
    FieldLogLevel,
    IntrospectionConfig,
    LambdaAuthorizerConfig,
    LogConfig,
    MergeType,
    OpenIdConnectConfig,
    ResolverLevelMetricsBehavior,
    SourceApiOptions,
    UserPoolConfig,
    UserPoolDefaultAction,
    Visibility,
    as_struct,
)

if TYPE_CHECKING:
    from l2.appsync._interfaces import IGraphqlApi, ISchema
    from l2.iam import IRole
    from l2.logs import ILogGroup

_SCOPE_LAMBDA_PERMISSION = "@aws-cdk/aws-appsync:appSyncGraphQLAPIScopeLambdaPermission"
_USE_ARN_FOR_ASSOCIATION = "@aws-cdk/aws-appsync:useArnForSourceApiAssociationIdentifier"
_ENV_KEY = re.compile(r"^[A-Za-z]+\w*$")


@structs.frozen(kw_only=True)
class GraphqlApiProps:
    """A GraphQL API's props.

    Args:
        name: the API's name.
        authorization_config: its authorization modes (default an API key).
        definition: its schema or source APIs (or give ``schema``).
        domain_name: a custom domain.
        enhanced_metrics_config: enhanced CloudWatch metrics.
        environment_variables: variables resolvers and functions can read.
        introspection_config: whether introspection is answered (default enabled).
        log_config: CloudWatch logging (default none).
        owner_contact: who owns the API (up to 256 characters).
        query_depth_limit: the deepest nesting a query may have (0 to 75; default no limit).
        resolver_count_limit: the most resolvers a query may run (0 to 10000; default 10000).
        schema: its schema (deprecated: use ``definition``).
        visibility: public or private (default ``GLOBAL``).
        xray_enabled: trace requests with X-Ray.
    """

    name: str
    authorization_config: AuthorizationConfig | None = None
    definition: Definition | None = None
    domain_name: DomainOptions | None = None
    enhanced_metrics_config: EnhancedMetricsConfig | None = None
    environment_variables: Mapping[str, str] | None = None
    introspection_config: IntrospectionConfig | None = None
    log_config: LogConfig | None = None
    owner_contact: str | None = None
    query_depth_limit: float | None = None
    resolver_count_limit: float | None = None
    schema: ISchema | None = None
    visibility: Visibility | None = None
    xray_enabled: bool | None = None


class _ImportedGraphqlApi(GraphqlApiBase):
    def __init__(self, scope: Construct, id: str, api_id: str, arn: str, endpoint_arn: str,
                 visibility: Visibility, modes: Sequence[AuthorizationType]) -> None:
        super().__init__(scope, id)
        self.api_id = api_id
        self.arn = arn
        self.graph_ql_endpoint_arn = endpoint_arn
        self.visibility = visibility
        self.modes = modes


class GraphqlApi(GraphqlApiBase):
    """An AppSync GraphQL API (``AWS::AppSync::GraphQLApi`` with its schema, API key, domain and logging).

    Args:
        scope: the parent construct.
        id: the construct id.
        name: the API's name.
        authorization_config: its authorization modes (default an API key).
        definition: its schema or source APIs (or give ``schema``).
        domain_name: a custom domain.
        enhanced_metrics_config: enhanced CloudWatch metrics.
        environment_variables: variables resolvers and functions can read.
        introspection_config: whether introspection is answered (default enabled).
        log_config: CloudWatch logging (default none).
        owner_contact: who owns the API (up to 256 characters).
        query_depth_limit: the deepest nesting a query may have (0 to 75; default no limit).
        resolver_count_limit: the most resolvers a query may run (0 to 10000; default 10000).
        schema: its schema (deprecated: use ``definition``).
        visibility: public or private (default ``GLOBAL``).
        xray_enabled: trace requests with X-Ray.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.GraphqlApi"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        authorization_config: AuthorizationConfig | None = None,
        definition: Definition | None = None,
        domain_name: DomainOptions | None = None,
        enhanced_metrics_config: EnhancedMetricsConfig | None = None,
        environment_variables: Mapping[str, str] | None = None,
        introspection_config: IntrospectionConfig | None = None,
        log_config: LogConfig | None = None,
        owner_contact: str | None = None,
        query_depth_limit: float | None = None,
        resolver_count_limit: float | None = None,
        schema: ISchema | None = None,
        visibility: Visibility | None = None,
        xray_enabled: bool | None = None,
    ) -> None:
        super().__init__(scope, id)
        if schema is not None:
            deprecated("aws-cdk-lib.aws_appsync.GraphqlApiProps#schema", "use Definition.schema instead")
        self._environment_variables: dict[str, str] = {}
        default_mode = _mode(authorization_config.default_authorization if authorization_config else None)
        if default_mode is None:
            default_mode = AuthorizationMode(authorization_type=AuthorizationType.API_KEY)
        additional = [
            mode
            for mode in (
                _mode(m)
                for m in ((authorization_config.additional_authorization_modes if authorization_config else None) or [])
            )
            if mode is not None
        ]
        modes: list[AuthorizationMode] = [default_mode, *additional]
        self.modes: Sequence[AuthorizationType] = [m.authorization_type for m in modes]
        self._validate_authorization(modes)
        if schema is None and definition is None:
            raise ValidationError("You must specify a GraphQL schema or source APIs in property definition.", self)
        if (schema is not None) == (definition is not None):
            raise ValidationError("You cannot specify both properties schema and definition.", self)
        if query_depth_limit is not None and (query_depth_limit < 0 or query_depth_limit > 75):
            raise ValidationError("You must specify a query depth limit between 0 and 75.", self)
        if resolver_count_limit is not None and (resolver_count_limit < 0 or resolver_count_limit > 10000):
            raise ValidationError("You must specify a resolver count limit between 0 and 10000.", self)
        if owner_contact is not None and not Token.is_unresolved(owner_contact) and len(owner_contact) > 256:
            raise ValidationError("You must specify `ownerContact` as a string of 256 characters or less.", self)
        self.definition: Definition = Definition.from_schema(schema) if schema is not None else definition  # type: ignore[assignment]
        self.merged_api_execution_role: IRole | None = None
        if self.definition.source_api_options is not None:
            options = self.definition.source_api_options
            self.merged_api_execution_role = options.merged_api_execution_role or iam().Role(
                self, "MergedApiExecutionRole", assumed_by=iam().ServicePrincipal("appsync.amazonaws.com")
            )
        if environment_variables is not None:
            for key, value in environment_variables.items():
                self.add_environment_variable(key, value)
        self.node.add_validation(_EnvironmentValidation(self))
        self.visibility: Visibility = visibility if visibility is not None else Visibility.GLOBAL
        log = as_struct(LogConfig, log_config)
        self.api: CfnGraphQLApi = CfnGraphQLApi(
            self,
            "Resource",
            name=name,
            authentication_type=default_mode.authorization_type.value,
            log_config=self._log_config(log),  # type: ignore[arg-type]
            open_id_connect_config=_oidc(default_mode.open_id_connect_config),  # type: ignore[arg-type]
            user_pool_config=_user_pool(default_mode.user_pool_config),  # type: ignore[arg-type]
            lambda_authorizer_config=_lambda_auth(default_mode.lambda_authorizer_config),  # type: ignore[arg-type]
            additional_authentication_providers=(  # type: ignore[arg-type]
                [
                    {
                        "authentication_type": m.authorization_type.value,
                        "user_pool_config": _user_pool(m.user_pool_config, with_default_action=False),
                        "open_id_connect_config": _oidc(m.open_id_connect_config),
                        "lambda_authorizer_config": _lambda_auth(m.lambda_authorizer_config),
                    }
                    for m in additional
                ]
                if additional
                else None
            ),
            xray_enabled=xray_enabled,
            visibility=visibility.value if visibility is not None else None,
            merged_api_execution_role_arn=(
                self.merged_api_execution_role.role_arn if self.merged_api_execution_role is not None else None
            ),
            api_type="MERGED" if self.definition.source_api_options is not None else None,
            introspection_config=introspection_config.value if introspection_config is not None else None,
            query_depth_limit=query_depth_limit,
            resolver_count_limit=resolver_count_limit,
            environment_variables=Lazy.any(self._render_environment_variables),  # type: ignore[arg-type]
            owner_contact=owner_contact,
            enhanced_metrics_config=self._enhanced_metrics(as_struct(EnhancedMetricsConfig, enhanced_metrics_config)),  # type: ignore[arg-type]
        )
        self.api_id: str = self.api.attr_api_id
        self.arn: str = self.api.attr_arn
        self.graphql_url: str = self.api.attr_graph_ql_url
        self.name: str = name
        self.graph_ql_endpoint_arn: str = self.api.attr_graph_ql_endpoint_arn
        self.schema_resource: CfnGraphQLSchema | None = None
        if self.definition.schema is not None:
            bound = self.definition.schema.bind(self)  # type: ignore[arg-type]
            self.schema_resource = CfnGraphQLSchema(
                self, "Schema", api_id=bound.api_id, definition=bound.definition
            )
        else:
            self._setup_source_api_associations()
        self._domain_name_resource: CfnDomainName | None = None
        domain = as_struct(DomainOptions, domain_name)
        if domain is not None:
            self._domain_name_resource = CfnDomainName(
                self,
                "DomainName",
                domain_name=domain.domain_name,
                certificate_arn=domain.certificate.certificate_arn,
                description=f"domain for {self.name} at {self.graphql_url}",
            )
            CfnDomainNameApiAssociation(
                self, "DomainAssociation", domain_name=domain.domain_name, api_id=self.api_id
            ).add_resource_dependency(self._domain_name_resource)
        self.api_key: str | None = None
        self.api_key_resource: CfnApiKey | None = None
        if any(m.authorization_type is AuthorizationType.API_KEY for m in modes):
            config = next(
                (m.api_key_config for m in modes
                 if m.authorization_type is AuthorizationType.API_KEY and m.api_key_config is not None),
                None,
            )
            self.api_key_resource = self._create_api_key(as_struct(ApiKeyConfig, config))
            if self.schema_resource is not None:
                self.api_key_resource.add_resource_dependency(self.schema_resource)
            self.api_key = self.api_key_resource.attr_api_key
        if any(m.authorization_type is AuthorizationType.LAMBDA for m in modes):
            lambda_config = next(
                (m.lambda_authorizer_config for m in modes
                 if m.authorization_type is AuthorizationType.LAMBDA and m.lambda_authorizer_config is not None),
                None,
            )
            if lambda_config is not None:
                principal = iam().ServicePrincipal("appsync.amazonaws.com")
                if FeatureFlags.of(self).is_enabled(_SCOPE_LAMBDA_PERMISSION):
                    lambda_config.handler.add_permission(
                        f"{id}-appsync", principal=principal, action="lambda:InvokeFunction", source_arn=self.arn
                    )
                else:
                    lambda_config.handler.add_permission(
                        f"{id}-appsync", principal=principal, action="lambda:InvokeFunction"
                    )
        from l2 import logs

        log_group_name = f"/aws/appsync/apis/{self.api_id}"
        self.log_group: ILogGroup
        if log is not None:
            retention = log.retention if log.retention is not None else logs.RetentionDays.INFINITE
            log_retention = logs.LogRetention(self, "LogRetention", log_group_name=log_group_name, retention=retention)
            self.log_group = logs.LogGroup.from_log_group_arn(self, "LogGroup", log_retention.log_group_arn)
        else:
            self.log_group = logs.LogGroup.from_log_group_name(self, "LogGroup", log_group_name)

    @property
    def schema(self) -> ISchema:
        """The API's schema (a merged API has none)."""
        if self.definition.schema is not None:
            return self.definition.schema
        raise ValidationError("Schema does not exist for AppSync merged APIs.", self)

    @property
    def app_sync_domain_name(self) -> str:
        """The AppSync domain name of the custom domain (for a CNAME)."""
        if self._domain_name_resource is None:
            raise ValidationError("Cannot retrieve the appSyncDomainName without a domainName configuration", self)
        return self._domain_name_resource.attr_app_sync_domain_name

    @staticmethod
    def from_graphql_api_attributes(
        scope: Construct,
        id: str,
        *,
        graphql_api_id: str,
        graphql_api_arn: str | None = None,
        graph_ql_endpoint_arn: str | None = None,
        modes: Sequence[AuthorizationType] | None = None,
        visibility: Visibility | None = None,
    ) -> IGraphqlApi:
        """Import a GraphQL API by id (and ARN)."""
        arn = graphql_api_arn or Stack.of(scope).format_arn(service="appsync", resource=f"apis/{graphql_api_id}")
        return _ImportedGraphqlApi(  # type: ignore[return-value]
            scope, id, graphql_api_id, arn, graph_ql_endpoint_arn or "", visibility or Visibility.GLOBAL,
            list(modes or []),
        )

    def add_schema_dependency(self, construct: CfnResource) -> bool:
        """Make ``construct`` wait for the schema."""
        if self.schema_resource is not None:
            construct.add_resource_dependency(self.schema_resource)
        return True

    def add_environment_variable(self, key: str, value: str) -> None:
        """Add a variable resolvers and functions can read (not on merged APIs)."""
        if self.definition.source_api_options is not None:
            raise ValidationError("Environment variables are not supported for merged APIs", self)
        if not Token.is_unresolved(key) and not _ENV_KEY.match(key):
            raise ValidationError(
                f"Key '{key}' must begin with a letter and can only contain letters, numbers, and underscores", self
            )
        if not Token.is_unresolved(key) and (len(key) < 2 or len(key) > 64):
            raise ValidationError(f"Key '{key}' must be between 2 and 64 characters long, got {len(key)}", self)
        if not Token.is_unresolved(value) and len(value) > 512:
            raise ValidationError(
                f"Value for '{key}' is too long. Values can be up to 512 characters long, got {len(value)}", self
            )
        self._environment_variables[key] = value

    def _render_environment_variables(self) -> dict[str, str] | None:
        return dict(self._environment_variables) if self._environment_variables else None

    def _validate_authorization(self, modes: list[AuthorizationMode]) -> None:
        if len([m for m in modes if m.authorization_type is AuthorizationType.LAMBDA]) > 1:
            raise ValidationError(
                "You can only have a single AWS Lambda function configured to authorize your API.", self
            )
        for m in modes:
            if m.authorization_type is AuthorizationType.OIDC and m.open_id_connect_config is None:
                raise ValidationError("Missing OIDC Configuration", self)
            if m.authorization_type is AuthorizationType.USER_POOL and m.user_pool_config is None:
                raise ValidationError("Missing User Pool Configuration", self)
            if m.authorization_type is AuthorizationType.LAMBDA and m.lambda_authorizer_config is None:
                raise ValidationError("Missing Lambda Configuration", self)
        if len([m for m in modes if m.authorization_type is AuthorizationType.API_KEY]) > 1:
            raise ValidationError(
                "You can't duplicate API_KEY configuration. "
                "See https://docs.aws.amazon.com/appsync/latest/devguide/security.html",
                self,
            )
        if len([m for m in modes if m.authorization_type is AuthorizationType.IAM]) > 1:
            raise ValidationError(
                "You can't duplicate IAM configuration. "
                "See https://docs.aws.amazon.com/appsync/latest/devguide/security.html",
                self,
            )

    def _setup_source_api_associations(self) -> None:
        options: SourceApiOptions = self.definition.source_api_options  # type: ignore[assignment]
        from l1.appsync import CfnSourceApiAssociation

        for config in options.source_apis:
            merge_type = config.merge_type or MergeType.AUTO_MERGE
            source_id, merged_id = config.source_api.api_id, self.api_id
            if FeatureFlags.of(self).is_enabled(_USE_ARN_FOR_ASSOCIATION):
                source_id, merged_id = config.source_api.arn, self.arn
            association = CfnSourceApiAssociation(
                self,
                f"{config.source_api.node.id}Association",  # type: ignore[attr-defined]
                source_api_identifier=source_id,
                merged_api_identifier=merged_id,
                source_api_association_config={"merge_type": merge_type.value},  # type: ignore[arg-type]
                description=config.description,
            )
            config.source_api.add_schema_dependency(association)
            role = self.merged_api_execution_role
            add_source_graphql_permission(association, role)  # type: ignore[arg-type]
            if merge_type is MergeType.AUTO_MERGE:
                add_source_api_auto_merge_permission(association, role)  # type: ignore[arg-type]

    def _log_config(self, config: LogConfig | None) -> dict[str, Any] | None:
        if config is None:
            return None
        if config.role is not None:
            role_arn = config.role.role_arn
        else:
            role_arn = iam().Role(
                self,
                "ApiLogsRole",
                assumed_by=iam().ServicePrincipal("appsync.amazonaws.com"),
                managed_policies=[
                    iam().ManagedPolicy.from_aws_managed_policy_name("service-role/AWSAppSyncPushToCloudWatchLogs")
                ],
            ).role_arn
        level = config.field_log_level if config.field_log_level is not None else FieldLogLevel.NONE
        return {
            "cloud_watch_logs_role_arn": role_arn,
            "exclude_verbose_content": config.exclude_verbose_content,
            "field_log_level": level.value,
        }

    def _enhanced_metrics(self, config: EnhancedMetricsConfig | None) -> dict[str, Any] | None:
        if config is None:
            return None
        if config.data_source_level_metrics_behavior is DataSourceLevelMetricsBehavior.FULL_REQUEST_DATA_SOURCE_METRICS:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-appsync:fullRequestDataSourceMetrics",
                "When DataSourceLevelMetricsBehavior is set to FULL_REQUEST_DATA_SOURCE_METRICS, metrics are sent to "
                "CloudWatch for all data sources used in the request, regardless of whether a data source\u2019s "
                "MetricsConfig is set to ENABLED or DISABLED.",
            )
        if config.resolver_level_metrics_behavior is ResolverLevelMetricsBehavior.FULL_REQUEST_RESOLVER_METRICS:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-appsync:fullRequestResolverMetrics",
                "When ResolverLevelMetricsBehavior is set to FULL_REQUEST_RESOLVER_METRICS, metrics are sent to "
                "CloudWatch for all resolvers used in the request, regardless of whether a resolver\u2019s "
                "MetricsConfig is set to ENABLED or DISABLED.",
            )
        return {
            "data_source_level_metrics_behavior": config.data_source_level_metrics_behavior.value,
            "operation_level_metrics_config": config.operation_level_metrics_config.value,
            "resolver_level_metrics_behavior": config.resolver_level_metrics_behavior.value,
        }

    def _create_api_key(self, config: ApiKeyConfig | None) -> CfnApiKey:
        expires = config.expires if config is not None else None
        if expires is not None and (expires.is_before(Duration.days(1)) or expires.is_after(Duration.days(365))):
            raise ValidationError("API key expiration must be between 1 and 365 days.", self)
        return CfnApiKey(
            self,
            f"{(config.name if config is not None else None) or 'Default'}ApiKey",
            expires=expires.to_epoch() if expires is not None else None,
            description=config.description if config is not None else None,
            api_id=self.api_id,
        )


class _EnvironmentValidation:
    def __init__(self, api: GraphqlApi) -> None:
        self._api = api

    def validate(self) -> list[str]:
        count = len(self._api._environment_variables)
        return [f"Only 50 environment variables can be set, got {count}"] if count > 50 else []


def _mode(mode: Any) -> AuthorizationMode | None:
    mode = as_struct(AuthorizationMode, mode)
    if mode is None:
        return None
    changes = {
        "api_key_config": as_struct(ApiKeyConfig, mode.api_key_config),
        "lambda_authorizer_config": as_struct(LambdaAuthorizerConfig, mode.lambda_authorizer_config),
        "open_id_connect_config": as_struct(OpenIdConnectConfig, mode.open_id_connect_config),
        "user_pool_config": as_struct(UserPoolConfig, mode.user_pool_config),
    }
    return structs.evolve(mode, **changes)


def _oidc(config: OpenIdConnectConfig | None) -> dict[str, Any] | None:
    if config is None:
        return None
    return {
        "auth_ttl": config.token_expiry_from_auth,
        "client_id": config.client_id,
        "iat_ttl": config.token_expiry_from_issue,
        "issuer": config.oidc_provider,
    }


def _user_pool(config: UserPoolConfig | None, *, with_default_action: bool = True) -> dict[str, Any] | None:
    # an additional provider's user pool config has no DefaultAction in CloudFormation (aws-cdk-lib's L1 drops it)
    if config is None:
        return None
    rendered = {
        "user_pool_id": config.user_pool.user_pool_id,
        "aws_region": config.user_pool.env.region,  # type: ignore[attr-defined]  # a Resource
        "app_id_client_regex": config.app_id_client_regex,
    }
    if with_default_action:
        rendered["default_action"] = (config.default_action or UserPoolDefaultAction.ALLOW).value
    return rendered


def _lambda_auth(config: LambdaAuthorizerConfig | None) -> dict[str, Any] | None:
    if config is None:
        return None
    return {
        "authorizer_result_ttl_in_seconds": (
            config.results_cache_ttl.to_seconds() if config.results_cache_ttl is not None else None
        ),
        "authorizer_uri": config.handler.function_arn,
        "identity_validation_expression": config.validation_regex,
    }
