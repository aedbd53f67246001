"""docs/rules.md's generated part is current: its rule lists match the packs, and its recorded inputs digest
matches the rules' sources, the examples and the golden fixture templates (else rerun
``.venv/bin/python tests/rules/_docs_table.py``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).parent


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("rules_docs_table", HERE / "_docs_table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_docs_table_is_current() -> None:
    gen = _generator()
    text = gen.DOC.read_text()
    assert "\n".join(gen._rule_lists()) in text, "rule lists are stale: run tests/rules/_docs_table.py"
    match = gen.DIGEST_LINE.search(text)
    assert match is not None
    assert match.group(1) == gen.inputs_digest(), (
        "the rules, examples or golden fixtures changed since docs/rules.md was generated: "
        "run .venv/bin/python tests/rules/_docs_table.py"
    )
