"""Each l2 call site of ``check_deprecated_props`` warns for its deprecated prop as aws-cdk-lib (jsii) does, fails
with the same text under ``JSII_DEPRECATED=fail``, and stays silent without the prop.

``deprecation_sites_expected.json`` is aws-cdk-lib 2.275.0's outcome for each case of ``_deprecation_sites_app.py``
(written by ``_deprecation_sites_oracle.py`` with the oracle venv); pycdk builds the same case in-process.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _deprecation_sites_app import CASES, build
from _deprecation_sites_oracle import RUNS, warnings_of

HERE = Path(__file__).parent
EXPECTED: dict[str, dict[str, object]] = json.loads((HERE / "deprecation_sites_expected.json").read_text("utf-8"))


def _key(case: str, variant: str, mode: str | None) -> str:
    return f"{case}/{variant}" + (f"/{mode}" if mode else "")


def test_the_oracle_covers_every_case_and_run() -> None:
    assert sorted(EXPECTED) == sorted(_key(c, v, m) for c in CASES for v, m in RUNS)


def test_aws_cdk_lib_warns_for_each_case_with_the_prop_and_only_then() -> None:
    # the cases are meaningful: each one's deprecated prop makes aws-cdk-lib warn more than without it
    # (KinesisFirehoseStream, a deprecated class, warns even without)
    for case in CASES:
        with_prop = EXPECTED[_key(case, "with", None)]["warnings"]
        without = EXPECTED[_key(case, "without", None)]["warnings"]
        assert isinstance(with_prop, list) and isinstance(without, list)
        assert set(without) < set(with_prop), case
        assert without == [] or case == "events_targets.KinesisFirehoseStream", case


@pytest.mark.parametrize(("variant", "mode"), RUNS)
@pytest.mark.parametrize("case", CASES)
def test_same_warnings_and_outcome_as_aws_cdk_lib(case: str, variant: str, mode: str | None,
                                                  capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("constructs._private.validation.deprecations._WARNED", set())
    if mode:
        monkeypatch.setenv("JSII_DEPRECATED", mode)
    else:
        monkeypatch.delenv("JSII_DEPRECATED", raising=False)
    outcome = build("pycdk", case, variant)
    expected = EXPECTED[_key(case, variant, mode)]
    assert outcome == expected["stdout"]
    assert warnings_of(capsys.readouterr().err) == expected["warnings"]
