"""``IBedrockAgentRuntime`` and ``IRuntimeEndpoint``: the interfaces of new and imported runtimes and endpoints."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Duration
    from l1._private.interfaces.bedrockagentcore import (
        BrowserCustomReference,
        CodeInterpreterCustomReference,
        RuntimeEndpointReference,
        RuntimeReference,
    )
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections
    from l2.iam import Grant, IGrantable, IPrincipal, IRole, PolicyStatement
    from l2.logs import ILogGroup


@runtime_checkable
class IBedrockAgentRuntime(Protocol):
    """An AgentCore runtime: ``Runtime`` or one from ``Runtime.from_agent_runtime_attributes``."""

    @property
    def agent_runtime_arn(self) -> str:
        """The ARN of the runtime."""
        ...

    @property
    def agent_runtime_id(self) -> str:
        """The id of the runtime."""
        ...

    @property
    def agent_runtime_name(self) -> str:
        """The name of the runtime."""
        ...

    @property
    def role(self) -> IRole:
        """The runtime's execution role."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal the runtime acts as."""
        ...

    @property
    def agent_runtime_version(self) -> str | None:
        """The runtime's version."""
        ...

    @property
    def agent_status(self) -> str | None:
        """The runtime's status."""
        ...

    @property
    def created_at(self) -> str | None:
        """When the runtime was created."""
        ...

    @property
    def last_updated_at(self) -> str | None:
        """When the runtime was last updated."""
        ...

    @property
    def application_log_group(self) -> ILogGroup:
        """The log group of the runtime's default endpoint."""
        ...

    @property
    def connections(self) -> Connections:
        """The runtime's network connections (a runtime in a VPC)."""
        ...

    @property
    def runtime_ref(self) -> RuntimeReference:
        """The runtime's id and ARN."""
        ...

    def grant(self, actions: Sequence[str], resources: Sequence[str]) -> Grant:
        """Let the runtime perform ``actions`` on ``resources``."""
        ...

    def add_to_role_policy(self, statement: PolicyStatement) -> IBedrockAgentRuntime:
        """Add ``statement`` to the execution role's policy."""
        ...

    def grant_invoke_runtime(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the runtime."""
        ...

    def grant_invoke_runtime_for_user(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the runtime on behalf of a user."""
        ...

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the runtime, directly and on behalf of users."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name`` of the runtime."""
        ...

    def metric_invocations(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Invocations."""
        ...

    def metric_invocations_aggregated(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Invocations across all resources."""
        ...

    def metric_throttles(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Throttled requests."""
        ...

    def metric_system_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """System errors."""
        ...

    def metric_user_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """User errors."""
        ...

    def metric_latency(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Request latency."""
        ...

    def metric_total_errors(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """System and user errors."""
        ...

    def metric_session_count(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Agent sessions."""
        ...

    def metric_sessions_aggregated(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """Sessions across all resources."""
        ...


@runtime_checkable
class IRuntimeEndpoint(Protocol):
    """An AgentCore runtime endpoint: ``RuntimeEndpoint`` or an imported one."""

    @property
    def agent_runtime_endpoint_arn(self) -> str:
        """The ARN of the endpoint."""
        ...

    @property
    def endpoint_name(self) -> str:
        """The name of the endpoint."""
        ...

    @property
    def agent_runtime_arn(self) -> str:
        """The ARN of the runtime the endpoint serves."""
        ...

    @property
    def created_at(self) -> str | None:
        """When the endpoint was created."""
        ...

    @property
    def description(self) -> str | None:
        """The endpoint's description."""
        ...

    @property
    def live_version(self) -> str | None:
        """The live runtime version."""
        ...

    @property
    def status(self) -> str | None:
        """The endpoint's status."""
        ...

    @property
    def target_version(self) -> str | None:
        """The target runtime version."""
        ...

    @property
    def runtime_endpoint_ref(self) -> RuntimeEndpointReference:
        """The endpoint's ARN."""
        ...


@runtime_checkable
class ICodeInterpreterCustom(Protocol):
    """A custom code interpreter: ``CodeInterpreterCustom`` or an imported one."""

    @property
    def code_interpreter_arn(self) -> str:
        """The ARN of the code interpreter."""
        ...

    @property
    def code_interpreter_id(self) -> str:
        """The id of the code interpreter."""
        ...

    @property
    def status(self) -> str | None:
        """Its status."""
        ...

    @property
    def created_at(self) -> str | None:
        """When it was created."""
        ...

    @property
    def last_updated_at(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def execution_role(self) -> IRole:
        """The role it runs as."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal it acts as."""
        ...

    @property
    def connections(self) -> Connections:
        """Its network connections (in a VPC)."""
        ...

    @property
    def code_interpreter_custom_ref(self) -> CodeInterpreterCustomReference:
        """Its id and ARN."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on it to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading it and listing all."""
        ...

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant using its sessions."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name``."""
        ...

    def metric_for_api_operation(self, metric_name: str, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The metric ``metric_name`` of the API ``operation``."""
        ...

    def metric_latency_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_invocations_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_throttles_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_system_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_user_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_session_duration(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the code interpreter."""
        ...


@runtime_checkable
class IBrowserCustom(Protocol):
    """A custom browser: ``BrowserCustom`` or an imported one."""

    @property
    def browser_arn(self) -> str:
        """The ARN of the browser."""
        ...

    @property
    def browser_id(self) -> str:
        """The id of the browser."""
        ...

    @property
    def status(self) -> str | None:
        """Its status."""
        ...

    @property
    def created_at(self) -> str | None:
        """When it was created."""
        ...

    @property
    def last_updated_at(self) -> str | None:
        """When it was last updated."""
        ...

    @property
    def execution_role(self) -> IRole:
        """The role it runs as."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal it acts as."""
        ...

    @property
    def connections(self) -> Connections:
        """Its network connections (in a VPC)."""
        ...

    @property
    def browser_custom_ref(self) -> BrowserCustomReference:
        """Its id and ARN."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on it to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading it and listing all."""
        ...

    def grant_use(self, grantee: IGrantable) -> Grant:
        """Grant using its sessions."""
        ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The CloudWatch metric ``metric_name``."""
        ...

    def metric_for_api_operation(self, metric_name: str, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """The metric ``metric_name`` of the API ``operation``."""
        ...

    def metric_latency_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_invocations_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_throttles_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_system_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_user_errors_for_api_operation(self, operation: str, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the API ``operation``."""
        ...

    def metric_session_duration(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the browser."""
        ...

    def metric_take_over_count(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the browser."""
        ...

    def metric_take_over_release_count(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the browser."""
        ...

    def metric_take_over_duration(self, *, account: str | None = None, color: str | None = None,
            dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
            period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
            stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
            visible: bool | None = None) -> Metric:
        """A metric of the browser."""
        ...
