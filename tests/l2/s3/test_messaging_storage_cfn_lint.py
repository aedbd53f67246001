"""Every template pycdk synthesizes for the l2_s3 golden apps passes cfn-lint with zero errors (l2_sqs and l2_sns: their
own suites' tests in tests/l2/sqs and tests/l2/sns)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

SUITES = ("l2_s3",)
# Findings aws-cdk-lib's own templates have, by design: ``BucketPolicy.from_cfn_bucket_policy`` writes a second
# policy for the same bucket (aws-cdk-lib acknowledges E3019 for it: "intentionally creating a duplicate resource").
# integ.bucket-auto-delete-objects gives its own put-objects provider the runtime nodejs14.x, now deprecated (E2531).
KNOWN_FINDINGS = {
    "l2_s3/bucket_surface_2_275": {"E3019"},
    "l2_s3/integ_bucket_auto_delete_objects": {"E2531"},
}
APPS = [app for app in all_apps() if app.suite in SUITES]


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    counts = {suite: sum(a.suite == suite for a in APPS) for suite in SUITES}
    assert counts["l2_s3"] >= 15


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    known = KNOWN_FINDINGS.get(app.test_id, set())
    for path in templates:
        errors = _errors(path.read_text(encoding="utf-8"))
        assert [e for e in errors if e.split()[0] not in known] == [], path.name


def test_the_lint_check_catches_a_broken_queue() -> None:
    broken = {"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": "soon"}}}}
    assert _errors(json.dumps(broken)) != []
