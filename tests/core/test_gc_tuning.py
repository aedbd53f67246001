"""The cyclic collector is paused during synthesis only: building apps leaves it alone, so earlier apps are
collected like any other garbage; a successful synthesis spares the interpreter's teardown a full collection."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import constructs as cdk
from constructs._private.gc_tuning import collector_paused


@pytest.fixture
def collections() -> Iterator[list[int]]:
    """The generations of the collections that run while the test does."""
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(record)
    try:
        yield seen
    finally:
        gc.callbacks.remove(record)


def test_building_an_app_neither_collects_nor_freezes(collections: list[int], tmp_path: Path) -> None:
    cdk.App(outdir=str(tmp_path / "first"))  # an earlier app, as in a test suite
    frozen = gc.get_freeze_count()
    for i in range(3):
        app = cdk.App(outdir=str(tmp_path / str(i)))
        cdk.CfnResource(cdk.Stack(app, "S"), "R", type="AWS::SQS::Queue")
    assert 2 not in collections  # no full collection (the old design collected everything in every App())
    assert gc.get_freeze_count() <= frozen  # frozen objects freed by reference counting leave the count


def test_an_unreachable_tree_is_left_to_the_collector(tmp_path: Path) -> None:
    app = cdk.App(outdir=str(tmp_path))
    child = cdk.Construct(app, "Child")
    cdk.Construct(child, "Grandchild")
    ref = weakref.ref(child)
    del app, child
    gc.collect()
    assert ref() is None  # the tree (node <-> construct cycles) was not frozen out of the collector's reach


def test_synthesis_runs_with_the_collector_paused_and_restores_it(tmp_path: Path) -> None:
    states: list[bool] = []
    app = cdk.App(outdir=str(tmp_path))
    stack = cdk.Stack(app, "S")
    cdk.CfnResource(stack, "R", type="AWS::SQS::Queue")
    cdk.CfnOutput(stack, "O", value=cdk.Lazy.string(lambda: str(states.append(gc.isenabled()))))
    app.synth()
    assert states and not any(states)
    assert gc.isenabled()


def test_a_failed_block_restores_the_collector() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("synthesis failed")
    assert gc.isenabled()


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def _run(code: str, tmp_path: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    return result.stdout


def test_the_first_app_freezes_the_startup_heap_once(tmp_path: Path) -> None:
    code = """
        import gc
        import constructs as cdk
        print(gc.get_freeze_count())
        app = cdk.App(outdir="out")
        print(gc.get_freeze_count())
        cdk.CfnResource(cdk.Stack(app, "S"), "R", type="AWS::SQS::Queue")
        cdk.CfnResource(cdk.Stack(cdk.App(outdir="out2"), "S"), "R", type="AWS::SQS::Queue")
        print(gc.get_freeze_count())
    """
    before, first, later = map(int, _run(code, tmp_path).split())
    assert before == 0
    assert first > 10_000  # the imported modules
    assert later <= first  # nothing more frozen (it drops when frozen objects are freed)


def test_after_a_synthesis_the_teardown_collects_nothing(tmp_path: Path) -> None:
    # exit hooks run last-registered first: this one, registered before synthesis, sees the heap after pycdk's
    code = """
        import atexit, gc
        import constructs as cdk
        app = cdk.App(outdir="out")
        startup = gc.get_freeze_count()
        atexit.register(lambda: print(gc.get_freeze_count() - startup, gc.isenabled()))
        cdk.CfnResource(cdk.Stack(app, "S"), "R", type="AWS::SQS::Queue")
        app.synth()
        print(gc.get_freeze_count() - startup)
    """
    after_synth, at_exit, enabled = _run(code, tmp_path).split()
    assert int(after_synth) <= 0  # synthesis itself freezes nothing
    assert int(at_exit) > 100 and enabled == "True"  # the tree (a few hundred objects), frozen at exit


def test_without_a_synthesis_the_exit_is_left_alone(tmp_path: Path) -> None:
    code = """
        import atexit, gc
        import constructs as cdk
        app = cdk.App(outdir="out")
        startup = gc.get_freeze_count()
        atexit.register(lambda: print(gc.get_freeze_count() - startup))
        cdk.CfnResource(cdk.Stack(app, "S"), "R", type="AWS::SQS::Queue")
    """
    assert int(_run(code, tmp_path)) <= 0
