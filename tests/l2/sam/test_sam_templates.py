"""Every SAM template the repository synthesizes passes the AWS SAM translator, and its output is cfn-lint clean.

The repository's ``examples/`` hold no SAM template (none uses ``AWS::Serverless::*``); the SAM templates are the
golden fixtures (recorded from aws-cdk-lib, and byte-identical to pycdk's output: ``tests/golden``) that hold
``AWS::Serverless::*`` resources, plus the SAM app below built with ``l2.sam``'s typed helpers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cfnlint.api import ManualArgs, lint

from assertions import Template
from constructs import Stack
from l2 import sam
from tests.l2.sam._translator import SAR_PLACEHOLDER_URL, sam_transform

ROOT = Path(__file__).resolve().parents[3]
GOLDEN = ROOT / "tests" / "golden"
# a cfn-include round-trip corpus template that puts a property unknown to SAM on a function on purpose
NOT_SAM_VALID = {"l2_cloudformation_include/fixtures/corpus_round_trip/cdk-properties-not-in-cfn-spec.template.json"}
# the app of this fixture holds L1 types that exist only in other regions than cfn-lint's us-east-1 (E3006)
LINT_IGNORED = {"l1/fixtures/added_l1_types/L1AddedTypes.template.json": "E3006 "}


def _is_sam(template: dict[str, Any]) -> bool:
    return any(str(r.get("Type", "")).startswith("AWS::Serverless::") for r in template.get("Resources", {}).values())


def _sam_templates(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.template.json") if _is_sam(json.loads(p.read_text())))


GOLDEN_SAM = _sam_templates(GOLDEN)


def _lint_errors(template: dict[str, Any]) -> list[str]:
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def test_examples_hold_no_sam_template() -> None:
    # if an example gains a SAM template, add its cdk.out to the parametrization below
    assert _sam_templates(ROOT / "examples") == []
    assert not [p for p in (ROOT / "examples").rglob("*.py") if "l2.sam" in p.read_text() or "aws_sam" in p.read_text()]


def test_there_are_golden_sam_templates() -> None:
    assert len(GOLDEN_SAM) >= 5


@pytest.mark.parametrize("path", GOLDEN_SAM, ids=lambda p: str(p.relative_to(GOLDEN)))
def test_golden_sam_template_transforms(path: Path) -> None:
    template = json.loads(path.read_text())
    name = str(path.relative_to(GOLDEN))
    if name in NOT_SAM_VALID:
        with pytest.raises(Exception, match="ParentPropertyNotInCfnSchema"):
            sam_transform(template)
        return
    out = sam_transform(template, sar_offline=True)
    assert "Transform" not in out
    assert not _is_sam(out)
    ignored = LINT_IGNORED.get(name)
    assert [e for e in _lint_errors(out) if not (ignored and e.startswith(ignored))] == []


def test_sar_application_becomes_a_nested_stack() -> None:
    path = GOLDEN / "l2_secretsmanager/fixtures/secret_rotation_sar/SecretRotationSar.template.json"
    template = json.loads(path.read_text())
    apps = [k for k, v in template["Resources"].items() if v["Type"] == "AWS::Serverless::Application"]
    assert apps
    out = sam_transform(template, sar_offline=True)
    for app in apps:
        assert out["Resources"][app]["Type"] == "AWS::CloudFormation::Stack"
        assert out["Resources"][app]["Properties"]["TemplateURL"] == SAR_PLACEHOLDER_URL


def test_typed_sam_app_transforms_and_lints(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    table = sam.CfnSimpleTable(stack, "Items")
    hook = sam.CfnFunction(
        stack,
        "PreTraffic",
        inline_code="def handler(event, context):\n    return None\n",
        handler="index.handler",
        runtime="python3.12",
        policies=[sam.LambdaInvokePolicy(function_name="placeholder")],
    )
    fn = sam.CfnFunction(
        stack,
        "Api",
        inline_code="def handler(event, context):\n    return {'statusCode': 200}\n",
        handler="index.handler",
        runtime="python3.12",
        policies=[
            sam.DynamoDBCrudPolicy(table_name=table.ref),
            sam.CloudWatchPutMetricPolicy(),
            sam.SSMParameterReadPolicy(parameter_name="app/config"),
        ],
    )
    sam.TrafficShifting(
        alias_name="live",
        deployment_preference=sam.DeploymentPreference(
            type=sam.DeploymentType.LINEAR_10_PERCENT_EVERY_1_MINUTE, hooks=sam.DeploymentHooks(pre_traffic=hook)
        ),
    ).apply(fn)
    out = sam_transform(synth(stack))
    types = {k: v["Type"] for k, v in out["Resources"].items()}
    assert types["Items"] == "AWS::DynamoDB::Table"
    assert types["ApiDeploymentGroup"] == "AWS::CodeDeploy::DeploymentGroup"
    assert types["ApiAliaslive"] == "AWS::Lambda::Alias"
    assert [p["PolicyName"] for p in out["Resources"]["ApiRole"]["Properties"]["Policies"]] == [
        "ApiRolePolicy0",
        "ApiRolePolicy1",
        "ApiRolePolicy2",
    ]
    assert _lint_errors(out) == []


def test_docs_example_transforms() -> None:
    text = (ROOT / "docs" / "sam.md").read_text()
    code = text.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, Any] = {}
    exec(compile(code, "docs/sam.md", "exec"), namespace)
    out = sam_transform(Template.from_stack(namespace["stack"]).to_json())
    types = {k: v["Type"] for k, v in out["Resources"].items()}
    assert types["ApiDeploymentGroup"] == "AWS::CodeDeploy::DeploymentGroup"
    assert out["Resources"]["ApiAliaslive"]["UpdatePolicy"]["CodeDeployLambdaAliasUpdate"]["BeforeAllowTrafficHook"] == {
        "Ref": "PreTraffic"
    }
    assert _lint_errors(out) == []
