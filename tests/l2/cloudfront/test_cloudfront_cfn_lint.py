"""cfn-lint finds no errors in the golden templates of ``l2_cloudfront`` and ``l2_cloudfront_origins``.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output. Two ports keep a finding of aws-cdk-lib's own template (the integ test as written), named in
``AWS_CDK_LIB_FINDINGS``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted(
    p for suite in ("l2_cloudfront", "l2_cloudfront_origins") for p in (GOLDEN / suite / "fixtures").rglob("*.template.json")
)

# fixture (relative to tests/golden) -> the rule ids allowed there: integ.cloudfront-lambda-association uses
# nodejs14.x (deprecated, E2531); integ.cloudfront-security-policy an ACM ARN with a 7-digit account (E1159).
AWS_CDK_LIB_FINDINGS: dict[str, set[str]] = {
    "l2_cloudfront/fixtures/integ_cloudfront_lambda_association/aws-cdk-cloudfront.template.json": {"E2531"},
    "l2_cloudfront/fixtures/integ_cloudfront_security_policy/aws-cdk-cloudfront-custom.template.json": {"E1159"},
}


def _errors(template: dict) -> list[str]:
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 60


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    allowed = AWS_CDK_LIB_FINDINGS.get(str(path.relative_to(GOLDEN)), set())
    errors = [e for e in _errors(json.loads(path.read_text())) if e.split(" ", 1)[0] not in allowed]
    assert errors == []


@pytest.mark.parametrize("relative", sorted(AWS_CDK_LIB_FINDINGS))
def test_each_allowed_finding_is_still_there(relative: str) -> None:
    found = {e.split(" ", 1)[0] for e in _errors(json.loads((GOLDEN / relative).read_text()))}
    assert AWS_CDK_LIB_FINDINGS[relative] <= found
