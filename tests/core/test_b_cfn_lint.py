"""Every template pycdk synthesizes for the core golden apps of issue 14 part B (``b_*`` and the integ ports of
the CloudFormation-element, token and validation areas) passes cfn-lint."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from cfnlint.api import ManualArgs, lint

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
sys.path.insert(0, str(GOLDEN))

from _harness import GoldenApp, all_apps  # noqa: E402

PART_B_INTEG = {
    "integ_cfn_mappings",
    "integ_cfn_mappings_find_in_map",
    "integ_logical_id",
    "integ_acknowledge_warnings",
    "integ_validations_acknowledge_annotations_warning",
    "integ_cloudformation_validate_plugin",
    "integ_default_validation_plugin",
    "integ_same_region_references_weak",
    "integ_same_region_references_both",
    "integ_same_region_references_strong",
    "integ_same_region_references_weak_string_list",
    "integ_cross_region_references",
    "integ_cross_region_references_both",
    "integ_cross_region_references_weak",
    "integ_cross_region_writer",
    "integ_cross_account_references",
    "integ_cross_account_references_multi_consumer",
    "integ_default_rego_rules",
    "integ_token_aware_stringify_logical_ids",
}
APPS = [
    app for app in all_apps()
    if app.suite == "core" and (app.name.startswith("b_") or app.name in PART_B_INTEG)
]

# Findings aws-cdk-lib's own template has too (the ports keep the original integ test as written).
AWS_CDK_LIB_FINDINGS: dict[tuple[str, str], set[str]] = {
    # the originals inject an unknown property on purpose, for the validation plugin to find
    ("core/integ_cloudformation_validate_plugin", "CloudFormationValidatePluginStack.template.json"): {"E3002"},
    ("core/integ_default_validation_plugin", "DefaultValidationPluginStack.template.json"): {"E3002"},
    # cfn-lint's template schema has no Hooks section (CloudFormation takes it with the AWS::CodeDeployBlueGreen
    # transform)
    ("core/b_hooks_update_policies", "Hooks.template.json"): {"E1001"},
    # the original integ test has no resource and maps to an object
    ("core/integ_cfn_mappings", "core-cfn-mapping-1.template.json"): {"E1001", "E7001"},
    # cfn-lint does not know that Fn::GetStackOutput gives a string
    ("core/integ_same_region_references_weak_string_list", "SameRegionWeakStringListConsumer.template.json"): {"E1017"},
    # the stack holds a construct without resources (only its warnings matter)
    ("core/integ_acknowledge_warnings", "AcknowledgeWarningsStack.template.json"): {"E1001"},
    ("core/integ_validations_acknowledge_annotations_warning",
     "core-validations-acknowledge-annotations-warning.template.json"): {"E1001"},
}


def _errors(template_text: str) -> list[str]:
    matches = lint(template_text, config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_there_are_apps_to_lint() -> None:
    assert {a.name for a in APPS} >= PART_B_INTEG
    assert len(APPS) >= len(PART_B_INTEG) + 2


@pytest.mark.parametrize("app", APPS, ids=lambda a: a.test_id)
def test_pycdk_templates_pass_cfn_lint(app: GoldenApp) -> None:
    outdir = app.fixture_dir  # pycdk's templates equal these (test_golden.py): lint once, not synth twice
    templates = sorted(outdir.glob("*.template.json"))
    assert templates, f"{app.test_id} produced no template"
    for path in templates:
        allowed = AWS_CDK_LIB_FINDINGS.get((app.test_id, path.name), set())
        errors = [e for e in _errors(path.read_text(encoding="utf-8")) if e.split(" ", 1)[0] not in allowed]
        assert errors == [], path.name


def test_the_lint_check_catches_a_bad_hook_template() -> None:
    broken = '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"Bogus": 1}}}}'
    assert _errors(broken) != []
