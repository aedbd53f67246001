"""Flatten a metric and its math sub-metrics into alarm ``Metrics`` entries (aws-cdk-lib ``MetricSet``)."""

from __future__ import annotations

from typing import Any

from constructs import UnscopedValidationError


def metric_key(metric: Any) -> str:
    """A string identifying what a metric measures (used to de-duplicate entries)."""
    conf = metric.to_metric_config()
    parts: list[str] = []
    math = conf.math_expression
    if math is not None:
        parts.append(math.expression)
        for key in sorted(math.using_metrics):
            parts.append(key)
            parts.append(metric_key(math.using_metrics[key]))
        if math.search_region:
            parts.append(math.search_region)
        if math.search_account:
            parts.append(math.search_account)
    search = conf.search_expression
    if search is not None:
        parts.append(search.expression)
        if search.search_region:
            parts.append(search.search_region)
        if search.search_account:
            parts.append(search.search_account)
    stat = conf.metric_stat
    if stat is not None:
        parts.extend([stat.namespace, stat.metric_name])
        for dim in stat.dimensions or []:
            parts.extend([dim.name, str(dim.value)])
        if stat.statistic:
            parts.append(stat.statistic)
        if stat.period:
            parts.append(str(stat.period.to_seconds()))
        if stat.region:
            parts.append(stat.region)
        if stat.account:
            parts.append(stat.account)
    return "|".join(parts)


class MetricEntry:
    """One metric of the set, its nesting level, id and tag."""

    __slots__ = ("metric", "level", "id", "tag")

    def __init__(self, metric: Any, level: int) -> None:
        self.metric = metric
        self.level = level
        self.id: str | None = None
        self.tag: Any = None


class MetricSet:
    """Metrics in first-seen order, de-duplicated by ``metric_key``; ids are kept from ``using_metrics``."""

    def __init__(self) -> None:
        self.entries: list[MetricEntry] = []
        self._by_id: dict[str, MetricEntry] = {}
        self._by_key: dict[str, MetricEntry] = {}

    def add_top_level(self, tag: Any, *metrics: Any) -> None:
        for metric in metrics:
            self._add(metric, 1, tag, None)

    def _add(self, metric: Any, level: int, tag: Any, id: str | None) -> None:
        key = metric_key(metric)
        existing: MetricEntry | None = None
        if id:
            existing = self._by_id.get(id)
            if existing is not None and metric_key(existing.metric) != key:
                raise UnscopedValidationError(
                    "CannotShareSameIdForDifferentMetrics: Cannot have two different metrics share the same id "
                    f"('{id}') in one Alarm or Graph. Rename one of them."
                )
        if existing is None:
            existing = self._by_key.get(key)
            if existing is not None and existing.id and id:
                existing = None
        if existing is not None:
            entry = existing
        else:
            entry = MetricEntry(metric, level)
            self.entries.append(entry)
            self._by_key[key] = entry
        if not entry.id and id:
            entry.id = id
            self._by_id[id] = entry
        if not entry.tag and tag:
            entry.tag = tag
        math = metric.to_metric_config().math_expression
        if math is not None:
            for sub_id, sub in math.using_metrics.items():
                self._add(sub, level + 1, None, sub_id)
