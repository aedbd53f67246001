"""Merging user props over a pattern's defaults, and the checks every pattern makes on its props.

Props are plain mappings of the L2 class's keyword arguments (``{"runtime": Runtime.PYTHON_3_12, ...}``), as
``aws_solutions_constructs`` takes ``FunctionProps(...)`` objects. User values win; where both the default and
the user value are option objects (``StageOptions``, ``MethodOptions`` ...: the L2 layer's frozen structs) or
mappings, they are merged field by field, so overriding ``deploy_options={"logging_level": ...}`` keeps the
default access logging.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable, Mapping
from typing import Any

from constructs import Construct, ValidationError
from constructs.internals import structs


def merge_props(defaults: Mapping[str, Any], overrides: Mapping[str, Any] | None) -> dict[str, Any]:
    """``defaults`` updated with ``overrides``; option objects and mappings present in both merge recursively.

    An override of ``None`` leaves the default in place (``None`` means "not given", as in CDK's Python API).
    """
    merged = dict(defaults)
    for key, value in (overrides or {}).items():
        if value is None:
            continue
        merged[key] = _merge_value(merged.get(key), value)
    return merged


def _merge_value(default: Any, value: Any) -> Any:
    if default is None:
        return value
    if structs.has(type(default)):
        if isinstance(value, Mapping):
            return structs.evolve(default, **_merge_fields(default, value))
        if type(value) is type(default):
            given = {f.name: getattr(value, f.name) for f in structs.fields(type(value))}
            return structs.evolve(default, **_merge_fields(default, given))
        return value
    if isinstance(default, Mapping) and isinstance(value, Mapping):
        return merge_props(default, value)
    return value


def _merge_fields(default: Any, given: Mapping[str, Any]) -> dict[str, Any]:
    return {
        name: _merge_value(getattr(default, name, None), value) for name, value in given.items() if value is not None
    }


@functools.cache
def _keyword_names(factory: Callable[..., Any]) -> frozenset[str]:
    parameters = inspect.signature(factory).parameters.values()
    return frozenset(p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY)


def check_prop_names(
    scope: Construct, prop_name: str, props: Mapping[str, Any] | None, factory: Callable[..., Any]
) -> None:
    """Raise if ``props`` names a keyword argument that ``factory`` (an L2 class) does not take.

    Raises:
        ValidationError: naming the pattern's path, the prop and the unknown keys.
    """
    if not props:
        return
    if not isinstance(props, Mapping):
        raise ValidationError(
            f"{prop_name} must be a mapping of {_name(factory)} keyword arguments, got {type(props).__name__}",
            scope,
        )
    unknown = sorted(set(props) - _keyword_names(factory))
    if unknown:
        raise ValidationError(
            f"{prop_name} has keys that {_name(factory)} does not take: {', '.join(unknown)}; "
            f"use the keyword arguments of {_name(factory)}",
            scope,
        )


def check_exclusive(scope: Construct, **given: Any) -> None:
    """Raise if more than one of the keyword arguments is set (not ``None``).

    Raises:
        ValidationError: naming the pattern's path and the conflicting props.
    """
    names = [name for name, value in given.items() if value is not None]
    if len(names) > 1:
        raise ValidationError(f"Provide either {' or '.join(names)}, not both", scope)


def _name(factory: Callable[..., Any]) -> str:
    module = factory.__module__.split("._")[0]
    return f"{module}.{factory.__qualname__}"
