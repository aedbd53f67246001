"""Every template pycdk synthesizes for the core golden apps of issue 14 part A (``a_*`` and the ported
``integ_*`` of apps, stages, stacks, synthesizers, assets, removal policies) passes cfn-lint."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

PART_A_INTEG = {
    "integ_removal_policies",
    "integ_removal_policys",
    "integ_removal_policy_options",
    "integ_stack",
    "integ_nested_stack_references",
    "integ_nested_stack_suppress_template_indentation",
    "integ_nested_stack_references_suppress_template_indentation",
    "integ_ecr_dualstack_synthesizer",
    "integ_stack_with_mixin",
    "integ_construct_metadata",
    "integ_enable_additional_metadata",
}
# Findings aws-cdk-lib's own template has too (the ports keep the original integ test as written), by app and
# template: the rule ids allowed there.
AWS_CDK_LIB_FINDINGS: dict[tuple[str, str], set[str]] = {
    # the originals' stacks hold only outputs (no resources)
    ("core/integ_stack", "Stack.template.json"): {"E1001"},
    ("core/integ_ecr_dualstack_synthesizer", "EcrSynthesizerIpv4Stack.template.json"): {"E1001"},
    ("core/integ_ecr_dualstack_synthesizer", "EcrSynthesizerDualStackStack.template.json"): {"E1001"},
    # aws-cdk-lib reads a weakly consumed list with one Fn::GetStackOutput, which cfn-lint does not see as a list
    # (and publishes that list attribute as an output value)
    ("core/a_consume_reference", "Consumer.template.json"): {"E6101"},
    ("core/a_consume_reference", "Producer.template.json"): {"E6101"},
    # the original applies SNAPSHOT to a bucket, which CloudFormation does not support
    ("core/integ_removal_policys", "Scope3.template.json"): {"E3035", "E3036"},
}
APPS = [
    app for app in all_apps()
    if app.suite == "core" and (app.test_id.split("/", 1)[1].startswith("a_") or app.test_id.split("/", 1)[1] in PART_A_INTEG)
]


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert len(APPS) >= len(PART_A_INTEG) + 2


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.rglob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        allowed = AWS_CDK_LIB_FINDINGS.get((app.test_id, path.name), set())
        errors = [e for e in _errors(path.read_text(encoding="utf-8")) if e.split(" ", 1)[0] not in allowed]
        assert errors == [], path.name


def test_the_lint_check_catches_a_bad_template() -> None:
    broken = {"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {}}}}
    assert _errors(json.dumps(broken)) != []
