"""The ``AWS/ApiGateway`` metric methods shared by ``RestApi`` and ``Stage`` (they differ only in dimensions)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from l2._private.metric_options import given_options

if TYPE_CHECKING:
    from constructs import Duration
    from l2.cloudwatch import Metric, Unit

NAMESPACE = "AWS/ApiGateway"
_NOT_OPTIONS = frozenset({"self", "metric_name", "stage"})


def metric_options(values: dict[str, Any]) -> dict[str, Any]:
    """The ``MetricOptions`` keywords a metric method was called with (``locals()`` minus the others and unset)."""
    return given_options(values, *_NOT_OPTIONS)


class ApiGatewayMetrics:
    """Mixin: ``metric`` and the canned metrics; subclasses give ``_metric_dimensions()``."""

    def _metric_dimensions(self) -> dict[str, Any]:
        raise NotImplementedError

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
        """A metric of this API or stage (namespace ``AWS/ApiGateway``).

        The keywords are aws-cdk-lib's ``MetricOptions`` (default: Average over 5 minutes).
        """
        return self._metric({"namespace": NAMESPACE, "metric_name": metric_name}, metric_options(locals()))

    def metric_client_error(
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
        """4XX errors (sum over 5 minutes)."""
        return self._canned("4XXError", "Sum", metric_options(locals()))

    def metric_server_error(
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
        """5XX errors (sum over 5 minutes)."""
        return self._canned("5XXError", "Sum", metric_options(locals()))

    def metric_cache_hit_count(
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
        """Requests served from the cache (sum over 5 minutes)."""
        return self._canned("CacheHitCount", "Sum", metric_options(locals()))

    def metric_cache_miss_count(
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
        """Requests served by the backend with caching on (sum over 5 minutes)."""
        return self._canned("CacheMissCount", "Sum", metric_options(locals()))

    def metric_count(
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
        """Requests (sample count over 5 minutes)."""
        return self._canned("Count", "SampleCount", metric_options(locals()))

    def metric_integration_latency(
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
        """Backend latency (average over 5 minutes)."""
        return self._canned("IntegrationLatency", "Average", metric_options(locals()))

    def metric_latency(
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
        """Total latency (average over 5 minutes)."""
        return self._canned("Latency", "Average", metric_options(locals()))

    def _canned(self, name: str, statistic: str, props: dict[str, Any]) -> Metric:
        return self._metric({"namespace": NAMESPACE, "metric_name": name, "statistic": statistic}, props)

    def _metric(self, base: dict[str, Any], props: dict[str, Any]) -> Metric:
        from l2.cloudwatch import Metric

        return Metric(**{**base, "dimensions_map": self._metric_dimensions(), **props}).attach_to(self)
