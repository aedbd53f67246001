"""The interfaces of API Gateway resources (aws-cdk-lib's ``I*`` types), as structural protocols.

Created and imported objects of this package satisfy them; so does any object with the listed attributes (for
instance an authorizer written by hand with ``authorizer_id`` and ``authorization_type``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Duration, Node, Stack
    from l2.apigateway._cors import CorsOptions
    from l2.apigateway._deployment import Deployment
    from l2.apigateway._integration import Integration
    from l2.apigateway._method import (
        AuthorizationType,
        Method,
        MethodOptions,
        MethodResponse,
        RequestValidatorOptions,
    )
    from l2.apigateway._model import IModel
    from l2.apigateway._resource import ProxyResource, Resource, ResourceBase
    from l2.apigateway._stage import Stage
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IApiKey(Protocol):
    """An API key (``ApiKey``, ``RateLimitedApiKey`` or ``ApiKey.from_api_key_id``)."""

    @property
    def node(self) -> Node: ...

    @property
    def key_id(self) -> str: ...

    @property
    def key_arn(self) -> str: ...


@runtime_checkable
class IAuthorizer(Protocol):
    """An authorizer a method can use: its id and, optionally, the authorization type it implies."""

    @property
    def authorizer_id(self) -> str: ...

    @property
    def authorization_type(self) -> AuthorizationType | None: ...


@runtime_checkable
class IDomainName(Protocol):
    """A custom domain name (``DomainName`` or ``DomainName.from_domain_name_attributes``)."""

    @property
    def domain_name(self) -> str: ...

    @property
    def domain_name_alias_domain_name(self) -> str: ...

    @property
    def domain_name_alias_hosted_zone_id(self) -> str: ...


@runtime_checkable
class IGatewayResponse(Protocol):
    """A gateway response (``GatewayResponse`` or ``GatewayResponse.from_gateway_response_id``)."""


@runtime_checkable
class IRequestValidator(Protocol):
    """A request validator (``RequestValidator``)."""

    @property
    def request_validator_id(self) -> str: ...


@runtime_checkable
class IVpcLink(Protocol):
    """A VPC link (``VpcLink`` or ``VpcLink.from_vpc_link_id``)."""

    @property
    def vpc_link_id(self) -> str: ...


@runtime_checkable
class IRestApi(Protocol):
    """A REST API (``RestApi``, ``SpecRestApi``, ``LambdaRestApi`` or an imported one)."""

    @property
    def node(self) -> Node: ...

    @property
    def rest_api_id(self) -> str: ...

    @property
    def rest_api_name(self) -> str: ...

    @property
    def rest_api_root_resource_id(self) -> str: ...

    @property
    def root(self) -> ResourceBase: ...

    @property
    def latest_deployment(self) -> Deployment | None: ...

    @property
    def deployment_stage(self) -> Stage | None: ...

    def arn_for_execute_api(self, method: str = "*", path: str = "/*", stage: str = "*") -> str:
        """The ``execute-api`` ARN of a method, path and stage."""
        ...


@runtime_checkable
class IResource(Protocol):
    """A resource of a REST API (``Resource``, ``ProxyResource``, the root, or an imported resource)."""

    @property
    def api(self) -> IRestApi: ...

    @property
    def resource_id(self) -> str: ...

    @property
    def path(self) -> str: ...

    @property
    def parent_resource(self) -> IResource | None: ...

    @property
    def default_integration(self) -> Integration | None: ...

    @property
    def default_method_options(self) -> MethodOptions | None: ...

    @property
    def default_cors_preflight_options(self) -> CorsOptions | None: ...


    def add_resource(
        self,
        path_part: str,
        *,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> Resource:
        """Add a child resource."""
        ...

    def add_method(
        self,
        http_method: str,
        target: Integration | None = None,
        *,
        api_key_required: bool | None = None,
        authorization_scopes: Sequence[str] | None = None,
        authorization_type: AuthorizationType | None = None,
        authorizer: IAuthorizer | None = None,
        method_responses: Sequence[MethodResponse] | None = None,
        operation_name: str | None = None,
        request_models: Mapping[str, IModel] | None = None,
        request_parameters: Mapping[str, bool] | None = None,
        request_validator: IRequestValidator | None = None,
        request_validator_options: RequestValidatorOptions | None = None,
    ) -> Method:
        """Add a method."""
        ...

    def add_proxy(
        self,
        *,
        any_method: bool | None = None,
        default_cors_preflight_options: CorsOptions | None = None,
        default_integration: Integration | None = None,
        default_method_options: MethodOptions | None = None,
    ) -> ProxyResource:
        """Add a ``{proxy+}`` child resource."""
        ...

    def add_cors_preflight(
        self,
        *,
        allow_origins: Sequence[str],
        allow_credentials: bool | None = None,
        allow_headers: Sequence[str] | None = None,
        allow_methods: Sequence[str] | None = None,
        disable_cache: bool | None = None,
        expose_headers: Sequence[str] | None = None,
        max_age: Duration | None = None,
        status_code: int | float | None = None,
    ) -> Method:
        """Add an ``OPTIONS`` method answering CORS preflight requests."""
        ...

    def get_resource(self, path_part: str) -> IResource | None:
        """The child resource at ``path_part``, if any."""
        ...

    def resource_for_path(self, path: str) -> Resource:
        """The resource at ``path`` below this one, created as needed."""
        ...


@runtime_checkable
class IStage(Protocol):
    """A stage of a REST API (``Stage`` or ``Stage.from_stage_attributes``)."""

    @property
    def node(self) -> Node: ...

    @property
    def stage_name(self) -> str: ...

    @property
    def rest_api(self) -> IRestApi: ...

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
    ) -> IApiKey:
        """Add an API key valid for this stage."""
        ...


@runtime_checkable
class IUsagePlan(Protocol):
    """A usage plan (``UsagePlan`` or ``UsagePlan.from_usage_plan_id``)."""

    @property
    def usage_plan_id(self) -> str: ...

    def add_api_key(self, api_key: IApiKey, *, override_logical_id: str | None = None) -> None:
        """Add an API key to the plan."""
        ...


# -- the few interfaces of other services this package takes (their L2s are not in pycdk yet) ----------------
@runtime_checkable
class ICertificate(Protocol):
    """An ACM certificate (aws-cdk-lib's ``ICertificate``): anything with ``certificate_arn``."""

    @property
    def certificate_arn(self) -> str: ...


@runtime_checkable
class IUserPool(Protocol):
    """A Cognito user pool (aws-cdk-lib's ``IUserPool``): anything with ``user_pool_arn``."""

    @property
    def user_pool_arn(self) -> str: ...


@runtime_checkable
class INetworkLoadBalancer(Protocol):
    """A Network Load Balancer (aws-cdk-lib's ``INetworkLoadBalancer``): anything with ``load_balancer_arn``."""

    @property
    def load_balancer_arn(self) -> str: ...


@runtime_checkable
class IStateMachine(Protocol):
    """A Step Functions state machine (aws-cdk-lib's ``IStateMachine``), e.g. one imported by ARN.

    ``StepFunctionsIntegration`` reads its ARN and stack and grants the integration role
    ``states:StartSyncExecution``.
    """

    @property
    def state_machine_arn(self) -> str: ...

    @property
    def stack(self) -> Stack: ...

    def grant_start_sync_execution(self, identity: IGrantable) -> Grant:
        """Allow ``identity`` to start synchronous executions."""
        ...


@runtime_checkable
class ISagemakerEndpoint(Protocol):
    """A SageMaker endpoint (aws-cdk-lib's ``sagemaker.IEndpoint``): its name, and invoke permissions."""

    @property
    def endpoint_name(self) -> str: ...

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Allow ``grantee`` to invoke the endpoint."""
        ...


@runtime_checkable
class IVpcEndpoint(Protocol):
    """A VPC endpoint (aws-cdk-lib's ``ec2.IVpcEndpoint``, e.g. ``ec2.InterfaceVpcEndpoint``)."""

    @property
    def vpc_endpoint_id(self) -> str: ...
