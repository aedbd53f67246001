"""``aws:cdk:analytics:construct`` metadata: the redacted props of an L2 constructor, under
``@aws-cdk/core:enableAdditionalMetadataCollection``.

With the flag on, aws-cdk-lib's L2 constructors record the props they were given on their node. The values are
redacted against a table of allowed keys per class (``analytics_metadata.json``, written by
``python -m tools.feature_flags.dump_analytics`` from aws-cdk-lib 2.275.0):

- a class that records but has no table records ``"*"``;
- booleans are kept, and an enum member whose table entry names an enum that has its value keeps the value;
- other scalars (strings, numbers, tokens) become ``"*"``; lists are redacted element by element;
- a struct (or mapping) keeps only the keys its table lists, in the order given (a struct's fields in jsii's
  order: alphabetical by Python name), ``"*"`` entries stay ``"*"``; a construct, an empty mapping, ``None`` and
  any other object become ``"*"``.

``wrap_init(cls)`` is called by the type checks (``typecheck.install``) for public L2 classes; it wraps
``__init__`` only for the classes aws-cdk-lib records. The table is loaded on the first construct built with the
flag on; with the flag off a construct costs a look at its parent's cached flag value.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

FLAG = "@aws-cdk/core:enableAdditionalMetadataCollection"
CONSTRUCT_TYPE = "aws:cdk:analytics:construct"
_DATA_FILE = Path(__file__).with_name("analytics_metadata.json")
_data: dict[str, Any] | None = None


def _load() -> dict[str, Any]:
    global _data
    if _data is None:
        raw = json.loads(_DATA_FILE.read_text())
        raw["recording"] = frozenset(raw["recording"])
        raw["enums"] = {k: frozenset(v) for k, v in raw["enums"].items()}
        _data = raw
    return _data


def jsii_fqn(cls: type) -> str | None:
    """``aws-cdk-lib.aws-sqs.Queue`` for ``l2.sqs.Queue`` (``None`` outside ``l2`` and ``patterns``)."""
    parts = cls.__module__.split(".")
    if len(parts) < 2 or parts[0] not in ("l2", "patterns"):
        return None
    service = parts[1].rstrip("_").replace("_", "-")
    return f"aws-cdk-lib.aws-{service}.{cls.__name__}"


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _is_construct(value: Any) -> bool:
    return getattr(value, "_node", None) is not None or hasattr(type(value), "node") and hasattr(value, "node")


def _is_token(value: Any) -> bool:
    from constructs import Token

    try:
        return bool(Token.is_unresolved(value))
    except Exception:
        return False


def redact(allowed: Any, data: Any) -> Any:
    """``data`` redacted against ``allowed`` (a table entry: ``"*"``, a type name, a dict or a list)."""
    if allowed is None:
        return "*"
    if isinstance(data, enum.Enum):
        data = data.value
    if isinstance(data, bool):
        return data
    if isinstance(allowed, str) and allowed != "*" and isinstance(data, (str, int, float)):
        values = _load()["enums"].get(allowed)
        if values is not None and data in values:
            return data
    if isinstance(data, (str, int, float)):
        return "*"
    if isinstance(data, (list, tuple)):
        if isinstance(allowed, list):
            return [redact(allowed[i] if i < len(allowed) else None, x) for i, x in enumerate(data)]
        return [redact(allowed, x) for x in data]
    if data is None or _is_construct(data) or _is_token(data):
        return "*"
    items = _items(data)
    if not items:
        return "*"
    out: dict[str, Any] = {}
    if not isinstance(allowed, dict):
        return out
    names = _names(allowed)
    for key, value in items:
        name = names.get(key.replace("_", "").lower())
        if name is None:
            continue
        sub = allowed[name]
        out[name] = "*" if sub == "*" else redact(sub, value)
    return out


_NAMES: dict[int, dict[str, str]] = {}


def _names(allowed: dict[str, Any]) -> dict[str, str]:
    """The table's keys by their spelling without case or underscores (``enforce_ssl`` finds ``enforceSSL``)."""
    found = _NAMES.get(id(allowed))
    if found is None:
        found = _NAMES[id(allowed)] = {k.lower(): k for k in allowed}
    return found


def struct_fqn(t: type) -> str:
    """``aws-cdk-lib.aws_s3.LifecycleRule`` for pycdk's ``l2.s3.LifecycleRule`` (core structs: ``aws-cdk-lib.X``)."""
    parts = t.__module__.split(".")
    if len(parts) >= 2 and parts[0] in ("l2", "patterns"):
        return f"aws-cdk-lib.aws_{parts[1].rstrip('_')}.{t.__name__}"
    return f"aws-cdk-lib.{t.__name__}"


def _ordered(fqn: str, names: list[str]) -> list[str]:
    """``names`` in the order jsii hands the struct ``fqn``'s fields to JavaScript (alphabetical unless listed)."""
    order = _load()["order"].get(fqn)
    if order is None:
        return sorted(names)
    rank = {n: i for i, n in enumerate(order)}
    return sorted(names, key=lambda n: (rank.get(n, len(rank)), n))


def _items(data: Any) -> list[tuple[str, Any]]:
    """The JSON object a value is in jsii: a struct's set fields, a mapping, or another object's attributes."""
    fields = getattr(type(data), "__struct_fields__", None)
    if fields is not None:
        names = _ordered(struct_fqn(type(data)), [f.name for f in fields])
        return [(n, v) for n in names if (v := getattr(data, n, None)) is not None]
    if isinstance(data, Mapping):
        return [(str(k), v) for k, v in data.items() if v is not None]
    attrs = dict(getattr(data, "__dict__", None) or {})
    for k in type(data).__mro__:
        for slot in getattr(k, "__slots__", ()):
            if slot not in attrs and hasattr(data, slot):
                attrs[slot] = getattr(data, slot)
    return [(k.lstrip("_"), v) for k, v in attrs.items()]


def props_metadata(cls: type, kwargs: Mapping[str, Any]) -> Any:
    """The metadata data aws-cdk-lib writes for ``cls`` built with ``kwargs``."""
    data = _load()
    fqn = jsii_fqn(cls)
    if fqn is None:
        return "*"
    module, _, name = fqn.rpartition(".")
    table = data["classes"].get(module, {}).get(name)
    if table is None:
        return "*"
    given = {k: v for k, v in kwargs.items() if v is not None}
    if not given:
        return "*"
    names = _ordered(f"{struct_fqn(cls)}Props", list(given))
    return redact(table, {k: given[k] for k in names})


def wrap_init(cls: type, init: Callable[..., None]) -> Callable[..., None]:
    """``init`` (the constructor of a public L2 class) that also records its props when the flag is on and
    aws-cdk-lib's class records them. With the flag off it costs a cached look-up per construct."""

    @functools.wraps(init)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        if _enabled(self):
            target = _jsii_class(type(self))
            fqn = jsii_fqn(cls)
            if fqn is not None and fqn in _load()["recording"] and target is not None:
                self.node.add_metadata(CONSTRUCT_TYPE, props_metadata(target, kwargs))

    return __init__


def _jsii_class(t: type) -> type | None:
    """The class whose fqn aws-cdk-lib reports: the most derived one of pycdk's (a user's subclass reports its base)."""
    for k in t.__mro__:
        if k.__module__.startswith(("l2.", "patterns.")):
            return k
    return None


def _enabled(construct: Any) -> bool:
    """The flag at ``construct``, read once per parent scope (a scope's context is fixed once it has children)."""
    parent = construct.node.scope
    cache = getattr(parent, "__dict__", None)
    if cache is None:
        return _read(construct)
    found = cache.get("_pycdk_analytics_flag")
    if found is None:
        found = cache["_pycdk_analytics_flag"] = _read(construct)
    return bool(found)


def _read(scope: Any) -> bool:
    from constructs import FeatureFlags

    return bool(FeatureFlags.of(scope).is_enabled(FLAG))
