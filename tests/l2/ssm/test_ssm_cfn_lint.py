"""cfn-lint finds no errors in the golden templates of ``l2_ssm``.

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
    p for suite in ("l2_ssm",) for p in (GOLDEN / suite / "fixtures").rglob("*.template.json")
)
# Stacks of ported integ tests that only held integ-test constructs (``AwsApiCall``, assertions), which the ports
# drop: aws-cdk-lib writes them without ``Resources``, which cfn-lint reports as E1001 and nothing else.
RESOURCELESS = {
    "integ_parameter_store_string/sspms-cleanup.template.json",
    "integ_parameter_store_string_sharing/integ-ssmps-sharing-accepting.template.json",
    "integ_parameter_store_string_sharing/integ-ssmps-sharing-consuming.template.json",
}


def _fixture_name(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 10


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]
    if _fixture_name(path) in RESOURCELESS:
        assert "Resources" not in template
        assert errors == ["E1001 'Resources' is a required property ()"]
    else:
        assert errors == []
