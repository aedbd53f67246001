"""The interfaces of ``aws_cdk.aws_kinesis``: ``IStream`` and ``IStreamConsumer``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Duration, Node
from l1._private.interfaces.kinesis import IStreamRef

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement
    from l2.kms import IKey


@runtime_checkable
class IStream(IStreamRef, Protocol):
    """A Kinesis data stream (``Stream`` or an imported one): identity, resource policy, grants and metrics."""

    @property
    def node(self) -> Node:
        """The construct node."""
        ...

    @property
    def stream_arn(self) -> str:
        """The ARN of the stream."""
        ...

    @property
    def stream_name(self) -> str:
        """The name of the stream."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The customer managed key of the stream, if it has one."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the stream's resource policy."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the stream."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading records."""
        ...

    def grant_read_write(self, grantee: IGrantable) -> Grant:
        """Grant reading and writing records."""
        ...

    def grant_write(self, grantee: IGrantable) -> Grant:
        """Grant writing records."""
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
        """A metric of the stream."""
        ...

    def metric_get_records(
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
        """The ``get_records`` metric of the stream."""
        ...

    def metric_get_records_bytes(
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
        """The ``get_records_bytes`` metric of the stream."""
        ...

    def metric_get_records_iterator_age_milliseconds(
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
        """The ``get_records_iterator_age_milliseconds`` metric of the stream."""
        ...

    def metric_get_records_latency(
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
        """The ``get_records_latency`` metric of the stream."""
        ...

    def metric_get_records_success(
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
        """The ``get_records_success`` metric of the stream."""
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
        """The ``incoming_bytes`` metric of the stream."""
        ...

    def metric_incoming_records(
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
        """The ``incoming_records`` metric of the stream."""
        ...

    def metric_put_record_bytes(
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
        """The ``put_record_bytes`` metric of the stream."""
        ...

    def metric_put_record_latency(
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
        """The ``put_record_latency`` metric of the stream."""
        ...

    def metric_put_record_success(
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
        """The ``put_record_success`` metric of the stream."""
        ...

    def metric_put_records_bytes(
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
        """The ``put_records_bytes`` metric of the stream."""
        ...

    def metric_put_records_failed_records(
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
        """The ``put_records_failed_records`` metric of the stream."""
        ...

    def metric_put_records_latency(
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
        """The ``put_records_latency`` metric of the stream."""
        ...

    def metric_put_records_success(
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
        """The ``put_records_success`` metric of the stream."""
        ...

    def metric_put_records_successful_records(
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
        """The ``put_records_successful_records`` metric of the stream."""
        ...

    def metric_put_records_throttled_records(
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
        """The ``put_records_throttled_records`` metric of the stream."""
        ...

    def metric_put_records_total_records(
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
        """The ``put_records_total_records`` metric of the stream."""
        ...

    def metric_read_provisioned_throughput_exceeded(
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
        """The ``read_provisioned_throughput_exceeded`` metric of the stream."""
        ...

    def metric_write_provisioned_throughput_exceeded(
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
        """The ``write_provisioned_throughput_exceeded`` metric of the stream."""
        ...


@runtime_checkable
class IStreamConsumer(Protocol):
    """A registered consumer of a stream (enhanced fan-out)."""

    @property
    def node(self) -> Node:
        """The construct node."""
        ...

    @property
    def stream_consumer_arn(self) -> str:
        """The ARN of the consumer."""
        ...

    @property
    def stream_consumer_name(self) -> str:
        """The name of the consumer."""
        ...

    @property
    def stream(self) -> IStream:
        """The stream the consumer reads."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the consumer's resource policy."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the consumer."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant reading the stream through the consumer."""
        ...
