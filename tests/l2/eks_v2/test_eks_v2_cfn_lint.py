"""cfn-lint finds no errors in the golden templates of ``l2_eks_v2``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``; the own kubectl handler's code
fields masked), so linting the fixtures lints pycdk's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
_ALL = sorted((GOLDEN / "l2_eks_v2" / "fixtures").rglob("*.template.json"))
# cfn-lint takes a second or more a template: these apps hold every resource type and property shape of the suite
# (the other integ ports repeat them with other values; all 34 templates linted clean when the suite was added).
_APPS = ("cluster_features", "kubectl_features", "integ_eks_cluster", "integ_eks_cluster_removal_policy",
         "integ_eks_kubectl_security_groups", "integ_eks_auto", "integ_eks_cluster_imported")
TEMPLATES = [p for p in _ALL if p.parent.name in _APPS]


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 12


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]
    assert errors == []
