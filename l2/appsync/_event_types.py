"""Event API enums and structs: auth providers, logging, domains, channel namespace handlers, data source props."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Duration, Expiration
    from l2.appsync._code import Code
    from l2.appsync._event_data_source import AppSyncBackedDataSource
    from l2.appsync._interfaces import IApi, IEventApi
    from l2.certificatemanager import ICertificate
    from l2.cognito import IUserPool
    from l2.dynamodb import ITable
    from l2.events import IEventBus
    from l2.iam import IRole
    from l2.lambda_ import IFunction
    from l2.logs import RetentionDays
    from l2.opensearchservice import IDomain as IOpenSearchDomain
    from l2.rds import IDatabaseCluster, IServerlessCluster
    from l2.secretsmanager import ISecret


class AppSyncAuthorizationType(enum.Enum):
    """How an Event API authorizes connections, publishes and subscriptions."""

    API_KEY = "API_KEY"
    IAM = "AWS_IAM"
    USER_POOL = "AMAZON_COGNITO_USER_POOLS"
    OIDC = "OPENID_CONNECT"
    LAMBDA = "AWS_LAMBDA"


class AppSyncFieldLogLevel(enum.Enum):
    """How much an Event API logs."""

    NONE = "NONE"
    ERROR = "ERROR"
    INFO = "INFO"
    DEBUG = "DEBUG"
    ALL = "ALL"


class AppSyncDataSourceType(enum.Enum):
    """The type of an Event API data source."""

    LAMBDA = "AWS_LAMBDA"
    DYNAMODB = "AMAZON_DYNAMODB"
    EVENTBRIDGE = "AMAZON_EVENTBRIDGE"
    OPENSEARCH_SERVICE = "AMAZON_OPENSEARCH_SERVICE"
    HTTP = "HTTP"
    RELATIONAL_DATABASE = "RELATIONAL_DATABASE"
    BEDROCK = "AMAZON_BEDROCK_RUNTIME"
    ELASTICSEARCH = "AMAZON_ELASTICSEARCH"


class LambdaInvokeType(enum.Enum):
    """How a direct Lambda handler is invoked."""

    EVENT = "EVENT"
    REQUEST_RESPONSE = "REQUEST_RESPONSE"


class HandlerBehavior(enum.Enum):
    """How a channel namespace handles an event: with code, or straight to a Lambda data source."""

    CODE = "CODE"
    DIRECT = "DIRECT"


@structs.frozen(kw_only=True)
class AppSyncApiKeyConfig:
    """An API key of an Event API.

    Args:
        description: the key's description.
        expires: when it expires (between 1 and 365 days from now; default 7 days).
        name: its name, used in its construct id (default ``Default``; required with several keys).
    """

    description: str | None = None
    expires: Expiration | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class AppSyncCognitoConfig:
    """Cognito user pool authorization of an Event API.

    Args:
        user_pool: the user pool.
        app_id_client_regex: a regular expression the client id must match.
    """

    user_pool: IUserPool
    app_id_client_regex: str | None = None


@structs.frozen(kw_only=True)
class AppSyncOpenIdConnectConfig:
    """OpenID Connect authorization of an Event API.

    Args:
        oidc_provider: the issuer URL.
        client_id: the client id tokens must carry.
        token_expiry_from_auth: milliseconds a token is valid after authentication.
        token_expiry_from_issue: milliseconds a token is valid after it was issued.
    """

    oidc_provider: str
    client_id: str | None = None
    token_expiry_from_auth: float | None = None
    token_expiry_from_issue: float | None = None


@structs.frozen(kw_only=True)
class AppSyncLambdaAuthorizerConfig:
    """Lambda authorization of an Event API.

    Args:
        handler: the authorizer function.
        results_cache_ttl: how long results are cached.
        validation_regex: a regular expression tokens must match.
    """

    handler: IFunction
    results_cache_ttl: Duration | None = None
    validation_regex: str | None = None


@structs.frozen(kw_only=True)
class AppSyncAuthProvider:
    """An auth provider of an Event API.

    Args:
        authorization_type: the kind of authorization.
        api_key_config: the API key (``API_KEY``).
        cognito_config: the user pool (``USER_POOL``, required).
        lambda_authorizer_config: the authorizer (``LAMBDA``, required).
        open_id_connect_config: the provider (``OIDC``, required).
    """

    authorization_type: AppSyncAuthorizationType
    api_key_config: AppSyncApiKeyConfig | None = None
    cognito_config: AppSyncCognitoConfig | None = None
    lambda_authorizer_config: AppSyncLambdaAuthorizerConfig | None = None
    open_id_connect_config: AppSyncOpenIdConnectConfig | None = None


@structs.frozen(kw_only=True)
class EventApiAuthConfig:
    """The auth providers of an Event API and the modes of each operation.

    Args:
        auth_providers: the providers (default an API key).
        connection_auth_mode_types: the modes that may connect (default all providers).
        default_publish_auth_mode_types: the modes that may publish (default all providers).
        default_subscribe_auth_mode_types: the modes that may subscribe (default all providers).
    """

    auth_providers: Sequence[AppSyncAuthProvider] | None = None
    connection_auth_mode_types: Sequence[AppSyncAuthorizationType] | None = None
    default_publish_auth_mode_types: Sequence[AppSyncAuthorizationType] | None = None
    default_subscribe_auth_mode_types: Sequence[AppSyncAuthorizationType] | None = None


@structs.frozen(kw_only=True)
class AppSyncLogConfig:
    """CloudWatch logging of an Event API.

    Args:
        exclude_verbose_content: leave verbose content out of the logs.
        field_log_level: how much is logged (default ``NONE``).
        retention: how long the log group keeps events (default forever).
        role: the role AppSync writes the logs with (default a new one).
    """

    exclude_verbose_content: bool | None = None
    field_log_level: AppSyncFieldLogLevel | None = None
    retention: RetentionDays | None = None
    role: IRole | None = None


@structs.frozen(kw_only=True)
class AppSyncDomainOptions:
    """A custom domain of an Event API.

    Args:
        certificate: the certificate for the domain.
        domain_name: the domain name.
    """

    certificate: ICertificate
    domain_name: str


@structs.frozen(kw_only=True)
class EventApiProps:
    """An Event API's props.

    Args:
        api_name: the API's name (1 to 50 characters).
        authorization_config: its auth providers (default an API key).
        domain_name: a custom domain.
        log_config: CloudWatch logging.
        owner_contact: who owns the API.
    """

    api_name: str
    authorization_config: EventApiAuthConfig | None = None
    domain_name: AppSyncDomainOptions | None = None
    log_config: AppSyncLogConfig | None = None
    owner_contact: str | None = None


@structs.frozen(kw_only=True)
class EventApiAttributes:
    """An existing Event API.

    Args:
        api_id: its id.
        http_dns: its HTTP DNS name.
        realtime_dns: its real-time DNS name.
        api_arn: its ARN (default built from the id).
        api_name: its name.
        auth_provider_types: its auth provider types.
    """

    api_id: str
    http_dns: str
    realtime_dns: str
    api_arn: str | None = None
    api_name: str | None = None
    auth_provider_types: Sequence[AppSyncAuthorizationType] | None = None


@structs.frozen(kw_only=True)
class NamespaceAuthConfig:
    """The auth modes of a channel namespace (default the API's).

    Args:
        publish_auth_mode_types: the modes that may publish.
        subscribe_auth_mode_types: the modes that may subscribe.
    """

    publish_auth_mode_types: Sequence[AppSyncAuthorizationType] | None = None
    subscribe_auth_mode_types: Sequence[AppSyncAuthorizationType] | None = None


@structs.frozen(kw_only=True)
class HandlerConfig:
    """How a channel namespace handles publishes or subscriptions.

    Args:
        data_source: the data source the handler uses.
        direct: send events straight to the (Lambda) data source, without code.
        lambda_invoke_type: how a direct Lambda handler is invoked (default ``REQUEST_RESPONSE``).
    """

    data_source: AppSyncBackedDataSource | None = None
    direct: bool | None = None
    lambda_invoke_type: LambdaInvokeType | None = None


@structs.frozen(kw_only=True)
class BaseChannelNamespaceProps:
    """What every channel namespace has.

    Args:
        authorization_config: its auth modes (default the API's).
        channel_namespace_name: its name (default the construct id).
        code: handler code.
        publish_handler_config: the publish handler.
        subscribe_handler_config: the subscribe handler.
    """

    authorization_config: NamespaceAuthConfig | None = None
    channel_namespace_name: str | None = None
    code: Code | None = None
    publish_handler_config: HandlerConfig | None = None
    subscribe_handler_config: HandlerConfig | None = None


@structs.frozen(kw_only=True)
class ChannelNamespaceOptions(BaseChannelNamespaceProps):
    """Options of ``EventApi.add_channel_namespace``."""


@structs.frozen(kw_only=True)
class ChannelNamespaceProps(BaseChannelNamespaceProps):
    """A channel namespace's props.

    Args:
        api: the Event API.
    """

    api: IEventApi


@structs.frozen(kw_only=True)
class AppSyncAwsIamConfig:
    """SigV4 signing of an Event API HTTP data source's requests.

    Args:
        signing_region: the region to sign for.
        signing_service_name: the service to sign for.
    """

    signing_region: str
    signing_service_name: str


@structs.frozen(kw_only=True)
class AppSyncDataSourceOptions:
    """Options of a data source added through ``EventApi.add_*_data_source``.

    Args:
        description: its description.
        name: its name (default the construct id, without non-word characters).
    """

    description: str | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class AppSyncHttpDataSourceOptions(AppSyncDataSourceOptions):
    """Options of an Event API HTTP data source.

    Args:
        authorization_config: sign requests with SigV4.
    """

    authorization_config: AppSyncAwsIamConfig | None = None


@structs.frozen(kw_only=True)
class AppSyncBaseDataSourceProps:
    """What every Event API data source has.

    Args:
        api: the Event API.
        description: its description.
        name: its name (default the construct id).
    """

    api: IApi
    description: str | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class AppSyncBackedDataSourceProps(AppSyncBaseDataSourceProps):
    """An Event API data source backed by an AWS resource.

    Args:
        service_role: the role AppSync uses (default a new one).
    """

    service_role: IRole | None = None


@structs.frozen(kw_only=True)
class AppSyncDynamoDbDataSourceProps(AppSyncBackedDataSourceProps):
    """An Event API DynamoDB data source.

    Args:
        table: the table.
        read_only_access: grant only reads.
        use_caller_credentials: call DynamoDB with the caller's credentials.
    """

    table: ITable
    read_only_access: bool | None = None
    use_caller_credentials: bool | None = None


@structs.frozen(kw_only=True)
class AppSyncHttpDataSourceProps(AppSyncBackedDataSourceProps):
    """An Event API HTTP data source.

    Args:
        endpoint: the endpoint URL.
        authorization_config: sign requests with SigV4.
    """

    endpoint: str
    authorization_config: AppSyncAwsIamConfig | None = None


@structs.frozen(kw_only=True)
class AppSyncLambdaDataSourceProps(AppSyncBackedDataSourceProps):
    """An Event API Lambda data source.

    Args:
        lambda_function: the function.
    """

    lambda_function: IFunction


@structs.frozen(kw_only=True)
class AppSyncEventBridgeDataSourceProps(AppSyncBackedDataSourceProps):
    """An Event API EventBridge data source.

    Args:
        event_bus: the event bus.
    """

    event_bus: IEventBus


@structs.frozen(kw_only=True)
class AppSyncOpenSearchDataSourceProps(AppSyncBackedDataSourceProps):
    """An Event API OpenSearch data source.

    Args:
        domain: the domain.
    """

    domain: IOpenSearchDomain


@structs.frozen(kw_only=True)
class AppSyncRdsDataSourceProps(AppSyncBackedDataSourceProps):
    """An Event API Aurora Serverless v1 data source.

    Args:
        secret_store: the secret with the credentials.
        serverless_cluster: the cluster.
        database_name: the database.
    """

    secret_store: ISecret
    serverless_cluster: IServerlessCluster
    database_name: str | None = None


@structs.frozen(kw_only=True)
class AppSyncRdsDataSourcePropsV2(AppSyncBackedDataSourceProps):
    """An Event API Aurora cluster data source.

    Args:
        secret_store: the secret with the credentials.
        serverless_cluster: the cluster.
        database_name: the database.
    """

    secret_store: ISecret
    serverless_cluster: IDatabaseCluster
    database_name: str | None = None
