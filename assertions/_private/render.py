"""Human-readable renderings of a :class:`~assertions.MatchResult`.

:func:`render_mismatch` prints the tested value as indented JSON with keys sorted, collapsing subtrees that
have no failure (``{ ... }``), and puts ``!! <message>`` on the line above each offending entry. The layout
is aws-cdk-lib's, so messages read the same as with ``aws_cdk.assertions``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from .js import UNDEFINED, json_stringify, jsonify, strictly_equal, type_of

if TYPE_CHECKING:
    from .._matcher import MatchResult

_MARKER = re.compile(r"^(\s+)!!", re.MULTILINE)


def human_strings(result: MatchResult) -> list[str]:
    """Flatten the failures of ``result`` into ``<message>[ at /<path>] (using <name> matcher)`` lines."""
    lines: list[str] = []

    def visit(r: MatchResult, prefix: list[str]) -> None:
        for failures in r._failures_here.values():
            for failure in failures:
                path = [*prefix, *failure.path]
                where = f" at /{'/'.join(path)}" if path else ""
                lines.append(f"{failure.message}{where} (using {failure.matcher.name} matcher)")
        for key, inner in r._inner.items():
            visit(inner, [*prefix, key])

    visit(result, [])
    return lines


def abridged(value: Any) -> str:
    """A one-line rendering of a value that had no failure: small values inline, others ``{ ... }``."""
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            return "[]"
        if len(value) == 1:
            return f"[ {abridged(value[0])} ]"
        if len(value) == 2 and all(type_of(v) in ("number", "boolean", "string") for v in value):
            return f"[ {', '.join(abridged(v) for v in value)} ]"
        return "[ ... ]"
    if isinstance(value, dict):
        if len(value) == 0:
            return "{}"
        if len(value) == 1:
            ((key, item),) = value.items()
            return "{ " + f"{json_stringify(str(key))}: {abridged(item)}" + " }"
        return "{ ... }"
    return jsonify(value)


class _Renderer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.indents: list[str] = []

    def emit(self, text: str) -> None:
        self.parts.append(text.replace("\n", "\n" + "".join(self.indents)))

    def emit_failures(self, r: MatchResult, path: str, pending: dict[str, None] | None = None) -> None:
        for failure in r._failures_here.get(path, []):
            self.emit(f"!! {failure.message}\n")
        if pending is not None:
            pending.pop(path, None)

    def emit_pending(self, r: MatchResult, pending: dict[str, None]) -> None:
        if pending:
            self.emit("\n")
        for key in list(pending):
            self.emit_failures(r, key)

    def visit_child(self, inner: MatchResult, actual: Any) -> None:
        # A matcher may have tested a transformation of the value (serialized_json parses it): show both.
        if strictly_equal(inner.target, actual):
            self.visit(inner)
            return
        self.emit(abridged(actual))
        self.emit(" <*> ")
        self.visit(inner)

    def visit(self, r: MatchResult) -> None:
        pending = {key: None for key in r._failures_here if key != ""}
        target = r.target
        if isinstance(target, (list, tuple)):
            self.indents.append("  ")
            self.emit("[\n")
            for i, item in enumerate(target):
                if i:
                    self.emit(",\n")
                self.emit_failures(r, str(i), pending)
                inner = r._inner.get(str(i))
                if inner is not None:
                    self.emit_failures(inner, "")
                    self.visit_child(inner, item)
                else:
                    self.emit(abridged(item))
            self.emit_pending(r, pending)
            self.indents.pop()
            self.emit("\n]")
            return
        if isinstance(target, dict):
            self.indents.append("  ")
            self.emit("{\n")
            keys = sorted({*(str(k) for k in target), *pending})
            for i, key in enumerate(keys):
                if i:
                    self.emit(",\n")
                self.emit_failures(r, key, pending)
                inner = r._inner.get(key)
                value = target.get(key, UNDEFINED)
                if inner is not None:
                    self.emit_failures(inner, "")
                    self.emit(f"{jsonify(key)}: ")
                    self.visit_child(inner, value)
                else:
                    self.emit(f"{jsonify(key)}: ")
                    self.emit(abridged(value))
            self.emit_pending(r, pending)
            self.indents.pop()
            self.emit("\n}")
            return
        self.emit_pending(r, pending)
        self.emit(jsonify(target))


def render_mismatch(result: MatchResult) -> str:
    """Render ``result`` with its failures in context (``"<match>"`` when it succeeded)."""
    if not result.has_failed():
        return "<match>"
    renderer = _Renderer()
    renderer.emit_failures(result, "")
    renderer.visit(result)
    text = "".join(renderer.parts).rstrip()
    return _MARKER.sub(lambda m: "!!" + m.group(1)[:-2], text)
