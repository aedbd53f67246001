"""The contributor docs name only files and modules that exist.

``docs/architecture.md`` and ``CONTRIBUTING.md`` tell the next maintainer where things are; every repository path
(``l2/_private/reexports.py``) and every pycdk module (``constructs.internals``) they quote in backticks must be
there. Placeholders (``<svc>``, the example service ``foo``, globs) are not names.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ["docs/architecture.md", "CONTRIBUTING.md"]
ROOTS = ("constructs", "l1", "l2", "patterns", "assertions", "pycdk", "tools", "tests", "docs", "bench", "examples")
_QUOTED = re.compile(r"`([^`\s]+)`")
_PLACEHOLDER = re.compile(r"[<>*$]|foo|widget|\.\.\.")


def _names(text: str) -> tuple[list[str], list[str]]:
    paths, modules = [], []
    for raw in _QUOTED.findall(text):
        name = raw.strip("()").rstrip(",.:")
        if _PLACEHOLDER.search(name) or name.startswith(("http", "-")):
            continue
        head = re.split(r"[/.]", name, maxsplit=1)[0]
        if head not in ROOTS:
            continue
        if "/" in name:
            paths.append(name.split(":")[0])
        elif re.fullmatch(r"[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+", name):
            modules.append(name)
    return paths, modules


def _module_exists(name: str) -> bool:
    # a module, a package, or a name defined in one (``constructs.internals.structs``)
    parts = name.split(".")
    base = ROOT.joinpath(*parts)
    if base.with_suffix(".py").is_file() or (base / "__init__.py").is_file():
        return True
    parent = ROOT.joinpath(*parts[:-1])
    for source in (parent.with_suffix(".py"), parent / "__init__.py"):
        if source.is_file():
            return re.search(rf"\b{parts[-1]}\b", source.read_text(encoding="utf-8")) is not None
    return False


@pytest.mark.parametrize("doc", DOCS)
def test_quoted_paths_and_modules_exist(doc: str) -> None:
    paths, modules = _names((ROOT / doc).read_text(encoding="utf-8"))
    assert paths and modules
    missing = [p for p in paths if not (ROOT / p.rstrip("/")).exists()]
    missing += [m for m in modules if not _module_exists(m)]
    assert missing == []


def test_the_check_notices_a_missing_name() -> None:
    paths, modules = _names("see `l2/nowhere/_x.py` and `patterns.nowhere_patterns`, not `l2/<svc>.py`")
    assert paths == ["l2/nowhere/_x.py"] and modules == ["patterns.nowhere_patterns"]
    assert not (ROOT / paths[0]).exists() and not _module_exists(modules[0])
