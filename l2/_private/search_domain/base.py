"""The implementation of both services' ``DomainBase``: what new and imported domains share (grants, metrics).

The class is named as the public classes built on it, so that the argument checks of its methods name them as
they did when each service wrote its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Duration, Resource
from l2._private.metric_options import given_options
from l2._private.search_domain.grants import READ, READ_WRITE, WRITE

if TYPE_CHECKING:
    from l2._private.search_domain.grants import DomainGrants
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable


class DomainBase(Resource):
    """A new or imported domain of either service; each service's ``DomainBase`` adds ``grants`` and ``domain_ref``.
    Subclasses set ``domain_arn``, ``domain_name`` and ``domain_endpoint``."""

    domain_arn: str
    domain_name: str
    domain_endpoint: str

    if TYPE_CHECKING:  # each service's DomainBase defines it (its own DomainGrants)

        @property
        def grants(self) -> DomainGrants:
            """The permission helpers of this domain."""
            ...

    def grant_read(self, identity: IGrantable) -> Grant:
        """Read (``es:ESHttpGet``, ``es:ESHttpHead``) on the domain and everything in it."""
        return self.grants.read(identity)

    def grant_write(self, identity: IGrantable) -> Grant:
        """Write (delete, post, put, patch) on the domain and everything in it."""
        return self.grants.write(identity)

    def grant_read_write(self, identity: IGrantable) -> Grant:
        """Read and write on the domain and everything in it."""
        return self.grants.read_write(identity)

    def grant_index_read(self, index: str, identity: IGrantable) -> Grant:
        """Read on an index (and its documents)."""
        return self._grant(identity, READ, f"{self.domain_arn}/{index}", f"{self.domain_arn}/{index}/*")

    def grant_index_write(self, index: str, identity: IGrantable) -> Grant:
        """Write on an index (and its documents)."""
        return self._grant(identity, WRITE, f"{self.domain_arn}/{index}", f"{self.domain_arn}/{index}/*")

    def grant_index_read_write(self, index: str, identity: IGrantable) -> Grant:
        """Read and write on an index (and its documents)."""
        return self._grant(identity, READ_WRITE, f"{self.domain_arn}/{index}", f"{self.domain_arn}/{index}/*")

    def grant_path_read(self, path: str, identity: IGrantable) -> Grant:
        """Read on a path of the domain."""
        return self._grant(identity, READ, f"{self.domain_arn}/{path}")

    def grant_path_write(self, path: str, identity: IGrantable) -> Grant:
        """Write on a path of the domain."""
        return self._grant(identity, WRITE, f"{self.domain_arn}/{path}")

    def grant_path_read_write(self, path: str, identity: IGrantable) -> Grant:
        """Read and write on a path of the domain."""
        return self._grant(identity, READ_WRITE, f"{self.domain_arn}/{path}")

    def _grant(self, grantee: IGrantable, actions: tuple[str, ...], *resource_arns: str) -> Grant:
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=list(resource_arns))

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
        """A CloudWatch metric of this domain (namespace ``AWS/ES``, dimensions ``DomainName`` and ``ClientId``).

        The keywords are aws-cdk-lib's ``MetricOptions`` (default: Average over 5 minutes).
        """
        props = given_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/ES",
            "metric_name": metric_name,
            "dimensions_map": {"DomainName": self.domain_name, "ClientId": self.env.account},
        }
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("ClusterStatus.red", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("ClusterStatus.yellow", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Minimum"}
        return self.metric("FreeStorageSpace", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum", "period": Duration.minutes(1)}
        return self.metric("ClusterIndexWritesBlocked", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Minimum", "period": Duration.hours(1)}
        return self.metric("Nodes", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("AutomatedSnapshotFailure", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("CPUUtilization", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("JVMMemoryPressure", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("MasterCPUUtilization", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("MasterJVMMemoryPressure", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("KMSKeyError", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("KMSKeyInaccessible", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "Maximum"}
        return self.metric("SearchableDocuments", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "p99"}
        return self.metric("SearchLatency", **{**defaults, **given_options(locals(), "defaults")})

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
        defaults: dict[str, Any] = {"statistic": "p99"}
        return self.metric("IndexingLatency", **{**defaults, **given_options(locals(), "defaults")})
