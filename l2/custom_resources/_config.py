"""``CustomResourceConfig``: settings applied by aspects to every custom-resource handler below a scope."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Aspects, IConstruct, RemovalPolicy
from constructs._aspects import mutating_aspect_priority
from l2.custom_resources._aws_custom_resource import (
    LOG_GROUP_MARKER,
    LOG_RETENTION_MARKER,
    RUNTIME_FAMILY_MARKER,
    SINGLETON_MARKER,
)

if TYPE_CHECKING:
    from l2.lambda_ import Runtime
    from l2.logs import RetentionDays


def _markers(node: IConstruct) -> list[tuple[str, object]]:
    return [(entry.type, entry.data) for entry in node.node.metadata]


class CustomResourceLogRetention:
    """Aspect: the log retention of custom-resource handler log groups and singleton handlers.

    Args:
        set_log_retention: the retention to apply.
    """

    def __init__(self, set_log_retention: RetentionDays) -> None:
        self._retention = set_log_retention

    def visit(self, node: IConstruct) -> None:
        """Set the retention on a marked log group or log-retention resource; give a marked singleton
        handler without a logging configuration a log group with the retention."""
        for kind, _data in _markers(node):
            if kind == LOG_GROUP_MARKER:
                # (set on the L1, so that the property keeps its place in the template as aws-cdk-lib's override does)
                node.node.default_child.retention_in_days = self._retention.value  # type: ignore[union-attr]
            if kind == SINGLETON_MARKER:
                resource: Any = node.node.default_child
                if resource is not None and not getattr(resource, "logging_config", None):
                    from l2 import logs

                    group = logs.LogGroup(resource, "logGroup", retention=self._retention)
                    group.node.add_metadata(LOG_GROUP_MARKER, True)
                    resource.logging_config = {"logGroup": group.log_group_name}
            if kind == LOG_RETENTION_MARKER:
                node.node.default_child.add_property_override("RetentionInDays", self._retention.value)  # type: ignore[union-attr]


class CustomResourceRemovalPolicy:
    """Aspect: the removal policy of custom-resource handler log groups.

    Args:
        removal_policy: the removal policy to apply.
    """

    def __init__(self, removal_policy: RemovalPolicy) -> None:
        self._removal_policy = removal_policy

    def visit(self, node: IConstruct) -> None:
        """Apply the removal policy to a marked log group."""
        for kind, _data in _markers(node):
            if kind == LOG_GROUP_MARKER:
                node.node.default_child.apply_removal_policy(self._removal_policy)  # type: ignore[union-attr]


class CustomResourceLambdaRuntime:
    """Aspect: the runtime of custom-resource handler functions of the same runtime family.

    Args:
        lambda_runtime: the runtime to apply.
    """

    def __init__(self, lambda_runtime: Runtime) -> None:
        self._runtime = lambda_runtime

    def visit(self, node: IConstruct) -> None:
        """Override the runtime of a marked handler whose runtime family is this runtime's."""
        family = self._runtime.family.value if self._runtime.family is not None else None
        for kind, data in _markers(node):
            if kind == RUNTIME_FAMILY_MARKER and data == family:
                node.node.default_child.runtime = self._runtime.name  # type: ignore[union-attr]


class CustomResourceConfig:
    """Configure every custom-resource handler below a scope (log retention, removal policy, runtime)."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> CustomResourceConfig:
        """The configuration of the handlers below ``scope``."""
        return CustomResourceConfig(scope)

    def add_log_retention_lifetime(self, retention: RetentionDays) -> None:
        """Set the log retention of the handlers' logs."""
        Aspects.of(self._scope).add(CustomResourceLogRetention(retention),
                                    priority=mutating_aspect_priority(self._scope))

    def add_removal_policy(self, removal_policy: RemovalPolicy) -> None:
        """Set the removal policy of the handlers' log groups."""
        Aspects.of(self._scope).add(CustomResourceRemovalPolicy(removal_policy),
                                    priority=mutating_aspect_priority(self._scope))

    def add_lambda_runtime(self, lambda_runtime: Runtime) -> None:
        """Set the runtime of the handlers of the same runtime family."""
        Aspects.of(self._scope).add(CustomResourceLambdaRuntime(lambda_runtime),
                                    priority=mutating_aspect_priority(self._scope))
