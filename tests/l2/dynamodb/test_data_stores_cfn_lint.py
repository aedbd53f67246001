"""Every template pycdk synthesizes for the dynamodb and kinesis golden apps passes cfn-lint.

The ssm and secretsmanager apps are linted by their own suites' tests (tests/l2/ssm, tests/l2/secretsmanager).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

SUITES = {"l2_dynamodb", "l2_kinesis"}
APPS = [app for app in all_apps() if app.suite in SUITES]
# Findings in aws-cdk-lib's own template for an app (the fixture has them too): app test id -> rule ids.
AWS_CDK_LIB_FINDINGS = {
    # the original writes the table ARN as a plain string holding ``${AWS::Region}`` (no Fn::Sub), on purpose
    "l2_dynamodb/integ_dynamodb_add_to_resource_policy_scoped": {"E1029"},
}


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert {a.suite for a in APPS} == SUITES
    assert len(APPS) >= 30


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        text = path.read_text(encoding="utf-8")
        errors = _errors(text)
        if "Resources" not in json.loads(text):
            # A stack with no resources (e.g. one that only reads a shared parameter): aws-cdk-lib writes the same
            # template, which CloudFormation's schema (E1001) rejects; nothing else may be wrong with it.
            errors = [e for e in errors if not e.startswith("E1001 'Resources' is a required property")]
        accepted = AWS_CDK_LIB_FINDINGS.get(app.test_id, set())
        errors = [e for e in errors if e.split(" ", 1)[0] not in accepted]
        assert errors == [], path.name


def test_the_lint_check_catches_a_broken_table() -> None:
    broken = {
        "Resources": {
            "T": {
                "Type": "AWS::DynamoDB::Table",
                "Properties": {"KeySchema": [{"AttributeName": "pk", "KeyType": "SIDEWAYS"}]},
            }
        }
    }
    assert _errors(json.dumps(broken)) != []
