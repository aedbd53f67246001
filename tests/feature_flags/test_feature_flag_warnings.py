"""A flag set in context to a value other than its unset value, read by a shipped module that does not honour
it, gives one warning per flag on the first construct of that module in the stage (the first stack for core),
and only when the module is used. Honoured flags, unset flags and flags at their unset value give none."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from constructs import App, CfnResource, Stack, Stage
from constructs._private.feature_flag_report import L2_ONLY_CORE_FLAGS
from constructs._private.feature_flag_table import DEFAULTS, READERS
from l2 import iam, sqs

PREFIX = "pycdk:featureFlagNotHonoured:"
# Flags added to the table for these tests (the real unhonoured ones change as modules honour them): one read by
# sqs, one by core, neither honoured, both false when unset.
IAM_FLAG = "@aws-cdk/aws-sqs:pycdkTestOnlyFlag"
CORE_FLAG = "@aws-cdk/core:pycdkTestOnlyFlag"


@pytest.fixture(autouse=True)
def _test_flags(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(READERS, IAM_FLAG, (("sqs", False),))
    monkeypatch.setitem(READERS, CORE_FLAG, (("core", False),))
    monkeypatch.setitem(DEFAULTS, IAM_FLAG, False)
    monkeypatch.setitem(DEFAULTS, CORE_FLAG, False)


def _warnings(outdir: Path) -> dict[str, list[str]]:
    """Path -> warning texts, from every metadata file of the assembly."""
    found: dict[str, list[str]] = {}
    for meta in outdir.rglob("*.metadata.json"):
        for path, entries in json.loads(meta.read_text()).items():
            texts = [e["data"] for e in entries if e["type"] == "aws:cdk:warning"]
            if texts:
                found.setdefault(path, []).extend(texts)
    return found


def _flag_warnings(outdir: Path) -> dict[str, list[str]]:
    return {
        path: [t.split(f"[ack: {PREFIX}")[1].rstrip("]") for t in texts if f"[ack: {PREFIX}" in t]
        for path, texts in _warnings(outdir).items()
        if any(PREFIX in t for t in texts)
    }


def _app(tmp_path: Path, context: dict[str, Any]) -> App:
    return App(outdir=str(tmp_path / "out"), context=context)


def test_unhonoured_flag_warns_once_on_the_first_construct_of_the_module(tmp_path: Path) -> None:
    app = _app(tmp_path, {IAM_FLAG: True})
    one = Stack(app, "One")
    iam.Role(one, "Role", assumed_by=iam.AccountRootPrincipal())
    sqs.Queue(one, "First")
    sqs.Queue(Stack(app, "Two"), "Second")
    app.synth()
    assert _flag_warnings(tmp_path / "out") == {"/One/First": [IAM_FLAG]}
    text = _warnings(tmp_path / "out")["/One/First"][0]
    assert text.startswith(f"Feature flag {IAM_FLAG} is set to true in the context, but pycdk's 'sqs' module")


def test_no_warning_when_the_module_is_not_used(tmp_path: Path) -> None:
    app = _app(tmp_path, {IAM_FLAG: True})
    iam.Role(Stack(app, "S"), "Role", assumed_by=iam.AccountRootPrincipal())
    app.synth()
    assert _flag_warnings(tmp_path / "out") == {}


@pytest.mark.parametrize("value", [False, "", 0, None])  # falsy as aws-cdk-lib reads flags ("false" is not)
def test_no_warning_when_the_flag_is_at_its_unset_value(tmp_path: Path, value: Any) -> None:
    app = _app(tmp_path, {IAM_FLAG: value, "@aws-cdk/core:newStyleStackSynthesis": True})
    sqs.Queue(Stack(app, "S"), "Queue")
    app.synth()
    assert _flag_warnings(tmp_path / "out") == {}


def test_string_true_and_core_flags_warn_on_the_first_stack(tmp_path: Path) -> None:
    app = _app(tmp_path, {CORE_FLAG: "true", "@aws-cdk/core:aspectStabilization": False})
    Stack(app, "A")
    Stack(app, "B")
    app.synth()
    # aspectStabilization is honoured: no warning for it
    assert _flag_warnings(tmp_path / "out") == {"/A": [CORE_FLAG]}


def test_honoured_flags_never_warn(tmp_path: Path) -> None:
    honoured = {f: not DEFAULTS[f] for f, readers in READERS.items() if all(h for _, h in readers)}
    assert "@aws-cdk/aws-iam:minimizePolicies" in honoured
    app = _app(tmp_path, honoured)
    stack = Stack(app, "S")
    iam.Role(stack, "Role", assumed_by=iam.AccountRootPrincipal())
    sqs.Queue(stack, "Queue")
    app.synth()
    assert _flag_warnings(tmp_path / "out") == {}


def test_acknowledged_warning_is_dropped(tmp_path: Path) -> None:
    app = _app(tmp_path, {CORE_FLAG: True, "@aws-cdk/core:acknowledgedWarnings": [PREFIX + CORE_FLAG]})
    Stack(app, "S")
    app.synth()
    assert _flag_warnings(tmp_path / "out") == {}


def test_each_stage_warns_for_its_own_constructs(tmp_path: Path) -> None:
    app = _app(tmp_path, {CORE_FLAG: True})
    Stack(app, "Top")
    Stack(Stage(app, "Prod"), "Inner")
    app.synth()
    assert _flag_warnings(tmp_path / "out") == {"/Top": [CORE_FLAG], "/Prod/Inner": [CORE_FLAG]}


def test_every_unhonoured_core_flag_warns(tmp_path: Path) -> None:
    # the real ones (none once core honours every flag it reads) and the test flag
    unhonoured = sorted(f for f, readers in READERS.items() if ("core", False) in readers)
    assert CORE_FLAG in unhonoured
    app = _app(tmp_path, {f: not DEFAULTS[f] for f in unhonoured})
    sqs.Queue(Stack(app, "S"), "Queue")
    app.synth()
    # those that change only what L2 constructs write go on the first L2 construct
    assert _flag_warnings(tmp_path / "out") == {
        "/S": [f for f in unhonoured if f not in L2_ONLY_CORE_FLAGS],
        **({"/S/Queue": [f for f in unhonoured if f in L2_ONLY_CORE_FLAGS]}
           if any(f in L2_ONLY_CORE_FLAGS for f in unhonoured) else {}),
    }


def test_a_core_flag_only_l2_constructs_feel_is_not_warned_about_without_them(tmp_path: Path) -> None:
    flag = "@aws-cdk/core:enableAdditionalMetadataCollection"
    assert flag in L2_ONLY_CORE_FLAGS
    app = _app(tmp_path / "l1", {flag: True})
    CfnResource(Stack(app, "S"), "Q", type="AWS::SQS::Queue")
    app.synth()
    assert _flag_warnings(tmp_path / "l1" / "out") == {}
    if READERS[flag] == (("core", False),):  # not honoured yet: warned about on the first L2 construct
        app = _app(tmp_path / "l2", {flag: True})
        stack = Stack(app, "S")
        CfnResource(stack, "Q", type="AWS::SQS::Queue")
        sqs.Queue(stack, "Queue")
        app.synth()
        assert _flag_warnings(tmp_path / "l2" / "out") == {"/S/Queue": [flag]}
