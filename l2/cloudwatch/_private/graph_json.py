"""Render metrics for dashboard widgets (aws-cdk-lib ``allMetricsGraphJson``), at synthesis time."""

from __future__ import annotations

from typing import Any

from constructs import Stack, Token

from .metric_set import MetricSet


def _if_different(value: Any, stack_value: Any) -> Any:
    """``value`` unless it equals the (concrete) stack value (no stack: the widget is rendered on its own)."""
    if stack_value is _NO_STACK:
        return value
    if not Token.is_unresolved(stack_value) and stack_value == value:
        return None
    return value


_NO_STACK: Any = object()


def _stack_attr(stack: Stack | None, name: str) -> Any:
    return _NO_STACK if stack is None else getattr(stack, name)


def _metric_graph_json(stack: Stack | None, metric: Any, y_axis: Any, id: str | None) -> list[Any]:
    conf = metric.to_metric_config()
    options: dict[str, Any] = dict(conf.rendering_properties or {})
    ret: list[Any] = []
    stat = conf.metric_stat
    math = conf.math_expression
    if stat is not None:
        ret.extend([stat.namespace, stat.metric_name])
        for dim in stat.dimensions or []:
            ret.extend([dim.name, dim.value])
        if stat.account_override:
            options["accountId"] = stat.account_override
        elif stat.account:
            options["accountId"] = _if_different(stat.account, _stack_attr(stack, "account"))
        if stat.region_override:
            options["region"] = stat.region_override
        elif stat.region:
            options["region"] = _if_different(stat.region, _stack_attr(stack, "region"))
        if stat.period and stat.period.to_seconds() != 300:
            options["period"] = stat.period.to_seconds()
        if stat.statistic and stat.statistic != "Average":
            options["stat"] = stat.statistic
    elif math is not None or conf.search_expression is not None:
        math = math if math is not None else conf.search_expression
        options["expression"] = math.expression
        if math.search_account:
            options["accountId"] = _if_different(math.search_account, _stack_attr(stack, "account"))
        if math.search_region:
            options["region"] = _if_different(math.search_region, _stack_attr(stack, "region"))
        if math.period and math.period != 300:
            options["period"] = math.period
    if not y_axis:
        options["visible"] = False
    if y_axis != "left":
        options["yAxis"] = y_axis
    if id:
        options["id"] = id
    if options.get("visible") is not False and options.get("expression") and not options.get("label"):
        options["label"] = None if options.get("label") == "" else str(metric)
    rendered = {k: v for k, v in options.items() if v is not None}
    if rendered:
        ret.append(rendered)
    return ret


def all_metrics_graph_json(stack: Stack | None, left: list[Any], right: list[Any]) -> list[list[Any]]:
    """The ``metrics`` array of a graph: left then right metrics, sub-metrics of expressions hidden."""
    mset = MetricSet()
    mset.add_top_level("left", *left)
    mset.add_top_level("right", *right)
    out = []
    for entry in mset.entries:
        row = _metric_graph_json(stack, entry.metric, entry.tag, entry.id)
        if row and isinstance(row[-1], dict) and not row[-1]:
            row = row[:-1]
        out.append(row)
    return out
