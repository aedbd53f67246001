"""ECS mixins (aws-cdk-lib: ``aws_cdk.aws_ecs.mixins``): changes applied to ``CfnCluster`` L1s."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import IConstruct, Mixin
from constructs.internals import check_public_classes
from l1.ecs import CfnCluster


def _setting_name(setting: object) -> object:
    if isinstance(setting, Mapping):
        return setting.get("name")
    return getattr(setting, "name", None)


class ClusterSettings(Mixin):
    """Puts settings (e.g. ``containerInsights``) on the ``CfnCluster`` it is applied to: a setting whose name the
    cluster already has replaces that entry in place, the others are appended in order.

    Args:
        settings: the ``CfnCluster.ClusterSettingsProperty`` entries (or dicts with ``name`` and ``value``) to set.
    """

    def __init__(self, settings: Sequence[CfnCluster.ClusterSettingsProperty | Mapping[str, str]]) -> None:
        super().__init__()
        self._settings = list(settings)

    def supports(self, construct: IConstruct) -> bool:
        """Only ``CfnCluster``s."""
        return isinstance(construct, CfnCluster)

    def apply_to(self, cluster: IConstruct) -> None:
        """Merge the settings into the cluster's ``cluster_settings`` by name."""
        if not self.supports(cluster):
            return
        target: Any = cluster
        current = target.cluster_settings
        merged: list[object] = (
            list(current) if isinstance(current, (list, tuple)) else [] if current is None else [current])
        for setting in self._settings:
            name = _setting_name(setting)
            index = next((i for i, item in enumerate(merged) if _setting_name(item) == name), None)
            if index is None:
                merged.append(setting)
            else:
                merged[index] = setting
        target.cluster_settings = merged


__all__ = ["ClusterSettings"]

check_public_classes(globals())
