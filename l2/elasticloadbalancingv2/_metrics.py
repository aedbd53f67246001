"""CloudWatch metrics of load balancers and target groups (the ``metrics`` objects and ``metric_*`` methods)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Duration
from l2._private.metric_options import given_options
from l2.elasticloadbalancingv2._enums import HttpCodeElb, HttpCodeTarget

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit


def _metric(scope: Any, attach: bool, options: dict[str, Any]) -> Metric:
    from l2 import cloudwatch

    m = cloudwatch.Metric(**options)
    return m.attach_to(scope) if attach else m


class _ApplicationLoadBalancerMetrics:
    """The metrics of an Application Load Balancer (namespace ``AWS/ApplicationELB``)."""

    def __init__(self, scope: Any, load_balancer_full_name: str) -> None:
        self._scope = scope
        self._name = load_balancer_full_name

    def _canned(self, metric_name: str, statistic: str, props: dict[str, Any]) -> Metric:
        options = {"namespace": "AWS/ApplicationELB", "metric_name": metric_name,
                   "dimensions_map": {"LoadBalancer": self._name}, "statistic": statistic, **props}
        return _metric(self._scope, True, options)

    def _custom(self, metric_name: str, props: dict[str, Any]) -> Metric:
        options = {"namespace": "AWS/ApplicationELB", "metric_name": metric_name,
                   "dimensions_map": {"LoadBalancer": self._name}, **props}
        return _metric(self._scope, False, options)

    def custom(
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
        """A metric of this load balancer by name (default Average over 5 minutes)."""
        props = given_options(locals(), "metric_name")
        return self._custom(metric_name, props)

    def active_connection_count(
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
        """The active connection count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("ActiveConnectionCount", "Sum", props)

    def client_tls_negotiation_error_count(
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
        """The client tls negotiation error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("ClientTLSNegotiationErrorCount", "Sum", props)

    def consumed_lc_us(
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
        """The consumed lc us (sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("ConsumedLCUs", "sum", props)

    def http_fixed_response_count(
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
        """The http fixed response count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("HTTP_Fixed_Response_Count", "Sum", props)

    def http_redirect_count(
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
        """The http redirect count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("HTTP_Redirect_Count", "Sum", props)

    def http_redirect_url_limit_exceeded_count(
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
        """The http redirect url limit exceeded count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("HTTP_Redirect_Url_Limit_Exceeded_Count", "Sum", props)

    def ipv6_processed_bytes(
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
        """The ipv6 processed bytes (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("IPv6ProcessedBytes", "Sum", props)

    def ipv6_request_count(
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
        """The ipv6 request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("IPv6RequestCount", "Sum", props)

    def new_connection_count(
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
        """The new connection count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("NewConnectionCount", "Sum", props)

    def processed_bytes(
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
        """The processed bytes (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("ProcessedBytes", "Sum", props)

    def rejected_connection_count(
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
        """The rejected connection count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("RejectedConnectionCount", "Sum", props)

    def request_count(
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
        """The request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("RequestCount", "Sum", props)

    def rule_evaluations(
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
        """The rule evaluations (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("RuleEvaluations", "Sum", props)

    def http_code_elb(
        self,
        code: HttpCodeElb,
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
        """The count of HTTP responses the load balancer generated with ``code`` (Sum)."""
        props = given_options(locals(), "code")
        return self._custom(code.value, {"statistic": "Sum", **props})

    def http_code_target(
        self,
        code: HttpCodeTarget,
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
        """The count of HTTP responses the targets sent with ``code`` (Sum)."""
        props = given_options(locals(), "code")
        return self._custom(code.value, {"statistic": "Sum", **props})

    def target_connection_error_count(
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
        """The target connection error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TargetConnectionErrorCount", {"statistic": "Sum", **props})

    def target_response_time(
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
        """The target response time (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TargetResponseTime", {"statistic": "Average", **props})

    def target_tls_negotiation_error_count(
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
        """The target tls negotiation error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TargetTLSNegotiationErrorCount", {"statistic": "Sum", **props})

    def elb_auth_error(
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
        """The elb auth error (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("ELBAuthError", {"statistic": "Sum", **props})

    def elb_auth_failure(
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
        """The elb auth failure (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("ELBAuthFailure", {"statistic": "Sum", **props})

    def elb_auth_latency(
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
        """The elb auth latency (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("ELBAuthLatency", {"statistic": "Average", **props})

    def elb_auth_success(
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
        """The elb auth success (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("ELBAuthSuccess", {"statistic": "Sum", **props})


class _ApplicationLoadBalancerMetricMethods:
    """The ``metric_*`` methods of an Application Load Balancer (``metrics`` does the work)."""

    metrics: Any

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
        """A metric of this load balancer by name."""
        props = given_options(locals(), "metric_name")
        return self.metrics.custom(metric_name, **props)

    def metric_active_connection_count(
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
        """The active connection count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.active_connection_count(**props)

    def metric_client_tls_negotiation_error_count(
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
        """The client tls negotiation error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.client_tls_negotiation_error_count(**props)

    def metric_consumed_lc_us(
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
        """The consumed lc us (sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.consumed_lc_us(**props)

    def metric_http_fixed_response_count(
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
        """The http fixed response count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.http_fixed_response_count(**props)

    def metric_http_redirect_count(
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
        """The http redirect count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.http_redirect_count(**props)

    def metric_http_redirect_url_limit_exceeded_count(
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
        """The http redirect url limit exceeded count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.http_redirect_url_limit_exceeded_count(**props)

    def metric_ipv6_processed_bytes(
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
        """The ipv6 processed bytes (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.ipv6_processed_bytes(**props)

    def metric_ipv6_request_count(
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
        """The ipv6 request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.ipv6_request_count(**props)

    def metric_new_connection_count(
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
        """The new connection count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.new_connection_count(**props)

    def metric_processed_bytes(
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
        """The processed bytes (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.processed_bytes(**props)

    def metric_rejected_connection_count(
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
        """The rejected connection count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.rejected_connection_count(**props)

    def metric_request_count(
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
        """The request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.request_count(**props)

    def metric_rule_evaluations(
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
        """The rule evaluations (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.rule_evaluations(**props)

    def metric_target_connection_error_count(
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
        """The target connection error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.target_connection_error_count(**props)

    def metric_target_response_time(
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
        """The target response time (Average over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.target_response_time(**props)

    def metric_target_tls_negotiation_error_count(
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
        """The target tls negotiation error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.target_tls_negotiation_error_count(**props)

    def metric_elb_auth_error(
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
        """The elb auth error (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.elb_auth_error(**props)

    def metric_elb_auth_failure(
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
        """The elb auth failure (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.elb_auth_failure(**props)

    def metric_elb_auth_latency(
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
        """The elb auth latency (Average over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.elb_auth_latency(**props)

    def metric_elb_auth_success(
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
        """The elb auth success (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.elb_auth_success(**props)

    def metric_http_code_elb(
        self,
        code: HttpCodeElb,
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
        """The count of HTTP responses the load balancer generated with ``code``."""
        props = given_options(locals(), "code")
        return self.metrics.http_code_elb(code, **props)

    def metric_http_code_target(
        self,
        code: HttpCodeTarget,
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
        """The count of HTTP responses the targets sent with ``code``."""
        props = given_options(locals(), "code")
        return self.metrics.http_code_target(code, **props)


class _NetworkLoadBalancerMetrics:
    """The metrics of a Network Load Balancer (namespace ``AWS/NetworkELB``)."""

    def __init__(self, scope: Any, load_balancer_full_name: str) -> None:
        self._scope = scope
        self._name = load_balancer_full_name

    def _custom(self, metric_name: str, props: dict[str, Any]) -> Metric:
        options = {"namespace": "AWS/NetworkELB", "metric_name": metric_name,
                   "dimensions_map": {"LoadBalancer": self._name}, **props}
        return _metric(self._scope, True, options)

    def custom(
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
        """A metric of this load balancer by name (default Average over 5 minutes)."""
        props = given_options(locals(), "metric_name")
        return self._custom(metric_name, props)

    def active_flow_count(
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
        """The active flow count (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("ActiveFlowCount", {"statistic": "Average", **props})

    def consumed_lc_us(
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
        """The consumed lc us (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("ConsumedLCUs", {"statistic": "Sum", **props})

    def new_flow_count(
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
        """The new flow count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("NewFlowCount", {"statistic": "Sum", **props})

    def processed_bytes(
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
        """The processed bytes (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("ProcessedBytes", {"statistic": "Sum", **props})

    def tcp_client_reset_count(
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
        """The tcp client reset count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TCP_Client_Reset_Count", {"statistic": "Sum", **props})

    def tcp_elb_reset_count(
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
        """The tcp elb reset count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TCP_ELB_Reset_Count", {"statistic": "Sum", **props})

    def tcp_target_reset_count(
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
        """The tcp target reset count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TCP_Target_Reset_Count", {"statistic": "Sum", **props})


class _NetworkLoadBalancerMetricMethods:
    """The ``metric_*`` methods of a Network Load Balancer (``metrics`` does the work)."""

    metrics: Any
    load_balancer_full_name: str

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
        """A metric of this load balancer by name."""
        props = given_options(locals(), "metric_name")
        return _metric(self, True, {"namespace": "AWS/NetworkELB", "metric_name": metric_name, "dimensions_map": {"LoadBalancer": self.load_balancer_full_name}, **props})

    def metric_active_flow_count(
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
        """The active flow count (Average over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.active_flow_count(**props)

    def metric_consumed_lc_us(
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
        """The consumed lc us (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.consumed_lc_us(**props)

    def metric_new_flow_count(
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
        """The new flow count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.new_flow_count(**props)

    def metric_processed_bytes(
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
        """The processed bytes (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.processed_bytes(**props)

    def metric_tcp_client_reset_count(
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
        """The tcp client reset count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.tcp_client_reset_count(**props)

    def metric_tcp_elb_reset_count(
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
        """The tcp elb reset count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.tcp_elb_reset_count(**props)

    def metric_tcp_target_reset_count(
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
        """The tcp target reset count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.tcp_target_reset_count(**props)


class _ApplicationTargetGroupMetrics:
    """The metrics of an Application Load Balancer target group."""

    def __init__(self, scope: Any, target_group_full_name: str, load_balancer_full_name: str) -> None:
        self._scope = scope
        self._tg = target_group_full_name
        self._lb = load_balancer_full_name

    def _canned(self, metric_name: str, statistic: str, props: dict[str, Any]) -> Metric:
        options = {"namespace": "AWS/ApplicationELB", "metric_name": metric_name,
                   "dimensions_map": {"LoadBalancer": self._lb, "TargetGroup": self._tg}, "statistic": statistic,
                   **props}
        return _metric(self._scope, True, options)

    def _custom(self, metric_name: str, props: dict[str, Any]) -> Metric:
        options = {"namespace": "AWS/ApplicationELB", "metric_name": metric_name,
                   "dimensions_map": {"TargetGroup": self._tg, "LoadBalancer": self._lb}, **props}
        return _metric(self._scope, True, options)

    def custom(
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
        """A metric of this target group by name (default Average over 5 minutes)."""
        props = given_options(locals(), "metric_name")
        return self._custom(metric_name, props)

    def ipv6_request_count(
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
        """The ipv6 request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("IPv6RequestCount", "Sum", props)

    def request_count(
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
        """The request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._canned("RequestCount", "Sum", props)

    def healthy_host_count(
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
        """The healthy host count (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("HealthyHostCount", {"statistic": "Average", **props})

    def unhealthy_host_count(
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
        """The unhealthy host count (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("UnHealthyHostCount", {"statistic": "Average", **props})

    def request_count_per_target(
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
        """The request count per target (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("RequestCountPerTarget", {"statistic": "Sum", **props})

    def target_connection_error_count(
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
        """The target connection error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TargetConnectionErrorCount", {"statistic": "Sum", **props})

    def target_response_time(
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
        """The target response time (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TargetResponseTime", {"statistic": "Average", **props})

    def target_tls_negotiation_error_count(
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
        """The target tls negotiation error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self._custom("TargetTLSNegotiationErrorCount", {"statistic": "Sum", **props})

    def http_code_target(
        self,
        code: HttpCodeTarget,
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
        """The count of HTTP responses the targets sent with ``code`` (Sum)."""
        props = given_options(locals(), "code")
        return self._custom(code.value, {"statistic": "Sum", **props})


class _ApplicationTargetGroupMetricMethods:
    """The ``metric_*`` methods of an Application Load Balancer target group."""

    metrics: Any

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
        """A metric of this target group by name."""
        props = given_options(locals(), "metric_name")
        return self.metrics.custom(metric_name, **props)

    def metric_ipv6_request_count(
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
        """The ipv6 request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.ipv6_request_count(**props)

    def metric_request_count(
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
        """The request count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.request_count(**props)

    def metric_healthy_host_count(
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
        """The healthy host count (Average over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.healthy_host_count(**props)

    def metric_unhealthy_host_count(
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
        """The unhealthy host count (Average over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.unhealthy_host_count(**props)

    def metric_request_count_per_target(
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
        """The request count per target (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.request_count_per_target(**props)

    def metric_target_connection_error_count(
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
        """The target connection error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.target_connection_error_count(**props)

    def metric_target_response_time(
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
        """The target response time (Average over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.target_response_time(**props)

    def metric_target_tls_negotiation_error_count(
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
        """The target tls negotiation error count (Sum over 5 minutes)."""
        props = given_options(locals())
        return self.metrics.target_tls_negotiation_error_count(**props)

    def metric_http_code_target(
        self,
        code: HttpCodeTarget,
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
        """The count of HTTP responses the targets sent with ``code``."""
        props = given_options(locals(), "code")
        return self.metrics.http_code_target(code, **props)


class _NetworkTargetGroupMetrics:
    """The metrics of a Network Load Balancer target group."""

    def __init__(self, scope: Any, target_group_full_name: str, load_balancer_full_name: str) -> None:
        self._scope = scope
        self._tg = target_group_full_name
        self._lb = load_balancer_full_name

    def _custom(self, metric_name: str, props: dict[str, Any]) -> Metric:
        options = {"namespace": "AWS/NetworkELB", "metric_name": metric_name,
                   "dimensions_map": {"LoadBalancer": self._lb, "TargetGroup": self._tg}, **props}
        return _metric(self._scope, True, options)

    def custom(
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
        """A metric of this target group by name (default Average over 5 minutes)."""
        props = given_options(locals(), "metric_name")
        return self._custom(metric_name, props)

    def healthy_host_count(
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
        """The healthy host count (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("HealthyHostCount", {"statistic": "Average", **props})

    def un_healthy_host_count(
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
        """The unhealthy host count (Average over 5 minutes)."""
        props = given_options(locals())
        return self._custom("UnHealthyHostCount", {"statistic": "Average", **props})


class _NetworkTargetGroupMetricMethods:
    """The ``metric_*`` methods of a Network Load Balancer target group."""

    metrics: Any

    def metric_healthy_host_count(
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
        """The healthy host count."""
        props = given_options(locals())
        return self.metrics.healthy_host_count(**props)

    def metric_un_healthy_host_count(
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
        """The unhealthy host count."""
        props = given_options(locals())
        return self.metrics.un_healthy_host_count(**props)
