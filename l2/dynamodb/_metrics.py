"""``TableMetrics``: the CloudWatch metrics every DynamoDB table offers (``AWS/DynamoDB``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, ValidationError
from l2._private.metric_options import given_options as _options
from l2.dynamodb._shared import Operation

if TYPE_CHECKING:
    from l2.cloudwatch import IMetric, Metric, Unit




class TableMetrics:
    """Metric methods shared by ``TableBase`` and ``TableBaseV2``; subclasses set ``table_name`` and may
    override ``_new_metric`` and the error messages (aws-cdk-lib words them differently per class)."""

    table_name: str
    _MSG_USER_ERRORS_DIMENSIONS = "'dimensions' is not supported for the 'UserErrors' metric"
    _MSG_LATENCY_OPERATION = "'Operation' dimension must be passed for the 'SuccessfulRequestLatency' metric."
    _MSG_OPERATIONS_DIMENSION = "The Operation dimension is not supported. Use the 'operations' property."

    def _new_metric(self, options: dict[str, Any]) -> Any:
        from l2 import cloudwatch

        return cloudwatch.Metric(**options).attach_to(self)

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
        """A CloudWatch metric of this table (namespace ``AWS/DynamoDB``, dimension ``TableName``); the keywords
        are aws-cdk-lib's ``MetricOptions``."""
        props = _options(locals(), "metric_name")
        options: dict[str, Any] = {
            "namespace": "AWS/DynamoDB",
            "metric_name": metric_name,
            "dimensions_map": {"TableName": self.table_name},
        }
        options.update({k: v for k, v in props.items() if v is not None})
        return self._new_metric(options)

    def _canned(self, metric_name: str, statistic: str, dimensions: dict[str, Any], props: dict[str, Any]) -> Any:
        options: dict[str, Any] = {
            "namespace": "AWS/DynamoDB",
            "metric_name": metric_name,
            "dimensions_map": dimensions,
            "statistic": statistic,
        }
        options.update({k: v for k, v in props.items() if v is not None})
        return self._new_metric(options)

    def metric_consumed_read_capacity_units(
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
        """Consumed read capacity units (Sum over 5 minutes)."""
        props = _options(locals())
        return self._canned("ConsumedReadCapacityUnits", "Sum", {"TableName": self.table_name}, props)

    def metric_consumed_write_capacity_units(
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
        """Consumed write capacity units (Sum over 5 minutes)."""
        props = _options(locals())
        return self._canned("ConsumedWriteCapacityUnits", "Sum", {"TableName": self.table_name}, props)

    def metric_user_errors(
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
        """Requests that returned HTTP 400, across all tables of the account and region (Sum).

        Raises:
            ValidationError: ``dimensions`` is given.
        """
        props = _options(locals())
        if props.get("dimensions"):
            raise ValidationError(self._MSG_USER_ERRORS_DIMENSIONS, self)
        return self.metric("UserErrors", **{"statistic": "sum", **props, "dimensions_map": {}})

    def metric_conditional_check_failed_requests(
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
        """Failed conditional writes (Sum)."""
        props = _options(locals())
        return self.metric("ConditionalCheckFailedRequests", **{"statistic": "sum", **props})

    def metric_throttled_requests(
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
        """Throttled requests (Sum). Deprecated in aws-cdk-lib: use ``metric_throttled_requests_for_operation``."""
        props = _options(locals())
        return self.metric("ThrottledRequests", **{"statistic": "sum", **props})

    def metric_system_errors(
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
        """HTTP 500 errors of one operation (Sum); ``dimensions_map`` must name the ``Operation``.

        Raises:
            ValidationError: no ``Operation`` dimension.
        """
        props = _options(locals())
        dims = {**(props.get("dimensions") or {}), **(props.get("dimensions_map") or {})}
        if "Operation" not in dims:
            raise ValidationError("'Operation' dimension must be passed for the 'SystemErrors' metric.", self)
        rest = {k: v for k, v in props.items() if k not in ("dimensions", "dimensions_map")}
        return self.metric("SystemErrors", **{"statistic": "sum", **rest, "dimensions_map": {"TableName": self.table_name, **dims}})

    def metric_successful_request_latency(
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
        """Latency of successful requests of one operation (Average); ``dimensions_map`` must name the ``Operation``.

        Raises:
            ValidationError: no ``Operation`` dimension.
        """
        props = _options(locals())
        operation = (props.get("dimensions_map") or {}).get("Operation") or (props.get("dimensions") or {}).get("Operation")
        if not operation:
            raise ValidationError(self._MSG_LATENCY_OPERATION, self)
        rest = {k: v for k, v in props.items() if k not in ("dimensions", "dimensions_map")}
        dims = {"TableName": self.table_name, "Operation": operation}
        return self._canned("SuccessfulRequestLatency", "Average", dims, rest)

    def metric_throttled_requests_for_operation(
        self,
        operation: str,
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
        """Throttled requests of one operation (Sum)."""
        props = _options(locals(), "operation")
        return self._canned("ThrottledRequests", "Sum", {"Operation": operation, "TableName": self.table_name}, props)

    def metric_throttled_requests_for_operations(
        self,
        *,
        operations: Sequence[Operation] | None = None,
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
    ) -> IMetric:
        """Throttled requests summed over ``operations`` (default: all), as a math expression."""
        props = _options(locals(), "operations")
        return self._sum_for_operations(
            "ThrottledRequests", "Sum of throttled requests across all operations", operations, props
        )

    def metric_system_errors_for_operations(
        self,
        *,
        operations: Sequence[Operation] | None = None,
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
    ) -> IMetric:
        """HTTP 500 errors summed over ``operations`` (default: all), as a math expression."""
        props = _options(locals(), "operations")
        return self._sum_for_operations("SystemErrors", "Sum of errors across all operations", operations, props)

    def _sum_for_operations(
        self, metric_name: str, label: str, operations: Sequence[Operation] | None, props: dict[str, Any]
    ) -> Any:
        from l2 import cloudwatch

        if (props.get("dimensions") or {}).get("Operation"):
            raise ValidationError(self._MSG_OPERATIONS_DIMENSION, self)
        ops = list(operations) if operations is not None else list(Operation)
        metrics: dict[str, Any] = {}
        for op in ops:
            value = op.value if isinstance(op, Operation) else op
            extra = {k: v for k, v in props.items() if k not in ("dimensions", "dimensions_map")}
            metrics[value.lower()] = self.metric(
                metric_name,
                **{
                    "statistic": "sum",
                    **extra,
                    "dimensions_map": {"TableName": self.table_name, "Operation": value, **(props.get("dimensions") or {})},
                },
            )
        return cloudwatch.MathExpression(
            expression=" + ".join(metrics),
            using_metrics=metrics,
            color=props.get("color"),
            label=label,
            period=props.get("period"),
        )


