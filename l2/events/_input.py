"""``RuleTargetInput`` and ``EventField``: what a rule sends to its targets."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Lazy, Stack, Token, Tokenization, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import IResolveContext
    from l2.events._rule import IRule


@structs.frozen(kw_only=True)
class RuleTargetInputProperties:
    """The input properties of a rule target, as ``RuleTargetInput.bind`` returns them.

    Args:
        input: literal input (a JSON string).
        input_path: a JSONPath selecting part of the event.
        input_paths_map: names to JSONPaths, for ``input_template``.
        input_template: the input, with ``<name>`` placeholders.
    """

    input: str | None = None
    input_path: str | None = None
    input_paths_map: Mapping[str, str] | None = None
    input_template: str | None = None


class _InputType(enum.Enum):
    OBJECT = 0
    TEXT = 1
    MULTILINE = 2


class _ClassProperty:
    """A read-only attribute computed on the class (``EventField.time``)."""

    def __init__(self, getter: Any) -> None:
        self._getter = getter
        self.__doc__ = getter.__doc__

    def __get__(self, instance: Any, owner: type) -> Any:
        return self._getter(owner)


class EventField:
    """A field of the matched event, usable as a token in a ``RuleTargetInput`` (``EventField.from_path``).

    Args:
        path: the JSONPath of the field in the event (e.g. ``$.detail.state``).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.display_hint: str = re.sub(r"[^a-zA-Z0-9_-]", "-", re.sub(r"^[^a-zA-Z0-9_-]+", "", path))

    @_ClassProperty
    def event_id(cls) -> str:
        """The event's id (``$.id``)."""
        return EventField.from_path("$.id")

    @_ClassProperty
    def detail_type(cls) -> str:
        """The event's ``detail-type``."""
        return EventField.from_path("$.detail-type")

    @_ClassProperty
    def source(cls) -> str:
        """The event's source."""
        return EventField.from_path("$.source")

    @_ClassProperty
    def account(cls) -> str:
        """The account the event came from."""
        return EventField.from_path("$.account")

    @_ClassProperty
    def time(cls) -> str:
        """The event's time."""
        return EventField.from_path("$.time")

    @_ClassProperty
    def region(cls) -> str:
        """The region the event came from."""
        return EventField.from_path("$.region")

    @staticmethod
    def from_path(path: str) -> str:
        """A string token for the event field at JSONPath ``path``."""
        field = EventField(path)
        return Token.as_string(field, display_hint=field.display_hint)

    @property
    def creation_stack(self) -> list[str]:
        """Where the token was created (not captured)."""
        return ["Token stack traces are no longer captured"]

    def resolve(self, _ctx: IResolveContext) -> Any:
        """The JSONPath (outside a rule target input)."""
        return self.path

    def to_string(self) -> str:
        """This field as a string token."""
        return Token.as_string(self, display_hint=self.display_hint)

    def to_json(self) -> str:
        """``<path:...>``, as ``JSON.stringify`` shows an event field."""
        return f"<path:{self.path}>"


class RuleTargetInput:
    """The input a rule sends to a target: literal text or JSON, or a part of the event."""

    @staticmethod
    def from_text(text: str) -> RuleTargetInput:
        """A JSON string; may contain ``EventField`` tokens."""
        return _FieldAwareEventInput(text, _InputType.TEXT)

    @staticmethod
    def from_multiline_text(text: str) -> RuleTargetInput:
        """Lines of JSON strings, one per line; may contain ``EventField`` tokens."""
        return _FieldAwareEventInput(text, _InputType.MULTILINE)

    @staticmethod
    def from_object(obj: object) -> RuleTargetInput:
        """A JSON object; may contain ``EventField`` tokens."""
        return _FieldAwareEventInput(obj, _InputType.OBJECT)

    @staticmethod
    def from_event_path(path: str) -> RuleTargetInput:
        """The part of the event at JSONPath ``path``."""
        return _LiteralEventInput(RuleTargetInputProperties(input_path=path))

    def bind(self, rule: IRule) -> RuleTargetInputProperties:
        """The input properties for ``rule``."""
        raise NotImplementedError


class _LiteralEventInput(RuleTargetInput):
    def __init__(self, props: RuleTargetInputProperties) -> None:
        self._props = props

    def bind(self, rule: Any) -> RuleTargetInputProperties:
        return self._props


class _FieldAwareEventInput(RuleTargetInput):
    """Input whose ``EventField`` tokens become ``<name>`` placeholders of an input transformer."""

    def __init__(self, input: Any, input_type: _InputType) -> None:
        self._input = input
        self._input_type = input_type

    def bind(self, rule: Any) -> RuleTargetInputProperties:
        path_to_key: dict[str, str] = {}
        input_paths_map: dict[str, str] = {}

        def key_for(field: EventField) -> str:
            existing = path_to_key.get(field.path)
            if existing is not None:
                return existing
            key = field.display_hint or f"f{len(path_to_key) + 1}"
            path_to_key[field.path] = key
            return key

        def placeholder(field: EventField) -> str:
            key = key_for(field)
            if key in input_paths_map and input_paths_map[key] != field.path:
                raise UnscopedValidationError(
                    f"Single key '{key}' is used for two different JSON paths: '{field.path}' and "
                    f"'{input_paths_map[key]}'"
                )
            input_paths_map[key] = field.path
            return f"<{key}>"

        stack = Stack.of(rule)
        replaced = _replace_fields(self._input, placeholder)
        if self._input_type is _InputType.MULTILINE:
            resolved = "\n".join(stack.to_json_string(line) for line in str(replaced).split("\n"))
        else:
            resolved = stack.to_json_string(replaced)
        if not input_paths_map:
            return RuleTargetInputProperties(input=resolved)
        return RuleTargetInputProperties(
            input_template=self._unquote_placeholders(resolved, list(input_paths_map)),
            input_paths_map=input_paths_map,
        )

    def _unquote_placeholders(self, sub: str, keys: list[str]) -> str:
        """Remove the JSON quotes around ``"<key>"`` placeholders of object inputs (at synthesis)."""
        if self._input_type is not _InputType.OBJECT:
            return sub
        patterns = [(re.compile(r'(?<!\\)"<' + re.escape(key) + '>"'), f"<{key}>") for key in keys]

        def deep_unquote(value: Any) -> Any:
            if isinstance(value, list):
                return [deep_unquote(v) for v in value]
            if isinstance(value, dict):
                return {k: deep_unquote(v) for k, v in value.items()}
            if isinstance(value, str):
                for pattern, replacement in patterns:
                    value = pattern.sub(lambda _m, r=replacement: r, value)
                return value
            return value

        return Lazy.uncached_string(lambda ctx: Token.as_string(deep_unquote(ctx.resolve(sub))))


def _replace_fields(value: Any, placeholder: Any) -> Any:
    """``value`` with every ``EventField`` token replaced by its placeholder; other tokens are kept."""
    if isinstance(value, EventField):
        return placeholder(value)
    if isinstance(value, str):
        if not Token.is_unresolved(value):
            return value
        fragments = Tokenization.reverse_string(value)

        def mapper(token: Any) -> str:
            return placeholder(token) if isinstance(token, EventField) else Token.as_string(token)

        return fragments.map_tokens(mapper).join(lambda a, b: f"{a}{b}")
    if isinstance(value, list | tuple):
        if isinstance(value, list) and Token.is_unresolved(value):
            return value
        return [_replace_fields(v, placeholder) for v in value]
    if isinstance(value, Mapping):
        return {k: _replace_fields(v, placeholder) for k, v in value.items()}
    if Tokenization.is_resolvable(value):
        return Token.as_string(value)
    return value
