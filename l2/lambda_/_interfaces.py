"""The Lambda interfaces: what any function, version, alias, URL or event source mapping offers, whether pycdk
created it or imported it (``Function.from_function_arn`` and friends)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

from constructs import Duration


@runtime_checkable
class IFunction(Protocol):
    """A Lambda function: ``Function``, ``SingletonFunction``, ``Version``, ``Alias`` or an imported one."""

    @property
    def function_arn(self) -> str: ...

    @property
    def function_name(self) -> str: ...

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

    def add_event_source_mapping(
        self, id: str, *, batch_size: float | None = None, bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None, event_source_arn: str | None = None, filter_encryption: Any = None,
        filters: Sequence[Mapping[str, Any]] | None = None, kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_consumer_group_id: str | None = None, kafka_topic: str | None = None, log_level: Any = None,
        max_batching_window: Duration | None = None, max_concurrency: float | None = None,
        max_record_age: Duration | None = None, metrics_config: Any = None, on_failure: Any = None,
        parallelization_factor: float | None = None, provisioned_poller_config: Any = None,
        report_batch_item_failures: bool | None = None, retry_attempts: float | None = None,
        schema_registry_config: Any = None, source_access_configurations: Sequence[Any] | None = None,
        starting_position: Any = None, starting_position_timestamp: float | None = None,
        support_s3_on_failure_destination: bool | None = None, tumbling_window: Duration | None = None,
    ) -> Any: ...

    def add_function_url(self, *, auth_type: Any = None, cors: Any = None, invoke_mode: Any = None) -> Any: ...

    def add_permission(
        self, id: str, *, principal: Any, action: str | None = None, event_source_token: str | None = None,
        function_url_auth_type: Any = None, invoked_via_function_url: bool | None = None,
        organization_id: str | None = None, scope: Any = None, source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None: ...

    def add_to_role_policy(self, statement: Any) -> None: ...

    def configure_async_invoke(self, *, max_event_age: Any = None, on_failure: Any = None, on_success: Any = None,
                               retry_attempts: float | None = None) -> None: ...

    def grant_invoke(self, identity: Any) -> Any: ...

    def grant_invoke_composite_principal(self, composite_principal: Any) -> list[Any]: ...

    def grant_invoke_latest_version(self, identity: Any) -> Any: ...

    def grant_invoke_url(self, identity: Any) -> Any: ...

    def grant_invoke_version(self, identity: Any, version: Any) -> Any: ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Any = None,
               visible: bool | None = None) -> Any: ...

    def metric_duration(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Any = None,
               visible: bool | None = None) -> Any: ...

    def metric_errors(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Any = None,
               visible: bool | None = None) -> Any: ...

    def metric_invocations(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Any = None,
               visible: bool | None = None) -> Any: ...

    def metric_throttles(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Any = None,
               visible: bool | None = None) -> Any: ...


@runtime_checkable
class IVersion(IFunction, Protocol):
    """A published version of a function."""

    version: str
    lambda_: Any

    @property
    def edge_arn(self) -> str: ...

    def add_alias(
        self, alias_name: str, *, additional_versions: Sequence[Any] | None = None, description: str | None = None,
        provisioned_concurrent_executions: float | None = None, max_event_age: Duration | None = None,
        on_failure: Any = None, on_success: Any = None, retry_attempts: float | None = None,
    ) -> Any: ...


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

    def grant_invoke_url(self, identity: Any) -> Any: ...


@runtime_checkable
class IEventSourceMapping(Protocol):
    """An event source mapping."""

    event_source_mapping_id: str
    event_source_mapping_arn: str


@runtime_checkable
class IScalableFunctionAttribute(Protocol):
    """The scalable provisioned concurrency of a version or alias (``add_auto_scaling``)."""

    def scale_on_utilization(
        self, *, utilization_target: float, disable_scale_in: bool | None = None, policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None, scale_out_cooldown: Duration | None = None,
    ) -> None: ...

    def scale_on_schedule(
        self, id: str, *, schedule: Any, end_time: datetime.datetime | None = None,
        max_capacity: float | None = None, min_capacity: float | None = None,
        start_time: datetime.datetime | None = None, time_zone: Any = None,
    ) -> None: ...


@runtime_checkable
class ICapacityProvider(Protocol):
    """A Lambda capacity provider (``CapacityProvider`` or an imported one)."""

    capacity_provider_arn: str
    capacity_provider_name: str


