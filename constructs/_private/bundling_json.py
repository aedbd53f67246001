"""The JSON text aws-cdk-lib hashes for bundling options (``JSON.stringify`` of the jsii struct)."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

# enum members whose JavaScript value differs from the Python (jsii) one
_JS_VALUES = {
    "BundlingOutput": {"ARCHIVED": "archived", "NOT_ARCHIVED": "not-archived", "AUTO_DISCOVER": "auto-discover",
                       "SINGLE_FILE": "single-file"},
    "DockerVolumeConsistency": {"CONSISTENT": "consistent", "DELEGATED": "delegated", "CACHED": "cached"},
    "SymlinkFollowMode": {"NEVER": "never", "ALWAYS": "always", "EXTERNAL": "external",
                          "BLOCK_EXTERNAL": "internal-only"},
    "IgnoreMode": {"GLOB": "glob", "GIT": "git", "DOCKER": "docker"},
}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def _sanitize(key: str, value: Any) -> Any:
    if key in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL") and isinstance(value, str):
        parts = urlsplit(value)
        if parts.password:
            # the WHATWG URL serializer drops an empty password with its colon
            netloc = parts.netloc.replace(f":{parts.password}@", "@", 1)
            return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return value


def js_value(value: Any, key: str = "") -> Any:
    """``value`` as the JavaScript side of jsii sees it (struct keys camelCased, enums by their JS value)."""
    value = _sanitize(key, value)
    if isinstance(value, enum.Enum):
        return _JS_VALUES.get(type(value).__name__, {}).get(value.name, value.value)
    to_json = getattr(value, "to_json", None)
    if callable(to_json) and type(value).__name__ == "DockerImage":
        return to_json()
    fields = getattr(type(value), "__struct_fields__", None)
    if fields is not None:
        return {
            _camel(f.name): js_value(getattr(value, f.name), _camel(f.name))
            for f in fields
            if getattr(value, f.name) is not None
        }
    if isinstance(value, Mapping):
        return {k: js_value(v, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [js_value(v) for v in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return {}  # an object implemented in Python (a local bundler): no enumerable JavaScript properties


def bundling_json(options: Any) -> str:
    """``JSON.stringify(options)`` as aws-cdk-lib computes it."""
    return json.dumps(js_value(options), separators=(",", ":"), ensure_ascii=False)
