"""Policy validation (plugins run after synthesis) against aws-cdk-lib: the same scenarios
(``_b_policy_scenarios.py``) were run through aws-cdk-lib 2.275.0 by ``_b_policy_oracle.py``; the report files,
the error and the text printed must be the same (pycdk records no stack traces: the oracle's ``stackTraces``
were dropped from its reports).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import constructs as cdk

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from _b_policy_scenarios import OUTDIR, SCENARIOS  # noqa: E402

EXPECTED = json.loads((HERE / "b_policy_expected.json").read_text())


def _normalise(text: str, outdir: str) -> str:
    for form in (outdir, os.path.relpath(outdir)):
        text = text.replace(form, "<OUTDIR>")
    return text


def test_every_scenario_has_an_oracle_record() -> None:
    assert set(EXPECTED) == set(SCENARIOS)


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_scenario_matches_aws_cdk_lib(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # the oracle ran outside pytest: without these variables, both libraries see an app of unknown mode
    for var in ("PYTEST_CURRENT_TEST", "PYTEST_VERSION", "CDK_APP_MODE", "NODE_ENV"):
        monkeypatch.delenv(var, raising=False)
    expected = EXPECTED[name]
    outdir = OUTDIR["path"] = str(tmp_path / "out")
    app = SCENARIOS[name](cdk, lambda cls: cls)
    error = None
    try:
        app.synth()
    except cdk.UnscopedValidationError as e:
        error = _normalise(str(e), outdir)
    assert error == expected["error"]
    assert _normalise(capsys.readouterr().err.rstrip("\n"), outdir) == expected["stderr"]
    reports: dict[str, Any] = {}
    for root, _, files in os.walk(outdir):
        for f in files:
            if f in ("validation-report.json", "policy-validation-report.json"):
                reports[os.path.relpath(os.path.join(root, f), outdir)] = json.loads(Path(root, f).read_text())
    for report in reports.values():  # pycdk has no creation traces: every location is aws-cdk-lib's hint
        for plugin in report.get("pluginReports", []):
            for v in plugin.get("violations", []):
                for c in v.get("violatingConstructs", []):
                    level = c.get("constructStack")
                    while level:
                        assert level.pop("location") == "Run with '--debug' to include location info"
                        level = level.get("child")
    assert reports == expected["reports"]


def test_report_file_is_written_as_aws_cdk_lib_writes_it(tmp_path: Path) -> None:
    OUTDIR["path"] = str(tmp_path / "out")
    with pytest.raises(cdk.UnscopedValidationError):
        SCENARIOS["failure"](cdk, lambda cls: cls).synth()
    text = (tmp_path / "out" / "validation-report.json").read_text()
    assert text.startswith('{\n  "version": ') and not text.endswith("\n")


def test_an_app_without_plugins_writes_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # with the built-in validation off (on, aws-cdk-lib and pycdk write its report: tests/validation)
    monkeypatch.setenv("CDK_VALIDATION", "false")
    app = cdk.App(outdir=str(tmp_path))
    cdk.CfnResource(cdk.Stack(app, "S"), "Q", type="AWS::SQS::Queue")
    app.synth()
    assert not (tmp_path / "validation-report.json").exists()


def test_add_plugins_needs_a_stage() -> None:
    orphan = cdk.Construct(None, "")  # type: ignore[arg-type]
    with pytest.raises(cdk.UnscopedValidationError, match="without an enclosing Stage"):
        cdk.Validations.of(orphan).add_plugins()


def test_plugin_context_has_stack_templates_and_environment(tmp_path: Path) -> None:
    seen: dict[str, Any] = {}

    class Probe:
        name = "probe"
        version = None
        rule_ids = None

        def validate(self, context: Any) -> Any:
            seen["paths"] = [os.path.basename(p) for p in context.template_paths]
            seen["stacks"] = [(s.stack_construct_path, s.account_id, s.region) for s in context.stack_templates]
            seen["env"] = (context.account_id, context.region)
            seen["app"] = context.app_construct
            return cdk.PolicyValidationPluginReportBeta1(success=True, violations=[])

    app = cdk.App(outdir=str(tmp_path), policy_validation_beta1=[Probe()])
    cdk.CfnResource(cdk.Stack(app, "A", env=cdk.Environment(account="111111111111", region="eu-west-1")), "Q",
                    type="AWS::SQS::Queue")
    cdk.CfnResource(cdk.Stack(app, "B"), "Q", type="AWS::SQS::Queue")
    app.synth()
    assert seen["paths"] == ["A.template.json", "B.template.json"]
    assert seen["stacks"] == [("A", "111111111111", "eu-west-1"), ("B", None, None)]
    assert seen["env"] == (None, None)
    assert seen["app"] is app


def test_cloudformation_validate_plugin_reports_a_schema_violation_as_aws_cdk_lib(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # aws-cdk-lib 2.275 (its engine) reports, for this app: rule F3002, description "BogusProperty: Additional
    # properties are not allowed ('BogusProperty' was unexpected)", severity error, the CfnBucket's path and
    # fqn, its logical id and property path "Properties.BogusProperty". pycdk runs cfn-lint: the rule is E3002.
    from l2 import s3

    monkeypatch.chdir(tmp_path)
    app = cdk.App(outdir="out", context={"@aws-cdk/core:appMode": "process"},
                  policy_validation_beta1=[cdk.CloudFormationValidatePlugin(include_default_rules=False)])
    stack = cdk.Stack(app, "CloudFormationValidatePluginStack")
    bucket = s3.Bucket(stack, "MyBucket", removal_policy=cdk.RemovalPolicy.DESTROY)
    bucket.node.default_child.add_property_override("BogusProperty", "invalid-value")  # type: ignore[union-attr]
    app.synth()
    report = json.loads((tmp_path / "out" / "validation-report.json").read_text())
    (plugin,) = report["pluginReports"]
    assert plugin["pluginName"] == "CloudFormation Validate" and plugin["conclusion"] == "failure"
    (violation,) = plugin["violations"]
    assert violation["ruleName"] == "E3002"
    assert violation["description"] == "BogusProperty: Additional properties are not allowed ('BogusProperty' was unexpected)"
    assert violation["severity"] == "error"
    assert violation["violatingConstructs"] == [{
        "constructPath": "CloudFormationValidatePluginStack/MyBucket/Resource",
        "constructFqn": "aws-cdk-lib.aws_s3.CfnBucket",
        "libraryVersion": "2.275.0",
        "cloudFormationResource": {
            "templatePath": "CloudFormationValidatePluginStack.template.json",
            "logicalId": "MyBucketF68F3FF0",
            "propertyPaths": ["Properties.BogusProperty"],
        },
    }]
    assert capsys.readouterr().err.splitlines()[:3] == [
        "ERROR BogusProperty: Additional properties are not allowed ('BogusProperty' was unexpected) "
        "(CloudFormation Validate)",
        "   CloudFormationValidatePluginStack/MyBucket/Resource (MyBucketF68F3FF0) aws-cdk-lib.aws_s3.CfnBucket",
        "   Acknowledge with 'CloudFormation-Validate::E3002'",
    ]


def test_cloudformation_validate_plugin_refuses_guard_and_rego_rules() -> None:
    with pytest.raises(cdk.UnscopedValidationError, match="Guard and Rego rules"):
        cdk.CloudFormationValidatePlugin(guard_rules=[cdk.ValidationRuleSource(name="r.guard", content="rule x {}")])
    plugin = cdk.CloudFormationValidatePlugin()
    assert plugin.name == cdk.CloudFormationValidatePlugin.PLUGIN_NAME == "CloudFormation Validate"
    assert plugin.version
    assert "E3002" in (plugin.rule_ids or []) and "W3005" not in (plugin.rule_ids or [])
