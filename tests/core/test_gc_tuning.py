"""The cyclic collector around synthesis: paused during it, re-enabled after, long-lived objects frozen only on
success, and handed back to the collector by the next App."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import constructs as cdk
from constructs._private.gc_tuning import collector_paused


def test_synthesis_freezes_what_it_leaves_and_reenables_the_collector(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path))
    stack = cdk.Stack(app, "S")
    cdk.CfnResource(stack, "R", type="AWS::SQS::Queue")
    gc.unfreeze()
    assert gc.get_freeze_count() == 0
    app.synth()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    cdk.App(outdir=str(tmp_path / "next"))
    assert gc.get_freeze_count() == 0


def test_a_failed_block_freezes_nothing() -> None:
    gc.unfreeze()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        garbage: list[object] = []
        garbage.append(garbage)
        raise RuntimeError("synthesis failed")
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
