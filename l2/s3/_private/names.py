"""Bucket name rules (checked for literal names only)."""

from __future__ import annotations

import re

from constructs import Construct, Token, ValidationError

# Patterns, compiled (and cached by ``re``) when a literal name is first checked: most apps name no bucket.
_ILLEGAL = r"[^a-z0-9.-]"
_ILLEGAL_LEGACY = r"[^A-Za-z0-9._-]"
_EDGE = r"[a-z0-9]"
_EDGE_LEGACY = r"[A-Za-z0-9]"
_CONSECUTIVE = r"\.-|-\.|\.\."
_IP_ADDRESS = r"^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$"


def bucket_name_errors(name: str | None, allow_legacy: bool = False) -> list[str]:
    """Every rule a literal bucket name breaks (empty for ``None`` and tokens)."""
    if not name or Token.is_unresolved(name):
        return []
    errors: list[str] = []
    if len(name) < 3 or len(name) > 63:
        errors.append("Bucket name must be at least 3 and no more than 63 characters")
    illegal = re.search(_ILLEGAL_LEGACY if allow_legacy else _ILLEGAL, name)
    if illegal:
        errors.append(
            "Bucket name must only contain uppercase or lowercase characters and the symbols, period (.), "
            "underscore (_), and dash (-)"
            if allow_legacy
            else "Bucket name must only contain lowercase characters and the symbols, period (.) and dash (-) "
            f"(offset: {illegal.start()})"
        )
    edge = _EDGE_LEGACY if allow_legacy else _EDGE
    if not re.fullmatch(edge, name[0]):
        errors.append(
            "Bucket name must start with an uppercase, lowercase character or number"
            if allow_legacy
            else "Bucket name must start with a lowercase character or number (offset: 0)"
        )
    if not re.fullmatch(edge, name[-1]):
        errors.append(
            "Bucket name must end with an uppercase, lowercase character or number"
            if allow_legacy
            else f"Bucket name must end with a lowercase character or number (offset: {len(name) - 1})"
        )
    consecutive = re.search(_CONSECUTIVE, name)
    if consecutive:
        errors.append(
            "Bucket name must not have dash next to period, or period next to dash, or consecutive periods "
            f"(offset: {consecutive.start()})"
        )
    if re.match(_IP_ADDRESS, name):
        errors.append("Bucket name must not resemble an IP address")
    return errors


_PREFIX_MAX_LENGTH = 37


def validate_bucket_name_prefix(scope: Construct, prefix: str | None) -> None:
    """Raise if a literal ``bucket_name_prefix`` breaks a rule (every broken rule is listed)."""
    if not prefix or Token.is_unresolved(prefix):
        return
    errors = []
    if len(prefix) > _PREFIX_MAX_LENGTH:
        errors.append(f"Bucket name prefix must be {_PREFIX_MAX_LENGTH} characters or fewer")
    if not re.match(r"[a-z0-9]", prefix):
        errors.append("Bucket name prefix must start with a lowercase letter or number")
    if not re.search(r"[a-z0-9]$", prefix):
        errors.append("Bucket name prefix must end with a lowercase letter or number")
    if re.search(r"[^a-z0-9-]", prefix):
        errors.append("Bucket name prefix must only contain lowercase letters, numbers, and hyphens")
    if errors:
        raise ValidationError(f"Invalid S3 bucket name prefix (value: {prefix})\n" + "\n".join(errors), scope)


def validate_bucket_name(scope: Construct, name: str | None, allow_legacy: bool = False) -> None:
    """Raise if a literal bucket name breaks a rule (every broken rule is listed)."""
    errors = bucket_name_errors(name, allow_legacy)
    if errors:
        raise ValidationError(f"Invalid S3 bucket name (value: {name})\n" + "\n".join(errors), scope)
