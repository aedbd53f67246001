"""The Lambda interfaces: what any function, version, alias, URL or event source mapping offers, whether pycdk
created it or imported it (``Function.from_function_arn`` and friends)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class IFunction(Protocol):
    """A Lambda function: ``Function``, ``SingletonFunction``, ``Version``, ``Alias`` or an imported one."""

    function_arn: str
    function_name: str
    architecture: Any
    grant_principal: Any
    role: Any
    tenancy_config: Any

    @property
    def is_bound_to_vpc(self) -> bool: ...

    @property
    def latest_version(self) -> Any: ...

    @property
    def permissions_node(self) -> Any: ...

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]: ...

    @property
    def connections(self) -> Any: ...

    def add_event_source(self, source: Any) -> None: ...

    def add_event_source_mapping(self, id: str, **options: Any) -> Any: ...

    def add_function_url(self, *, auth_type: Any = None, cors: Any = None, invoke_mode: Any = None) -> Any: ...

    def add_permission(self, id: str, *, principal: Any, **permission: Any) -> None: ...

    def add_to_role_policy(self, statement: Any) -> None: ...

    def configure_async_invoke(self, *, max_event_age: Any = None, on_failure: Any = None, on_success: Any = None,
                               retry_attempts: float | None = None) -> None: ...

    def grant_invoke(self, grantee: Any) -> Any: ...

    def grant_invoke_composite_principal(self, composite_principal: Any) -> list[Any]: ...

    def grant_invoke_latest_version(self, grantee: Any) -> Any: ...

    def grant_invoke_url(self, grantee: Any) -> Any: ...

    def grant_invoke_version(self, grantee: Any, version: Any) -> Any: ...

    def metric(self, metric_name: str, **props: Any) -> Any: ...

    def metric_duration(self, **props: Any) -> Any: ...

    def metric_errors(self, **props: Any) -> Any: ...

    def metric_invocations(self, **props: Any) -> Any: ...

    def metric_throttles(self, **props: Any) -> Any: ...


@runtime_checkable
class IVersion(IFunction, Protocol):
    """A published version of a function."""

    version: str
    lambda_: Any

    @property
    def edge_arn(self) -> str: ...

    def add_alias(self, alias_name: str, **options: Any) -> Any: ...


@runtime_checkable
class IAlias(IFunction, Protocol):
    """An alias of a function."""

    alias_name: str
    version: Any


@runtime_checkable
class IFunctionUrl(Protocol):
    """A function URL."""

    url: str
    function_arn: str
    auth_type: Any

    def grant_invoke_url(self, grantee: Any) -> Any: ...


@runtime_checkable
class IEventSourceMapping(Protocol):
    """An event source mapping."""

    event_source_mapping_id: str
    event_source_mapping_arn: str


@runtime_checkable
class IScalableFunctionAttribute(Protocol):
    """The scalable provisioned concurrency of a version or alias (``add_auto_scaling``)."""

    def scale_on_utilization(self, *, utilization_target: float, **options: Any) -> None: ...

    def scale_on_schedule(self, id: str, *, schedule: Any, **options: Any) -> None: ...


