"""The short hashes aws-cdk-lib's AppConfig constructs put in construct ids (``private/hash.ts``)."""

from __future__ import annotations

import hashlib
import json


def get_hash(text: str) -> str:
    """The first five hex digits, upper case, of the SHA-256 of ``text``."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:5].upper()


def stringify_objects(*objects: object) -> str:
    """``JSON.stringify(Object.assign({}, ...objects))`` as JavaScript computes it.

    ``Object.assign`` copies a string's characters under their indices (a later string overwrites the
    earlier one's characters at the same index) and ignores numbers, so only strings contribute.
    """
    merged: dict[int, str] = {}
    for obj in objects:
        if isinstance(obj, str):
            for index, char in enumerate(obj):
                merged[index] = char
    return json.dumps({str(k): merged[k] for k in sorted(merged)}, ensure_ascii=False, separators=(",", ":"))
