"""Asset source hashes and staging copies, as aws-cdk-lib computes and makes them (``fs/fingerprint``, ``fs/copy``).

The hash is a SHA-256 over framed fields ``\\x01 name \\x02 value \\x03``: the options (extra hash, symlink mode,
ignore mode when not glob), then one field per entry in walk order — ``file:<relative posix path>`` with the
content fingerprint ``<size>:<sha256>``, or ``link:<relative path>`` with the link's target for a link that is
kept as a link. Files are read in 8 KiB chunks (memory stays flat for large assets); text files (no NUL byte in
the first chunk) are hashed as aws-cdk-lib hashes them: each chunk decoded as UTF-8, CRLF turned into LF.

Symbolic links follow ``SymlinkFollowMode``: NEVER keeps every link as a link, ALWAYS follows every link,
EXTERNAL (the default) follows links leaving the asset folder and keeps the others, BLOCK_EXTERNAL follows links
inside the folder and refuses those leaving it. pycdk is stricter than aws-cdk-lib in two places: a link it would
follow whose target does not exist, and a followed link leading back into a folder it is inside of (a loop), are
errors (aws-cdk-lib keeps the first as a link and silently skips the second).
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Sequence
from typing import Any

from .ignore_rules import AssetFileError, IgnoreRules, ignore_rules

__all__ = ["AssetFileError", "check_copyable", "content_fingerprint", "copy_directory", "fingerprint"]

BUFFER = 8 * 1024
ALWAYS_EXCLUDED = (".is_custom_resource",)

NEVER = "never"
ALWAYS = "always"
EXTERNAL = "external"
BLOCK_EXTERNAL = "internal-only"
FOLLOW_MODES = (NEVER, ALWAYS, EXTERNAL, BLOCK_EXTERNAL)


def content_fingerprint(path: str) -> str:
    """``<size>:<sha256hex>`` of a file, read in chunks, text normalised as aws-cdk-lib normalises it."""
    h = hashlib.sha256()
    size = 0
    binary = False
    pending = ""  # decoded text ending with CR, held until the next chunk (aws-cdk-lib: ``lastStr``)
    with open(path, "rb") as f:
        while True:
            chunk = f.read(BUFFER)
            if not chunk:
                break
            if size == 0:
                binary = b"\x00" in chunk
            if binary:
                size += len(chunk)
                h.update(chunk)
                continue
            text = chunk.decode("utf-8", "replace")
            if text.endswith("\r"):
                pending += text
                continue
            data = (pending + text).replace("\r\n", "\n").encode("utf-8")
            pending = ""
            size += len(data)
            h.update(data)
    if pending:
        # aws-cdk-lib hashes a trailing CR run as it is, without counting it in the size
        h.update(pending.encode("utf-8"))
    return f"{size}:{h.hexdigest()}"


def _field(h: Any, name: str, value: str) -> None:
    h.update(b"\x01" + name.encode("utf-8") + b"\x02" + value.encode("utf-8") + b"\x03")


def _real_or_self(path: str) -> str:
    try:
        return os.path.realpath(path, strict=True)
    except OSError:
        return path


def _is_internal(root: str, target: str) -> bool:
    return target == root or target.startswith(root + os.sep)


def _code_unit_key(name: str) -> bytes:
    return name.encode("utf-16-be", "surrogatepass")


class _Visitor:
    """Callbacks of a walk: files (symbolic and real path), links kept as links, directories."""

    def __init__(
        self,
        on_file: Callable[[str, str], None],
        on_link: Callable[[str, str, str, str, bool], None],
        on_directory: Callable[[str, bool], None] | None = None,
    ) -> None:
        self.on_file = on_file
        self.on_link = on_link
        self.on_directory = on_directory


def walk_directory(directory: str, follow: str, rules: IgnoreRules, visitor: _Visitor, *, root: str | None = None) -> None:
    """Visit a folder as aws-cdk-lib's ``walkDirectory`` does (names in UTF-16 code-unit order, links per mode).

    Relative paths given to ``rules`` and ``visitor`` are ``/``-separated, relative to ``directory``.
    """
    canonical_root = _real_or_self(root if root is not None else directory)
    ancestors: list[str] = []

    def should_follow(internal: bool) -> bool:
        if follow == ALWAYS:
            return True
        if follow == EXTERNAL:
            return not internal
        if follow == BLOCK_EXTERNAL:
            return internal
        return False

    def walk(rel_dir: str, real_dir: str, canonical: str) -> None:
        ancestors.append(canonical)
        try:
            with os.scandir(real_dir) as it:
                entries = sorted(it, key=lambda e: _code_unit_key(e.name))
        except OSError as e:
            raise AssetFileError(f"Cannot read asset folder {real_dir}: {e.strerror}") from None
        for entry in entries:
            rel = f"{rel_dir}{entry.name}"
            real = os.path.join(real_dir, entry.name)
            if entry.name in ALWAYS_EXCLUDED:
                continue
            if entry.is_symlink():
                visit_link(rel, real)
            elif entry.is_dir(follow_symlinks=False):
                visit_directory(rel, real, os.path.join(canonical, entry.name))
            elif entry.is_file(follow_symlinks=False):
                if not rules.ignores(rel):
                    visitor.on_file(rel, real)
        ancestors.pop()

    def visit_directory(rel: str, real: str, canonical: str) -> None:
        if rules.completely_ignores(rel):
            return
        if visitor.on_directory is not None:
            visitor.on_directory(rel, rules.ignores(rel))
        walk(rel + "/", real, canonical)

    def visit_link(rel: str, real: str) -> None:
        link_target = os.readlink(real)
        resolved = link_target if os.path.isabs(link_target) else os.path.join(os.path.dirname(real), link_target)
        resolved = os.path.normpath(resolved)
        # canonical: the folder holding the target resolved, the target's own name kept
        resolved = os.path.join(_real_or_self(os.path.dirname(resolved)), os.path.basename(resolved))
        internal = _is_internal(canonical_root, resolved)
        if not should_follow(internal):
            if not rules.ignores(rel):
                visitor.on_link(rel, real, link_target, resolved, internal)
            return
        try:
            st = os.stat(resolved)
        except OSError:
            if rules.ignores(rel):
                return
            raise AssetFileError(
                f"Symbolic link {rel} in asset {directory} points to {link_target}, which does not exist "
                f"(follow mode {follow} would follow it): fix or remove the link, or use follow mode NEVER"
            ) from None
        if stat.S_ISDIR(st.st_mode):
            canonical = _real_or_self(resolved)
            if canonical in ancestors:
                if rules.completely_ignores(rel):
                    return
                raise AssetFileError(
                    f"Symbolic link loop in asset {directory}: {rel} points to {link_target}, a folder that "
                    f"contains the link (follow mode {follow}); remove the link or use follow mode NEVER"
                )
            visit_directory(rel, resolved, canonical)
        elif stat.S_ISREG(st.st_mode):
            if not rules.ignores(rel):
                visitor.on_file(rel, resolved)
        elif not rules.ignores(rel):
            raise AssetFileError(f"Unable to hash {rel} in asset {directory}: it is neither a file nor a directory")

    walk("", directory, _real_or_self(directory))


def _block_external_error(resolved: str) -> AssetFileError:
    return AssetFileError(
        f"The file {resolved} is an external symbolic link which is forbidden due to follow mode internal-only. "
        "Set `follow` to a mode that will follow symlinks (ALWAYS or EXTERNAL) or emit a regular file"
    )


def fingerprint(
    path: str,
    *,
    extra_hash: str | None = None,
    exclude: Sequence[str] | None = None,
    follow: str = EXTERNAL,
    ignore_mode: str | None = None,
    refuse_blocked_links: bool = True,
) -> str:
    """The SOURCE asset hash of a file or directory.

    Raises ``AssetFileError`` for dangling followed links and link loops, and (unless ``refuse_blocked_links``
    is false) for a folder aws-cdk-lib would refuse to stage: an external link under BLOCK_EXTERNAL.
    """
    h = hashlib.sha256()
    _field(h, "options.extra", extra_hash or "")
    _field(h, "options.follow", follow)
    root = os.path.realpath(path)
    if ignore_mode and ignore_mode != "glob":
        _field(h, "options.ignoreMode", ignore_mode)
    if not os.path.isdir(root):
        _field(h, "file:", content_fingerprint(root))
        return h.hexdigest()
    rules = ignore_rules(exclude, ignore_mode)

    def on_file(rel: str, real: str) -> None:
        _field(h, f"file:{rel}", content_fingerprint(real))

    def on_link(rel: str, real: str, link_target: str, resolved: str, internal: bool) -> None:
        if refuse_blocked_links and follow == BLOCK_EXTERNAL and not internal:
            raise _block_external_error(resolved)
        if internal and os.path.isabs(link_target):
            value = os.path.relpath(resolved, root).replace(os.sep, "/")
        else:
            value = link_target
        _field(h, f"link:{rel}", value)

    walk_directory(root, follow, rules, _Visitor(on_file, on_link))
    return h.hexdigest()


def copy_directory(
    source: str,
    target: str,
    *,
    exclude: Sequence[str] | None = None,
    follow: str = EXTERNAL,
    ignore_mode: str | None = None,
) -> None:
    """Copy an asset folder into the assembly as aws-cdk-lib's ``copyDirectory`` does.

    Excluded entries are left out, links are copied or followed per ``follow`` (a link kept as a link and
    pointing inside the folder is rewritten to point inside the copy), file modes (the exec bit) are kept.
    """
    import shutil

    rules = ignore_rules(exclude, ignore_mode)
    canonical_source = os.path.realpath(source)
    os.makedirs(target, exist_ok=True)

    def destination(rel: str) -> str:
        return os.path.join(target, *rel.split("/"))

    def on_directory(rel: str, ignored: bool) -> None:
        if not ignored:
            os.makedirs(destination(rel), exist_ok=True)

    def on_file(rel: str, real: str) -> None:
        dest = destination(rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(real, dest)
        shutil.copymode(real, dest)

    def on_link(rel: str, real: str, link_target: str, resolved: str, internal: bool) -> None:
        if follow == BLOCK_EXTERNAL and not internal:
            raise _block_external_error(resolved)
        dest = destination(rel)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        text = link_target
        if _is_internal(canonical_source, resolved):
            copied = os.path.join(target, os.path.relpath(resolved, canonical_source))
            text = os.path.relpath(copied, os.path.dirname(dest)) or "."
        os.symlink(text, dest)

    walk_directory(source, follow, rules, _Visitor(on_file, on_link, on_directory))


def copy_file(source: str, target: str) -> None:
    """Copy a single-file asset, keeping its mode (the exec bit)."""
    import shutil

    shutil.copyfile(source, target)
    shutil.copymode(source, target)


def stage_all(registry: dict[str, Any], directory: str) -> None:
    """Copy every registered asset (``staged name -> (source, exclude, follow, ignore mode)``) into ``directory``."""
    for staged_name, entry in registry.items():
        source, exclude, follow, ignore_mode = entry
        target = os.path.join(directory, staged_name)
        if os.path.lexists(target):
            continue
        if os.path.isdir(source):
            copy_directory(source, target, exclude=exclude, follow=follow, ignore_mode=ignore_mode)
        else:
            copy_file(source, target)


def check_copyable(
    path: str, *, exclude: Sequence[str] | None = None, follow: str = EXTERNAL, ignore_mode: str | None = None
) -> None:
    """Walk a folder as the copy will, raising ``AssetFileError`` for what the copy would refuse."""
    if not os.path.isdir(path):
        return

    def on_link(rel: str, real: str, link_target: str, resolved: str, internal: bool) -> None:
        if follow == BLOCK_EXTERNAL and not internal:
            raise _block_external_error(resolved)

    walk_directory(path, follow, ignore_rules(exclude, ignore_mode), _Visitor(lambda rel, real: None, on_link))
