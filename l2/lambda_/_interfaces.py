"""The Lambda interfaces: what any function, version, alias, URL or event source mapping offers, whether pycdk
created it or imported it (``Function.from_function_arn`` and friends)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Duration
from l1._private.interfaces.lambda_ import IAliasRef, IFunctionRef, IVersionRef

if TYPE_CHECKING:
    from constructs import Construct, Node, ResourceEnvironment, Stack, TimeZone
    from l2.applicationautoscaling import Schedule
    from l2.cloudwatch import Metric, Unit
    from l2.ec2 import Connections
    from l2.iam import CompositePrincipal, Grant, IGrantable, IPrincipal, IRole, PolicyStatement
    from l2.kms import IKey
    from l2.lambda_._alias import Alias, VersionWeight
    from l2.lambda_._event_invoke_config import IDestination
    from l2.lambda_._event_source_mapping import (
        EventSourceMapping,
        EventSourceMappingLogLevel,
        IEventSourceDlq,
        MetricsConfig,
        ProvisionedPollerConfig,
        SourceAccessConfiguration,
        StartingPosition,
    )
    from l2.lambda_._function_base import IEventSource
    from l2.lambda_._function_config import TenancyConfig
    from l2.lambda_._function_url import FunctionUrl, FunctionUrlAuthType, FunctionUrlCorsOptions, InvokeMode
    from l2.lambda_._runtime import Architecture
    from l2.lambda_._schema_registry import ISchemaRegistry


@runtime_checkable
class IFunction(IFunctionRef, Protocol):
    """A Lambda function: ``Function``, ``SingletonFunction``, ``Version``, ``Alias`` or an imported one."""

    @property
    def function_arn(self) -> str: ...

    @property
    def function_name(self) -> str: ...

    @property
    def node(self) -> Node:
        """The construct tree node (aws-cdk-lib's interface extends IResource)."""
        ...

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region the resource lives in."""
        ...

    @property
    def stack(self) -> Stack:
        """The stack the resource belongs to."""
        ...

    @property
    def architecture(self) -> Architecture: ...

    @property
    def grant_principal(self) -> IPrincipal: ...

    @property
    def role(self) -> IRole | None: ...

    @property
    def tenancy_config(self) -> TenancyConfig | None: ...

    @property
    def is_bound_to_vpc(self) -> bool: ...

    @property
    def latest_version(self) -> IVersion: ...

    @property
    def permissions_node(self) -> Node: ...

    @property
    def resource_arns_for_grant_invoke(self) -> list[str]: ...

    @property
    def connections(self) -> Connections: ...

    def add_event_source(self, source: IEventSource) -> None: ...

    def add_event_source_mapping(
        self, id: str, *, batch_size: float | None = None, bisect_batch_on_error: bool | None = None,
        enabled: bool | None = None, event_source_arn: str | None = None, filter_encryption: IKey | None = None,
        filters: Sequence[Mapping[str, object]] | None = None, kafka_bootstrap_servers: Sequence[str] | None = None,
        kafka_consumer_group_id: str | None = None, kafka_topic: str | None = None, log_level: EventSourceMappingLogLevel | None = None,
        max_batching_window: Duration | None = None, max_concurrency: float | None = None,
        max_record_age: Duration | None = None, metrics_config: MetricsConfig | None = None, on_failure: IEventSourceDlq | None = None,
        parallelization_factor: float | None = None, provisioned_poller_config: ProvisionedPollerConfig | None = None,
        report_batch_item_failures: bool | None = None, retry_attempts: float | None = None,
        schema_registry_config: ISchemaRegistry | None = None, source_access_configurations: Sequence[SourceAccessConfiguration] | None = None,
        starting_position: StartingPosition | None = None, starting_position_timestamp: float | None = None,
        support_s3_on_failure_destination: bool | None = None, tumbling_window: Duration | None = None,
    ) -> EventSourceMapping: ...

    def add_function_url(self, *, auth_type: FunctionUrlAuthType | None = None, cors: FunctionUrlCorsOptions | None = None, invoke_mode: InvokeMode | None = None) -> FunctionUrl: ...

    def add_permission(
        self, id: str, *, principal: IPrincipal, action: str | None = None, event_source_token: str | None = None,
        function_url_auth_type: FunctionUrlAuthType | None = None, invoked_via_function_url: bool | None = None,
        organization_id: str | None = None, scope: Construct | None = None, source_account: str | None = None,
        source_arn: str | None = None,
    ) -> None: ...

    def add_to_role_policy(self, statement: PolicyStatement) -> None: ...

    def configure_async_invoke(self, *, max_event_age: Duration | None = None, on_failure: IDestination | None = None, on_success: IDestination | None = None,
                               retry_attempts: float | None = None) -> None: ...

    def grant_invoke(self, identity: IGrantable, /) -> Grant: ...

    def grant_invoke_composite_principal(self, composite_principal: CompositePrincipal) -> list[Grant]: ...

    def grant_invoke_latest_version(self, identity: IGrantable, /) -> Grant: ...

    def grant_invoke_url(self, identity: IGrantable, /) -> Grant: ...

    def grant_invoke_version(self, identity: IGrantable, version: IVersion, /) -> Grant: ...

    def metric(self, metric_name: str, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric: ...

    def metric_duration(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric: ...

    def metric_errors(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric: ...

    def metric_invocations(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric: ...

    def metric_throttles(self, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric: ...


@runtime_checkable
class IVersion(IFunction, IVersionRef, Protocol):
    """A published version of a function."""

    @property
    def version(self) -> str: ...

    @property
    def lambda_(self) -> IFunction: ...

    @property
    def edge_arn(self) -> str: ...

    def add_alias(
        self, alias_name: str, *, additional_versions: Sequence[VersionWeight] | None = None, description: str | None = None,
        provisioned_concurrent_executions: float | None = None, max_event_age: Duration | None = None,
        on_failure: IDestination | None = None, on_success: IDestination | None = None, retry_attempts: float | None = None,
    ) -> Alias: ...


@runtime_checkable
class IAlias(IFunction, IAliasRef, Protocol):
    """An alias of a function."""

    @property
    def alias_name(self) -> str: ...

    @property
    def version(self) -> IVersion: ...



@runtime_checkable
class IFunctionUrl(Protocol):
    """A function URL."""

    @property
    def url(self) -> str: ...

    @property
    def function_arn(self) -> str: ...

    @property
    def auth_type(self) -> FunctionUrlAuthType: ...


    def grant_invoke_url(self, identity: IGrantable, /) -> Grant: ...


@runtime_checkable
class IEventSourceMapping(Protocol):
    """An event source mapping."""

    @property
    def event_source_mapping_id(self) -> str: ...

    @property
    def event_source_mapping_arn(self) -> str: ...



@runtime_checkable
class IScalableFunctionAttribute(Protocol):
    """The scalable provisioned concurrency of a version or alias (``add_auto_scaling``)."""

    def scale_on_utilization(
        self, *, utilization_target: float, disable_scale_in: bool | None = None, policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None, scale_out_cooldown: Duration | None = None,
    ) -> None: ...

    def scale_on_schedule(
        self, id: str, *, schedule: Schedule, end_time: datetime.datetime | None = None,
        max_capacity: float | None = None, min_capacity: float | None = None,
        start_time: datetime.datetime | None = None, time_zone: TimeZone | None = None,
    ) -> None: ...


@runtime_checkable
class ICapacityProvider(Protocol):
    """A Lambda capacity provider (``CapacityProvider`` or an imported one)."""

    @property
    def capacity_provider_arn(self) -> str: ...

    @property
    def capacity_provider_name(self) -> str: ...



