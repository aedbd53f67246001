"""``Annotations``: info, warning and error messages attached to constructs."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from constructs._construct import IConstruct

INFO = "aws:cdk:info"
WARNING = "aws:cdk:warning"
ERROR = "aws:cdk:error"


class Annotations:
    """Adds messages to a construct; errors fail synthesis, warnings and infos are reported."""

    def __init__(self, scope: IConstruct) -> None:
        self._scope = scope

    @staticmethod
    def of(scope: IConstruct) -> Annotations:
        """Annotations of a construct."""
        return Annotations(scope)

    def add_info(self, message: str) -> None:
        """Add an info message."""
        self._add(INFO, message)

    def add_info_v2(self, id: str, message: str) -> None:
        """Add an info message that can be acknowledged by id."""
        if id in _acknowledged(self._scope):
            return
        self._add(INFO, f"{message} [ack: {id}]")

    def acknowledge_info(self, id: str, message: str | None = None) -> None:
        """Suppress the info message ``id`` on this construct and below (``message`` says why; not recorded)."""
        self._scope.__dict__.setdefault("_acknowledged_warnings", set()).add(id)
        _remove_deep(self._scope, INFO, id)

    def add_warning(self, message: str) -> None:
        """Add a warning."""
        self._add(WARNING, message)

    def add_warning_v2(self, id: str, message: str) -> None:
        """Add a warning that can be acknowledged by id."""
        acked = self._scope.node.try_get_context("@aws-cdk/core:acknowledgedWarnings") or []
        if id in _acknowledged(self._scope):
            return
        if id in acked:
            return
        self._add(WARNING, f"{message} [ack: {id}]")

    def acknowledge_warning(self, id: str, message: str | None = None) -> None:
        """Suppress the warning ``id`` on this construct and below."""
        acks = self._scope.__dict__.setdefault("_acknowledged_warnings", set())
        acks.add(id)
        _remove_deep(self._scope, WARNING, id)

    def add_error(self, message: str) -> None:
        """Add an error (synthesis fails)."""
        self._add(ERROR, message)

    def add_deprecation(self, api: str, message: str) -> None:
        """Warn about a deprecated API (acknowledgeable as ``Deprecated:<api>``).

        Raises:
            ValidationError: ``CDK_BLOCK_DEPRECATIONS`` is set (non-empty) in the environment.
        """
        text = f"The API {api} is deprecated: {message}. This API will be removed in the next major release"
        if os.environ.get("CDK_BLOCK_DEPRECATIONS"):
            from ._errors import ValidationError

            raise ValidationError(f"{self._scope.node.path}: {text}", self._scope)
        self.add_warning_v2(f"Deprecated:{api}", text)

    def _add(self, level: str, message: str) -> None:
        # as aws-cdk-lib: a message already in the scope's metadata (as any entry's data, whatever its type) is
        # not added again, so a construct rendered or validated twice warns once
        if any(entry.data == message for entry in self._scope.node.metadata):
            return
        self._scope.node.add_metadata(level, message)


def _acknowledged(scope: Any) -> set[str]:
    out: set[str] = set()
    for c in scope.node.scopes:
        out |= c.__dict__.get("_acknowledged_warnings", set())
    return out


def _remove_deep(scope: Any, level: str, id: str) -> None:
    """Remove the ``level`` messages tagged ``[ack: <id>]`` from ``scope`` and every construct below it."""
    tag = f"[ack: {id}]"
    todo = [scope]
    while todo:
        node = todo.pop().node
        if node._metadata:
            node._metadata = [m for m in node._metadata if not (m.type == level and tag in str(m.data))]
        todo.extend(node.children)
