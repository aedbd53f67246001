"""The props, options and attributes structs of aws-cdk-lib's ``aws_apigateway`` that constructs take as keywords.

pycdk's constructors take these fields as keyword arguments; the structs exist so code written against
aws-cdk-lib (``RestApi(self, "Api", **vars(props))``-style helpers, type hints, ``StageProps(...)``) works the
same. The field lists, order and types follow aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Duration, RemovalPolicy, Size
    from l2.apigateway._access_log import AccessLogFormat, IAccessLogDestination
    from l2.apigateway._api_definition import ApiDefinition
    from l2.apigateway._cors import CorsOptions
    from l2.apigateway._deployment import Deployment
    from l2.apigateway._domain_name import (
        DomainNameOptions,
        EndpointAccessMode,
        MTLSConfig,
        SecurityPolicy,
    )
    from l2.apigateway._gateway_response import ResponseType
    from l2.apigateway._integration import (
        ConnectionType,
        ContentHandling,
        Integration,
        IntegrationOptions,
        IntegrationResponse,
        PassthroughBehavior,
        ResponseTransferMode,
    )
    from l2.apigateway._integrations import LambdaIntegrationOptions
    from l2.apigateway._interfaces import (
        ICertificate,
        IDomainName,
        INetworkLoadBalancer,
        IResource,
        IRestApi,
        IStage,
        IStateMachine,
        IUserPool,
        IVpcLink,
    )
    from l2.apigateway._json_schema import JsonSchema
    from l2.apigateway._method import MethodOptions
    from l2.apigateway._restapi import ApiKeySourceType, EndpointConfiguration, EndpointType
    from l2.apigateway._spec_rest_api import RestApiMode
    from l2.apigateway._stage import MethodDeploymentOptions, MethodLoggingLevel, Stage, StageOptions
    from l2.apigateway._usage_plan import QuotaSettings, ThrottleSettings, UsagePlanPerApiStage
    from l2.iam import IRole, PolicyDocument
    from l2.lambda_ import IFunction


@structs.frozen(kw_only=True)
class AddApiKeyOptions:
    """Options of ``UsagePlan.add_api_key``.

    Args:
        override_logical_id: the logical id of the ``AWS::ApiGateway::UsagePlanKey`` (default: generated).
    """

    override_logical_id: str | None = None


@structs.frozen(kw_only=True)
class ApiKeyOptions:
    """Options of ``add_api_key`` on an API or stage (see ``ApiKey`` for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    api_key_name: str | None = None
    description: str | None = None
    value: str | None = None


@structs.frozen(kw_only=True)
class ApiKeyProps:
    """The properties of an ``ApiKey`` (see ``ApiKey`` for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    api_key_name: str | None = None
    description: str | None = None
    value: str | None = None
    customer_id: str | None = None
    enabled: bool | None = None
    generate_distinct_id: bool | None = None
    resources: Sequence[IRestApi] | None = None
    stages: Sequence[IStage] | None = None


@structs.frozen(kw_only=True)
class ApiMappingOptions:
    """Options of ``DomainName.add_api_mapping``.

    Args:
        base_path: the base path (default: none, the root).
    """

    base_path: str | None = None


@structs.frozen(kw_only=True)
class AwsIntegrationProps:
    """The properties of an ``AwsIntegration`` (see ``AwsIntegration`` for each keyword)."""

    service: str
    action: str | None = None
    action_parameters: Mapping[str, str] | None = None
    integration_http_method: str | None = None
    options: IntegrationOptions | None = None
    path: str | None = None
    proxy: bool | None = None
    region: str | None = None
    subdomain: str | None = None


@structs.frozen(kw_only=True)
class BasePathMappingOptions:
    """Options of ``DomainName.add_base_path_mapping`` (see ``BasePathMapping``)."""

    attach_to_stage: bool | None = None
    base_path: str | None = None
    stage: Stage | None = None


@structs.frozen(kw_only=True)
class BasePathMappingProps:
    """The properties of a ``BasePathMapping`` (see ``BasePathMapping`` for each keyword)."""

    attach_to_stage: bool | None = None
    base_path: str | None = None
    stage: Stage | None = None
    domain_name: IDomainName
    rest_api: IRestApi


@structs.frozen(kw_only=True)
class CognitoUserPoolsAuthorizerProps:
    """The properties of a ``CognitoUserPoolsAuthorizer`` (see it for each keyword)."""

    cognito_user_pools: Sequence[IUserPool]
    authorizer_name: str | None = None
    identity_source: str | None = None
    results_cache_ttl: Duration | None = None


@structs.frozen(kw_only=True)
class DeploymentProps:
    """The properties of a ``Deployment`` (see ``Deployment`` for each keyword)."""

    api: IRestApi
    description: str | None = None
    retain_deployments: bool | None = None
    stage_name: str | None = None


@structs.frozen(kw_only=True)
class DomainNameAttributes:
    """The attributes of an existing custom domain (``DomainName.from_domain_name_attributes``).

    Args:
        domain_name: the domain name.
        domain_name_alias_hosted_zone_id: the hosted zone of its alias target.
        domain_name_alias_target: the alias target (a CloudFront or regional domain name).
    """

    domain_name: str
    domain_name_alias_hosted_zone_id: str
    domain_name_alias_target: str


@structs.frozen(kw_only=True)
class DomainNameProps:
    """The properties of a ``DomainName`` (see ``DomainName`` for each keyword)."""

    certificate: ICertificate
    domain_name: str
    base_path: str | None = None
    endpoint_access_mode: EndpointAccessMode | None = None
    endpoint_type: EndpointType | None = None
    mtls: MTLSConfig | None = None
    security_policy: SecurityPolicy | None = None
    mapping: IRestApi | None = None


@structs.frozen(kw_only=True)
class GatewayResponseOptions:
    """Options of ``RestApi.add_gateway_response`` (see ``GatewayResponse``)."""

    type: ResponseType
    response_headers: Mapping[str, str] | None = None
    status_code: str | None = None
    templates: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class GatewayResponseProps:
    """The properties of a ``GatewayResponse`` (see ``GatewayResponse`` for each keyword)."""

    type: ResponseType
    response_headers: Mapping[str, str] | None = None
    status_code: str | None = None
    templates: Mapping[str, str] | None = None
    rest_api: IRestApi


@structs.frozen(kw_only=True)
class HttpIntegrationProps:
    """The properties of an ``HttpIntegration`` (see ``HttpIntegration`` for each keyword)."""

    http_method: str | None = None
    options: IntegrationOptions | None = None
    proxy: bool | None = None


@structs.frozen(kw_only=True)
class JsonWithStandardFieldProps:
    """Which standard fields ``AccessLogFormat.json_with_standard_fields`` logs (each True or False).

    Args:
        caller / http_method / ip / protocol / request_time / resource_path / response_length / status / user:
            log the ``$context`` field of that meaning (``ip``: the source IP, ``user``: the caller's user).
    """

    caller: bool
    http_method: bool
    ip: bool
    protocol: bool
    request_time: bool
    resource_path: bool
    response_length: bool
    status: bool
    user: bool


@structs.frozen(kw_only=True)
class LambdaAuthorizerProps:
    """The properties shared by Lambda authorizers (see ``TokenAuthorizer``)."""

    handler: IFunction
    assume_role: IRole | None = None
    authorizer_name: str | None = None
    results_cache_ttl: Duration | None = None


@structs.frozen(kw_only=True)
class LambdaRestApiProps:
    """The properties of a ``LambdaRestApi`` (see ``LambdaRestApi`` for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    cloud_watch_role: bool | None = None
    cloud_watch_role_removal_policy: RemovalPolicy | None = None
    deploy: bool | None = None
    deploy_options: StageOptions | None = None
    description: str | None = None
    disable_execute_api_endpoint: bool | None = None
    domain_name: DomainNameOptions | None = None
    endpoint_configuration: EndpointConfiguration | None = None
    endpoint_export_name: str | None = None
    endpoint_types: Sequence[EndpointType] | None = None
    fail_on_warnings: bool | None = None
    parameters: Mapping[str, str] | None = None
    policy: PolicyDocument | None = None
    rest_api_name: str | None = None
    retain_deployments: bool | None = None
    api_key_source_type: ApiKeySourceType | None = None
    binary_media_types: Sequence[str] | None = None
    clone_from: IRestApi | None = None
    min_compression_size: Size | None = None
    minimum_compression_size: int | float | None = None
    handler: IFunction
    integration_options: LambdaIntegrationOptions | None = None
    proxy: bool | None = None


@structs.frozen(kw_only=True)
class MethodProps:
    """The properties of a ``Method`` (see ``Method`` for each keyword)."""

    http_method: str
    resource: IResource
    integration: Integration | None = None
    options: MethodOptions | None = None


@structs.frozen(kw_only=True)
class ModelOptions:
    """Options of ``RestApi.add_model`` (see ``Model``)."""

    schema: JsonSchema
    content_type: str | None = None
    description: str | None = None
    model_name: str | None = None


@structs.frozen(kw_only=True)
class ModelProps:
    """The properties of a ``Model`` (see ``Model`` for each keyword)."""

    schema: JsonSchema
    content_type: str | None = None
    description: str | None = None
    model_name: str | None = None
    rest_api: IRestApi


@structs.frozen(kw_only=True)
class ProxyResourceOptions:
    """Options of ``add_proxy`` (see ``ProxyResource``)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    any_method: bool | None = None


@structs.frozen(kw_only=True)
class ProxyResourceProps:
    """The properties of a ``ProxyResource`` (see ``ProxyResource`` for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    any_method: bool | None = None
    parent: IResource


@structs.frozen(kw_only=True)
class RateLimitedApiKeyProps:
    """The properties of a ``RateLimitedApiKey`` (see it for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    api_key_name: str | None = None
    description: str | None = None
    value: str | None = None
    customer_id: str | None = None
    enabled: bool | None = None
    generate_distinct_id: bool | None = None
    resources: Sequence[IRestApi] | None = None
    stages: Sequence[IStage] | None = None
    api_stages: Sequence[UsagePlanPerApiStage] | None = None
    quota: QuotaSettings | None = None
    throttle: ThrottleSettings | None = None


@structs.frozen(kw_only=True)
class RequestAuthorizerProps:
    """The properties of a ``RequestAuthorizer`` (see ``RequestAuthorizer`` for each keyword)."""

    handler: IFunction
    assume_role: IRole | None = None
    authorizer_name: str | None = None
    results_cache_ttl: Duration | None = None
    identity_sources: Sequence[str]


@structs.frozen(kw_only=True)
class RequestContext:
    """Which ``$context`` fields a Step Functions integration passes to the execution (each True or False).

    Args:
        account_id / api_id / api_key / authorizer_principal_id / caller / cognito_authentication_provider /
            cognito_authentication_type / cognito_identity_id / cognito_identity_pool_id / http_method /
            request_id / resource_id / resource_path / source_ip / stage / user / user_agent / user_arn: pass
            ``$context`` field of that name (camelCase: ``accountId``; the identity ones under
            ``identity``, such as ``$context.identity.sourceIp``); default False.
    """

    account_id: bool | None = None
    api_id: bool | None = None
    api_key: bool | None = None
    authorizer_principal_id: bool | None = None
    caller: bool | None = None
    cognito_authentication_provider: bool | None = None
    cognito_authentication_type: bool | None = None
    cognito_identity_id: bool | None = None
    cognito_identity_pool_id: bool | None = None
    http_method: bool | None = None
    request_id: bool | None = None
    resource_id: bool | None = None
    resource_path: bool | None = None
    source_ip: bool | None = None
    stage: bool | None = None
    user: bool | None = None
    user_agent: bool | None = None
    user_arn: bool | None = None


@structs.frozen(kw_only=True)
class RequestValidatorProps:
    """The properties of a ``RequestValidator`` (see ``RequestValidator`` for each keyword)."""

    request_validator_name: str | None = None
    validate_request_body: bool | None = None
    validate_request_parameters: bool | None = None
    rest_api: IRestApi


@structs.frozen(kw_only=True)
class ResourceAttributes:
    """The attributes of an existing resource (``Resource.from_resource_attributes``).

    Args:
        path: the full path of the resource.
        resource_id: its id.
        rest_api: the API it belongs to.
    """

    path: str
    resource_id: str
    rest_api: IRestApi


@structs.frozen(kw_only=True)
class ResourceProps:
    """The properties of a ``Resource`` (see ``Resource`` for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    parent: IResource
    path_part: str


@structs.frozen(kw_only=True)
class RestApiAttributes:
    """The attributes of an existing REST API (``RestApi.from_rest_api_attributes``).

    Args:
        rest_api_id: the API id.
        root_resource_id: the id of its root resource.
        rest_api_name: the API name (default: the construct id).
    """

    rest_api_id: str
    root_resource_id: str
    rest_api_name: str | None = None


@structs.frozen(kw_only=True)
class RestApiBaseProps:
    """The properties shared by REST APIs (see ``RestApi`` for each keyword)."""

    cloud_watch_role: bool | None = None
    cloud_watch_role_removal_policy: RemovalPolicy | None = None
    deploy: bool | None = None
    deploy_options: StageOptions | None = None
    description: str | None = None
    disable_execute_api_endpoint: bool | None = None
    domain_name: DomainNameOptions | None = None
    endpoint_configuration: EndpointConfiguration | None = None
    endpoint_export_name: str | None = None
    endpoint_types: Sequence[EndpointType] | None = None
    fail_on_warnings: bool | None = None
    parameters: Mapping[str, str] | None = None
    policy: PolicyDocument | None = None
    rest_api_name: str | None = None
    retain_deployments: bool | None = None


@structs.frozen(kw_only=True)
class RestApiProps:
    """The properties of a ``RestApi`` (see ``RestApi`` for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    cloud_watch_role: bool | None = None
    cloud_watch_role_removal_policy: RemovalPolicy | None = None
    deploy: bool | None = None
    deploy_options: StageOptions | None = None
    description: str | None = None
    disable_execute_api_endpoint: bool | None = None
    domain_name: DomainNameOptions | None = None
    endpoint_configuration: EndpointConfiguration | None = None
    endpoint_export_name: str | None = None
    endpoint_types: Sequence[EndpointType] | None = None
    fail_on_warnings: bool | None = None
    parameters: Mapping[str, str] | None = None
    policy: PolicyDocument | None = None
    rest_api_name: str | None = None
    retain_deployments: bool | None = None
    api_key_source_type: ApiKeySourceType | None = None
    binary_media_types: Sequence[str] | None = None
    clone_from: IRestApi | None = None
    min_compression_size: Size | None = None
    minimum_compression_size: int | float | None = None


@structs.frozen(kw_only=True)
class SagemakerIntegrationOptions:
    """Options of a ``SagemakerIntegration`` (``IntegrationOptions``; see ``Integration``)."""

    cache_key_parameters: Sequence[str] | None = None
    cache_namespace: str | None = None
    connection_type: ConnectionType | None = None
    content_handling: ContentHandling | None = None
    credentials_passthrough: bool | None = None
    credentials_role: IRole | None = None
    integration_responses: Sequence[IntegrationResponse] | None = None
    passthrough_behavior: PassthroughBehavior | None = None
    request_parameters: Mapping[str, str] | None = None
    request_templates: Mapping[str, str] | None = None
    response_transfer_mode: ResponseTransferMode | None = None
    timeout: Duration | None = None
    vpc_link: IVpcLink | None = None


@structs.frozen(kw_only=True)
class SpecRestApiProps:
    """The properties of a ``SpecRestApi`` (see ``SpecRestApi`` for each keyword)."""

    cloud_watch_role: bool | None = None
    cloud_watch_role_removal_policy: RemovalPolicy | None = None
    deploy: bool | None = None
    deploy_options: StageOptions | None = None
    description: str | None = None
    disable_execute_api_endpoint: bool | None = None
    domain_name: DomainNameOptions | None = None
    endpoint_configuration: EndpointConfiguration | None = None
    endpoint_export_name: str | None = None
    endpoint_types: Sequence[EndpointType] | None = None
    fail_on_warnings: bool | None = None
    parameters: Mapping[str, str] | None = None
    policy: PolicyDocument | None = None
    rest_api_name: str | None = None
    retain_deployments: bool | None = None
    api_definition: ApiDefinition
    binary_media_types: Sequence[str] | None = None
    min_compression_size: Size | None = None
    mode: RestApiMode | None = None


@structs.frozen(kw_only=True)
class StageAttributes:
    """The attributes of an existing stage (``Stage.from_stage_attributes``).

    Args:
        rest_api: the API the stage belongs to.
        stage_name: the stage name.
    """

    rest_api: IRestApi
    stage_name: str


@structs.frozen(kw_only=True)
class StageProps:
    """The properties of a ``Stage`` (see ``Stage`` for each keyword)."""

    cache_data_encrypted: bool | None = None
    cache_ttl: Duration | None = None
    caching_enabled: bool | None = None
    data_trace_enabled: bool | None = None
    logging_level: MethodLoggingLevel | None = None
    metrics_enabled: bool | None = None
    throttling_burst_limit: int | float | None = None
    throttling_rate_limit: int | float | None = None
    access_log_destination: IAccessLogDestination | None = None
    access_log_format: AccessLogFormat | None = None
    cache_cluster_enabled: bool | None = None
    cache_cluster_size: str | None = None
    client_certificate_id: str | None = None
    description: str | None = None
    documentation_version: str | None = None
    method_options: Mapping[str, MethodDeploymentOptions] | None = None
    stage_name: str | None = None
    tracing_enabled: bool | None = None
    variables: Mapping[str, str] | None = None
    deployment: Deployment


@structs.frozen(kw_only=True)
class StepFunctionsExecutionIntegrationOptions:
    """Options of ``StepFunctionsIntegration.start_execution``.

    Takes the ``IntegrationOptions`` keyword arguments (see that class for each), and:

    Args:
        authorizer: pass the authorizer's claims (``$context.authorizer``) in the execution input (default false).
        headers: pass the request headers in the execution input (default false).
        path: pass the path parameters in the execution input (default true).
        querystring: pass the query string parameters in the execution input (default true).
        request_context: which ``$context`` values to pass in the execution input (default none).
        use_default_method_responses: add the default 200/400/500 method responses and their integration
            responses (default true).
    """

    cache_key_parameters: Sequence[str] | None = None
    cache_namespace: str | None = None
    connection_type: ConnectionType | None = None
    content_handling: ContentHandling | None = None
    credentials_passthrough: bool | None = None
    credentials_role: IRole | None = None
    integration_responses: Sequence[IntegrationResponse] | None = None
    passthrough_behavior: PassthroughBehavior | None = None
    request_parameters: Mapping[str, str] | None = None
    request_templates: Mapping[str, str] | None = None
    response_transfer_mode: ResponseTransferMode | None = None
    timeout: Duration | None = None
    vpc_link: IVpcLink | None = None
    authorizer: bool | None = None
    headers: bool | None = None
    path: bool | None = None
    querystring: bool | None = None
    request_context: RequestContext | None = None
    use_default_method_responses: bool | None = None


@structs.frozen(kw_only=True)
class StepFunctionsRestApiProps:
    """The properties of a ``StepFunctionsRestApi`` (see it for each keyword)."""

    default_cors_preflight_options: CorsOptions | None = None
    default_integration: Integration | None = None
    default_method_options: MethodOptions | None = None
    cloud_watch_role: bool | None = None
    cloud_watch_role_removal_policy: RemovalPolicy | None = None
    deploy: bool | None = None
    deploy_options: StageOptions | None = None
    description: str | None = None
    disable_execute_api_endpoint: bool | None = None
    domain_name: DomainNameOptions | None = None
    endpoint_configuration: EndpointConfiguration | None = None
    endpoint_export_name: str | None = None
    endpoint_types: Sequence[EndpointType] | None = None
    fail_on_warnings: bool | None = None
    parameters: Mapping[str, str] | None = None
    policy: PolicyDocument | None = None
    rest_api_name: str | None = None
    retain_deployments: bool | None = None
    api_key_source_type: ApiKeySourceType | None = None
    binary_media_types: Sequence[str] | None = None
    clone_from: IRestApi | None = None
    min_compression_size: Size | None = None
    minimum_compression_size: int | float | None = None
    state_machine: IStateMachine
    authorizer: bool | None = None
    headers: bool | None = None
    path: bool | None = None
    querystring: bool | None = None
    request_context: RequestContext | None = None
    role: IRole | None = None
    use_default_method_responses: bool | None = None


@structs.frozen(kw_only=True)
class TokenAuthorizerProps:
    """The properties of a ``TokenAuthorizer`` (see ``TokenAuthorizer`` for each keyword)."""

    handler: IFunction
    assume_role: IRole | None = None
    authorizer_name: str | None = None
    results_cache_ttl: Duration | None = None
    identity_source: str | None = None
    validation_regex: str | None = None


@structs.frozen(kw_only=True)
class UsagePlanProps:
    """The properties of a ``UsagePlan`` (see ``UsagePlan`` for each keyword)."""

    api_stages: Sequence[UsagePlanPerApiStage] | None = None
    description: str | None = None
    name: str | None = None
    quota: QuotaSettings | None = None
    throttle: ThrottleSettings | None = None


@structs.frozen(kw_only=True)
class VpcLinkProps:
    """The properties of a ``VpcLink`` (see ``VpcLink`` for each keyword)."""

    description: str | None = None
    targets: Sequence[INetworkLoadBalancer] | None = None
    vpc_link_name: str | None = None
