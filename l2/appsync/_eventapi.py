"""``EventApi`` (an AppSync Event API), its ``ChannelNamespace`` and ``AppSyncEventResource`` grants."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Lazy, Names, Resource, Stack, Token, ValidationError
from l1._private.interfaces.appsync import ApiReference as ApiReference
from l1._private.interfaces.appsync import ChannelNamespaceReference as ChannelNamespaceReference
from l1.appsync import CfnApi, CfnApiKey, CfnChannelNamespace, CfnDomainName, CfnDomainNameApiAssociation
from l2._private.iam_module import iam
from l2.appsync._event_types import (
    AppSyncApiKeyConfig,
    AppSyncAuthorizationType,
    AppSyncAuthProvider,
    AppSyncAwsIamConfig,
    AppSyncCognitoConfig,
    AppSyncDataSourceType,
    AppSyncDomainOptions,
    AppSyncFieldLogLevel,
    AppSyncLambdaAuthorizerConfig,
    AppSyncLogConfig,
    AppSyncOpenIdConnectConfig,
    EventApiAuthConfig,
    HandlerBehavior,
    HandlerConfig,
    LambdaInvokeType,
    NamespaceAuthConfig,
)
from l2.appsync._types import as_struct

if TYPE_CHECKING:
    from l2.appsync._code import Code
    from l2.appsync._event_data_source import (
        AppSyncDynamoDbDataSource,
        AppSyncEventBridgeDataSource,
        AppSyncHttpDataSource,
        AppSyncLambdaDataSource,
        AppSyncOpenSearchDataSource,
        AppSyncRdsDataSource,
    )
    from l2.appsync._interfaces import IChannelNamespace, IEventApi
    from l2.dynamodb import ITable
    from l2.events import IEventBus
    from l2.iam import Grant, IGrantable
    from l2.lambda_ import IFunction
    from l2.logs import ILogGroup
    from l2.opensearchservice import IDomain as IOpenSearchDomain
    from l2.rds import IDatabaseCluster, IServerlessCluster
    from l2.secretsmanager import ISecret

_OWNER_CONTACT = re.compile(r"^[A-Za-z0-9_\-\ \.]+$")


class AppSyncEventResource:
    """The parts of an Event API an IAM grant covers.

    Args:
        arns: the resource paths under the API (``""`` for the API itself).
    """

    def __init__(self, arns: Sequence[str]) -> None:
        self._arns = list(arns)

    @staticmethod
    def for_api() -> AppSyncEventResource:
        """The API itself (for ``appsync:EventConnect``)."""
        return AppSyncEventResource([""])

    @staticmethod
    def of_channel_namespace(channel_namespace: str) -> AppSyncEventResource:
        """One channel namespace."""
        return AppSyncEventResource([f"channelNamespace/{channel_namespace}"])

    @staticmethod
    def all() -> AppSyncEventResource:
        """Everything in the API."""
        return AppSyncEventResource(["*"])

    @staticmethod
    def all_channel_namespaces() -> AppSyncEventResource:
        """Every channel namespace."""
        return AppSyncEventResource(["channelNamespace/*"])

    def resource_arns(self, api: EventApiBase) -> list[str]:
        """The ARNs of these parts of ``api``."""
        stack = Stack.of(api)
        return [
            stack.format_arn(service="appsync", resource=f"apis/{api.api_id}", arn_format=ArnFormat.NO_RESOURCE_NAME)
            if arn == ""
            else stack.format_arn(
                service="appsync", resource=f"apis/{api.api_id}", arn_format=ArnFormat.SLASH_RESOURCE_NAME,
                resource_name=arn,
            )
            for arn in self._arns
        ]


class ApiBase(Resource):
    """What every AppSync API (Event API) has: an id and an ARN."""

    api_id: str
    api_arn: str

    @property
    def api_ref(self) -> ApiReference:
        """The API's ARN."""
        return ApiReference(api_arn=self.api_arn)


class EventApiBase(ApiBase):
    """What new and imported Event APIs share: channel namespaces, data sources and grants."""

    http_dns: str
    realtime_dns: str
    auth_provider_types: Sequence[AppSyncAuthorizationType]

    def add_channel_namespace(
        self,
        id: str,
        *,
        authorization_config: NamespaceAuthConfig | None = None,
        channel_namespace_name: str | None = None,
        code: Code | None = None,
        publish_handler_config: HandlerConfig | None = None,
        subscribe_handler_config: HandlerConfig | None = None,
    ) -> ChannelNamespace:
        """A channel namespace of this API (named ``id`` by default)."""
        return ChannelNamespace(
            self, id, api=self, authorization_config=authorization_config,  # type: ignore[arg-type]
            channel_namespace_name=channel_namespace_name if channel_namespace_name is not None else id, code=code,
            publish_handler_config=publish_handler_config, subscribe_handler_config=subscribe_handler_config,
        )

    def add_dynamo_db_data_source(
        self, id: str, table: ITable, *, description: str | None = None, name: str | None = None
    ) -> AppSyncDynamoDbDataSource:
        """A DynamoDB table as a data source."""
        from l2.appsync._event_data_source import AppSyncDynamoDbDataSource

        return AppSyncDynamoDbDataSource(self, id, api=self, table=table, name=name, description=description)  # type: ignore[arg-type]

    def add_http_data_source(
        self, id: str, endpoint: str, *, authorization_config: AppSyncAwsIamConfig | None = None,
        description: str | None = None, name: str | None = None,
    ) -> AppSyncHttpDataSource:
        """An HTTP endpoint as a data source."""
        from l2.appsync._event_data_source import AppSyncHttpDataSource

        return AppSyncHttpDataSource(
            self, id, api=self, endpoint=endpoint, name=name, description=description,  # type: ignore[arg-type]
            authorization_config=authorization_config,
        )

    def add_lambda_data_source(
        self, id: str, lambda_function: IFunction, *, description: str | None = None, name: str | None = None
    ) -> AppSyncLambdaDataSource:
        """A Lambda function as a data source."""
        from l2.appsync._event_data_source import AppSyncLambdaDataSource

        return AppSyncLambdaDataSource(
            self, id, api=self, lambda_function=lambda_function, name=name, description=description  # type: ignore[arg-type]
        )

    def add_rds_data_source(
        self, id: str, serverless_cluster: IDatabaseCluster | IServerlessCluster, secret_store: ISecret,
        database_name: str | None = None, *, description: str | None = None, name: str | None = None,
    ) -> AppSyncRdsDataSource:
        """An Aurora cluster's Data API as a data source."""
        from l2.appsync._event_data_source import AppSyncRdsDataSource

        return AppSyncRdsDataSource(
            self, id, api=self, name=name, description=description, serverless_cluster=serverless_cluster,  # type: ignore[arg-type]
            secret_store=secret_store, database_name=database_name,
        )

    def add_event_bridge_data_source(
        self, id: str, event_bus: IEventBus, *, description: str | None = None, name: str | None = None
    ) -> AppSyncEventBridgeDataSource:
        """An event bus as a data source."""
        from l2.appsync._event_data_source import AppSyncEventBridgeDataSource

        return AppSyncEventBridgeDataSource(
            self, id, api=self, event_bus=event_bus, name=name, description=description  # type: ignore[arg-type]
        )

    def add_open_search_data_source(
        self, id: str, domain: IOpenSearchDomain, *, description: str | None = None, name: str | None = None
    ) -> AppSyncOpenSearchDataSource:
        """An OpenSearch domain as a data source."""
        from l2.appsync._event_data_source import AppSyncOpenSearchDataSource

        return AppSyncOpenSearchDataSource(self, id, api=self, name=name, description=description, domain=domain)  # type: ignore[arg-type]

    def grant(self, grantee: IGrantable, resources: AppSyncEventResource, *actions: str) -> Grant:
        """Allow ``actions`` on ``resources`` (the API needs the IAM auth provider)."""
        if AppSyncAuthorizationType.IAM not in self.auth_provider_types:
            raise ValidationError(
                "Cannot use grant method because IAM Authorization mode is missing in the auth providers on this API.",
                self,
            )
        return iam().Grant.add_to_principal(
            grantee=grantee, actions=list(actions), resource_arns=resources.resource_arns(self)
        )

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Allow publishing to every channel namespace."""
        return self.grant(grantee, AppSyncEventResource.all_channel_namespaces(), "appsync:EventPublish")

    def grant_subscribe(self, grantee: IGrantable) -> Grant:
        """Allow subscribing to every channel namespace."""
        return self.grant(grantee, AppSyncEventResource.all_channel_namespaces(), "appsync:EventSubscribe")

    def grant_publish_and_subscribe(self, grantee: IGrantable) -> Grant:
        """Allow publishing and subscribing to every channel namespace."""
        return self.grant(
            grantee, AppSyncEventResource.all_channel_namespaces(), "appsync:EventPublish", "appsync:EventSubscribe"
        )

    def grant_connect(self, grantee: IGrantable) -> Grant:
        """Allow connecting to the API."""
        return self.grant(grantee, AppSyncEventResource.for_api(), "appsync:EventConnect")


class _ImportedEventApi(EventApiBase):
    def __init__(self, scope: Construct, id: str, api_id: str, api_arn: str, http_dns: str, realtime_dns: str,
                 auth_provider_types: Sequence[AppSyncAuthorizationType]) -> None:
        super().__init__(scope, id)
        self.api_id = api_id
        self.api_arn = api_arn
        self.http_dns = http_dns
        self.realtime_dns = realtime_dns
        self.auth_provider_types = auth_provider_types


def create_api_key(scope: Construct, api_id: str, config: AppSyncApiKeyConfig | None) -> CfnApiKey:
    """An ``AWS::AppSync::ApiKey`` named ``<name>ApiKey``."""
    expires = config.expires if config is not None else None
    if expires is not None and (expires.is_before(Duration.days(1)) or expires.is_after(Duration.days(365))):
        raise ValidationError("API key expiration must be between 1 and 365 days.", scope)
    return CfnApiKey(
        scope,
        f"{(config.name if config is not None else None) or 'Default'}ApiKey",
        expires=expires.to_epoch() if expires is not None else None,
        description=config.description if config is not None else None,
        api_id=api_id,
    )


class EventApi(EventApiBase):
    """An AppSync Event API (``AWS::AppSync::Api``) with its API keys, domain and logging.

    Args:
        scope: the parent construct.
        id: the construct id.
        api_name: the API's name (1 to 50 characters).
        authorization_config: its auth providers (default an API key).
        domain_name: a custom domain.
        log_config: CloudWatch logging.
        owner_contact: who owns the API (1 to 256 letters, digits, ``_``, ``-``, spaces and periods).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.EventApi"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_name: str,
        authorization_config: EventApiAuthConfig | None = None,
        domain_name: AppSyncDomainOptions | None = None,
        log_config: AppSyncLogConfig | None = None,
        owner_contact: str | None = None,
    ) -> None:
        if api_name is not None and not Token.is_unresolved(api_name) and not 1 <= len(api_name) <= 50:
            raise ValidationError(
                f"`apiName` must be between 1 and 50 characters, got: {len(api_name)} characters.", scope
            )
        super().__init__(
            scope, id,
            physical_name=api_name if api_name is not None else Lazy.string(
                lambda: Names.unique_resource_name(self, max_length=50, separator="-")
            ),
        )
        auth = as_struct(EventApiAuthConfig, authorization_config)
        providers = [
            _provider(p)
            for p in ((auth.auth_providers if auth is not None else None)
                      or [AppSyncAuthProvider(authorization_type=AppSyncAuthorizationType.API_KEY)])
        ]
        self.auth_provider_types: Sequence[AppSyncAuthorizationType] = (
            [p.authorization_type for p in providers] if providers else [AppSyncAuthorizationType.API_KEY]
        )
        self.connection_mode_types: Sequence[AppSyncAuthorizationType] = (
            auth.connection_auth_mode_types if auth is not None and auth.connection_auth_mode_types is not None
            else self.auth_provider_types
        )
        self.default_publish_mode_types: Sequence[AppSyncAuthorizationType] = (
            auth.default_publish_auth_mode_types
            if auth is not None and auth.default_publish_auth_mode_types is not None
            else self.auth_provider_types
        )
        self.default_subscribe_mode_types: Sequence[AppSyncAuthorizationType] = (
            auth.default_subscribe_auth_mode_types
            if auth is not None and auth.default_subscribe_auth_mode_types is not None
            else self.auth_provider_types
        )
        self._validate_owner_contact(owner_contact)
        self._validate_providers(providers)
        for modes in (self.connection_mode_types, self.default_publish_mode_types, self.default_subscribe_mode_types):
            self._validate_modes(providers, modes)
        log = as_struct(AppSyncLogConfig, log_config)
        self.event_config: dict[str, Any] = {
            "auth_providers": [
                {
                    "auth_type": p.authorization_type.value,
                    "cognito_config": _cognito(p.cognito_config),
                    "open_id_connect_config": _oidc(p.open_id_connect_config),
                    "lambda_authorizer_config": _lambda_auth(p.lambda_authorizer_config),
                }
                for p in providers
            ],
            "connection_auth_modes": [{"auth_type": m.value} for m in self.connection_mode_types],
            "default_publish_auth_modes": [{"auth_type": m.value} for m in self.default_publish_mode_types],
            "default_subscribe_auth_modes": [{"auth_type": m.value} for m in self.default_subscribe_mode_types],
            "log_config": self._log_config(log),
        }
        self.api: CfnApi = CfnApi(
            self, "Resource", name=self.physical_name, owner_contact=owner_contact,
            event_config=self.event_config,  # type: ignore[arg-type]
        )
        self.api_id: str = self.api.attr_api_id
        self.api_arn: str = self.api.attr_api_arn
        self.http_dns: str = self.api.attr_dns_http
        self.realtime_dns: str = self.api.attr_dns_realtime
        self.api_keys: dict[str, CfnApiKey] = {}
        for p in providers:
            if p.authorization_type is AppSyncAuthorizationType.API_KEY:
                key_name = (p.api_key_config.name if p.api_key_config is not None else None) or "Default"
                self.api_keys[key_name] = create_api_key(self, self.api_id, p.api_key_config)
        lambda_config = next(
            (p.lambda_authorizer_config for p in providers
             if p.authorization_type is AppSyncAuthorizationType.LAMBDA and p.lambda_authorizer_config is not None),
            None,
        )
        if lambda_config is not None:
            lambda_config.handler.add_permission(
                f"{id}-appsync", principal=iam().ServicePrincipal("appsync.amazonaws.com"),
                action="lambda:InvokeFunction", source_arn=self.api_arn,
            )
        self._domain_name_resource: CfnDomainName | None = None
        domain = as_struct(AppSyncDomainOptions, domain_name)
        if domain is not None:
            self._domain_name_resource = CfnDomainName(
                self, "DomainName", domain_name=domain.domain_name,
                certificate_arn=domain.certificate.certificate_arn, description=f"domain for {api_name} Event API",
            )
            CfnDomainNameApiAssociation(
                self, "DomainAssociation", domain_name=domain.domain_name, api_id=self.api_id
            ).add_resource_dependency(self._domain_name_resource)
        from l2 import logs

        log_group_name = f"/aws/appsync/apis/{self.api_id}"
        self.log_group: ILogGroup
        if log is not None:
            retention = log.retention if log.retention is not None else logs.RetentionDays.INFINITE
            log_retention = logs.LogRetention(self, "LogRetention", log_group_name=log_group_name, retention=retention)
            self.log_group = logs.LogGroup.from_log_group_arn(self, "LogGroup", log_retention.log_group_arn)
        else:
            self.log_group = logs.LogGroup.from_log_group_name(self, "LogGroup", log_group_name)

    @staticmethod
    def from_event_api_attributes(
        scope: Construct,
        id: str,
        *,
        api_id: str,
        http_dns: str,
        realtime_dns: str,
        api_arn: str | None = None,
        api_name: str | None = None,
        auth_provider_types: Sequence[AppSyncAuthorizationType] | None = None,
    ) -> IEventApi:
        """Import an Event API by id and DNS names."""
        arn = api_arn or Stack.of(scope).format_arn(service="appsync", resource="apis", resource_name=api_id)
        return _ImportedEventApi(scope, id, api_id, arn, http_dns, realtime_dns, list(auth_provider_types or []))  # type: ignore[return-value]

    @property
    def app_sync_domain_name(self) -> str:
        """The AppSync domain name of the custom domain."""
        return self._domain().attr_app_sync_domain_name

    @property
    def custom_http_endpoint(self) -> str:
        """The HTTP endpoint on the custom domain."""
        return f"https://{self._domain().attr_domain_name}/event"

    @property
    def custom_realtime_endpoint(self) -> str:
        """The real-time endpoint on the custom domain."""
        return f"wss://{self._domain().attr_domain_name}/event/realtime"

    def _domain(self) -> CfnDomainName:
        if self._domain_name_resource is None:
            raise ValidationError("Cannot retrieve the appSyncDomainName without a domainName configuration", self)
        return self._domain_name_resource

    def _validate_owner_contact(self, owner_contact: str | None) -> None:
        if owner_contact is None or Token.is_unresolved(owner_contact):
            return
        if not 1 <= len(owner_contact) <= 256:
            raise ValidationError(
                f"`ownerContact` must be between 1 and 256 characters, got: {len(owner_contact)} characters.", self
            )
        if not _OWNER_CONTACT.match(owner_contact):
            raise ValidationError(
                "`ownerContact` must contain only alphanumeric characters, underscores, hyphens, spaces, and "
                f"periods, got: {owner_contact}",
                self,
            )

    def _validate_providers(self, providers: list[AppSyncAuthProvider]) -> None:
        keys = [p for p in providers if p.authorization_type is AppSyncAuthorizationType.API_KEY]
        if len(keys) > 1 and any(not (k.api_key_config and k.api_key_config.name) for k in keys):
            raise ValidationError("You must specify key names when configuring more than 1 API key.", self)
        if len([p for p in providers if p.authorization_type is AppSyncAuthorizationType.LAMBDA]) > 1:
            raise ValidationError(
                "You can only have a single AWS Lambda function configured to authorize your API. "
                "See https://docs.aws.amazon.com/appsync/latest/devguide/security.html",
                self,
            )
        if len([p for p in providers if p.authorization_type is AppSyncAuthorizationType.IAM]) > 1:
            raise ValidationError(
                "You can't duplicate IAM configuration. "
                "See https://docs.aws.amazon.com/appsync/latest/devguide/security.html",
                self,
            )
        for p in providers:
            if p.authorization_type is AppSyncAuthorizationType.OIDC and p.open_id_connect_config is None:
                raise ValidationError(
                    "OPENID_CONNECT authorization type is specified but OIDC Authorizer Configuration is missing in "
                    "the AuthProvider",
                    self,
                )
            if p.authorization_type is AppSyncAuthorizationType.USER_POOL and p.cognito_config is None:
                raise ValidationError(
                    "AMAZON_COGNITO_USER_POOLS authorization type is specified but Cognito Authorizer Configuration "
                    "is missing in the AuthProvider",
                    self,
                )
            if p.authorization_type is AppSyncAuthorizationType.LAMBDA and p.lambda_authorizer_config is None:
                raise ValidationError(
                    "AWS_LAMBDA authorization type is specified but Lambda Authorizer Configuration is missing in "
                    "the AuthProvider",
                    self,
                )

    def _validate_modes(self, providers: list[AppSyncAuthProvider], modes: Sequence[AppSyncAuthorizationType]) -> None:
        for mode in modes:
            if not any(p.authorization_type is mode for p in providers):
                raise ValidationError(f"Missing authorization configuration for {mode.value}", self)
        if len(modes) == 0:
            raise ValidationError(
                "Empty AuthModeTypes array is not allowed, if specifying, you must specify a valid mode", self
            )

    def _log_config(self, config: AppSyncLogConfig | None) -> dict[str, Any] | None:
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
        level = config.field_log_level if config.field_log_level is not None else AppSyncFieldLogLevel.NONE
        return {"cloud_watch_logs_role_arn": role_arn, "log_level": level.value}


def _provider(p: Any) -> AppSyncAuthProvider:
    from constructs.internals import structs

    p = as_struct(AppSyncAuthProvider, p)
    return structs.evolve(
        p,
        api_key_config=as_struct(AppSyncApiKeyConfig, p.api_key_config),
        cognito_config=as_struct(AppSyncCognitoConfig, p.cognito_config),
        lambda_authorizer_config=as_struct(AppSyncLambdaAuthorizerConfig, p.lambda_authorizer_config),
        open_id_connect_config=as_struct(AppSyncOpenIdConnectConfig, p.open_id_connect_config),
    )


def _oidc(config: AppSyncOpenIdConnectConfig | None) -> dict[str, Any] | None:
    if config is None:
        return None
    return {
        "auth_ttl": config.token_expiry_from_auth,
        "client_id": config.client_id,
        "iat_ttl": config.token_expiry_from_issue,
        "issuer": config.oidc_provider,
    }


def _cognito(config: AppSyncCognitoConfig | None) -> dict[str, Any] | None:
    if config is None:
        return None
    return {
        "user_pool_id": config.user_pool.user_pool_id,
        "aws_region": config.user_pool.env.region,  # type: ignore[attr-defined]  # a Resource
        "app_id_client_regex": config.app_id_client_regex,
    }


def _lambda_auth(config: AppSyncLambdaAuthorizerConfig | None) -> dict[str, Any] | None:
    if config is None:
        return None
    return {
        "authorizer_result_ttl_in_seconds": (
            config.results_cache_ttl.to_seconds() if config.results_cache_ttl is not None else None
        ),
        "authorizer_uri": config.handler.function_arn,
        "identity_validation_expression": config.validation_regex,
    }


class _ImportedChannelNamespace(Resource):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.channel_namespace_arn = arn

    @property
    def channel_namespace_ref(self) -> ChannelNamespaceReference:
        """The namespace's ARN."""
        return ChannelNamespaceReference(channel_namespace_arn=self.channel_namespace_arn)


class ChannelNamespace(Resource):
    """A channel namespace of an Event API (``AWS::AppSync::ChannelNamespace``).

    Args:
        scope: the parent construct.
        id: the construct id.
        api: the Event API.
        authorization_config: its auth modes (default the API's).
        channel_namespace_name: its name (1 to 50 characters; default the construct id).
        code: handler code.
        publish_handler_config: the publish handler.
        subscribe_handler_config: the subscribe handler.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-appsync.ChannelNamespace"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api: IEventApi,
        authorization_config: NamespaceAuthConfig | None = None,
        channel_namespace_name: str | None = None,
        code: Code | None = None,
        publish_handler_config: HandlerConfig | None = None,
        subscribe_handler_config: HandlerConfig | None = None,
    ) -> None:
        if (
            channel_namespace_name is not None
            and not Token.is_unresolved(channel_namespace_name)
            and not 1 <= len(channel_namespace_name) <= 50
        ):
            raise ValidationError(
                f"`channelNamespaceName` must be between 1 and 50 characters, got: {len(channel_namespace_name)} "
                "characters.",
                scope,
            )
        super().__init__(scope, id, physical_name=channel_namespace_name if channel_namespace_name is not None else id)
        publish = as_struct(HandlerConfig, publish_handler_config)
        subscribe = as_struct(HandlerConfig, subscribe_handler_config)
        auth = as_struct(NamespaceAuthConfig, authorization_config)
        self._validate_handlers(publish, subscribe, code)
        bound = code.bind(self) if code is not None else None
        handler_configs: dict[str, Any] = {}
        if publish is not None:
            handler_configs["on_publish"] = _handler(publish)
        if subscribe is not None:
            handler_configs["on_subscribe"] = _handler(subscribe)
        publish_modes = list(auth.publish_auth_mode_types) if auth and auth.publish_auth_mode_types else None
        subscribe_modes = list(auth.subscribe_auth_mode_types) if auth and auth.subscribe_auth_mode_types else None
        self._validate_modes(api.auth_provider_types, publish_modes or [])
        self._validate_modes(api.auth_provider_types, subscribe_modes or [])
        self.channel_namespace: CfnChannelNamespace = CfnChannelNamespace(
            self,
            "Resource",
            name=self.physical_name,
            api_id=api.api_id,
            code_handlers=bound.inline_code if bound is not None else None,
            code_s3_location=bound.s3_location if bound is not None else None,
            handler_configs=handler_configs,  # type: ignore[arg-type]
            publish_auth_modes=(  # type: ignore[arg-type]
                [{"auth_type": m.value} for m in auth.publish_auth_mode_types]
                if auth and auth.publish_auth_mode_types is not None
                else None
            ),
            subscribe_auth_modes=(  # type: ignore[arg-type]
                [{"auth_type": m.value} for m in auth.subscribe_auth_mode_types]
                if auth and auth.subscribe_auth_mode_types is not None
                else None
            ),
        )
        if publish is not None and publish.data_source is not None:
            self.channel_namespace.add_resource_dependency(publish.data_source.resource)
        if subscribe is not None and subscribe.data_source is not None:
            self.channel_namespace.add_resource_dependency(subscribe.data_source.resource)
        self.channel_namespace_arn: str = self.channel_namespace.attr_channel_namespace_arn
        self.api: IEventApi = api

    @property
    def channel_namespace_ref(self) -> ChannelNamespaceReference:
        """The namespace's ARN."""
        return ChannelNamespaceReference(channel_namespace_arn=self.channel_namespace_arn)

    @staticmethod
    def from_channel_namespace_arn(scope: Construct, id: str, channel_namespace_arn: str) -> IChannelNamespace:
        """Import a channel namespace by ARN."""
        return _ImportedChannelNamespace(scope, id, channel_namespace_arn)

    def grant_subscribe(self, grantee: IGrantable) -> Grant:
        """Allow subscribing to this namespace."""
        return self.api.grant(
            grantee, AppSyncEventResource.of_channel_namespace(self.channel_namespace.name), "appsync:EventSubscribe"
        )

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Allow publishing to this namespace."""
        return self.api.grant(
            grantee, AppSyncEventResource.of_channel_namespace(self.channel_namespace.name), "appsync:EventPublish"
        )

    def grant_publish_and_subscribe(self, grantee: IGrantable) -> Grant:
        """Allow publishing and subscribing to this namespace."""
        return self.api.grant(
            grantee, AppSyncEventResource.of_channel_namespace(self.channel_namespace.name),
            "appsync:EventPublish", "appsync:EventSubscribe",
        )

    def _validate_modes(self, api_modes: Sequence[AppSyncAuthorizationType],
                        modes: Sequence[AppSyncAuthorizationType]) -> None:
        for mode in modes:
            if mode not in api_modes:
                raise ValidationError(f"API is missing authorization configuration for {mode.value}", self)

    def _validate_handlers(self, publish: HandlerConfig | None, subscribe: HandlerConfig | None,
                           code: Code | None) -> None:
        if publish is None and subscribe is None:
            return
        for config in (publish, subscribe):
            if config is not None and config.direct:
                if config.data_source is None:
                    raise ValidationError(
                        "No data source provided. AWS_LAMBDA data source is required for Direct handler behavior "
                        "type",
                        self,
                    )
                if config.data_source.resource.type != AppSyncDataSourceType.LAMBDA.value:
                    raise ValidationError("Direct integration is only supported for AWS_LAMBDA data sources.", self)
        if publish is not None and publish.direct and subscribe is not None and subscribe.direct and code is not None:
            raise ValidationError(
                "Code handlers are not supported when both publish and subscribe use the Direct data source behavior",
                self,
            )
        for config in (publish, subscribe):
            if config is not None and not config.direct and config.lambda_invoke_type is not None:
                raise ValidationError("LambdaInvokeType is only supported for Direct handler behavior type", self)


def _handler(config: HandlerConfig) -> dict[str, Any]:
    behavior = HandlerBehavior.DIRECT if config.direct else HandlerBehavior.CODE
    integration: dict[str, Any] = {
        "data_source_name": config.data_source.name if config.data_source is not None else ""
    }
    if behavior is HandlerBehavior.DIRECT:
        integration["lambda_config"] = {
            "invoke_type": (config.lambda_invoke_type or LambdaInvokeType.REQUEST_RESPONSE).value
        }
    return {"behavior": behavior.value, "integration": integration}
