"""The members both services' ``IDomain`` declare: what new and imported domains offer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Duration, ResourceEnvironment, Stack
    from constructs.internals import Node
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable


@runtime_checkable
class SearchDomain(Protocol):
    """A domain of either service; each service's ``IDomain`` is this protocol (with what it adds)."""

    @property
    def domain_arn(self) -> str:
        """The domain's ARN."""
        ...

    @property
    def domain_name(self) -> str:
        """The domain's name."""
        ...

    @property
    def domain_endpoint(self) -> str:
        """The domain's endpoint (without ``https://``)."""
        ...

    @property
    def node(self) -> Node:
        """The construct node."""
        ...

    @property
    def stack(self) -> Stack:
        """The stack the domain is in."""
        ...

    @property
    def env(self) -> ResourceEnvironment:
        """The domain's account and region."""
        ...

    def grant_read(self, identity: IGrantable, /) -> Grant:
        """Read (``es:ESHttpGet``, ``es:ESHttpHead``) on the domain and everything in it."""
        ...

    def grant_write(self, identity: IGrantable, /) -> Grant:
        """Write (delete, post, put, patch) on the domain and everything in it."""
        ...

    def grant_read_write(self, identity: IGrantable, /) -> Grant:
        """Read and write on the domain and everything in it."""
        ...

    def grant_index_read(self, index: str, identity: IGrantable, /) -> Grant:
        """Read on an index (and its documents)."""
        ...

    def grant_index_write(self, index: str, identity: IGrantable, /) -> Grant:
        """Write on an index (and its documents)."""
        ...

    def grant_index_read_write(self, index: str, identity: IGrantable, /) -> Grant:
        """Read and write on an index (and its documents)."""
        ...

    def grant_path_read(self, path: str, identity: IGrantable, /) -> Grant:
        """Read on a path of the domain."""
        ...

    def grant_path_write(self, path: str, identity: IGrantable, /) -> Grant:
        """Write on a path of the domain."""
        ...

    def grant_path_read_write(self, path: str, identity: IGrantable, /) -> Grant:
        """Read and write on a path of the domain."""
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
        """A metric of this domain (namespace ``AWS/ES``)."""
        ...

    def metric_cluster_status_red(
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
        """The cluster's red status (Maximum over 5 minutes)."""
        ...

    def metric_cluster_status_yellow(
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
        """The cluster's yellow status (Maximum over 5 minutes)."""
        ...

    def metric_free_storage_space(
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
        """The free storage space in megabytes (Minimum over 5 minutes)."""
        ...

    def metric_cluster_index_writes_blocked(
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
        """Whether index writes are blocked (Maximum over 1 minute)."""
        ...

    def metric_nodes(
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
        """The number of nodes (Minimum over 1 hour)."""
        ...

    def metric_automated_snapshot_failure(
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
        """Automated snapshot failures (Maximum over 5 minutes)."""
        ...

    def metric_cpu_utilization(
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
        """The CPU utilization (Maximum over 5 minutes)."""
        ...

    def metric_jvm_memory_pressure(
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
        """The JVM memory pressure (Maximum over 5 minutes)."""
        ...

    def metric_master_cpu_utilization(
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
        """The master nodes' CPU utilization (Maximum over 5 minutes)."""
        ...

    def metric_master_jvm_memory_pressure(
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
        """The master nodes' JVM memory pressure (Maximum over 5 minutes)."""
        ...

    def metric_kms_key_error(
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
        """KMS key errors (Maximum over 5 minutes)."""
        ...

    def metric_kms_key_inaccessible(
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
        """Whether the KMS key is inaccessible (Maximum over 5 minutes)."""
        ...

    def metric_searchable_documents(
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
        """The searchable documents (Maximum over 5 minutes)."""
        ...

    def metric_search_latency(
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
        """The search latency (p99 over 5 minutes)."""
        ...

    def metric_indexing_latency(
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
        """The indexing latency (p99 over 5 minutes)."""
        ...
