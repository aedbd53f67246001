"""The interfaces of the AgentCore gateway: ``IGateway``, ``IGatewayTarget``, target configurations, authorizers,
credential providers and interceptors."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Construct, Duration
    from l2.bedrockagentcore._gateway_auth import GatewayAuthorizerType
    from l2.bedrockagentcore._gateway_credentials import CredentialProviderType
    from l2.bedrockagentcore._gateway_target_config import (
        GatewayTargetProtocolType,
        McpTargetType,
        TargetConfigurationConfig,
    )
    from l2.bedrockagentcore._interceptor import InterceptionPoint, InterceptorBindConfig
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable, IRole
    from l2.kms import IKey


@runtime_checkable
class IGatewayProtocolConfig(Protocol):
    """The protocol configuration of a gateway (``McpProtocolConfiguration``)."""

    @property
    def protocol_type(self) -> str:
        """The protocol type (``MCP``)."""
        ...


@runtime_checkable
class IGatewayAuthorizerConfig(Protocol):
    """How callers authenticate to a gateway (``GatewayAuthorizer`` builds one)."""

    @property
    def authorizer_type(self) -> GatewayAuthorizerType:
        """The authorizer type."""
        ...


@runtime_checkable
class IGateway(Protocol):
    """An AgentCore gateway: ``Gateway`` or one from ``Gateway.from_gateway_attributes``."""

    @property
    def gateway_arn(self) -> str:
        """The ARN of the gateway."""
        ...

    @property
    def gateway_id(self) -> str:
        """The id of the gateway."""
        ...

    @property
    def gateway_name(self) -> str:
        """The name of the gateway."""
        ...

    @property
    def role(self) -> IRole:
        """The gateway's role."""
        ...

    @property
    def authorizer_configuration(self) -> IGatewayAuthorizerConfig:
        """How callers authenticate."""
        ...

    @property
    def protocol_configuration(self) -> IGatewayProtocolConfig:
        """The protocol configuration."""
        ...

    @property
    def description(self) -> str | None:
        """The description."""
        ...

    @property
    def exception_level(self) -> object | None:
        """The exception level."""
        ...

    @property
    def kms_key(self) -> IKey | None:
        """The encryption key."""
        ...

    @property
    def gateway_url(self) -> str | None:
        """The URL of the gateway."""
        ...

    @property
    def status(self) -> str | None:
        """The status."""
        ...

    @property
    def status_reason(self) -> Sequence[str] | None:
        """The reasons of the status."""
        ...

    @property
    def created_at(self) -> str | None:
        """When the gateway was created."""
        ...

    @property
    def updated_at(self) -> str | None:
        """When the gateway was last updated."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the gateway to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` read the gateway and its targets."""
        ...

    def grant_manage(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` create, update and delete the gateway and its targets."""
        ...

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the gateway."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of the gateway."""
        ...

    def metric_invocations(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Invocations (Sum)."""
        ...

    def metric_throttles(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Throttled requests (Sum)."""
        ...

    def metric_system_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """System errors (Sum)."""
        ...

    def metric_user_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """User errors (Sum)."""
        ...

    def metric_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Latency (Average)."""
        ...

    def metric_duration(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Duration (Average)."""
        ...

    def metric_target_execution_time(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Target execution time (Average)."""
        ...

    def metric_target_type(self, target_type: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Requests to targets of ``target_type`` (Sum)."""
        ...

@runtime_checkable
class ICredentialProviderConfig(Protocol):
    """How a gateway authenticates to a target (``GatewayCredentialProvider`` builds one)."""

    @property
    def credential_provider_type(self) -> CredentialProviderType:
        """The credential provider type."""
        ...

    def grant_needed_permissions_to_role(self, gateway: IGateway) -> Grant | None:
        """Give the gateway's role what this credential provider needs."""
        ...


@runtime_checkable
class ITargetConfiguration(Protocol):
    """What a gateway target exposes (Lambda, OpenAPI, Smithy, MCP server, API Gateway)."""

    @property
    def target_type(self) -> McpTargetType:
        """The target type."""
        ...

    def bind(self, scope: Construct, gateway: IGateway) -> TargetConfigurationConfig:
        """Bind the configuration to ``gateway`` (assets, grants)."""
        ...


@runtime_checkable
class IGatewayTarget(Protocol):
    """A gateway target: ``GatewayTarget`` or one from ``GatewayTarget.from_gateway_target_attributes``."""

    @property
    def target_arn(self) -> str:
        """The ARN of the target."""
        ...

    @property
    def target_id(self) -> str:
        """The id of the target."""
        ...

    @property
    def gateway_target_name(self) -> str:
        """The name of the target."""
        ...

    @property
    def gateway(self) -> IGateway:
        """The target's gateway."""
        ...

    @property
    def target_protocol_type(self) -> GatewayTargetProtocolType:
        """The protocol type of the target."""
        ...

    @property
    def credential_provider_configurations(self) -> Sequence[ICredentialProviderConfig] | None:
        """How the gateway authenticates to the target."""
        ...

    @property
    def description(self) -> str | None:
        """The description."""
        ...

    @property
    def status(self) -> str | None:
        """The status."""
        ...

    @property
    def status_reasons(self) -> Sequence[str] | None:
        """The reasons of the status."""
        ...

    @property
    def created_at(self) -> str | None:
        """When the target was created."""
        ...

    @property
    def updated_at(self) -> str | None:
        """When the target was last updated."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the target to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` read the target."""
        ...

    def grant_manage(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` create, update and delete targets."""
        ...


@runtime_checkable
class IMcpGatewayTarget(IGatewayTarget, Protocol):
    """A gateway target speaking MCP."""

    @property
    def target_type(self) -> McpTargetType:
        """The target type."""
        ...


@runtime_checkable
class IInterceptor(Protocol):
    """A function a gateway calls on each request or response (``LambdaInterceptor``)."""

    @property
    def interception_point(self) -> InterceptionPoint:
        """Where the interceptor runs."""
        ...

    def bind(self, scope: Construct, gateway: IGateway) -> InterceptorBindConfig:
        """Bind the interceptor to ``gateway`` (grants)."""
        ...
