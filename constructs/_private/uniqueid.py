"""Logical IDs from construct paths: aws-cdk-lib's ``makeUniqueId`` algorithm.

1. Drop every ``Default`` component (nothing left is an error).
2. A single remaining component: strip non-alphanumerics; if at most 255 characters, that is the id.
3. Otherwise: the 8 first hex digits (upper-cased) of MD5 over the components joined by ``/``; the human part
   skips a component that the previous kept component ends with, drops ``Resource`` components, strips
   non-alphanumerics and is cut to 240 characters.
"""

from __future__ import annotations

import hashlib
import re
import warnings

from .._errors import ValidationError

HIDDEN_ID = "Default"
HIDDEN_FROM_HUMAN_ID = "Resource"
PATH_SEP = "/"
HASH_LEN = 8
MAX_HUMAN_LEN = 240
MAX_ID_LEN = 255
_NON_ALNUM = re.compile(r"[^A-Za-z0-9]")
_VALID_LOGICAL_ID = re.compile(r"^[A-Za-z0-9]{1,255}$")


def path_hash(components: list[str]) -> str:
    """The upper-cased first 8 hex digits of the MD5 of the components joined by ``/``."""
    return hashlib.md5(PATH_SEP.join(components).encode("utf-8")).hexdigest()[:HASH_LEN].upper()


def remove_non_alphanumeric(s: str) -> str:
    """Strip every character outside ``[A-Za-z0-9]``."""
    if s.isascii() and s.isalnum():
        return s
    return _NON_ALNUM.sub("", s)


def _human_part(components: list[str]) -> str:
    parts: list[str] = []
    last = ""
    for c in components:
        if last and last.endswith(c):
            continue  # a component the previous kept one ends with is dropped (also from the comparison chain)
        last = c
        if c != HIDDEN_FROM_HUMAN_ID:
            parts.append(c if c.isascii() and c.isalnum() else _NON_ALNUM.sub("", c))
    return "".join(parts)[:MAX_HUMAN_LEN]


def make_unique_id(components: list[str]) -> str:
    """The logical id for a path below a stack (see the module docstring)."""
    comps = [c for c in components if c != HIDDEN_ID] if HIDDEN_ID in components else components
    if not comps:
        raise ValidationError(
            "UnableToCalculateUniqueId: Unable to calculate a unique id for an empty set of components"
        )
    joined = PATH_SEP.join(comps)
    if "{Token[" in joined:
        raise ValidationError(f"ID components may not include unresolved tokens: {joined}")
    if len(comps) == 1:
        candidate = remove_non_alphanumeric(comps[0])
        if len(candidate) <= MAX_ID_LEN:
            return candidate
    digest = hashlib.md5(joined.encode("utf-8")).hexdigest()[:HASH_LEN].upper()
    return _human_part(comps) + digest


def _not_allowed_pattern(allowed_special_characters: str) -> re.Pattern[str]:
    """The characters to drop, as aws-cdk-lib computes them.

    aws-cdk-lib puts the allowed characters into a regular-expression character class as they are, unescaped:
    ``".-_"`` is the range from ``.`` to ``_`` (digits, ``:``, ``@``, capitals, ``[``, ``_`` …) and a hyphen
    between two characters is never itself allowed. Python's character classes read plain characters and
    ranges the same way; a set Python cannot compile falls back to the characters taken literally.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "possible nested set" for a '[' in the set
            return re.compile(f"[^A-Za-z0-9{allowed_special_characters}]")
    except re.error:
        return re.compile(f"[^A-Za-z0-9{re.escape(allowed_special_characters)}]")


def make_unique_resource_name(
    components: list[str], *, max_length: int = 256, separator: str = "", allowed_special_characters: str = "",
    prefix: str = "",
) -> str:
    """``Names.unique_resource_name``: a single short component as is, else human parts + separator + hash."""
    comps = [c for c in components if c != HIDDEN_ID]
    if not comps:
        raise ValidationError("Unable to calculate a unique resource name for an empty set of components")
    not_allowed = _not_allowed_pattern(allowed_special_characters)
    if len(comps) == 1:
        top = prefix + not_allowed.sub("", comps[0])
        if len(top) <= max_length:
            return top
    h = path_hash(comps)
    kept: list[str] = []
    for c in comps:
        if kept and kept[-1].endswith(c):
            continue
        kept.append(c)
    parts = [not_allowed.sub("", c) for c in kept if c != HIDDEN_FROM_HUMAN_ID]
    human = prefix + separator.join(p for p in parts if p) + separator
    max_human = max_length - HASH_LEN
    if len(human) > max_human:
        half = int(max_human / 2)
        human = human[:half] + (human[-half:] if half else "")
    return human + h


def validate_logical_id(logical_id: str) -> None:
    """Raise unless ``logical_id`` matches ``^[A-Za-z0-9]{1,255}$``."""
    if not _VALID_LOGICAL_ID.match(logical_id):
        raise ValidationError(
            "LogicalAdhereRegularExpression: Logical ID must adhere to the regular expression: "
            f"/^[A-Za-z0-9]{{1,255}}$/, got '{logical_id}'"
        )
