"""Hashes and input checks shared by the Service Catalog constructs (aws-cdk-lib's ``private/util.ts`` and
``private/validation.ts``: the same construct ids and the same messages)."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from constructs import Token, UnscopedValidationError


def hash_values(*values: str) -> str:
    """The first 12 hex digits of the SHA-256 of the values, concatenated."""
    h = hashlib.sha256()
    for v in values:
        h.update(v.encode("utf-8"))
    return h.hexdigest()[:12]


def _truncate(value: str, max_length: int) -> str:
    return value[:max_length] + "[truncated]" if len(value) > max_length else value


def validate_length(resource: str, input_name: str, low: int, high: int, value: str | None) -> None:
    """Raise when a (resolved) value's length is outside ``low``..``high``."""
    if value is None or Token.is_unresolved(value):
        return
    if len(value) < low or len(value) > high:
        raise UnscopedValidationError(
            f"Invalid {input_name} for resource {resource}, must have length between {low} and {high}, got: "
            f"'{_truncate(value, 100)}'")


def validate_regex(resource: str, input_name: str, regexp: re.Pattern[str], shown: str, value: str | None) -> None:
    """Raise when a (resolved) value does not match ``regexp`` (``shown`` is how aws-cdk-lib prints it)."""
    if value is None or Token.is_unresolved(value):
        return
    if not regexp.search(value):
        raise UnscopedValidationError(
            f"Invalid {input_name} for resource {resource}, must match regex pattern {shown}, got: "
            f"'{_truncate(value, 100)}'")


_URL = re.compile(r"^https?://.*")
_EMAIL = re.compile(r"^[\w\d.%+\-]+@[a-z\d.\-]+\.[a-z]{2,4}$", re.IGNORECASE)


def validate_url(resource: str, input_name: str, value: str | None) -> None:
    validate_regex(resource, input_name, _URL, r"/^https?:\/\/.*/", value)


def validate_email(resource: str, input_name: str, value: str | None) -> None:
    validate_regex(resource, input_name, _EMAIL, r"/^[\w\d.%+\-]+@[a-z\d.\-]+\.[a-z]{2,4}$/i", value)


def validate_role_name_set_for_local_launch_role(role: Any) -> None:
    child = role.node.default_child
    name = getattr(child, "role_name", None) if child is not None else ""
    # an unnamed role's CfnRole has no role name (aws-cdk-lib: an unresolved physical-name token)
    if child is not None and (name is None or Token.is_unresolved(name)):
        raise UnscopedValidationError(f"Role {role.node.id} used for Local Launch Role must have roleName explicitly set")
