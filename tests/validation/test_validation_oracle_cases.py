"""Issue 22 part 2: each validation case synthesized by aws-cdk-lib and by pycdk, outcomes side by side.

``validation_expected.json`` is aws-cdk-lib 2.275.0's outcome (written by ``_validation_oracle.py`` from the same
apps, ``_validation_cases``): whether synth succeeded, and the findings of its built-in template validation for
the rules pycdk implements. pycdk must succeed or fail as aws-cdk-lib does and report the same findings (rule,
level, aws-cdk-lib's description, construct) — as warning annotations, or in the synthesis error.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from _validation_cases import CASES, CONTEXT, ENV, build_stacks

import constructs as cdk
from constructs._errors import DependencyCycleError, SynthesisError
from l2 import iam, kms, lambda_, sns, sqs
from l2 import lambda_event_sources as les

EXPECTED: dict[str, Any] = json.loads((Path(__file__).parent / "validation_expected.json").read_text("utf-8"))
MODULES = SimpleNamespace(cdk=cdk, kms=kms, sns=sns, iam=iam, sqs=sqs, lambda_=lambda_, les=les)
# with failSynthOnValidationErrors false aws-cdk-lib reports the findings as errors and succeeds; pycdk's error
# annotations fail synthesis, so it keeps them as warnings
KEPT_AS_WARNINGS = {"kms_sns_cycle_flag_no_fail"}
_ACK = re.compile(r"^(.*?)(?: \(construct paths: [^)]*\))? \[ack: CloudFormation-Validate::(\w+)\]$", re.S)


def synth(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> cdk.CloudAssembly:
    monkeypatch.delenv("CDK_VALIDATION", raising=False)
    for k, v in ENV.get(case, {}).items():
        monkeypatch.setenv(k, v)
    app = cdk.App(outdir=str(tmp_path), context=CONTEXT.get(case))
    build_stacks(case, MODULES, app)
    return app.synth()


def findings_of(assembly: cdk.CloudAssembly) -> list[list[Any]]:
    """``[rule, "warning", description, [construct path]]`` for each validation warning annotated."""
    out = []
    for stack in assembly.stacks:
        for m in stack.messages:
            match = _ACK.match(str(m.entry["data"]))
            if match and m.level == "warning":
                out.append([match.group(2), "warning", match.group(1), [m.id.lstrip("/")]])
    return sorted(out)


def test_the_oracle_covers_every_case() -> None:
    assert sorted(EXPECTED) == sorted(CASES)


@pytest.mark.parametrize("case", [c for c in CASES if EXPECTED[c]["outcome"] == "ok"])
def test_successful_synth_reports_aws_cdk_libs_findings(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = [[rule, "warning" if case in KEPT_AS_WARNINGS else severity, description, paths]
                for rule, severity, description, paths in EXPECTED[case]["findings"]]
    assert findings_of(synth(case, tmp_path, monkeypatch)) == expected


def test_validation_failure_lists_each_finding_with_its_construct(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = EXPECTED["kms_sns_cycle_flag"]
    assert expected["outcome"] == "error" and expected["error"] == "ValidationFailed"
    with pytest.raises(SynthesisError) as info:
        synth("kms_sns_cycle_flag", tmp_path, monkeypatch)
    text = str(info.value)
    assert text.startswith("ValidationFailed: Validation failed")
    assert text.count("ERROR ") == len(expected["findings"]) == 2
    for rule, severity, description, paths in expected["findings"]:
        assert severity == "error"
        block = text[text.index(f"ERROR {description}"):]
        assert block.split("\n")[1].strip().startswith(paths[0] + " (")
        assert f"Acknowledge with 'CloudFormation-Validate::{rule}'" in block


def test_cycle_between_stacks_fails_as_aws_cdk_lib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert EXPECTED["cross_stack_cycle"] == {"error": "DependencyCycle", "findings": [], "other_rules": [],
                                             "outcome": "error"}
    with pytest.raises(DependencyCycleError, match=r"^DependencyCycle: 'S' depends on 'T' \(S -> T/T2/Resource"):
        synth("cross_stack_cycle", tmp_path, monkeypatch)
