"""The interfaces of ``aws_cdk.aws_dynamodb``: ``ITable``, ``ITableV2``, ``IScalableTableAttribute``, and the
``GlobalTableSettingsReplicationMode`` enum."""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Duration, Node, TimeZone
from l1._private.interfaces.dynamodb import ITableRef

if TYPE_CHECKING:
    from l2.applicationautoscaling import Schedule
    from l2.cloudwatch import IMetric, Metric, Unit
    from l2.dynamodb._grants import TableGrants
    from l2.dynamodb._shared import Operation
    from l2.iam import Grant, IGrantable
    from l2.kms import IKey


class GlobalTableSettingsReplicationMode(enum.Enum):
    """Whether a multi-account replica replicates the global table's settings."""

    ALL = "ENABLED"
    """Replicate all replicable settings."""


@runtime_checkable
class ITable(ITableRef, Protocol):
    """A DynamoDB table (``Table``, ``TableV2`` or an imported one): its identity, grants and metrics."""

    @property
    def node(self) -> Node:
        """The construct node."""
        ...

    @property
    def table_arn(self) -> str:
        """The ARN of the table."""
        ...

    @property
    def table_name(self) -> str:
        """The name of the table."""
        ...

    @property
    def table_stream_arn(self) -> str | None:
        """The ARN of the table's stream, if it has one."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The customer managed key of the table, if it has one."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the table."""
        ...

    def grant_full_access(self, grantee: IGrantable) -> Grant:
        """Grant every data action."""
        ...

    def grant_read_data(self, grantee: IGrantable) -> Grant:
        """Grant reading items."""
        ...

    def grant_read_write_data(self, grantee: IGrantable) -> Grant:
        """Grant reading and writing items."""
        ...

    def grant_stream(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the table's stream."""
        ...

    def grant_stream_read(self, grantee: IGrantable) -> Grant:
        """Grant reading the table's stream."""
        ...

    def grant_table_list_streams(self, grantee: IGrantable) -> Grant:
        """Grant listing the table's streams."""
        ...

    def grant_write_data(self, grantee: IGrantable) -> Grant:
        """Grant writing items."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
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
        """A metric of the table."""
        ...

    def metric_conditional_check_failed_requests(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
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
        """Failed conditional writes."""
        ...

    def metric_consumed_read_capacity_units(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
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
        """Consumed read capacity units."""
        ...

    def metric_consumed_write_capacity_units(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
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
        """Consumed write capacity units."""
        ...

    def metric_successful_request_latency(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
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
        """Latency of successful requests."""
        ...

    def metric_system_errors_for_operations(
        self,
        *,
        operations: Sequence[Operation] | None = None,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> IMetric:
        """Server errors summed over operations."""
        ...

    def metric_throttled_requests(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
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
        """Throttled requests."""
        ...

    def metric_throttled_requests_for_operations(
        self,
        *,
        operations: Sequence[Operation] | None = None,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> IMetric:
        """Throttled requests summed over operations."""
        ...

    def metric_user_errors(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str,
        str] | None = None,
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
        """Client errors."""
        ...


@runtime_checkable
class ITableV2(ITable, Protocol):
    """A ``TableV2`` (new or imported): an ``ITable`` with its id and grants object."""

    @property
    def table_id(self) -> str | None:
        """The id of the table (``None`` for some imported tables)."""
        ...

    @property
    def grants(self) -> TableGrants:
        """The grants on this table."""
        ...


@runtime_checkable
class IScalableTableAttribute(Protocol):
    """The auto-scaled read or write capacity of a table or index (``Table.auto_scale_*``)."""

    def scale_on_schedule(
        self,
        id: str,
        *,
        schedule: Schedule,
        end_time: datetime.datetime | None = None,
        max_capacity: int | float | None = None,
        min_capacity: int | float | None = None,
        start_time: datetime.datetime | None = None,
        time_zone: TimeZone | None = None,
    ) -> None:
        """Scale on a schedule."""
        ...

    def scale_on_utilization(
        self,
        *,
        target_utilization_percent: int | float,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Keep the capacity utilization near ``target_utilization_percent``."""
        ...

