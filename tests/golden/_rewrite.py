"""Rewrite a CDK Python app written against aws-cdk-lib so that it runs on pycdk.

Only import roots change (see the table in docs/architecture.md):

======================================  =====================================
aws-cdk-lib                             pycdk
======================================  =====================================
``aws_cdk`` (core)                      ``constructs``
``constructs`` (the library)            ``constructs`` (unchanged)
``aws_cdk.aws_<svc>``                   ``l2.<svc>`` (``l1.<svc>`` in L1 mode)
``aws_cdk.assertions``                  ``assertions``
``aws_cdk.cloudformation_include``      ``l2.cloudformation_include``
``aws_cdk.aws_ecs_patterns``            ``patterns.ecs_patterns``
``aws_cdk.aws_route53_patterns``        ``patterns.route53_patterns``
``aws_cdk.custom_resources``            ``l2.custom_resources``
``aws_cdk.region_info``                 ``l2.region_info``
``aws_cdk.pipelines``                   ``l2.pipelines``
======================================  =====================================

A service module name that is a Python keyword gets a trailing underscore
(``aws_lambda`` becomes ``lambda_``). The forms handled are::

    import aws_cdk as cdk                 ->  import constructs as cdk
    import aws_cdk.aws_s3 as s3           ->  import l2.s3 as s3
    from aws_cdk import Stack, App        ->  from constructs import Stack, App
    from aws_cdk import aws_s3 as s3      ->  from l2 import s3
    from aws_cdk import aws_s3            ->  from l2 import s3 as aws_s3
    from aws_cdk.aws_s3 import Bucket     ->  from l2.s3 import Bucket
    import aws_cdk                        ->  import constructs
    aws_cdk.aws_s3.Bucket(...)            ->  l2.s3.Bucket(...)   (only after a bare ``import aws_cdk...``)

**Rewrite mode.** A suite may ask for L1 mode, in which ``aws_cdk.aws_<svc>`` maps to ``l1.<svc>``
instead of ``l2.<svc>``: put ``REWRITE_MODE = "l1"`` in ``tests/golden/<suite>/__init__.py``. The
file is parsed, not imported; without it (or the constant) the mode is ``"l2"``. See
:func:`suite_rewrite_mode`.

jsii plumbing has no pycdk counterpart: ``import jsii`` becomes ``pass`` and ``@jsii.implements(...)``
class decorators are removed (pycdk's interfaces are plain protocols). Line numbers never change, so
a traceback from a rewritten app points at the same line of the original.

An ``aws_cdk`` submodule that has no pycdk counterpart raises :class:`UnsupportedImportError`, so
a golden test fails loudly instead of running the wrong code.
"""

from __future__ import annotations

import ast
import keyword
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

RewriteMode = Literal["l1", "l2"]

CDK_ROOT = "aws_cdk"
CORE_ROOT = "constructs"
JSII_MODULE = "jsii"

# aws_cdk submodules that do not follow the `aws_<svc>` pattern, with their pycdk module.
_SPECIAL_MODULES: dict[str, str] = {
    "assertions": "assertions",
    "aws_ecs_patterns": "patterns.ecs_patterns",
    "aws_route53_patterns": "patterns.route53_patterns",
    "cloudformation_include": "l2.cloudformation_include",
    "custom_resources": "l2.custom_resources",
    "pipelines": "l2.pipelines",
    "region_info": "l2.region_info",
    "triggers": "l2.triggers",
    "lambda_layer_awscli": "l2.lambda_layer_awscli",
    "lambda_layer_node_proxy_agent": "l2.lambda_layer_node_proxy_agent",
}


class UnsupportedImportError(ValueError):
    """An aws_cdk module that pycdk does not provide was imported by an app."""


def map_module(module: str, mode: RewriteMode = "l2") -> str:
    """Map a dotted aws-cdk-lib module name to pycdk's.

    Args:
        module: a module name such as ``"aws_cdk"``, ``"aws_cdk.aws_lambda"`` or ``"constructs"``.
        mode: ``"l2"`` maps services to ``l2.<svc>``, ``"l1"`` to ``l1.<svc>``.

    Returns:
        The pycdk module name; names outside ``aws_cdk`` come back unchanged.

    Raises:
        UnsupportedImportError: for an ``aws_cdk`` submodule without a pycdk counterpart.
    """
    parts = module.split(".")
    if parts[0] != CDK_ROOT:
        return module
    if len(parts) == 1:
        return CORE_ROOT
    head, rest = parts[1], parts[2:]
    if head in _SPECIAL_MODULES:
        target = _SPECIAL_MODULES[head]
    elif head.startswith("aws_"):
        target = f"{mode}.{python_safe(head.removeprefix('aws_'))}"
    else:
        raise UnsupportedImportError(f"module {module!r} has no pycdk counterpart")
    return ".".join([target, *rest])


def python_safe(name: str) -> str:
    """Append an underscore to a name that is a Python keyword (``lambda`` -> ``lambda_``)."""
    return f"{name}_" if keyword.iskeyword(name) else name


def is_submodule_name(name: str) -> bool:
    """Tell whether a name imported from ``aws_cdk`` is a submodule (they are all lower-case)."""
    return name[:1].islower()


@dataclass(frozen=True)
class _Edit:
    """Replace source characters [start, end) with text; offsets index the whole source."""

    start: int
    end: int
    text: str


def rewrite_source(source: str, mode: RewriteMode = "l2") -> str:
    """Rewrite an app's source from aws-cdk-lib imports to pycdk imports.

    Args:
        source: the Python source of the app.
        mode: ``"l2"`` (default) or ``"l1"``; see the module docstring.

    Returns:
        The rewritten source. A source without ``aws_cdk`` or ``jsii`` imports comes back unchanged.

    Raises:
        UnsupportedImportError: for an ``aws_cdk`` submodule without a pycdk counterpart.
        SyntaxError: when the source does not parse.
    """
    tree = ast.parse(source)
    index = _SourceIndex(source)
    rewritten: list[tuple[ast.stmt, list[str], bool]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            replacement, binds_root = _rewrite_import(node, mode)
            if replacement is not None:
                rewritten.append((node, replacement, binds_root))
    edits: list[_Edit] = []
    binding = [statements for _, statements, binds_root in rewritten if binds_root]
    if binding:
        reference_edits = _rewrite_root_references(tree, index, mode)
        edits.extend(reference_edits)
        # `import aws_cdk` exposes every submodule; pycdk's roots must be imported one by one.
        imported = {statement.removeprefix("import ") for statements in binding for statement in statements}
        in_source_order = sorted(reference_edits, key=lambda e: e.start)
        needed = dict.fromkeys(e.text for e in in_source_order if e.text != CORE_ROOT and e.text not in imported)
        binding[0].extend(f"import {module}" for module in needed)
    for node, statements, _ in rewritten:
        start, end = index.span(node)
        edits.append(_Edit(start, end, _join_statements(statements, source, start, end)))
    edits.extend(_strip_jsii(tree, index, source))
    return _apply(source, edits)


def rewrite_file(app: Path, mode: RewriteMode = "l2") -> str:
    """Read an app file and return its rewritten source."""
    return rewrite_source(app.read_text(encoding="utf-8"), mode)


def suite_rewrite_mode(suite_dir: Path) -> RewriteMode:
    """Read ``REWRITE_MODE`` from a suite's ``__init__.py`` without importing it (default ``"l2"``).

    Raises:
        ValueError: when the constant is present but not ``"l1"`` or ``"l2"``.
    """
    init = suite_dir / "__init__.py"
    if not init.exists():
        return "l2"
    for node in ast.parse(init.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "REWRITE_MODE" for t in node.targets)
        ):
            value = ast.literal_eval(node.value)
            if value not in ("l1", "l2"):
                raise ValueError(f"{init}: REWRITE_MODE must be 'l1' or 'l2', got {value!r}")
            return value
    return "l2"


def _rewrite_import(node: ast.Import | ast.ImportFrom, mode: RewriteMode) -> tuple[list[str] | None, bool]:
    """Return the replacement statements for one import (None to keep it) and whether it binds ``aws_cdk``."""
    if isinstance(node, ast.Import):
        if not any(alias.name.split(".")[0] == CDK_ROOT for alias in node.names):
            return None, False
        statements: list[str] = []
        binds_root = False
        for alias in node.names:
            target = map_module(alias.name, mode)
            if alias.asname is not None:
                statements.append(f"import {target} as {alias.asname}")
            else:
                # `import aws_cdk.aws_s3` binds `aws_cdk`; its uses are rewritten separately.
                binds_root = binds_root or alias.name.split(".")[0] == CDK_ROOT
                statements.append(f"import {target}")
        return statements, binds_root
    if node.module is None or node.level or node.module.split(".")[0] != CDK_ROOT:
        return None, False
    if node.module != CDK_ROOT:
        names = ", ".join(_alias_text(alias.name, alias.asname) for alias in node.names)
        return [f"from {map_module(node.module, mode)} import {names}"], False
    return _rewrite_from_root(node.names, mode), False


def _rewrite_from_root(aliases: list[ast.alias], mode: RewriteMode) -> list[str]:
    """Rewrite ``from aws_cdk import ...``: classes go to the core, submodules to their own imports."""
    core_names = [a for a in aliases if not is_submodule_name(a.name)]
    statements: list[str] = []
    if core_names:
        names = ", ".join(_alias_text(a.name, a.asname) for a in core_names)
        statements.append(f"from {CORE_ROOT} import {names}")
    for alias in aliases:
        if not is_submodule_name(alias.name):
            continue
        target = map_module(f"{CDK_ROOT}.{alias.name}", mode)
        bound = alias.asname or alias.name
        package, _, leaf = target.rpartition(".")
        if package:
            statements.append(f"from {package} import {_alias_text(leaf, bound)}")
        else:
            statements.append(f"import {_alias_text(leaf, bound)}")
    return statements


def _strip_jsii(tree: ast.AST, index: _SourceIndex, source: str) -> list[_Edit]:
    """Drop ``import jsii`` and ``@jsii.implements(...)`` decorators; pycdk interfaces are protocols.

    The import becomes ``pass`` and a decorator becomes a blank line, so line numbers stay put.
    """
    edits: list[_Edit] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and [alias.name for alias in node.names] == [JSII_MODULE]:
            start, end = index.span(node)
            edits.append(_Edit(start, end, "pass"))
        elif isinstance(node, ast.ClassDef):
            for decorator in node.decorator_list:
                if _is_jsii_implements(decorator):
                    start, end = index.span(decorator)
                    at_sign = source.rfind("@", 0, start)
                    edits.append(_Edit(at_sign, end, "\n" * source.count("\n", at_sign, end)))
    return edits


def _is_jsii_implements(decorator: ast.expr) -> bool:
    """Tell whether a decorator is ``jsii.implements(...)``."""
    return (
        isinstance(decorator, ast.Call)
        and isinstance(decorator.func, ast.Attribute)
        and decorator.func.attr == "implements"
        and isinstance(decorator.func.value, ast.Name)
        and decorator.func.value.id == JSII_MODULE
    )


def _alias_text(name: str, asname: str | None) -> str:
    """Render ``name`` or ``name as asname``, dropping a redundant alias."""
    return name if asname is None or asname == name else f"{name} as {asname}"


def _rewrite_root_references(tree: ast.AST, index: _SourceIndex, mode: RewriteMode) -> list[_Edit]:
    """Rewrite dotted uses such as ``aws_cdk.aws_s3.Bucket`` after a bare ``import aws_cdk...``."""
    edits: list[_Edit] = []
    claimed: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        chain = _attribute_chain(node)
        if chain is None or chain[0][0] != CDK_ROOT:
            continue
        root_name = chain[0][1]
        if id(root_name) in claimed:
            continue
        claimed.add(id(root_name))
        # chain = [(name, node)] from the root Name outwards; the module part is aws_cdk[.submodule].
        names = [name for name, _ in chain]
        module_nodes = chain[:2] if len(names) > 1 and is_submodule_name(names[1]) else chain[:1]
        module = ".".join(name for name, _ in module_nodes)
        start, end = index.span(module_nodes[-1][1])
        edits.append(_Edit(start, end, map_module(module, mode)))
    return edits


def _attribute_chain(node: ast.Attribute) -> list[tuple[str, ast.expr]] | None:
    """Return ``[(name, node), ...]`` from the root Name out to ``node``, or None if not a pure chain."""
    chain: list[tuple[str, ast.expr]] = []
    current: ast.expr = node
    while isinstance(current, ast.Attribute):
        chain.append((current.attr, current))
        current = current.value
    if not isinstance(current, ast.Name):
        return None
    chain.append((current.id, current))
    chain.reverse()
    return chain


class _SourceIndex:
    """Convert ast positions (line number, UTF-8 byte column) to character offsets in the source."""

    def __init__(self, source: str) -> None:
        self._lines = source.splitlines(keepends=True)
        self._starts = [0]
        for line in self._lines:
            self._starts.append(self._starts[-1] + len(line))

    def offset(self, lineno: int, byte_col: int) -> int:
        """Return the character offset of a 1-based line and a UTF-8 byte column."""
        line = self._lines[lineno - 1] if lineno <= len(self._lines) else ""
        char_col = len(line.encode("utf-8")[:byte_col].decode("utf-8"))
        return self._starts[lineno - 1] + char_col

    def span(self, node: ast.AST) -> tuple[int, int]:
        """Return the [start, end) character span of a node."""
        start = self.offset(node.lineno, node.col_offset)
        end = self.offset(node.end_lineno or node.lineno, node.end_col_offset or 0)
        return start, end


def _join_statements(statements: list[str], source: str, start: int, end: int) -> str:
    """Join replacement statements, keeping the original line count so tracebacks line up.

    The statements go on one line, separated by ``; ``; the newlines the original statement spanned
    (a parenthesised multi-line import) follow, so every later line keeps its number.
    """
    return "; ".join(statements) + "\n" * source.count("\n", start, end)


def _apply(source: str, edits: list[_Edit]) -> str:
    """Apply non-overlapping edits from the end of the source backwards."""
    result = source
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        result = result[: edit.start] + edit.text + result[edit.end :]
    return result
