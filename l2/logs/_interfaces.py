"""``ILogGroup`` and ``ILogStream``: the interfaces of new and imported log groups and streams."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l1._private.interfaces.logs import ILogGroupRef, ILogStreamRef

if TYPE_CHECKING:
    from constructs import Duration, Node, ResourceEnvironment, Stack
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable

    from ._log_group import LogStream
    from ._metric_filter import MetricFilter
    from ._pattern import IFilterPattern
    from ._subscription_filter import Distribution, ILogSubscriptionDestination, SubscriptionFilter
    from ._transformer import IProcessor, Transformer


@runtime_checkable
class ILogGroup(ILogGroupRef, Protocol):
    """A CloudWatch Logs log group: ``LogGroup`` or one from ``LogGroup.from_log_group_arn`` / ``_name``."""

    @property
    def log_group_arn(self) -> str: ...

    @property
    def log_group_name(self) -> str: ...

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


    def add_metric_filter(
        self,
        id: str,
        *,
        filter_pattern: IFilterPattern,
        metric_name: str,
        metric_namespace: str,
        apply_on_transformed_logs: bool | None = None,
        default_value: float | None = None,
        dimensions: Mapping[str, str] | None = None,
        filter_name: str | None = None,
        metric_value: str | None = None,
        unit: Unit | None = None,
    ) -> MetricFilter:
        """A metric filter on this group."""
        ...

    def add_stream(self, id: str, *, log_stream_name: str | None = None) -> LogStream:
        """A log stream in this group."""
        ...

    def add_subscription_filter(
        self,
        id: str,
        *,
        destination: ILogSubscriptionDestination,
        filter_pattern: IFilterPattern,
        distribution: Distribution | None = None,
        filter_name: str | None = None,
    ) -> SubscriptionFilter:
        """A subscription filter on this group."""
        ...

    def add_transformer(
        self, id: str, *, transformer_config: Sequence[IProcessor], transformer_name: str
    ) -> Transformer:
        """A transformer of this group's events."""
        ...

    def extract_metric(self, json_field: str, metric_namespace: str, metric_name: str) -> Metric:
        """A metric extracted from a JSON field."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this group."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading events."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant writing events."""
        ...

    def log_group_physical_name(self) -> str:
        """The physical name."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this group."""
        ...

    def metric_incoming_bytes(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``IncomingBytes``."""
        ...

    def metric_incoming_log_events(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """``IncomingLogs``."""
        ...


@runtime_checkable
class ILogStream(ILogStreamRef, Protocol):
    """A log stream: ``LogStream`` or one from ``LogStream.from_log_stream_name`` / ``_attributes``."""

    @property
    def log_stream_name(self) -> str: ...

