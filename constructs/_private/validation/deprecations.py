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
from .deprecated_props import CHECKS, DEPRECATED_PROPS, ENUMS

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
    struct- and enum-typed fields (``deprecated_props.CHECKS``: e.g. a ``TableV2`` replica's
    ``point_in_time_recovery``, a subnet configuration's ``SubnetType.PRIVATE_WITH_NAT``);
    ``method`` as for ``deprecated``.

    Raises:
        DeprecationError: one is given and ``JSII_DEPRECATED`` is ``fail``.
    """
    _check(struct, values.get, method)


def _check(struct: str, get: Any, method: bool) -> None:
    # as jsii's validator of the struct: its deprecated properties and the structs and enum values in its fields
    props = DEPRECATED_PROPS.get(struct, {})
    for kind, field, target in CHECKS.get(struct, ()):
        value = get(field)
        if value is None:
            continue
        if kind == "prop" or target is None:
            if field in props:
                deprecated(*props[field], method=method)
            continue
        items = value.values() if kind == "map" else (value if kind == "list" else (value,))
        for item in items:
            if item is None:
                continue
            if target in ENUMS:
                _check_enum(ENUMS[target], item, method)
            else:
                _check(target, _reader(item), method)


def _check_enum(entry: tuple[tuple[str, str] | None, dict[str, tuple[str, str]]], value: Any, method: bool) -> None:
    whole, members = entry
    if whole is not None:
        deprecated(*whole, method=method)
    member = members.get(getattr(value, "value", value))
    if member is not None:
        deprecated(*member, method=method)


def _reader(item: Any) -> Any:
    """``field -> value`` of a struct given as a struct object or a mapping."""
    if isinstance(item, Mapping):
        return item.get
    return lambda name: getattr(item, name, None)
