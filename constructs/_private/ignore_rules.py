"""Asset ``exclude`` patterns read as aws-cdk-lib reads them, one reader per ``IgnoreMode``.

- GLOB: each pattern is a minimatch glob (``matchBase``: a pattern without ``/`` matches the base name; ``*`` and
  ``**`` skip dot files; braces and extended globs); a ``!`` pattern re-includes; the last matching pattern wins.
  Matched with ``wcmatch``, which implements the same glob dialect.
- GIT: ``.gitignore`` rules (anchoring ``/``, directory-only ``dir/``, ``**``, ``!``), matched with ``pathspec``'s
  ``GitIgnoreSpec``. A directory is tested with a trailing ``/``.
- DOCKER: ``.dockerignore`` rules as Docker reads them (patterns cleaned, a leading ``/`` dropped, ``*`` inside
  one segment, ``**`` across segments, a rule matching a parent directory excludes what is inside, matching is
  case-insensitive). A directory is skipped whole only if no ``!`` rule could re-include something inside it.

Paths are relative to the asset root, ``/``-separated, without a leading ``./``.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from typing import Any


class AssetFileError(ValueError):
    """An asset folder that cannot be hashed or copied (bad link or exclude pattern, unreadable entry)."""


class IgnoreRules:
    """Which relative paths of an asset folder are left out."""

    def ignores(self, rel: str) -> bool:
        """Whether the file, link or directory at ``rel`` is left out."""
        raise NotImplementedError

    def completely_ignores(self, rel_dir: str) -> bool:
        """Whether the directory at ``rel_dir`` is left out with everything inside (not walked)."""
        return self.ignores(rel_dir)


class _Nothing(IgnoreRules):
    def ignores(self, rel: str) -> bool:
        return False


class GlobRules(IgnoreRules):
    """minimatch globs with ``matchBase``; ``!`` re-includes; the last matching pattern wins.

    Braces are expanded first; an alternative without ``/`` is matched against the base name only (so ``*.txt``
    matches ``.hidden/x.txt``, as in minimatch), other alternatives against the whole relative path.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        import bracex
        from wcmatch import glob

        flags = glob.GLOBSTAR | glob.EXTGLOB
        self._rules: list[tuple[bool, list[tuple[bool, Any]]]] = []
        for pattern in patterns:
            negate = pattern.startswith("!")
            body = pattern.lstrip("!") if negate else pattern
            if body.startswith("#") or body == "":
                # minimatch: a comment matches nothing, an empty pattern only the empty path
                self._rules.append((negate, []))
                continue
            try:
                alternatives = [("/" not in alt, glob.compile(alt, flags=flags)) for alt in bracex.expand(body)]
            except (ValueError, RecursionError) as e:
                raise AssetFileError(f"Invalid exclude pattern {pattern!r} (ignore mode GLOB): {e}") from None
            self._rules.append((negate, alternatives))

    def ignores(self, rel: str) -> bool:
        base = rel.rsplit("/", 1)[-1]
        excluded = False
        for negate, alternatives in self._rules:
            if any(m.match(base if on_base else rel) for on_base, m in alternatives):
                excluded = not negate
        return excluded


class GitRules(IgnoreRules):
    """``.gitignore`` rules (node-ignore semantics): compiled by ``pathspec``, case-insensitive, last match wins.

    A directory is tested as ``dir/``; a rule ending in ``/**`` matches what is inside a directory, not the
    directory itself.
    """

    def __init__(self, patterns: Sequence[str]) -> None:
        import pathspec

        spec = pathspec.GitIgnoreSpec.from_lines(list(patterns))
        self._rules: list[tuple[bool, bool, Any]] = []
        for pat in spec.patterns:
            if pat.include is None or pat.regex is None:
                continue
            inside_only = str(getattr(pat, "pattern", "")).rstrip().endswith("/**")
            self._rules.append((pat.include, inside_only, re.compile(pat.regex.pattern, re.IGNORECASE)))

    def _test(self, rel: str, as_dir: bool) -> bool:
        ignored = False
        for include, inside_only, regex in self._rules:
            path = rel if (as_dir and inside_only) else (rel + "/" if as_dir else rel)
            if regex.match(path) is not None:
                ignored = include
        return ignored

    def ignores(self, rel: str) -> bool:
        return self._test(rel, False)

    def completely_ignores(self, rel_dir: str) -> bool:
        return self._test(rel_dir.rstrip("/"), True)


def _clean(path: str) -> str:
    """Go's ``filepath.Clean`` as the dockerignore reader does it (Node's ``path.normalize``, no trailing ``/``)."""
    leading = path.startswith("/")
    cleaned = posixpath.normpath(path)
    if leading:
        cleaned = "/" + cleaned.lstrip("/")
    if len(cleaned) > 1 and cleaned.endswith("/"):
        cleaned = cleaned[:-1]
    return cleaned


class _DockerRule:
    __slots__ = ("pattern", "dirs", "negative", "regex")

    def __init__(self, pattern: str, negative: bool) -> None:
        self.pattern = pattern
        self.dirs = pattern.split("/")
        self.negative = negative
        self.regex = re.compile(_docker_regex(pattern), re.IGNORECASE)


def _docker_regex(pattern: str) -> str:
    out = ["^"]
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "*":
            if i + 1 < n and pattern[i + 1] == "*":
                i += 1
                if i + 1 < n and pattern[i + 1] == "/":
                    i += 1  # "**/" is read as "**"
                out.append(".*" if i + 1 >= n else "(.*/)?")
            else:
                out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch in ".$":
            out.append("\\" + ch)
        elif ch == "\\":
            if i + 1 < n:
                out.append(re.escape(pattern[i + 1]))
                i += 1
            else:
                out.append("\\\\")
        else:
            out.append(ch)
        i += 1
    out.append("$")
    return "".join(out)


def _docker_rule(raw: str) -> _DockerRule | None:
    pattern = raw.strip()
    if not pattern or pattern.startswith("#"):
        return None
    negative = False
    if pattern.startswith("!"):
        negative = True
        pattern = pattern[1:].strip()
    if pattern:
        pattern = _clean(pattern)
        if len(pattern) > 1 and pattern.startswith("/"):
            pattern = pattern[1:]
    if negative:
        pattern = "!" + pattern
    pattern = pattern.strip()
    if not pattern:
        return None
    pattern = _clean(pattern)
    if pattern.startswith("!"):
        if len(pattern) == 1:
            return None
        return _DockerRule(pattern[1:], True)
    return _DockerRule(pattern, False)


class _DockerMatcher:
    def __init__(self) -> None:
        self.rules: list[_DockerRule] = []

    def add(self, raw: str) -> None:
        rule = _docker_rule(raw)
        if rule is not None:
            self.rules.append(rule)

    def ignores(self, rel: str) -> bool:
        if not rel:
            return False
        parent = _clean(posixpath.dirname(rel) or ".")
        parent_dirs = parent.split("/")
        matched = False
        for rule in self.rules:
            match = rule.regex.match(rel) is not None
            if not match and parent != ".":
                if "**" in rule.dirs:
                    start = len([d for d in rule.dirs if d != "**"])
                    for i in range(start, len(parent_dirs) + 1):
                        match = match or rule.regex.match("/".join(parent_dirs[:i])) is not None
                elif len(rule.dirs) <= len(parent_dirs):
                    match = rule.regex.match("/".join(parent_dirs[: len(rule.dirs)])) is not None
            if match:
                matched = not rule.negative
        return matched


_NEGATIVE = re.compile(r"^\s*(!|/!)(.*)")


class DockerRules(IgnoreRules):
    """``.dockerignore`` semantics; a directory is skipped whole only if no ``!`` rule reaches inside it."""

    def __init__(self, patterns: Sequence[str]) -> None:
        self._ignore = _DockerMatcher()
        self._complete = _DockerMatcher()
        for raw in patterns:
            try:
                self._ignore.add(raw)
                self._complete.add(raw)
            except re.error as e:
                raise AssetFileError(f"Invalid exclude pattern {raw!r} (ignore mode DOCKER): {e}") from None
            negative = _NEGATIVE.match(raw)
            if negative is not None:
                # a re-included path keeps its parent directories walked
                dirname = negative.group(2)
                while True:
                    dirname = posixpath.dirname(dirname) or "."
                    if dirname in ("/", "."):
                        break
                    self._complete.add(negative.group(1) + dirname)

    def ignores(self, rel: str) -> bool:
        return self._ignore.ignores(rel)

    def completely_ignores(self, rel_dir: str) -> bool:
        return self._ignore.ignores(rel_dir) and self._complete.ignores(rel_dir)


def ignore_rules(patterns: Sequence[str] | None, mode: str | None) -> IgnoreRules:
    """The reader of ``patterns`` for an ignore mode value (``glob`` by default)."""
    patterns = list(patterns or [])
    if not patterns:
        return _Nothing()
    if mode in (None, "glob"):
        return GlobRules(patterns)
    if mode == "git":
        return GitRules(patterns)
    if mode == "docker":
        return DockerRules(patterns)
    raise ValueError(f"unknown ignore mode {mode!r}")
