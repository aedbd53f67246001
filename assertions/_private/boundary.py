"""Values crossing between the user's Python and the matching engine, as jsii carries them for aws-cdk-lib.

In aws-cdk-lib's Python binding every value passed to the assertions library goes through jsii, which turns
``None`` into JavaScript ``undefined``: a dict key whose value is ``None`` disappears and a ``None`` list
element is a missing value. So ``{"Foo": None}`` in a pattern does not constrain ``Foo`` and
``Match.absent().test(None)`` succeeds. :func:`from_python` applies that conversion at the public entry
points (patterns, ``Template.from_json``, ``Matcher.test``); values that never left the engine, such as a
``null`` parsed by ``Template.from_string``, stay ``None`` (JavaScript ``null``). :func:`to_python` converts
results back (a missing value becomes ``None``).
"""

from __future__ import annotations

from typing import Any

from .._matcher import Matcher
from .js import UNDEFINED


def from_python(value: Any) -> Any:
    """A user-supplied value as the engine sees it: ``None`` is undefined, ``None``-valued keys are dropped."""
    if value is None:
        return UNDEFINED
    if isinstance(value, Matcher):
        return value
    if isinstance(value, dict):
        return {k: from_python(v) for k, v in value.items() if v is not None}
    if isinstance(value, (list, tuple)):
        return [from_python(v) for v in value]
    return value


def to_python(value: Any) -> Any:
    """An engine value handed back to the user: undefined becomes ``None`` (dropped as a dict value)."""
    if value is UNDEFINED:
        return None
    if isinstance(value, dict):
        return {k: to_python(v) for k, v in value.items() if v is not UNDEFINED}
    if isinstance(value, list):
        return [to_python(v) for v in value]
    return value
