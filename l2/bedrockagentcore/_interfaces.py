"""``IBedrockAgentRuntime`` and ``IRuntimeEndpoint``: the interfaces of new and imported runtimes and endpoints."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from l2.cloudwatch import Metric
    from l2.iam import Grant, IGrantable, IPrincipal, IRole, PolicyStatement


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

    def grant(self, actions: list[str], resources: list[str]) -> Grant:
        """Let the runtime perform ``actions`` on ``resources``."""
        ...

    def grant_invoke(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` invoke the runtime, directly and on behalf of users."""
        ...

    def add_to_role_policy(self, statement: PolicyStatement) -> IBedrockAgentRuntime:
        """Add ``statement`` to the execution role's policy."""
        ...

    def metric(self, metric_name: str) -> Metric:
        """A CloudWatch metric of the runtime."""
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
