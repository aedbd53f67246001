"""The canned CloudWatch metrics HTTP APIs and their stages share (``metric_client_error``, ``metric_latency``, ...)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from l2._private.metric_options import given_options as _metric_options

if TYPE_CHECKING:
    from constructs import Duration
    from l2.cloudwatch import Metric, Unit


class HttpMetricMethods:
    """The canned metrics of an HTTP API or stage; ``metric`` comes from the class using this mix-in."""

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
        """The metric of client-side errors (4xx) (Sum by default)."""
        props = _metric_options(locals())
        return self.metric(  # type: ignore[attr-defined, no-any-return]
            "4xx", **{"statistic": "Sum", **props})

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
        """The metric of server-side errors (5xx) (Sum by default)."""
        props = _metric_options(locals())
        return self.metric(  # type: ignore[attr-defined, no-any-return]
            "5xx", **{"statistic": "Sum", **props})

    def metric_data_processed(
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
        """The metric of the amount of data processed, in bytes (Sum by default)."""
        props = _metric_options(locals())
        return self.metric(  # type: ignore[attr-defined, no-any-return]
            "DataProcessed", **{"statistic": "Sum", **props})

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
        """The metric of the number of requests (SampleCount by default)."""
        props = _metric_options(locals())
        return self.metric(  # type: ignore[attr-defined, no-any-return]
            "Count", **{"statistic": "SampleCount", **props})

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
        """The metric of the time between the request to the backend and its response."""
        props = _metric_options(locals())
        return self.metric(  # type: ignore[attr-defined, no-any-return]
            "IntegrationLatency", **props)

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
        """The metric of the time between a request and its response."""
        props = _metric_options(locals())
        return self.metric(  # type: ignore[attr-defined, no-any-return]
            "Latency", **props)
