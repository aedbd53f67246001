"""Validation of ``Queue`` props as tables of ``(condition, message)`` rules.

Each rule skips unresolved tokens, so a value only known at deployment time is never rejected. All failing
rules are reported together, in the order of the table, like aws-cdk-lib's ``validateAllProps``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from typing import Any

from constructs import Construct, Token, ValidationError

Rule = tuple[Callable[[Any], bool], Callable[[Any], str]]


def _seconds(duration: Any) -> Any:
    return None if duration is None else duration.to_seconds()


def _out_of_range(value: Any, low: float, high: float) -> bool:
    return value is not None and not Token.is_unresolved(value) and (value < low or value > high)


def _js(value: Any) -> str:
    """A number as JavaScript's template strings print it (``5.0`` → ``5``, ``None`` → ``undefined``)."""
    if value is None:
        return "undefined"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


QUEUE_RULES: Sequence[Rule] = (
    (
        lambda p: _out_of_range(_seconds(p.get("delivery_delay")), 0, 900),
        lambda p: "delivery delay must be between 0 and 900 seconds, but "
        f"{_js(_seconds(p.get('delivery_delay')))} was provided",
    ),
    (
        lambda p: _out_of_range(p.get("max_message_size_bytes"), 1_024, 1_048_576),
        lambda p: "maximum message size must be between 1,024 and 1,048,576 bytes, but "
        f"{_js(p.get('max_message_size_bytes'))} was provided",
    ),
    (
        lambda p: _out_of_range(_seconds(p.get("retention_period")), 60, 1_209_600),
        lambda p: "message retention period must be between 60 and 1,209,600 seconds, but "
        f"{_js(_seconds(p.get('retention_period')))} was provided",
    ),
    (
        lambda p: _out_of_range(_seconds(p.get("receive_message_wait_time")), 0, 20),
        lambda p: "receive wait time must be between 0 and 20 seconds, but "
        f"{_js(_seconds(p.get('receive_message_wait_time')))} was provided",
    ),
    (
        lambda p: _out_of_range(_seconds(p.get("visibility_timeout")), 0, 43_200),
        lambda p: "visibility timeout must be between 0 and 43,200 seconds, but "
        f"{_js(_seconds(p.get('visibility_timeout')))} was provided",
    ),
    (
        lambda p: p.get("dead_letter_queue") is not None
        and _out_of_range(p["dead_letter_queue"].max_receive_count, 1, sys.maxsize),
        lambda p: "dead letter target maximum receive count must be 1 or more, but "
        f"{_js(p['dead_letter_queue'].max_receive_count)} was provided",
    ),
)


def _by_queue(policy: Any) -> bool:
    return policy.redrive_permission is not None and policy.redrive_permission.value == "byQueue"


REDRIVE_ALLOW_RULES: Sequence[Rule] = (
    (
        lambda p: _by_queue(p) and not p.source_queues,
        lambda p: "At least one source queue must be specified when RedrivePermission is set to 'byQueue'",
    ),
    (
        lambda p: _by_queue(p) and bool(p.source_queues) and len(p.source_queues) > 10,
        lambda p: "Up to 10 sourceQueues can be specified. Set RedrivePermission to 'allowAll' to specify more",
    ),
    (
        lambda p: p.redrive_permission is not None
        and p.redrive_permission.value in ("allowAll", "denyAll")
        and p.source_queues is not None,
        lambda p: "sourceQueues cannot be configured when RedrivePermission is set to 'allowAll' or 'denyAll'",
    ),
)


def validate_all(scope: Construct, class_name: str, props: Any, rules: Sequence[Rule]) -> None:
    """Raise one ``ValidationError`` listing every rule that fails."""
    failures = [message(props) for condition, message in rules if condition(props)]
    if failures:
        lines = "\n".join(f"- {failure}" for failure in failures)
        raise ValidationError(
            f"{class_name} initialization failed due to the following validation error(s):\n{lines}", scope
        )
