"""REST APIs: ``RestApi``, imported APIs and the shared ``RestApiBase`` (``AWS::ApiGateway::RestApi``)."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    CfnOutput,
    Construct,
    FeatureFlags,
    Lazy,
    RemovalPolicy,
    Resource,
    Size,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import check_deprecated_props, structs
from l1.apigateway import CfnAccount, CfnRestApi
from l2.apigateway._cors import CorsOptions
from l2.apigateway._deployment import Deployment
from l2.apigateway._integration import Integration
from l2.apigateway._method import MethodOptions
from l2.apigateway._private.metrics import ApiGatewayMetrics
from l2.apigateway._refs import RestApiReference
from l2.apigateway._resource import ResourceBase, RootResource
from l2.apigateway._stage import Stage, StageOptions

if TYPE_CHECKING:
    from l1.certificatemanager import CfnCertificate
    from l2.apigateway._api_key import ApiKey
    from l2.apigateway._domain_name import (
        DomainName,
        DomainNameOptions,
        EndpointAccessMode,
        MTLSConfig,
        SecurityPolicy,
    )
    from l2.apigateway._gateway_response import GatewayResponse, ResponseType
    from l2.apigateway._interfaces import ICertificate, IRestApi, IVpcEndpoint
    from l2.apigateway._json_schema import JsonSchema
    from l2.apigateway._method import Method
    from l2.apigateway._model import Model, RequestValidator
    from l2.apigateway._usage_plan import QuotaSettings, ThrottleSettings, UsagePlan, UsagePlanPerApiStage
    from l2.iam import AddToResourcePolicyResult, PolicyDocument, PolicyStatement


class EndpointType(enum.Enum):
    """Where an API's endpoint lives."""

    EDGE = "EDGE"
    REGIONAL = "REGIONAL"
    PRIVATE = "PRIVATE"


class ApiKeySourceType(enum.Enum):
    """Where API keys are read from."""

    HEADER = "HEADER"
    AUTHORIZER = "AUTHORIZER"


class IpAddressType(enum.Enum):
    """The IP address types of an endpoint."""

    IPV4 = "ipv4"
    DUAL_STACK = "dualstack"


@structs.frozen(kw_only=True)
class EndpointConfiguration:
    """The endpoint types (and VPC endpoints) of an API.

    Args:
        types: the endpoint types.
        ip_address_type: IPv4 or dual stack.
        vpc_endpoints: VPC endpoints (anything with ``vpc_endpoint_id``) of a private API.
    """

    types: Sequence[EndpointType]
    ip_address_type: IpAddressType | None = None
    vpc_endpoints: Sequence[IVpcEndpoint] | None = None


class RestApiBase(ApiGatewayMetrics, Resource):
    """Behaviour shared by REST APIs (created or imported): URLs, ARNs, keys, usage plans and metrics.

    Takes the ``RestApiBaseProps`` keyword arguments (see that class for each).
    """

    rest_api_id: str

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cloud_watch_role: bool | None = None,
        cloud_watch_role_removal_policy: RemovalPolicy | None = None,
        deploy: bool | None = None,
        deploy_options: StageOptions | None = None,
        description: str | None = None,
        disable_execute_api_endpoint: bool | None = None,
        domain_name: DomainNameOptions | None = None,
        endpoint_configuration: EndpointConfiguration | None = None,
        endpoint_export_name: str | None = None,
        endpoint_types: Sequence[EndpointType] | None = None,
        fail_on_warnings: bool | None = None,
        parameters: Mapping[str, str] | None = None,
        policy: PolicyDocument | None = None,
        rest_api_name: str | None = None,
        retain_deployments: bool | None = None,
    ) -> None:
        """The keywords are ``RestApiBaseProps``; as in aws-cdk-lib, the base uses only ``rest_api_name`` (the
        physical name, default the construct id) and leaves the others to the subclass that builds the API."""
        name = rest_api_name if rest_api_name is not None else id
        super().__init__(scope, id, physical_name=name)
        self._allowed_vpc_endpoints: list[IVpcEndpoint] = []
        self.rest_api_name: str = name
        self.deployment_stage: Stage | None = None
        self._latest_deployment: Deployment | None = None
        self._cloud_watch_account: CfnAccount | None = None
        self._resource_policy: Any = None
        self._domain_name: Any = None

    @property
    def root(self) -> ResourceBase:
        """The root resource (``/``) of the API."""
        return self._root

    @root.setter
    def root(self, value: ResourceBase) -> None:
        self._root = value

    @property
    def rest_api_root_resource_id(self) -> str:
        """The id of the root resource."""
        return self._root_resource_id

    @rest_api_root_resource_id.setter
    def rest_api_root_resource_id(self, value: str) -> None:
        self._root_resource_id = value

    @property
    def rest_api_ref(self) -> RestApiReference:
        """The API by id."""
        return RestApiReference(rest_api_id=self.rest_api_id)

    @property
    def latest_deployment(self) -> Deployment | None:
        """The deployment that follows the API model (None when ``deploy=False``)."""
        return self._latest_deployment

    @property
    def domain_name(self) -> DomainName | None:
        """The first custom domain mapped to this API (``domain_name`` prop or ``add_domain_name``)."""
        return self._domain_name

    def add_domain_name(
        self,
        id: str,
        *,
        certificate: ICertificate | CfnCertificate,
        domain_name: str,
        base_path: str | None = None,
        endpoint_access_mode: EndpointAccessMode | None = None,
        endpoint_type: EndpointType | None = None,
        mtls: MTLSConfig | None = None,
        security_policy: SecurityPolicy | None = None,
    ) -> DomainName:
        """Define a custom domain (the ``DomainNameOptions`` keywords) mapped to this API."""
        from l2.apigateway._domain_name import DomainName

        domain = DomainName(
            self,
            id,
            mapping=self,
            certificate=certificate,
            domain_name=domain_name,
            base_path=base_path,
            endpoint_access_mode=endpoint_access_mode,
            endpoint_type=endpoint_type,
            mtls=mtls,
            security_policy=security_policy,
        )
        if self._domain_name is None:
            self._domain_name = domain
        return domain

    @property
    def url(self) -> str:
        """The root URL of the deployment stage."""
        return self.url_for_path()

    def url_for_path(self, path: str = "/") -> str:
        """The URL of ``path`` in the deployment stage.

        Raises:
            ValidationError: the API has no deployment stage.
        """
        if self.deployment_stage is None:
            raise ValidationError(
                'Cannot determine deployment stage for API from "deploymentStage". Use "deploy" or explicitly set '
                '"deploymentStage"',
                self,
            )
        return self.deployment_stage.url_for_path(path)

    def arn_for_execute_api(self, method: str = "*", path: str = "/*", stage: str = "*") -> str:
        """The ``execute-api`` ARN of ``stage``/``method``/``path`` (``ANY`` means every method).

        Raises:
            ValidationError: ``path`` does not start with ``/``.
        """
        if not Token.is_unresolved(path) and not path.startswith("/"):
            raise ValidationError(f"\"path\" must begin with a \"/\": '{path}'", self)
        if method.upper() == "ANY":
            method = "*"
        return Stack.of(self).format_arn(
            service="execute-api",
            resource=self.rest_api_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
            resource_name=f"{stage}/{method}{path}",
        )

    def add_usage_plan(
        self,
        id: str,
        *,
        api_stages: Sequence[UsagePlanPerApiStage] | None = None,
        description: str | None = None,
        name: str | None = None,
        quota: QuotaSettings | None = None,
        throttle: ThrottleSettings | None = None,
    ) -> UsagePlan:
        """Add a usage plan (the ``UsagePlanProps`` keywords)."""
        from l2.apigateway._usage_plan import UsagePlan

        return UsagePlan(
            self, id, api_stages=api_stages, description=description, name=name, quota=quota, throttle=throttle
        )

    def add_api_key(
        self,
        id: str,
        *,
        api_key_name: str | None = None,
        description: str | None = None,
        value: str | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> ApiKey:
        """Add an API key valid for the deployment stage (the ``ApiKeyOptions`` keywords)."""
        from l2.apigateway._api_key import ApiKey

        return ApiKey(
            self,
            id,
            stages=[self.deployment_stage],  # type: ignore[list-item]
            api_key_name=api_key_name,
            description=description,
            value=value,
            default_cors_preflight_options=default_cors_preflight_options,
            default_integration=default_integration,
            default_method_options=default_method_options,
        )

    def add_gateway_response(
        self,
        id: str,
        *,
        type: ResponseType,
        response_headers: Mapping[str, str] | None = None,
        status_code: str | None = None,
        templates: Mapping[str, str] | None = None,
    ) -> GatewayResponse:
        """Customise a gateway response (the ``GatewayResponseOptions`` keywords)."""
        from l2.apigateway._gateway_response import GatewayResponse

        return GatewayResponse(
            self,
            id,
            rest_api=self,
            type=type,
            response_headers=response_headers,
            status_code=status_code,
            templates=templates,
        )

    def grant_invoke_from_vpc_endpoints_only(self, vpc_endpoints: Sequence[IVpcEndpoint]) -> None:
        """Allow calls only through ``vpc_endpoints`` (two resource policy statements: deny others, allow).

        Every call adds the two statements; their endpoint list holds the endpoints of all calls.
        """
        from l2.iam import AnyPrincipal, Effect, PolicyStatement

        for endpoint in vpc_endpoints:
            if endpoint not in self._allowed_vpc_endpoints:
                self._allowed_vpc_endpoints.append(endpoint)
        endpoints = Lazy.list(lambda: [e.vpc_endpoint_id for e in self._allowed_vpc_endpoints])
        self.add_to_resource_policy(
            PolicyStatement(
                principals=[AnyPrincipal()],
                actions=["execute-api:Invoke"],
                resources=["execute-api:/*"],
                effect=Effect.DENY,
                conditions={"StringNotEquals": {"aws:SourceVpce": endpoints}},
            )
        )
        self.add_to_resource_policy(
            PolicyStatement(
                principals=[AnyPrincipal()],
                actions=["execute-api:Invoke"],
                resources=["execute-api:/*"],
                effect=Effect.ALLOW,
            )
        )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Imported APIs cannot change their resource policy: the statement is not added."""
        from l2.iam import AddToResourcePolicyResult

        return AddToResourcePolicyResult(statement_added=False)

    def apply_removal_policy(self, policy: RemovalPolicy) -> None:
        """Apply a removal policy to the API's ``AWS::ApiGateway::RestApi``.

        aws-cdk-lib sets the L1 as the default child explicitly; pycdk's ``node.default_child`` cannot be set and
        sees two candidates (``Resource`` and the root resource ``Default``), so the L1 is addressed directly.
        """
        cfn = getattr(self, "_cfn_resource", None)
        if cfn is None:
            super().apply_removal_policy(policy)
            return
        cfn.apply_removal_policy(policy)

    # -- metrics (l2/apigateway/_private/metrics.py) -----------------------------------------------------
    def _metric_dimensions(self) -> dict[str, Any]:
        return {"ApiName": self.rest_api_name}

    # -- wiring used by methods, deployments and stages -------------------------------------------------
    def _attach_method(self, method: Method) -> None:
        pass

    def _attach_deployment(self, deployment: Deployment) -> None:
        pass

    def _attach_stage(self, stage: Stage) -> None:
        if self._cloud_watch_account is not None:
            stage.node.add_dependency(self._cloud_watch_account)

    def _configure_cloud_watch_role(
        self, api_resource: CfnRestApi, cloud_watch_role: bool | None, removal_policy: RemovalPolicy | None
    ) -> None:
        # the recommended `@aws-cdk/aws-apigateway:disableCloudWatchRole` flag turns the default off
        if cloud_watch_role is None:
            cloud_watch_role = not FeatureFlags.of(self).is_enabled("@aws-cdk/aws-apigateway:disableCloudWatchRole")
        if not cloud_watch_role:
            if removal_policy is not None:
                raise ValidationError(
                    "'cloudWatchRole' must be enabled for 'cloudWatchRoleRemovalPolicy' to be applied.", self
                )
            return
        removal_policy = removal_policy or RemovalPolicy.RETAIN
        from l2.iam import ManagedPolicy, Role, ServicePrincipal

        role = Role(
            self,
            "CloudWatchRole",
            assumed_by=ServicePrincipal("apigateway.amazonaws.com"),
            managed_policies=[
                ManagedPolicy.from_aws_managed_policy_name("service-role/AmazonAPIGatewayPushToCloudWatchLogs")
            ],
        )
        role.apply_removal_policy(removal_policy)
        account = CfnAccount(self, "Account", cloud_watch_role_arn=role.role_arn)
        account.apply_removal_policy(removal_policy)
        account.node.add_dependency(api_resource)
        self._cloud_watch_account = account

    def _configure_deployment(
        self,
        *,
        deploy: bool | None,
        deploy_options: StageOptions | None,
        description: str | None,
        retain_deployments: bool | None,
        endpoint_export_name: str | None,
    ) -> None:
        if deploy is None or deploy:
            opts = deploy_options or StageOptions()
            self._latest_deployment = Deployment(
                self,
                "Deployment",
                description=opts.description or description or "Automatically created by the RestApi construct",
                api=self,
                retain_deployments=retain_deployments,
            )
            stage_name = opts.stage_name or "prod"
            self.deployment_stage = Stage(
                self,
                f"DeploymentStage.{stage_name}",
                deployment=self._latest_deployment,
                **structs.asdict(opts, recurse=False),
            )
            CfnOutput(self, "Endpoint", export_name=endpoint_export_name, value=self.url_for_path())
        elif deploy_options is not None:
            raise ValidationError("Cannot set 'deployOptions' if 'deploy' is disabled", self)

    def _configure_endpoints(
        self, endpoint_types: Sequence[EndpointType] | None, endpoint_configuration: EndpointConfiguration | None
    ) -> CfnRestApi.EndpointConfigurationProperty | None:
        if endpoint_types and endpoint_configuration:
            raise ValidationError(
                "Only one of the RestApi props, endpointTypes or endpointConfiguration, is allowed", self
            )
        if endpoint_configuration is not None:
            types = list(endpoint_configuration.types)
            ip_type = endpoint_configuration.ip_address_type
            if EndpointType.PRIVATE in types and ip_type is IpAddressType.IPV4:
                raise ValidationError("Private APIs can only have a dualstack IP address type.", self)
            vpce = endpoint_configuration.vpc_endpoints
            return CfnRestApi.EndpointConfigurationProperty(
                ip_address_type=ip_type.value if ip_type is not None else None,
                types=[t.value for t in types],
                vpc_endpoint_ids=[v.vpc_endpoint_id for v in vpce] if vpce is not None else None,
            )
        if endpoint_types:
            return CfnRestApi.EndpointConfigurationProperty(types=[t.value for t in endpoint_types])
        return None


class _ImportedById(RestApiBase):
    def __init__(self, scope: Construct, id: str, rest_api_id: str) -> None:
        super().__init__(scope, id)
        self.rest_api_id = rest_api_id
        self._import_scope = scope

    @property  # type: ignore[misc]
    def root(self) -> ResourceBase:  # type: ignore[override]
        raise ValidationError(
            "root is not configured when imported using `fromRestApiId()`. Use `fromRestApiAttributes()` API "
            "instead.",
            self._import_scope,
        )

    @property  # type: ignore[misc]
    def rest_api_root_resource_id(self) -> str:  # type: ignore[override]
        raise ValidationError(
            "restApiRootResourceId is not configured when imported using `fromRestApiId()`. Use "
            "`fromRestApiAttributes()` API instead.",
            self._import_scope,
        )


class _ImportedByAttributes(RestApiBase):
    def __init__(self, scope: Construct, id: str, *, rest_api_id: str, root_resource_id: str,
                 rest_api_name: str | None) -> None:
        super().__init__(scope, id, rest_api_name=rest_api_name)
        self.rest_api_id = rest_api_id
        self.rest_api_root_resource_id = root_resource_id
        self.root = RootResource(self, root_resource_id)


class RestApi(RestApiBase):
    """A REST API. Define its model with ``root.add_resource`` and ``add_method``; by default it is deployed to
    a ``prod`` stage (``deploy``), with an ``Endpoint`` output and an account-level CloudWatch role.

    Args:
        scope: the parent construct.
        id: the construct id (also the default API name).
        api_key_source_type: where API keys are read from.
        binary_media_types: media types treated as binary.
        clone_from: an API to clone.
        cloud_watch_role: create the CloudWatch role and ``AWS::ApiGateway::Account`` (default True).
        cloud_watch_role_removal_policy: their removal policy (default ``RETAIN``).
        default_cors_preflight_options / default_integration / default_method_options: defaults for the root.
        deploy: create a deployment and stage (default True).
        deploy_options: options of that stage.
        description: the API description.
        disable_execute_api_endpoint: disable the default ``execute-api`` endpoint.
        endpoint_configuration / endpoint_types: the endpoint types (one of them; default edge).
        endpoint_export_name: export the ``Endpoint`` output under this name.
        fail_on_warnings: roll back on warnings.
        min_compression_size: compress payloads at least this large.
        minimum_compression_size: deprecated, bytes (exclusive with ``min_compression_size``).
        parameters: import parameters.
        policy: the resource policy.
        rest_api_name: the API name (default: the construct id).
        retain_deployments: keep old deployments.
        domain_name: a custom domain name mapped to the API's deployment stage (also ``add_domain_name``).

    Raises:
        ValidationError: conflicting props.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-apigateway.RestApi"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_key_source_type: ApiKeySourceType | None = None,
        binary_media_types: Sequence[str] | None = None,
        clone_from: IRestApi | None = None,
        cloud_watch_role: bool | None = None,
        cloud_watch_role_removal_policy: RemovalPolicy | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
        deploy: bool | None = None,
        deploy_options: StageOptions | None = None,
        description: str | None = None,
        disable_execute_api_endpoint: bool | None = None,
        domain_name: DomainNameOptions | None = None,
        endpoint_configuration: EndpointConfiguration | None = None,
        endpoint_export_name: str | None = None,
        endpoint_types: Sequence[EndpointType] | None = None,
        fail_on_warnings: bool | None = None,
        min_compression_size: Size | None = None,
        minimum_compression_size: int | float | None = None,
        parameters: Mapping[str, str] | None = None,
        policy: PolicyDocument | None = None,
        rest_api_name: str | None = None,
        retain_deployments: bool | None = None,
    ) -> None:
        check_deprecated_props("aws_apigateway.RestApiProps", locals())
        super().__init__(scope, id, rest_api_name=rest_api_name)
        if min_compression_size is not None and minimum_compression_size is not None:
            raise ValidationError(
                "both properties minCompressionSize and minimumCompressionSize cannot be set at once.", scope
            )
        self.methods: list[Method] = []
        self._deployments: list[Deployment] = []
        self._resource_policy = policy
        resource = CfnRestApi(
            self,
            "Resource",
            name=self.physical_name,
            description=description,
            policy=Lazy.uncached_any(lambda: self._resource_policy),
            fail_on_warnings=fail_on_warnings,
            minimum_compression_size=min_compression_size.to_bytes()
            if min_compression_size is not None
            else minimum_compression_size,
            binary_media_types=binary_media_types,
            endpoint_configuration=self._configure_endpoints(endpoint_types, endpoint_configuration),
            api_key_source_type=api_key_source_type.value if api_key_source_type is not None else None,
            clone_from=clone_from.rest_api_id if clone_from is not None else None,
            parameters=parameters,
            disable_execute_api_endpoint=disable_execute_api_endpoint,
        )
        self._cfn_resource = resource
        self.rest_api_id: str = resource.ref
        self._configure_cloud_watch_role(resource, cloud_watch_role, cloud_watch_role_removal_policy)
        self._configure_deployment(
            deploy=deploy,
            deploy_options=deploy_options,
            description=description,
            retain_deployments=retain_deployments,
            endpoint_export_name=endpoint_export_name,
        )
        if domain_name is not None:
            self.add_domain_name("CustomDomain", **structs.asdict(domain_name, recurse=False))
        self.root = RootResource(
            self,
            resource.attr_root_resource_id,
            default_cors_preflight_options=default_cors_preflight_options,
            default_integration=default_integration,
            default_method_options=default_method_options,
        )
        self.rest_api_root_resource_id = resource.attr_root_resource_id
        self.node.add_validation(_RestApiValidation(self))

    @staticmethod
    def is_rest_api(x: object) -> bool:
        """True for ``RestApi`` instances."""
        return isinstance(x, RestApi)

    @staticmethod
    def from_rest_api_id(scope: Construct, id: str, rest_api_id: str) -> RestApiBase:
        """An existing API by id (its root is not available)."""
        return _ImportedById(scope, id, rest_api_id)

    @staticmethod
    def from_rest_api_attributes(
        scope: Construct,
        id: str,
        *,
        rest_api_id: str,
        root_resource_id: str,
        rest_api_name: str | None = None,
    ) -> RestApiBase:
        """An existing API whose root resource can get new resources and methods."""
        return _ImportedByAttributes(
            scope, id, rest_api_id=rest_api_id, root_resource_id=root_resource_id, rest_api_name=rest_api_name
        )

    def add_model(
        self,
        id: str,
        *,
        schema: JsonSchema,
        content_type: str | None = None,
        description: str | None = None,
        model_name: str | None = None,
    ) -> Model:
        """Add a model (the ``ModelOptions`` keywords)."""
        from l2.apigateway._model import Model

        return Model(
            self,
            id,
            rest_api=self,
            schema=schema,
            content_type=content_type,
            description=description,
            model_name=model_name,
        )

    def add_request_validator(
        self,
        id: str,
        *,
        request_validator_name: str | None = None,
        validate_request_body: bool | None = None,
        validate_request_parameters: bool | None = None,
    ) -> RequestValidator:
        """Add a request validator (the ``RequestValidatorOptions`` keywords)."""
        from l2.apigateway._model import RequestValidator

        return RequestValidator(
            self,
            id,
            rest_api=self,
            request_validator_name=request_validator_name,
            validate_request_body=validate_request_body,
            validate_request_parameters=validate_request_parameters,
        )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the API's resource policy."""
        from l2.iam import AddToResourcePolicyResult, PolicyDocument

        if self._resource_policy is None:
            self._resource_policy = PolicyDocument()
        self._resource_policy.add_statements(statement)
        return AddToResourcePolicyResult(statement_added=True, policy_dependable=self)

    def _attach_method(self, method: Method) -> None:
        self.methods.append(method)
        for deployment in self._deployments:
            deployment._add_method_dependency(method)

    def _attach_deployment(self, deployment: Deployment) -> None:
        self._deployments.append(deployment)
        for method in self.methods:
            deployment._add_method_dependency(method)


class _RestApiValidation:
    def __init__(self, api: RestApi) -> None:
        self._api = api

    def validate(self) -> list[str]:
        return ["The REST API doesn't contain any methods"] if not self._api.methods else []
