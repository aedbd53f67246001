"""Render L1 properties to CloudFormation names and validate them against the registry schema.

Every generated class carries a table ``_CFN_PROPS`` of rows ``(cfn_name, py_name, spec, required,
constraints)`` sorted by ``cfn_name``. ``spec`` is a type code:

* ``"s"`` string, ``"i"`` integer, ``"n"`` number, ``"b"`` boolean, ``"j"`` JSON (emitted verbatim),
  ``"t"`` a tag (``CfnTag`` or ``{"key": ..., "value": ...}``);
* ``("u", codes)`` one of several primitive types;
* ``("l", spec)`` a list, ``("m", spec)`` a string-keyed map;
* ``("p", "NameProperty")`` a property type, nested in the same resource class.

``constraints`` is ``None`` or a dict with the JSON-schema keys ``enum``, ``pattern``, ``minLength``,
``maxLength``, ``minimum``, ``maximum``, ``minItems``, ``maxItems``, and ``items`` (constraints of each
element of a list of primitives).

Unresolved tokens (``Token.is_unresolved``) are never validated and are passed through unchanged; so are
values of JSON-typed properties.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Mapping
from functools import partial
from typing import Any

from constructs import Token, ValidationError
from constructs._private.l1runtime.attributes import unmade_tags
from constructs._private.l1runtime.property_type import CfnPropertyType

_TYPE_NAMES = {
    "s": "a string",
    "i": "an integer",
    "n": "a number",
    "b": "a boolean",
    "l": "a list",
    "m": "a mapping",
    "t": "a CfnTag or a mapping with keys key and value",
}

_PATTERNS: dict[str, re.Pattern[str] | None] = {}
_CLASSES: dict[tuple[type, str], type] = {}
_ACCEPTED: dict[type, dict[str, str]] = {}


class _Failure(Exception):
    """A validation failure found while rendering; turned into a ValidationError by the caller."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(path, problem)
        self.path = path
        self.problem = problem


def _show(value: Any) -> str:
    try:
        text = json.dumps(value, default=repr, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _compiled(pattern: str) -> re.Pattern[str] | None:
    if pattern not in _PATTERNS:
        try:
            _PATTERNS[pattern] = re.compile(pattern)
        except re.error:
            # ECMA-262 constructs that Python's re lacks (\p{L}, ...): the pattern is not checked.
            _PATTERNS[pattern] = None
    return _PATTERNS[pattern]


def _property_class(owner: type, name: str) -> type:
    """The property type ``name`` nested in the resource class that ``owner`` belongs to."""
    key = (owner, name)
    found = _CLASSES.get(key)
    if found is None:
        root: Any = sys.modules[owner.__module__]
        for part in owner.__qualname__.split(".")[:1]:
            root = getattr(root, part)
        found = getattr(root, name)
        _CLASSES[key] = found
    return found


def _type_name(spec: Any) -> str:
    if isinstance(spec, str):
        return _TYPE_NAMES[spec]
    if spec[0] == "u":
        return " or ".join(_TYPE_NAMES[code] for code in spec[1])
    if spec[0] == "p":
        return f"a {spec[1]} or a mapping"
    return _TYPE_NAMES[spec[0]]


def _matches(code: str, value: Any) -> bool:
    if code == "s":
        return isinstance(value, str)
    if code == "b":
        return isinstance(value, bool)
    if isinstance(value, bool):
        return False
    if code == "i":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return isinstance(value, int | float)


def _check(constraints: dict[str, Any], value: Any, path: str) -> None:
    enum = constraints.get("enum")
    if enum is not None and value not in enum:
        allowed = ", ".join(_show(option) for option in enum)
        raise _Failure(path, f"must be one of {allowed}, got {_show(value)}")
    if isinstance(value, str):
        pattern = constraints.get("pattern")
        if pattern is not None:
            compiled = _compiled(pattern)
            if compiled is not None and compiled.search(value) is None:
                raise _Failure(path, f"must match the pattern {_show(pattern)}, got {_show(value)}")
        low, high = constraints.get("minLength"), constraints.get("maxLength")
        if low is not None and len(value) < low:
            raise _Failure(path, f"must be at least {low} character(s) long, got {len(value)}: {_show(value)}")
        if high is not None and len(value) > high:
            raise _Failure(path, f"must be at most {high} character(s) long, got {len(value)}: {_show(value)}")
    elif isinstance(value, int | float) and not isinstance(value, bool):
        low, high = constraints.get("minimum"), constraints.get("maximum")
        if low is not None and value < low:
            raise _Failure(path, f"must be at least {low}, got {_show(value)}")
        if high is not None and value > high:
            raise _Failure(path, f"must be at most {high}, got {_show(value)}")
    elif isinstance(value, list | tuple):
        low, high = constraints.get("minItems"), constraints.get("maxItems")
        if low is not None and len(value) < low:
            raise _Failure(path, f"must have at least {low} item(s), got {len(value)}")
        if high is not None and len(value) > high:
            raise _Failure(path, f"must have at most {high} item(s), got {len(value)}")


def _render_value(owner: type, spec: Any, value: Any, path: str, constraints: dict[str, Any] | None) -> Any:
    """Render one value of type ``spec``; ``owner`` is the class whose table holds ``spec``."""
    if value is None:
        return value
    if type(value) is str:
        # a string is a token only if it holds a token's marker: the usual plain string skips the search
        if ("{Token[" in value or "e+289" in value) and Token.is_unresolved(value):
            return value
        if spec == "s":
            # what the general path below does for a plain string where a string is expected
            if constraints:
                _check(constraints, value, path)
            return value
    elif type(value) is dict:
        if type(spec) is tuple and spec[0] == "p":
            # a plain dict is never a token (Token.is_unresolved): straight to the property type
            return _render_struct(_property_class(owner, spec[1]), value, path)
    elif Token.is_unresolved(value):
        return value
    if isinstance(spec, str):
        if spec == "j":
            return value
        if spec == "t":
            return _render_tag(value, path)
        if not _matches(spec, value):
            raise _Failure(path, f"must be {_TYPE_NAMES[spec]}, got {type(value).__name__}: {_show(value)}")
        if constraints:
            _check(constraints, value, path)
        return value
    kind = spec[0]
    if kind == "u":
        if not any(_matches(code, value) for code in spec[1]):
            raise _Failure(path, f"must be {_type_name(spec)}, got {type(value).__name__}: {_show(value)}")
        if constraints:
            _check(constraints, value, path)
        return value
    if kind == "p":
        return _render_struct(_property_class(owner, spec[1]), value, path)
    if kind == "l":
        if not isinstance(value, list | tuple):
            raise _Failure(path, f"must be a list, got {type(value).__name__}: {_show(value)}")
        if constraints:
            _check(constraints, value, path)
        items = constraints.get("items") if constraints else None
        item_spec = spec[1]
        return [
            # a plain string without a token marker or constraints, where strings are expected, is rendered as is
            # (the general call returns it unchanged); the item's path is only made for the general call
            item
            if type(item) is str and item_spec == "s" and not items and "{Token[" not in item and "e+289" not in item
            else _render_value(owner, item_spec, item, f"{path}[{index}]", items)
            for index, item in enumerate(value)
        ]
    if not isinstance(value, Mapping):
        raise _Failure(path, f"must be a mapping, got {type(value).__name__}: {_show(value)}")
    return {key: _render_value(owner, spec[1], item, f"{path}.{key}", None) for key, item in value.items()}


def _render_tag(value: Any, path: str) -> Any:
    if isinstance(value, Mapping):
        unknown = [key for key in value if key not in ("key", "value")]
        if unknown:
            raise _Failure(path, f"unknown tag key {_show(unknown[0])}; a tag takes key and value")
        return {"Key": value.get("key"), "Value": value.get("value")}
    if hasattr(value, "key") and hasattr(value, "value"):
        return {"Key": value.key, "Value": value.value}
    raise _Failure(path, f"must be {_TYPE_NAMES['t']}, got {type(value).__name__}: {_show(value)}")


def _render_rows(cls: type, rows: tuple[tuple[Any, ...], ...], get: Any, prefix: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for cfn_name, py_name, spec, required, constraints in rows:
        value = get(py_name)
        if value is None:
            if required:
                raise _Failure(f"{prefix}.{cfn_name}", "is required but missing")
            continue
        if not constraints and (spec == "s" and type(value) is str or spec == "b" and type(value) is bool):
            out[cfn_name] = value  # a string or bool of the right type: nothing to check or render
            continue
        out[cfn_name] = _render_value(cls, spec, value, f"{prefix}.{cfn_name}", constraints)
    return out


def _render_struct(cls: type, value: Any, path: str) -> Any:
    if type(value) is not dict and isinstance(value, CfnPropertyType):
        if not isinstance(value, cls):
            return value._cfn_render()
        return _render_rows(cls, cls._CFN_PROPS, partial(getattr, value), path)  # type: ignore[attr-defined]
    if type(value) is not dict and not isinstance(value, Mapping):
        raise _Failure(path, f"must be a {cls.__name__} or a mapping, got {type(value).__name__}: {_show(value)}")
    rows = cls._CFN_PROPS  # type: ignore[attr-defined]
    accepted = _accepted_keys(cls)
    given: dict[str, Any] = {}
    for key, item in value.items():
        name = accepted.get(key) if isinstance(key, str) else None
        if name is None:
            raise _Failure(path, _unknown_key(str(key), [row[1] for row in rows]))
        given[name] = item
    return _render_rows(cls, rows, given.get, path)


def _camel(py_name: str) -> str:
    first, *rest = py_name.rstrip("_").split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


def _accepted_keys(cls: type) -> dict[str, str]:
    """Dict keys a property type accepts: its snake_case names, and aws-cdk-lib's camelCase names.

    aws-cdk-lib's Python binding converts a dict given directly for a struct by keyword, but hands a dict
    nested in a list or map to JavaScript as is, where only camelCase keys are understood; both spellings
    are accepted here so ported code works either way.
    """
    found = _ACCEPTED.get(cls)
    if found is None:
        found = {}
        for row in cls._CFN_PROPS:  # type: ignore[attr-defined]
            found[row[1]] = row[1]
            found.setdefault(_camel(row[1]), row[1])
        _ACCEPTED[cls] = found
    return found


def _unknown_key(key: str, known: list[str]) -> str:
    import difflib  # only on the error path: keeps the import of every L1 module light

    lowered = {name.replace("_", ""): name for name in known}
    guess = lowered.get(key.lower().replace("_", ""))
    if guess is None:
        close = difflib.get_close_matches(key, known, n=1)
        guess = close[0] if close else None
    if guess is not None:
        return f'has no property "{key}" (did you mean "{guess}"?)'
    return f'has no property "{key}"; valid properties: ' + ", ".join(known)


_MISSING = object()
_COMPUTED: dict[type, frozenset[str]] = {}


def _computed_names(cls: type) -> frozenset[str]:
    """Properties of ``cls`` that are not plain instance values: a subclass defines them (e.g. as properties).

    The generated classes store an optional property on the instance only when it is given and have a class
    attribute ``None`` in its place; a name whose class-level value is anything else must be read with getattr.
    """
    return frozenset(row[1] for row in cls._CFN_PROPS if getattr(cls, row[1], None) is not None)  # type: ignore[attr-defined]


def _string_checks(constraints: dict[str, Any]) -> tuple[Any, ...]:
    """What ``_check`` tests a plain string against: the enum, the compiled pattern (None if absent or not
    compilable), the minimum and the maximum length."""
    pattern = constraints.get("pattern")
    return (
        constraints.get("enum"),
        _compiled(pattern) if pattern is not None else None,
        constraints.get("minLength"),
        constraints.get("maxLength"),
    )


# per (class, tag property): its rows, the indexes of the rows always looked at (required, computed by a
# subclass, the tag property), the names of the other (optional) properties, each name's row index, the computed
# names
_RENDER_PLANS: dict[tuple[type, str | None], tuple[Any, ...]] = {}


def _render_plan(cls: type, tag_py_name: str | None) -> tuple[Any, ...]:
    rows = cls._CFN_PROPS  # type: ignore[attr-defined]
    computed = _COMPUTED.get(cls)
    if computed is None:
        computed = _COMPUTED[cls] = _computed_names(cls)
    position = {row[1]: i for i, row in enumerate(rows)}
    if len(position) == len(rows):
        always = tuple(i for i, row in enumerate(rows) if row[3] or row[1] in computed or row[1] == tag_py_name)
    else:  # a name on two rows (no generated class has one): every row is looked at
        always = tuple(range(len(rows)))
    optional = frozenset(row[1] for i, row in enumerate(rows) if i not in always)
    # a string row with constraints gets a slot for its _string_checks, filled when a plain string first comes
    # (compiling every pattern of the class up front would cost more than a small app renders); other rows: None
    rows = tuple((*row, [None] if row[2] == "s" and row[4] else None) for row in rows)
    plan = (rows, always, optional, position, computed, tuple(rows[i] for i in always))
    _RENDER_PLANS[(cls, tag_py_name)] = plan
    return plan


def render_resource_properties(resource: Any, tag_py_name: str | None = None) -> dict[str, Any]:
    """Render and validate the ``Properties`` of an L1 resource; raise ``ValidationError`` on bad input.

    Args:
        resource: the L1 resource; its class carries ``_CFN_PROPS`` and ``CFN_RESOURCE_TYPE_NAME``.
        tag_py_name: the keyword of the tag property, rendered by ``resource.tags.render_tags()``.

    Returns:
        CloudFormation property names to values, alphabetical; tokens and ``None`` values are left in place.
    """
    cls = type(resource)
    values = resource.__dict__
    plan = _RENDER_PLANS.get((cls, tag_py_name))
    if plan is None:
        plan = _render_plan(cls, tag_py_name)
    rows, always, optional, position, computed, always_picked = plan
    # the optional properties given are those on the instance (set intersection, in C); the rest are skipped
    # without looking at them: a missing optional property renders nothing
    given = optional.intersection(values)
    picked = [rows[i] for i in sorted([*always, *map(position.__getitem__, given)])] if given else always_picked
    try:
        out: dict[str, Any] = {}
        for cfn_name, py_name, spec, required, constraints, string_checks in picked:
            if py_name == tag_py_name:
                # no TagManager made yet: no tag given or added, and an empty manager renders None
                out[cfn_name] = None if unmade_tags(resource) is not None else resource.tags.render_tags()
                continue
            value = values.get(py_name, _MISSING)
            if value is _MISSING:
                # not given (the class attribute None stands in), or computed by a subclass (a property)
                value = getattr(resource, py_name) if py_name in computed else None
            if value is None:
                if required:
                    raise _Failure(f"Properties.{cfn_name}", "is required but missing")
                continue
            if spec == "s" and type(value) is str:
                if string_checks is None:
                    out[cfn_name] = value  # a string without constraints: nothing to check or render
                    continue
                if "{Token[" not in value and "e+289" not in value:
                    # a plain string: the checks _check makes of it, unrolled; a failure goes the general way
                    checks = string_checks[0]
                    if checks is None:
                        checks = string_checks[0] = _string_checks(constraints)
                    enum, pattern, low, high = checks
                    if (
                        (enum is None or value in enum)
                        and (pattern is None or pattern.search(value) is not None)
                        and (low is None or len(value) >= low)
                        and (high is None or len(value) <= high)
                    ):
                        out[cfn_name] = value
                        continue
            elif not constraints and spec == "b" and type(value) is bool:
                out[cfn_name] = value  # a bool without constraints: nothing to check or render
                continue
            out[cfn_name] = _render_value(cls, spec, value, f"Properties.{cfn_name}", constraints)
        return out
    except _Failure as failure:
        message = f"{cls.CFN_RESOURCE_TYPE_NAME}: {failure.path} {failure.problem}"
        raise ValidationError(message, resource) from None


def render_property_type(value: CfnPropertyType) -> dict[str, Any]:
    """Render a property type object on its own (the resolver calls this for objects inside Lazy values)."""
    cls = type(value)
    try:
        return _render_struct(cls, value, cls.__qualname__)
    except _Failure as failure:
        raise ValidationError(f"{failure.path} {failure.problem}") from None
