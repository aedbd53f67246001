"""Asset source hashes, computed as aws-cdk-lib computes them (``fs/fingerprint``).

The hash is a SHA-256 over framed fields ``\\x01 name \\x02 value \\x03``: the options (extra hash, symlink mode,
ignore mode when not glob), then one field per file — ``file:<relative posix path>`` with the content
fingerprint ``<size>:<sha256>``. Text files (no NUL byte in the first 8 KiB) are hashed with CRLF turned into LF.
Files are visited recursively in code-unit order of their names; directories add nothing by themselves.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
from collections.abc import Sequence

BUFFER = 8 * 1024
ALWAYS_EXCLUDED = (".is_custom_resource",)


def content_fingerprint(path: str) -> str:
    """``<size>:<sha256hex>`` of a file (CRLF normalised for text files)."""
    with open(path, "rb") as f:
        data = f.read()
    if b"\x00" not in data[:BUFFER]:
        data = data.replace(b"\r\n", b"\n")
    return f"{len(data)}:{hashlib.sha256(data).hexdigest()}"


def _field(h: hashlib._Hash, name: str, value: str) -> None:  # type: ignore[name-defined]
    h.update(b"\x01" + name.encode("utf-8") + b"\x02" + value.encode("utf-8") + b"\x03")


def _excluded(rel: str, patterns: Sequence[str]) -> bool:
    base = rel.rsplit("/", 1)[-1]
    if base in ALWAYS_EXCLUDED:
        return True
    excluded = False
    for pat in patterns:
        negate = pat.startswith("!")
        p = pat[1:] if negate else pat
        p = p.rstrip("/")
        hit = fnmatch.fnmatchcase(rel, p) or fnmatch.fnmatchcase(base, p) or fnmatch.fnmatchcase(rel, f"{p}/*") or (
            rel.startswith(p + "/")
        )
        if hit:
            excluded = not negate
    return excluded


def fingerprint(
    path: str,
    *,
    extra_hash: str | None = None,
    exclude: Sequence[str] | None = None,
    follow: str = "external",
    ignore_mode: str | None = None,
) -> str:
    """The SOURCE asset hash of a file or directory."""
    h = hashlib.sha256()
    _field(h, "options.extra", extra_hash or "")
    _field(h, "options.follow", follow)
    if ignore_mode and ignore_mode != "glob":
        _field(h, "options.ignoreMode", ignore_mode)
    patterns = list(exclude or [])
    if os.path.isfile(path):
        _field(h, "file:", content_fingerprint(path))
        return h.hexdigest()
    root = os.path.abspath(path)

    def walk(directory: str, rel_prefix: str) -> None:
        for name in sorted(os.listdir(directory), key=lambda n: n.encode("utf-16-be")):
            full = os.path.join(directory, name)
            rel = f"{rel_prefix}{name}"
            if _excluded(rel, patterns):
                continue
            if os.path.islink(full):
                target = os.readlink(full)
                resolved = os.path.realpath(full)
                inside = resolved.startswith(root + os.sep)
                if follow == "never" or (follow in ("external", "block-external") and inside):
                    _field(h, f"link:{rel}", target)
                    continue
                full = resolved
            if os.path.isdir(full):
                walk(full, rel + "/")
            elif os.path.isfile(full):
                _field(h, f"file:{rel}", content_fingerprint(full))

    walk(root, "")
    return h.hexdigest()
