"""Every template pycdk synthesizes for the l2_iam golden apps passes cfn-lint with zero errors (l2_kms: tests/l2/kms)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

APPS = [app for app in all_apps() if app.suite == "l2_iam"]


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert {a.suite for a in APPS} == {"l2_iam"}
    assert len(APPS) >= 12


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        text = path.read_text(encoding="utf-8")
        errors = _errors(text)
        if "Resources" not in json.loads(text):
            # A stack with no resources (a lookup's dummy stack): aws-cdk-lib writes the same template, which
            # CloudFormation's schema (E1001) rejects; nothing else may be wrong with it.
            errors = [e for e in errors if not e.startswith("E1001 'Resources' is a required property")]
        assert errors == [], path.name


def test_the_lint_check_catches_a_broken_policy() -> None:
    broken = {
        "Resources": {
            "P": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "PolicyDocument": {"Statement": "x"}}}
        }
    }
    assert _errors(json.dumps(broken)) != []
