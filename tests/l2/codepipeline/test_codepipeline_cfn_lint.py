"""cfn-lint finds no errors in the golden templates of ``l2_codepipeline`` and ``l2_codepipeline_actions``, apart
from the findings in aws-cdk-lib's own output for the integ tests' inputs named in ``KNOWN``.

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
    p for suite in ("l2_codepipeline", "l2_codepipeline_actions")
    for p in (GOLDEN / suite / "fixtures").rglob("*.template.json")
)

# template (relative to tests/golden) -> the error rules cfn-lint reports in aws-cdk-lib's output, and why
KNOWN: dict[str, set[str]] = {
    # the integ test's placeholder connection ARN 'MOCK' (its README says to set CONNECTION_ARN)
    "l2_codepipeline_actions/fixtures/integ_pipeline_ecr_build_and_publish/codepipeline-ecr-build-and-publish"
    ".template.json": {"E3510"},
    # aws-cdk-lib joins the cross-account deployment role's ARN with Fn::Join (cfn-lint prefers Fn::Sub)
    "l2_codepipeline_actions/fixtures/integ_cross_account_pipeline_cfn_action/CdkPipelineCfnActionStack"
    ".template.json": {"E3703"},
}


def test_there_are_templates_to_lint() -> None:
    assert len(TEMPLATES) >= 50


@pytest.mark.parametrize("path", TEMPLATES, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_template_has_no_cfn_lint_errors(path: Path) -> None:
    template = json.loads(path.read_text())
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    errors = [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]
    known = KNOWN.get(str(path.relative_to(GOLDEN)), set())
    assert {e.split()[0] for e in errors} == known, errors
