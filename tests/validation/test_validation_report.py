"""``validation-report.json`` as aws-cdk-lib 2.275.0 writes it (``report_expected.json``, recorded from the same
apps by ``_report_oracle.py``): written on every synthesis while the built-in validation runs, the built-in
checks' findings as the "CloudFormation Validate" report, and with ``@aws-cdk/core:annotationsInValidationReport``
the warning annotations as the "Construct Annotations" report; the legacy ``policy-validation-report.json`` with
``@aws-cdk/core:validationReportJson``.

Left out of the comparison: stack traces (pycdk records none: no ``stackTraces``, and the legacy file's
``location`` says so) and the built-in plugin's ``pluginVersion`` (aws-cdk-lib's engine version; pycdk's checks
are not that engine and write none)."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from _report_cases import CASES, CONTEXT, build

import constructs as cdk
from l2 import iam, kms, lambda_, sns, sqs
from l2 import lambda_event_sources as les

EXPECTED: dict[str, Any] = json.loads((Path(__file__).parent / "report_expected.json").read_text("utf-8"))
MODULES = SimpleNamespace(cdk=cdk, kms=kms, sns=sns, iam=iam, sqs=sqs, lambda_=lambda_, les=les)


def _without_engine_version(report: dict[str, Any]) -> dict[str, Any]:
    for plugin in report["pluginReports"]:
        if plugin["pluginName"] == "CloudFormation Validate":
            assert plugin.pop("pluginVersion", None) in ("1.12.1", None)
    return report


def _without_locations(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_locations(v) for k, v in value.items() if k not in ("location", "version")}
    if isinstance(value, list):
        return [_without_locations(v) for v in value]
    return value


def _synth(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    monkeypatch.setenv("CDK_APP_MODE", "process")
    app = cdk.App(outdir=str(tmp_path), context=CONTEXT.get(case))
    build(case, MODULES, app)
    app.synth()
    return tmp_path


def test_the_oracle_covers_every_case() -> None:
    assert sorted(EXPECTED) == sorted(CASES)
    assert all(r["outcome"] == "ok" for r in EXPECTED.values())


@pytest.mark.parametrize("case", CASES)
def test_validation_report_is_aws_cdk_libs(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = _synth(case, tmp_path, monkeypatch)
    expected = EXPECTED[case]
    produced = json.loads((out / "validation-report.json").read_text("utf-8"))
    assert _without_engine_version(produced) == _without_engine_version(expected["validation-report.json"])
    legacy = out / "policy-validation-report.json"
    assert legacy.exists() == ("policy-validation-report.json" in expected)
    if legacy.exists():
        assert _without_locations(json.loads(legacy.read_text("utf-8"))) == _without_locations(
            expected["policy-validation-report.json"])


def test_no_report_when_the_built_in_validation_is_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_VALIDATION", "false")
    app = cdk.App(outdir=str(tmp_path))
    build("kms_sns_cycle", MODULES, app)
    app.synth()
    assert not (tmp_path / "validation-report.json").exists()
    # annotations still go into a report when asked for (aws-cdk-lib's annotation plugin does not need the switch)
    app = cdk.App(outdir=str(tmp_path / "ann"), context=CONTEXT["annotations"])
    build("annotations", MODULES, app)
    app.synth()
    report = json.loads((tmp_path / "ann" / "validation-report.json").read_text("utf-8"))
    assert [p["pluginName"] for p in report["pluginReports"]] == ["Construct Annotations"]
