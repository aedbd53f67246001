"""Every template pycdk synthesizes for the l2_cloudwatch_actions golden apps passes cfn-lint, and the actions
behave as in aws-cdk-lib where a template does not show it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

import constructs as cdk
from l2 import cloudwatch, cloudwatch_actions, lambda_

GOLDEN = Path(__file__).resolve().parents[2] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

APPS = [app for app in all_apps() if app.suite == "l2_cloudwatch_actions"]


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert len(APPS) >= 3


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        assert _errors(path.read_text(encoding="utf-8")) == [], path.name


def test_lambda_permission_is_per_alarm_without_unique_ids() -> None:
    # as aws-cdk-lib 2.275 does: a second action of the same alarm reuses the permission; another alarm on the
    # same function needs use_unique_permission_id (otherwise the permission ids clash)
    app = cdk.App()
    stack = cdk.Stack(app, "S")
    fn = lambda_.Function(stack, "Fn", runtime=lambda_.Runtime.PYTHON_3_12, handler="index.handler",
                          code=lambda_.Code.from_inline("x"))
    first, second = (cloudwatch.Metric(namespace="N", metric_name=n).create_alarm(stack, n, threshold=1,
                                                                                 evaluation_periods=1)
                     for n in ("A", "B"))
    first.add_alarm_action(cloudwatch_actions.LambdaAction(fn))
    first.add_ok_action(cloudwatch_actions.LambdaAction(fn))
    assert [c.node.id for c in fn.node.children if "Permission" in c.node.id] == ["AlarmPermission"]
    with pytest.raises(ValueError, match="There is already a Construct with name 'AlarmPermission'"):
        second.add_alarm_action(cloudwatch_actions.LambdaAction(fn))
