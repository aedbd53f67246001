"""Every template pycdk synthesizes for the l2_s3_deployment golden apps passes cfn-lint (errors only)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

APPS = [app for app in all_apps() if app.suite == "l2_s3_deployment"]

# Findings aws-cdk-lib's own template has too (the ports keep the original integ test as written), by app and
# template: the rule ids allowed there.
AWS_CDK_LIB_FINDINGS: dict[tuple[str, str], set[str]] = {
    # the original stringifies an imported StringListParameter: aws-cdk-lib splits its ssm dynamic reference
    ("l2_s3_deployment/integ_bucket_deployment_cross_stack_ssm_source",
     "integbucketdeploymentcrossstackssmS3StackDF7B2ACF.nested.template.json"): {"E1018"},
}


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert len(APPS) >= 20


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        allowed = AWS_CDK_LIB_FINDINGS.get((app.test_id, path.name), set())
        errors = [e for e in _errors(path.read_text(encoding="utf-8")) if e.split(" ", 1)[0] not in allowed]
        assert errors == [], path.name


def test_the_lint_check_catches_a_bad_custom_resource() -> None:
    broken = {"Resources": {"D": {"Type": "Custom::CDKBucketDeployment", "Properties": {}}}}
    assert _errors(json.dumps(broken)) != []
