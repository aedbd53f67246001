"""App and Stage: output directories, context from the environment, nested assemblies, synth caching."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest

from constructs import Annotations, App, CfnResource, Stack, Stage


def _manifest(directory: Path) -> dict[str, Any]:
    return json.loads((directory / "manifest.json").read_text())


def _snapshot(directory: Path) -> dict[str, bytes]:
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


# -- environment ------------------------------------------------------------------------------------------


def test_outdir_comes_from_cdk_outdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "from-env"
    monkeypatch.setenv("CDK_OUTDIR", str(target))
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    app = App()
    CfnResource(Stack(app, "S"), "R", type="AWS::SNS::Topic")
    assert Path(app.outdir) == target
    app.synth()
    assert (target / "S.template.json").is_file()
    assert (target / "manifest.json").is_file()


def test_explicit_outdir_wins_over_cdk_outdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_OUTDIR", str(tmp_path / "env"))
    app = App(outdir=str(tmp_path / "explicit"))
    assert Path(app.outdir) == tmp_path / "explicit"


def test_default_outdir_is_a_fresh_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CDK_OUTDIR", raising=False)
    monkeypatch.delenv("CDK_CONTEXT_JSON", raising=False)
    app = App()
    CfnResource(Stack(app, "S"), "R", type="AWS::SNS::Topic")
    app.synth()
    try:
        assert (Path(app.outdir) / "S.template.json").is_file()
        assert Path(app.outdir).parent == Path(tempfile.gettempdir())
    finally:
        shutil.rmtree(app.outdir, ignore_errors=True)


def test_context_comes_from_cdk_context_json_and_overrides_constructor_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CDK_CONTEXT_JSON", json.dumps({"from-env": [1, 2], "both": "env"}))
    app = App(context={"both": "ctor", "ctor-only": True})
    assert app.node.try_get_context("from-env") == [1, 2]
    assert app.node.try_get_context("both") == "env"
    assert app.node.try_get_context("ctor-only") is True
    assert Stack(app, "S").node.try_get_context("from-env") == [1, 2]


def test_context_json_enables_path_metadata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CDK_CONTEXT_JSON", json.dumps({"aws:cdk:enable-path-metadata": True}))
    app = App()
    s = Stack(app, "S")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert app.synth().get_stack_artifact("S").template["Resources"]["R"]["Metadata"] == {"aws:cdk:path": "S/R"}


# -- the assembly -------------------------------------------------------------------------------------------


def test_manifest_header_and_artifact_order(app: App, outdir: Path) -> None:
    CfnResource(Stack(app, "A"), "R", type="AWS::SNS::Topic")
    CfnResource(Stack(Stage(app, "Prod"), "InStage"), "R", type="AWS::SNS::Topic")
    CfnResource(Stack(app, "B"), "R", type="AWS::SNS::Topic")
    app.synth()
    manifest = _manifest(outdir)
    assert manifest["version"] == "55.0.0"
    assert manifest["minimumCliVersion"] == "2.1148.0"
    assert list(manifest) == ["version", "artifacts", "minimumCliVersion"]
    assert list(manifest["artifacts"])[:5] == ["assembly-Prod", "A.assets", "A", "B.assets", "B"]
    assert manifest["artifacts"]["assembly-Prod"] == {
        "type": "cdk:cloud-assembly",
        "properties": {"directoryName": "assembly-Prod", "displayName": "Prod"},
    }
    assert json.loads((outdir / "cdk.out").read_text()) == {"version": "55.0.0"}


def test_stage_writes_its_own_assembly_directory(app: App, outdir: Path) -> None:
    prod = Stage(app, "Prod")
    s = Stack(prod, "InStage")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    app.synth()
    stage_dir = outdir / "assembly-Prod"
    assert Path(prod.outdir) == stage_dir
    assert (stage_dir / "ProdInStageEA49A14E.template.json").is_file()
    assert (stage_dir / "cdk.out").is_file()
    assert "ProdInStageEA49A14E" in _manifest(stage_dir)["artifacts"]
    assert "ProdInStageEA49A14E" not in _manifest(outdir)["artifacts"]


def test_nested_stages(app: App, outdir: Path) -> None:
    outer = Stage(app, "Outer")
    inner = Stage(outer, "Inner")
    s = Stack(inner, "S")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    assert inner.stage_name == "Outer-Inner"
    assert inner.artifact_id == "assembly-Outer-Inner"
    assert Stage.of(s) is inner
    assert inner.parent_stage is outer
    app.synth()
    inner_dir = outdir / "assembly-Outer" / "assembly-Outer-Inner"
    assert _manifest(outdir / "assembly-Outer")["artifacts"]["assembly-Outer-Inner"] == {
        "type": "cdk:cloud-assembly",
        "properties": {"directoryName": "assembly-Outer-Inner", "displayName": "Outer/Inner"},
    }
    assert (inner_dir / f"{s.artifact_id}.template.json").is_file()
    assert s.stack_name == "Outer-Inner-S"


def test_stage_synth_returns_its_assembly(app: App) -> None:
    prod = Stage(app, "Prod")
    s = Stack(prod, "InStage")
    CfnResource(s, "R", type="AWS::SNS::Topic")
    app.synth()
    assembly = prod.synth()
    artifact = assembly.get_stack_artifact("ProdInStageEA49A14E")
    assert artifact.stack_name == "Prod-InStage"
    assert artifact.template["Resources"] == {"R": {"Type": "AWS::SNS::Topic"}}


def test_synth_is_cached_unless_forced(app: App, stack: Stack) -> None:
    CfnResource(stack, "R", type="AWS::SNS::Topic")
    first = app.synth()
    assert app.synth() is first
    assert app.synth(force=True) is not first


def test_failed_synthesis_leaves_the_previous_outdir_untouched(outdir: Path) -> None:
    good = App(outdir=str(outdir))
    CfnResource(Stack(good, "S"), "R", type="AWS::SNS::Topic")
    good.synth()
    before = _snapshot(outdir)
    assert "S.template.json" in before

    bad = App(outdir=str(outdir))
    bad_stack = Stack(bad, "S")
    res = CfnResource(bad_stack, "Other", type="AWS::SQS::Queue")
    Annotations.of(res).add_error("broken")
    with pytest.raises(RuntimeError):
        bad.synth()
    assert _snapshot(outdir) == before
    assert [p.name for p in outdir.parent.iterdir()] == [outdir.name]


def test_stage_of_and_is_stage(app: App) -> None:
    prod = Stage(app, "Prod")
    s = Stack(prod, "S")
    assert Stage.of(s) is prod
    assert Stage.of(prod) is app
    assert Stage.is_stage(prod) and Stage.is_stage(app)
    assert not Stage.is_stage(s)
    assert App.is_app(app) and not App.is_app(prod)


def test_fails_invalid_stage_name(app: App) -> None:
    with pytest.raises(RuntimeError):
        Stage(app, "in valid")
