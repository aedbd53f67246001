"""cfn-lint finds no errors in the golden templates of ``l2_sns_subscriptions`` beyond two aws-cdk-lib findings.

pycdk's templates for these apps are byte-identical to the fixtures (``tests/golden``), so linting the fixtures
lints pycdk's output.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
TEMPLATES = sorted((GOLDEN / "l2_sns_subscriptions" / "fixtures").rglob("*.template.json"))

# Findings in what aws-cdk-lib itself writes for the ported integ tests:
# - integ.sns-lambda-cross-region pins the deprecated nodejs14.x runtime (E2531);
# - integ.sns-sqs-restrict-descryption-shared-key shares one key between topic and queue with decryption restricted
#   to the topic: the key policy names the topic and the topic names the key (E3004). aws-cdk's own test says the
#   setup should be rejected; 2.275 synthesizes it.
EXPECTED: dict[str, set[str]] = {
    "integ_sns_lambda_cross_region/FunctionStack.template.json": {"E2531"},
    "integ_sns_sqs_restrict_descryption_shared_key/SnsSqsRestrictDescryptionSharedKeyStack.template.json": {"E3004"},
}


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 14


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    expected = EXPECTED.get(f"{path.parent.name}/{path.name}", set())
    matches = lint(json.dumps(json.loads(path.read_text())), config=ManualArgs(regions=["us-east-1"]))
    errors = [m for m in matches if m.rule.id.startswith("E")]
    unexpected = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in errors if m.rule.id not in expected]
    assert unexpected == []
    assert {m.rule.id for m in errors} == expected
