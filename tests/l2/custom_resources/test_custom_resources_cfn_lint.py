"""cfn-lint finds no errors in the golden templates of ``l2_custom_resources``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``, own handler code masked), so
linting the fixtures lints pycdk's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted((GOLDEN / "l2_custom_resources" / "fixtures").rglob("*.template.json"))
# Findings in aws-cdk-lib 2.275's own template, which pycdk reproduces byte for byte.
KNOWN_FINDINGS = {
    # One shared role for every framework function: its default policy grants StartExecution on the state
    # machine, which depends on its own role's policy granting invoke of the functions that use the shared role
    # (the cycle aws-cdk's integ test mentions; fixed after 2.275).
    "integ-provider-with-waiter-state-machine-custom-role.template.json": {"E3004"},
    # aws-cdk's integ.provider keeps its fixtures' deprecated runtimes (nodejs14.x, python3.7).
    "integ-provider-framework.template.json": {"E2531"},
}


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 25


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    known = KNOWN_FINDINGS.get(path.name, set())
    errors = [
        f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})"
        for m in matches
        if m.rule.id.startswith("E") and m.rule.id not in known
    ]
    assert errors == []


@pytest.mark.parametrize("name", sorted(KNOWN_FINDINGS))
def test_the_known_findings_are_still_found(name: str) -> None:
    """The exceptions above must stay justified: the findings are in the fixtures."""
    (path,) = [p for p in TEMPLATES if p.name == name]
    matches = lint(path.read_text(), config=ManualArgs(regions=["us-east-1"]))
    assert {m.rule.id for m in matches} >= KNOWN_FINDINGS[name]
