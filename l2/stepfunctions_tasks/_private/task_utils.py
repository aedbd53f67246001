"""Helpers shared by the task classes: resource ARNs, integration-pattern checks, keyword handling."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Aws, UnscopedValidationError
from l2.stepfunctions import FieldUtils, IntegrationPattern, JsonPath, QueryLanguage, TaskInput

# the keywords ``TaskStateBase`` takes (the rest of a task's keywords are the task's own)
_BASE_KEYS = frozenset({
    "result_path", "result_selector", "comment", "query_language", "state_name", "credentials", "heartbeat",
    "heartbeat_timeout", "integration_pattern", "task_timeout", "timeout", "assign", "input_path", "output_path",
    "outputs", "arguments", "parameters",
})

_SUFFIX = {
    IntegrationPattern.REQUEST_RESPONSE: "",
    IntegrationPattern.RUN_JOB: ".sync",
    IntegrationPattern.WAIT_FOR_TASK_TOKEN: ".waitForTaskToken",
}


class TaskProps:
    """The keywords a task was given, read as attributes (``None`` when not given)."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = task_kwargs(values)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return self.__dict__["_values"].get(name)

    def base(self, *, keep: Sequence[str] = ()) -> dict[str, Any]:
        """The keywords for ``TaskStateBase`` (``parameters``/``arguments`` only when listed in ``keep``)."""
        return {k: v for k, v in self._values.items()
                if k in _BASE_KEYS and (k not in ("parameters", "arguments") or k in keep)}

    def all(self) -> dict[str, Any]:
        """Every keyword given."""
        return dict(self._values)


def task_kwargs(values: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments in ``values`` (a method's ``locals()``), without ``self``/``scope``/``id``."""
    return {k: v for k, v in values.items() if k not in ("self", "scope", "id", "__class__", "kwargs")}


def validate_pattern_supported(pattern: IntegrationPattern, supported: Sequence[IntegrationPattern]) -> None:
    """Refuse an integration pattern the service integration does not support (aws-cdk-lib's message)."""
    if pattern not in supported:
        raise UnscopedValidationError(
            "Unsupported service integration pattern. Supported Patterns: "
            f"{','.join(p.value for p in supported)}. Received: {pattern.value}"
        )


def integration_resource_arn(service: str, api: str, pattern: IntegrationPattern | None = None) -> str:
    """``arn:<partition>:states:::<service>:<api>`` plus the pattern's suffix."""
    if not service or not api:
        raise UnscopedValidationError("Both 'service' and 'api' must be provided to build the resource ARN.")
    return f"arn:{Aws.PARTITION}:states:::{service}:{api}" + (_SUFFIX[pattern] if pattern else "")


def contains_task_token(value: Any) -> bool:
    """True if ``value`` (a ``TaskInput``, a list of them or a plain value) references the task token."""
    if value is None:
        return False
    if isinstance(value, TaskInput):
        value = {"type": value.type.value if hasattr(value.type, "value") else value.type, "value": value.value}
    return FieldUtils.contains_task_token({"v": value})


def is_jsonata_expression(value: str) -> bool:
    """True if ``value`` is a whole JSONata expression (``{% ... %}``)."""
    return re.fullmatch(r"\{%(.*)%\}", value, re.S) is not None


def is_json_path_or_jsonata_expression(value: str) -> bool:
    """True if ``value`` is an encoded JSONPath or a JSONata expression."""
    return JsonPath.is_encoded_json_path(value) or is_jsonata_expression(value)


def actual_query_language(top_level: QueryLanguage | None, state_level: QueryLanguage | None) -> QueryLanguage:
    """The query language a task renders its fields with."""
    return state_level or top_level or QueryLanguage.JSON_PATH


def field(value: Any, name: str) -> Any:
    """The field ``name`` of a struct given as a struct or a mapping of its fields (as jsii takes nested structs)."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        return value.get(name)
    return getattr(value, name, None)
