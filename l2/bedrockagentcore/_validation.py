"""Field checks shared by the AgentCore constructs (messages as aws-cdk-lib words them)."""

from __future__ import annotations

import re

from constructs import Token


def length_errors(value: str | None, field_name: str, min_length: int, max_length: int) -> list[str]:
    """The length errors of ``value`` (none for ``None`` or a token)."""
    if value is None or Token.is_unresolved(value):
        return []
    errors = []
    if len(value) > max_length:
        errors.append(f"The field {field_name} is {len(value)} characters long but must be less than or equal to "
                      f"{max_length} characters")
    if len(value) < min_length:
        errors.append(f"The field {field_name} is {len(value)} characters long but must be at least "
                      f"{min_length} characters")
    return errors


def pattern_errors(value: str | None, field_name: str, pattern: str, message: str | None = None) -> list[str]:
    """The error when ``value`` does not match ``pattern`` (none for ``None`` or a token)."""
    if value is None or Token.is_unresolved(value):
        return []
    if re.search(pattern, value) is None:
        return [message if message is not None
                else f"The field {field_name} with value \"{value}\" does not match the required pattern /{pattern}/"]
    return []


TAG_PATTERN = r"^[a-zA-Z0-9\s._:/=+@-]*$"


def tag_errors(tags: dict[str, str]) -> tuple[str, str] | None:
    """The first tag problem as ``(kind, message)``, or ``None``."""
    for key, value in tags.items():
        if Token.is_unresolved(key) or Token.is_unresolved(value):
            continue
        key_errors = length_errors(key, f'Tag key "{key}"', 1, 256)
        if key.lower().startswith("aws:"):
            return "key", f'Tag key "{key}" cannot start with "aws:" as this prefix is reserved by AWS'
        key_errors += pattern_errors(
            key, f'Tag key "{key}"', TAG_PATTERN,
            f'Tag key "{key}" can only contain letters (a-z, A-Z), numbers (0-9), spaces, and special characters '
            "(._:/=+@-)")
        if key_errors:
            return "key", "\n".join(key_errors)
        value_errors = length_errors(value, f'Tag value for key "{key}"', 0, 256) + pattern_errors(
            value, f'Tag value for key "{key}"', TAG_PATTERN,
            f'Tag value for key "{key}" can only contain letters (a-z, A-Z), numbers (0-9), spaces, and special '
            "characters (._:/=+@-)")
        if value_errors:
            return "value", "\n".join(value_errors)
    return None
