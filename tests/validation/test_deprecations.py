"""Deprecated APIs warn as aws-cdk-lib's (jsii's) do; ``JSII_DEPRECATED=fail`` makes them errors.

``deprecations_expected.json`` holds aws-cdk-lib 2.275.0's outcome for each case of ``_deprecation_app.py`` in each
``JSII_DEPRECATED`` mode (written by ``_deprecations_oracle.py``): its stdout line (``SYNTHESIZED`` or the error)
and the warnings it printed. pycdk runs the same app in a fresh process and must print the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _deprecation_app import CASES

from constructs._private.validation.deprecated_props import DEPRECATED_PROPS
from constructs._private.validation.deprecations import DeprecationError, check_deprecated_props, deprecated

HERE = Path(__file__).parent
EXPECTED: dict[str, dict[str, object]] = json.loads((HERE / "deprecations_expected.json").read_text("utf-8"))
MODES = ("default", "fail", "quiet")


def _warnings_of(stderr: str) -> list[str]:
    out: list[str] = []
    for line in stderr.splitlines():
        if line.startswith("[WARNING]"):
            out.append(line)
        elif out and line.startswith("  ") and "\n" not in out[-1]:
            out[-1] += "\n" + line
    return out


def test_the_oracle_covers_every_case_and_mode() -> None:
    assert sorted(EXPECTED) == sorted(f"{c}/{m}" for c in CASES for m in MODES)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES)
def test_same_warnings_and_outcome_as_aws_cdk_lib(case: str, mode: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "JSII_DEPRECATED"}
    if mode != "default":
        env["JSII_DEPRECATED"] = mode
    done = subprocess.run([sys.executable, str(HERE / "_deprecation_app.py"), "pycdk", case, str(tmp_path)],
                          env=env, capture_output=True, text=True, check=True, timeout=120)
    expected = EXPECTED[f"{case}/{mode}"]
    assert _warnings_of(done.stderr) == expected["warnings"]
    assert done.stdout.strip().splitlines()[-1] == expected["stdout"]


def test_the_table_holds_the_deprecated_props_of_the_l2_call_sites() -> None:
    # the two call sites (dynamodb.Table, lambda_.Function) and what aws-cdk-lib says about them
    assert DEPRECATED_PROPS["aws_dynamodb.TableProps"]["point_in_time_recovery"] == (
        "aws-cdk-lib.aws_dynamodb.TableOptions#pointInTimeRecovery", "use `pointInTimeRecoverySpecification` instead")
    assert DEPRECATED_PROPS["aws_lambda.FunctionProps"]["log_retention"] == (
        "aws-cdk-lib.aws_lambda.FunctionOptions#logRetention", "use `logGroup` instead")


def test_deprecated_warns_once_per_api(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JSII_DEPRECATED", raising=False)
    monkeypatch.setattr("constructs._private.validation.deprecations._WARNED", set())
    deprecated("x.Y#z", " use w ")
    deprecated("x.Y#z", "use w")
    check_deprecated_props("aws_lambda.FunctionProps", {"log_retention": None, "log_format": "JSON"})
    assert capsys.readouterr().err == (
        "[WARNING] x.Y#z is deprecated, and will be removed in the next major release.\n  use w\n"
        "[WARNING] aws-cdk-lib.aws_lambda.FunctionOptions#logFormat is deprecated, and will be removed in the next "
        "major release.\n  Use `loggingFormat` as a property instead.\n"
    )


def test_strict_mode_raises_with_the_api_and_the_advice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JSII_DEPRECATED", "fail")
    with pytest.raises(DeprecationError, match=r"^aws-cdk-lib.aws_dynamodb.TableOptions#pointInTimeRecovery is "
                                               r"deprecated, .*\n  use `pointInTimeRecoverySpecification` instead$"):
        check_deprecated_props("aws_dynamodb.TableProps", {"point_in_time_recovery": False})
