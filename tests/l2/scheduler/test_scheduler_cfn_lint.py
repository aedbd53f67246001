"""cfn-lint finds no errors in the golden templates of ``l2_scheduler`` and ``l2_scheduler_targets``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted(
    p
    for suite in ("l2_scheduler", "l2_scheduler_targets")
    for p in (GOLDEN / suite / "fixtures").rglob("*.template.json")
)


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 14


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    # non-BMP characters (emoji in the ports) as-is: cfn-lint rejects JSON surrogate-pair escapes
    template = json.loads(path.read_text(encoding="utf-8"))
    matches = lint(json.dumps(template, ensure_ascii=False), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message}" for m in matches if m.rule.id.startswith("E")]
    assert errors == []
