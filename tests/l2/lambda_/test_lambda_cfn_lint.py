"""Every template pycdk synthesizes for the l2_lambda, l2_lambda_destinations, l2_lambda_event_sources and
l2_cloudwatch golden apps passes cfn-lint (l2_logs: tests/l2/logs)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

SUITES = ("l2_lambda", "l2_lambda_destinations", "l2_lambda_event_sources", "l2_cloudwatch")
APPS = [app for app in all_apps() if app.suite in SUITES]


# Findings aws-cdk-lib's own template has too (the ports keep the original integ test as written), by app and
# template: the rule ids allowed there.
AWS_CDK_LIB_FINDINGS: dict[tuple[str, str], set[str]] = {
    # the original adds its function to the outer stack, so the stack under test is empty
    ("l2_lambda/integ_lambda_dlq", "LambdaWithDlqStack.template.json"): {"E1001"},
    # the original uses nodejs14.x, deprecated since
    ("l2_lambda/integ_layer_version", "aws-cdk-layer-version-1.template.json"): {"E2531"},
    ("l2_lambda_destinations/integ_lambda_chain", "aws-cdk-lambda-chain.template.json"): {"E2531"},
    ("l2_lambda/integ_lambda_customize_roles", "integ-lambda-customize-roles.template.json"): {"E2531"},
    ("l2_lambda/integ_lambda_insights_mapping", "stack.template.json"): {"E2531"},
    ("l2_lambda/integ_log_retention", "aws-cdk-lambda-log-retention.template.json"): {"E2531"},
    ("l2_lambda/integ_lambda_filesystem", "aws-cdk-lambda-1.template.json"): {"E2531"},  # python3.7
    # the original imports a profiling group whose ARN has a 10-digit account id
    ("l2_lambda/integ_lambda_profiling", "Stack1.template.json"): {"E3510"},
    # pycdk divergence (KNOWN_DIVERGENCES): the repository policy names the repository's own ARN; goes with the iam fix
    # the original's import stack has only outputs (no resources)
    ("l2_cloudwatch/integ_composite_alarm", "CompositeAlarmImportIntegrationTest.template.json"): {"E1001"},
}


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert {a.suite for a in APPS} == set(SUITES)
    assert len(APPS) >= 25


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        allowed = AWS_CDK_LIB_FINDINGS.get((app.test_id, path.name), set())
        errors = [e for e in _errors(path.read_text(encoding="utf-8")) if e.split(" ", 1)[0] not in allowed]
        assert errors == [], path.name


def test_the_lint_check_catches_a_bad_function() -> None:
    broken = {"Resources": {"F": {"Type": "AWS::Lambda::Function", "Properties": {"Runtime": "python3.12"}}}}
    assert _errors(json.dumps(broken)) != []
