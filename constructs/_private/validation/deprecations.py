"""Deprecated APIs: warn as aws-cdk-lib (through jsii) does when one is used, or fail in strict mode.

aws-cdk-lib's Python package warns on stderr the first time a deprecated API is used in a process::

    [WARNING] aws-cdk-lib.aws_dynamodb.TableOptions#pointInTimeRecovery is deprecated, and will be removed in the
    next major release.
      use `pointInTimeRecoverySpecification` instead

``JSII_DEPRECATED=fail`` turns the warning into an error (here ``DeprecationError``), ``JSII_DEPRECATED=quiet``
silences it. ``deprecated(api, message)`` does that for one API; ``check_deprecated_props(struct, values)`` for
the deprecated properties of a props struct (``deprecated_props.DEPRECATED_PROPS``, generated from aws-cdk-lib),
e.g. in a construct's ``__init__``: ``check_deprecated_props("aws_dynamodb.TableProps", locals())``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import Any

from ..._errors import PycdkError
from .deprecated_props import DEPRECATED_PROPS, NESTED

_WARNED: set[str] = set()


class DeprecationError(PycdkError, RuntimeError):
    """A deprecated API was used while ``JSII_DEPRECATED=fail``."""


def deprecation_text(api: str, message: str) -> str:
    """jsii's text for a deprecated API: ``<api> is deprecated, and will be removed ...\\n  <message>``."""
    return f"{api} is deprecated, and will be removed in the next major release.\n  {message.strip()}"


def deprecated(api: str, message: str, *, method: bool = False) -> None:
    """Report a use of the deprecated ``api`` (jsii's name, e.g. ``aws-cdk-lib.aws_lambda.FunctionOptions#logRetention``).

    ``method``: the use is a call of a method or static method, whose error jsii's Python runtime prefixes with
    ``DeprecationError: `` (a constructor's it does not).

    Raises:
        DeprecationError: ``JSII_DEPRECATED`` is ``fail``.
    """
    mode = os.environ.get("JSII_DEPRECATED")
    if mode == "fail":
        raise DeprecationError(("DeprecationError: " if method else "") + deprecation_text(api, message))
    if mode == "quiet" or api in _WARNED:
        return
    _WARNED.add(api)
    print("[WARNING]", deprecation_text(api, message), file=sys.stderr)


def check_deprecated_props(struct: str, values: Mapping[str, Any], *, method: bool = False) -> None:
    """Report each deprecated property of ``struct`` (``aws_<service>.<Struct>``) given a value in ``values``
    (keyword arguments by name; None means not given), and, as jsii, those of the structs given in its
    struct-typed fields (``deprecated_props.NESTED``: e.g. a ``TableV2`` replica's ``point_in_time_recovery``);
    ``method`` as for ``deprecated``.

    Raises:
        DeprecationError: one is given and ``JSII_DEPRECATED`` is ``fail``.
    """
    _check(struct, values.get, method)


def _check(struct: str, get: Any, method: bool) -> None:
    # as jsii's validators: the struct-typed fields first (their structs' deprecated properties), then its own
    for field, kind, target in NESTED.get(struct, ()):
        value = get(field)
        if value is None:
            continue
        items = value.values() if kind == "map" else (value if kind == "list" else (value,))
        for item in items:
            if item is not None:
                _check(target, _reader(item), method)
    props = DEPRECATED_PROPS.get(struct)
    if props is None:
        return
    for name, (api, message) in props.items():
        if get(name) is not None:
            deprecated(api, message, method=method)


def _reader(item: Any) -> Any:
    """``field -> value`` of a struct given as a struct object or a mapping."""
    if isinstance(item, Mapping):
        return item.get
    return lambda name: getattr(item, name, None)
