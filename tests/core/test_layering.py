"""Layering is one-way: constructs ← l1 ← l2 ← patterns; assertions ← constructs.

Every import statement of each package (top level or inside a function, read with :mod:`ast`, so a lazy import
counts too) may name only the packages below it. The one shared exception is ``pycdk._constructs_guard``
(standard library only), which each package runs on import to detect PyPI's jsii ``constructs``.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BELOW = {
    "constructs": set(),
    "l1": {"constructs"},
    "l2": {"constructs", "l1"},
    "patterns": {"constructs", "l1", "l2"},
    "assertions": {"constructs"},
}
PYCDK_PACKAGES = {*BELOW, "pycdk"}
SHARED = {"pycdk._constructs_guard"}


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """``(line, module)`` for each absolute import in ``tree`` (``from pycdk import x`` gives ``pycdk.x``)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def violations(package: str) -> list[str]:
    """The imports in ``package`` of a pycdk package that is not below it."""
    found = []
    upward = sorted(PYCDK_PACKAGES - BELOW[package] - {package})
    # only files naming an upward package after ``import``/``from`` can import it: parse those (l1 is large)
    mentions = re.compile(rb"\b(?:import|from)\s+(?:%s)\b" % b"|".join(name.encode() for name in upward))
    for path in sorted((ROOT / package).rglob("*.py")):
        source = path.read_bytes()
        if not mentions.search(source):
            continue
        for line, module in imported_modules(ast.parse(source, str(path))):
            top = module.split(".")[0]
            if top == package or top not in PYCDK_PACKAGES or top in BELOW[package]:
                continue
            if any(module == shared or module.startswith(shared + ".") for shared in SHARED):
                continue
            found.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    return found


@pytest.mark.parametrize("package", sorted(BELOW))
def test_a_package_imports_only_the_layers_below_it(package: str) -> None:
    assert violations(package) == []


def test_the_check_sees_a_lazy_upward_import() -> None:
    source = "def f():\n    from l2 import s3\n    import patterns.ecs_patterns\n"
    assert imported_modules(ast.parse(source)) == [(2, "l2.s3"), (3, "patterns.ecs_patterns")]


def test_an_upward_import_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "l1").mkdir()
    (tmp_path / "l1" / "bad.py").write_text("from pycdk import _constructs_guard\n\ndef f():\n    import l2.s3\n")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert violations("l1") == ["l1/bad.py:4: l2.s3"]
