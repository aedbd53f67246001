"""``LogGroupTargetInput``: the ``{timestamp, message}`` input CloudWatch Logs targets accept."""

from __future__ import annotations

from typing import Any

from l2.events import EventField, RuleTargetInput, RuleTargetInputProperties
from l2.events._input import _FieldAwareEventInput, _InputType


class LogGroupTargetInput(RuleTargetInput):
    """The input of a CloudWatch Logs target: a ``timestamp`` and a ``message``."""

    @staticmethod
    def from_object(options: object = None) -> RuleTargetInput:
        """Deprecated: use ``from_object_v2``. ``{"timestamp": ..., "message": ...}`` as a ``RuleTargetInput``.

        Args:
            options: a ``LogGroupTargetInputOptions`` or a mapping with ``message`` and ``timestamp``.
        """
        message, timestamp = _options(options)
        return RuleTargetInput.from_object({"timestamp": timestamp, "message": message})

    @staticmethod
    def from_object_v2(*, message: object = None, timestamp: object = None) -> LogGroupTargetInput:
        """``{"timestamp": ..., "message": ...}`` (defaults: the event's time and ``detail-type``)."""
        return _LogGroupFieldAwareInput(
            {
                "timestamp": timestamp if timestamp is not None else EventField.time,
                "message": message if message is not None else EventField.detail_type,
            }
        )


def _options(options: Any) -> tuple[Any, Any]:
    if options is None:
        message = timestamp = None
    elif isinstance(options, dict):
        message, timestamp = options.get("message"), options.get("timestamp")
    else:
        message, timestamp = options.message, options.timestamp
    return (
        message if message is not None else EventField.detail_type,
        timestamp if timestamp is not None else EventField.time,
    )


class _LogGroupFieldAwareInput(LogGroupTargetInput):
    def __init__(self, obj: Any) -> None:
        self._inner = _FieldAwareEventInput(obj, _InputType.OBJECT)

    def bind(self, rule: Any) -> RuleTargetInputProperties:
        return self._inner.bind(rule)
