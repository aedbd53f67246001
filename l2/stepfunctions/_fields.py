"""``JsonPath`` (paths and intrinsic functions as tokens), ``FieldUtils`` and ``TaskInput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import IResolvable, JsonNull, Token, UnscopedValidationError
from l2.stepfunctions._private.json_path import (
    JsonPathToken,
    find_jsonata_expressions,
    find_referenced_paths,
    json_path_from_any,
    json_path_string,
    render_in_expression,
    render_object,
)
from l2.stepfunctions._types import InputType

_INTRINSICS = [f"States.{fn}" for fn in (
    "Array", "ArrayPartition", "ArrayContains", "ArrayRange", "ArrayGetItem", "ArrayLength", "ArrayUnique",
    "Base64Encode", "Base64Decode", "Hash", "JsonMerge", "StringToJson", "JsonToString", "MathRandom", "MathAdd",
    "StringSplit", "UUID", "Format",
)]


def _validate_json_path(path: str) -> None:
    if (path != "$" and not path.startswith("$") and path != "$$" and not path.startswith("$$.")
            and not path.startswith("$[") and all(not path.startswith(fn) for fn in _INTRINSICS)):
        names = ", ".join(_INTRINSICS[:-1]) + ", or " + _INTRINSICS[-1]
        raise UnscopedValidationError(
            "JSON path values must be exactly '$', '$$', start with '$', start with '$$.', start with '$[', or start "
            f"with an intrinsic function: {names}. Received: {path}"
        )


def _validate_data_path(path: str) -> None:
    if path != "$" and not path.startswith("$[") and not path.startswith("$"):
        raise UnscopedValidationError(
            "Data JSON path values must either be exactly equal to '$', start with '$[' or start with '$'"
        )


def _call(name: str, *args: Any) -> str:
    return JsonPathToken(f"States.{name}({', '.join(render_in_expression(a) for a in args)})").to_string()


class _ClassProperty:
    def __init__(self, fget: Any) -> None:
        self.fget = fget
        self.__doc__ = fget.__doc__

    def __get__(self, _obj: Any, _owner: Any) -> Any:
        return self.fget()


class JsonPath:
    """Paths into the state input or the context object, and intrinsic functions, for JSONPath states.

    Each returns a token that renders as the path (a field ``F`` holding one becomes ``"F.$": "<path>"``).
    """

    DISCARD: str = Token.as_string(JsonNull.INSTANCE, display_hint="DISCARD (JSON `null`)")
    """Discard the state's output (``ResultPath``/``OutputPath``: JSON ``null``)."""

    @staticmethod
    def string_at(path: str) -> str:
        """The string at ``path`` (``$.x``, ``$$.x`` or an intrinsic function call)."""
        _validate_json_path(path)
        return JsonPathToken(path).to_string()

    @staticmethod
    def list_at(path: str) -> list[str]:
        """The list of strings at ``path``."""
        _validate_data_path(path)
        return Token.as_list(JsonPathToken(path))

    @staticmethod
    def number_at(path: str) -> float:
        """The number at ``path``."""
        _validate_json_path(path)
        return Token.as_number(JsonPathToken(path))

    @staticmethod
    def object_at(path: str) -> IResolvable:
        """The object at ``path``."""
        _validate_json_path(path)
        return JsonPathToken(path)

    @_ClassProperty
    def entire_payload() -> str:  # type: ignore[misc]
        """The whole state input (``$``)."""
        return JsonPathToken("$").to_string()

    @staticmethod
    def is_encoded_json_path(value: str) -> bool:
        """True if ``value`` is a JSONPath token."""
        return bool(json_path_string(value))

    @_ClassProperty
    def execution_id() -> str:  # type: ignore[misc]
        """``$$.Execution.Id``."""
        return JsonPathToken("$$.Execution.Id").to_string()

    @_ClassProperty
    def execution_input() -> str:  # type: ignore[misc]
        """``$$.Execution.Input``."""
        return JsonPathToken("$$.Execution.Input").to_string()

    @_ClassProperty
    def execution_name() -> str:  # type: ignore[misc]
        """``$$.Execution.Name``."""
        return JsonPathToken("$$.Execution.Name").to_string()

    @_ClassProperty
    def execution_role_arn() -> str:  # type: ignore[misc]
        """``$$.Execution.RoleArn``."""
        return JsonPathToken("$$.Execution.RoleArn").to_string()

    @_ClassProperty
    def execution_start_time() -> str:  # type: ignore[misc]
        """``$$.Execution.StartTime``."""
        return JsonPathToken("$$.Execution.StartTime").to_string()

    @_ClassProperty
    def state_entered_time() -> str:  # type: ignore[misc]
        """``$$.State.EnteredTime``."""
        return JsonPathToken("$$.State.EnteredTime").to_string()

    @_ClassProperty
    def state_name() -> str:  # type: ignore[misc]
        """``$$.State.Name``."""
        return JsonPathToken("$$.State.Name").to_string()

    @_ClassProperty
    def state_retry_count() -> str:  # type: ignore[misc]
        """``$$.State.RetryCount``."""
        return JsonPathToken("$$.State.RetryCount").to_string()

    @_ClassProperty
    def state_machine_id() -> str:  # type: ignore[misc]
        """``$$.StateMachine.Id``."""
        return JsonPathToken("$$.StateMachine.Id").to_string()

    @_ClassProperty
    def state_machine_name() -> str:  # type: ignore[misc]
        """``$$.StateMachine.Name``."""
        return JsonPathToken("$$.StateMachine.Name").to_string()

    @_ClassProperty
    def task_token() -> str:  # type: ignore[misc]
        """``$$.Task.Token``."""
        return JsonPathToken("$$.Task.Token").to_string()

    @_ClassProperty
    def entire_context() -> str:  # type: ignore[misc]
        """The whole context object (``$$``)."""
        return JsonPathToken("$$").to_string()

    @staticmethod
    def array(*values: str) -> str:
        """``States.Array(...)``."""
        return _call("Array", *values)

    @staticmethod
    def array_partition(array: object, chunk_size: int | float) -> str:
        """``States.ArrayPartition(array, chunkSize)``."""
        return _call("ArrayPartition", array, chunk_size)

    @staticmethod
    def array_contains(array: object, value: object) -> str:
        """``States.ArrayContains(array, value)``."""
        return _call("ArrayContains", array, value)

    @staticmethod
    def array_range(start: int | float, end: int | float, step: int | float) -> str:
        """``States.ArrayRange(start, end, step)``."""
        return _call("ArrayRange", start, end, step)

    @staticmethod
    def array_get_item(array: object, index: int | float) -> str:
        """``States.ArrayGetItem(array, index)``."""
        return _call("ArrayGetItem", array, index)

    @staticmethod
    def array_length(array: object) -> str:
        """``States.ArrayLength(array)``."""
        return _call("ArrayLength", array)

    @staticmethod
    def array_unique(array: object) -> str:
        """``States.ArrayUnique(array)``."""
        return _call("ArrayUnique", array)

    @staticmethod
    def base64_encode(input: str) -> str:
        """``States.Base64Encode(input)``."""
        return _call("Base64Encode", input)

    @staticmethod
    def base64_decode(base64: str) -> str:
        """``States.Base64Decode(base64)``."""
        return _call("Base64Decode", base64)

    @staticmethod
    def hash(data: object, algorithm: str) -> str:
        """``States.Hash(data, algorithm)``."""
        return _call("Hash", data, algorithm)

    @staticmethod
    def json_merge(value1: object, value2: object) -> str:
        """``States.JsonMerge(value1, value2, false)`` (a shallow merge)."""
        args = ", ".join(render_in_expression(v) for v in (value1, value2))
        return JsonPathToken(f"States.JsonMerge({args}, false)").to_string()

    @staticmethod
    def math_random(start: int | float, end: int | float) -> str:
        """``States.MathRandom(start, end)``."""
        return _call("MathRandom", start, end)

    @staticmethod
    def math_add(num1: int | float, num2: int | float) -> str:
        """``States.MathAdd(num1, num2)``."""
        return _call("MathAdd", num1, num2)

    @staticmethod
    def string_split(input_string: str, splitter: str) -> str:
        """``States.StringSplit(inputString, splitter)``."""
        return _call("StringSplit", input_string, splitter)

    @staticmethod
    def uuid() -> str:
        """``States.UUID()``."""
        return JsonPathToken("States.UUID()").to_string()

    @staticmethod
    def format(format_string: str, *values: str) -> str:
        """``States.Format(formatString, ...values)``."""
        return _call("Format", format_string, *values)

    @staticmethod
    def string_to_json(json_string: str) -> IResolvable:
        """``States.StringToJson(jsonString)``, as an object."""
        return JsonPathToken(f"States.StringToJson({render_in_expression(json_string)})")

    @staticmethod
    def json_to_string(value: object) -> str:
        """``States.JsonToString(value)``; ``value`` must be a JSONPath token."""
        path = json_path_from_any(value)
        if not path:
            raise UnscopedValidationError("Argument to JsonPath.jsonToString() must be a JsonPath object")
        return JsonPathToken(f"States.JsonToString({path})").to_string()


class FieldUtils:
    """Helpers for objects whose fields may hold JSONPath tokens."""

    @staticmethod
    def render_object(obj: Mapping[str, Any] | None = None) -> Mapping[str, Any] | None:
        """``obj`` with the JSONPath fields rendered as ``"Field.$": "<path>"``."""
        return render_object(obj)

    @staticmethod
    def find_referenced_paths(obj: Mapping[str, Any] | None = None) -> list[str]:
        """The JSONPaths ``obj`` references, sorted."""
        return sorted(find_referenced_paths(obj))

    @staticmethod
    def contains_task_token(obj: Mapping[str, Any] | None = None) -> bool:
        """True if ``obj`` references the task token (JSONPath ``$$.Task.Token`` or JSONata ``$states.context``)."""
        import re

        paths = find_referenced_paths(obj)
        if "$$.Task.Token" in paths or "$$.Task" in paths or "$$" in paths:
            return True
        pattern = re.compile(r"(?<!\$states\.context\.)\$states\.context(?:\.Task(?:\.Token)?)?(?!\.[a-zA-Z])")
        return any(pattern.search(e) for e in find_jsonata_expressions(obj))


class TaskInput:
    """The input of a task: text, an object, or a path into the state input or context.

    Args:
        type: what ``value`` holds: text or an object.
        value: the input, a string or an object (which may hold JSONPath tokens).
    """

    def __init__(self, type: InputType, value: Any) -> None:
        self.type = type
        self.value = value

    @staticmethod
    def from_text(text: str) -> TaskInput:
        """A string."""
        return TaskInput(InputType.TEXT, text)

    @staticmethod
    def from_object(obj: Mapping[str, Any]) -> TaskInput:
        """An object (its fields may hold JSONPath tokens)."""
        return TaskInput(InputType.OBJECT, obj)

    @staticmethod
    def from_json_path_at(path: str) -> TaskInput:
        """The value at ``path``."""
        return TaskInput(InputType.TEXT, JsonPath.string_at(path))
