"""The ``AWS/ApiGateway`` metric methods shared by ``RestApi`` and ``Stage`` (they differ only in dimensions)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from l2.cloudwatch import Metric

NAMESPACE = "AWS/ApiGateway"


class ApiGatewayMetrics:
    """Mixin: ``metric`` and the canned metrics; subclasses give ``_metric_dimensions()``."""

    def _metric_dimensions(self) -> dict[str, Any]:
        raise NotImplementedError

    def metric(self, metric_name: str, **props: Any) -> Metric:
        """A metric of this API or stage (namespace ``AWS/ApiGateway``)."""
        return self._metric({"namespace": NAMESPACE, "metric_name": metric_name}, props)

    def metric_client_error(self, **props: Any) -> Metric:
        """4XX errors (sum over 5 minutes)."""
        return self._canned("4XXError", "Sum", props)

    def metric_server_error(self, **props: Any) -> Metric:
        """5XX errors (sum over 5 minutes)."""
        return self._canned("5XXError", "Sum", props)

    def metric_cache_hit_count(self, **props: Any) -> Metric:
        """Requests served from the cache (sum over 5 minutes)."""
        return self._canned("CacheHitCount", "Sum", props)

    def metric_cache_miss_count(self, **props: Any) -> Metric:
        """Requests served by the backend with caching on (sum over 5 minutes)."""
        return self._canned("CacheMissCount", "Sum", props)

    def metric_count(self, **props: Any) -> Metric:
        """Requests (sample count over 5 minutes)."""
        return self._canned("Count", "SampleCount", props)

    def metric_integration_latency(self, **props: Any) -> Metric:
        """Backend latency (average over 5 minutes)."""
        return self._canned("IntegrationLatency", "Average", props)

    def metric_latency(self, **props: Any) -> Metric:
        """Total latency (average over 5 minutes)."""
        return self._canned("Latency", "Average", props)

    def _canned(self, name: str, statistic: str, props: dict[str, Any]) -> Metric:
        return self._metric({"namespace": NAMESPACE, "metric_name": name, "statistic": statistic}, props)

    def _metric(self, base: dict[str, Any], props: dict[str, Any]) -> Metric:
        from l2.cloudwatch import Metric

        return Metric(**{**base, "dimensions_map": self._metric_dimensions(), **props}).attach_to(self)
