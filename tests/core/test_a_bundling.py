"""Docker images and asset bundling, checked against aws-cdk-lib with a fake ``docker`` that records its calls.

``_a_docker_scenarios.py`` (aws-cdk-lib's Python API) runs each scenario; ``a_docker_expected.json`` is its output
under aws-cdk-lib 2.275.0 (written by ``_a_docker_oracle.py``). Here the same script runs on pycdk through the
golden rewriter, and every docker call, image tag, asset hash and object key must be the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
REPO = HERE.parent.parent
EXPECTED = json.loads((HERE / "a_docker_expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pycdk_results(tmp_path_factory: pytest.TempPathFactory) -> dict:
    sys.path.insert(0, str(REPO / "tests" / "golden"))
    try:
        from _rewrite import rewrite_source
    finally:
        sys.path.pop(0)
    script = tmp_path_factory.mktemp("docker") / "scenarios.py"
    script.write_text(rewrite_source((HERE / "_a_docker_scenarios.py").read_text(encoding="utf-8")), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, env=env, cwd=str(script.parent), timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.parametrize("scenario", sorted(EXPECTED))
def test_scenario_matches_aws_cdk_lib(scenario: str, pycdk_results: dict) -> None:
    assert pycdk_results[scenario] == EXPECTED[scenario]


def test_a_failing_docker_names_the_command(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from constructs import DockerImage
    from constructs._bundling import ExecutionError

    fake = tmp_path / "docker"
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("CDK_DOCKER", str(fake))
    with pytest.raises(ExecutionError, match=r"exited with status 3(.|\n)*--> Command: .*run --rm alpine"):
        DockerImage.from_registry("alpine").run()


def test_bundling_failure_names_the_asset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import constructs as cdk

    fake = tmp_path / "docker"
    fake.write_text("#!/bin/sh\nexit 1\n")
    fake.chmod(0o755)
    monkeypatch.setenv("CDK_DOCKER", str(fake))
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    stack = cdk.Stack(cdk.App(outdir=str(tmp_path / "out")), "S")
    with pytest.raises(cdk.ValidationError, match="Failed to bundle asset S/Asset"):
        cdk.AssetStaging(
            stack, "Asset", source_path=str(src),
            bundling=cdk.BundlingOptions(image=cdk.DockerImage.from_registry("alpine"), command=["true"]),
        )


def test_bundling_that_writes_nothing_fails(tmp_path: Path) -> None:
    import constructs as cdk

    class Nothing:
        def try_bundle(self, output_dir: str, **options: object) -> bool:
            return True

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    stack = cdk.Stack(cdk.App(outdir=str(tmp_path / "out")), "S")
    with pytest.raises(cdk.ValidationError, match="Bundling did not produce any output"):
        cdk.AssetStaging(
            stack, "Asset", source_path=str(src),
            bundling=cdk.BundlingOptions(image=cdk.DockerImage.from_registry("alpine"), local=Nothing()),
        )


def test_bundled_output_is_staged_into_the_assembly(tmp_path: Path) -> None:
    import constructs as cdk

    class Local:
        def try_bundle(self, output_dir: str, **options: object) -> bool:
            Path(output_dir, "out.txt").write_text("bundled")
            return True

    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    app = cdk.App(outdir=str(tmp_path / "out"))
    stack = cdk.Stack(app, "S")
    staging = cdk.AssetStaging(
        stack, "Asset", source_path=str(src), asset_hash_type=cdk.AssetHashType.OUTPUT,
        bundling=cdk.BundlingOptions(image=cdk.DockerImage.from_registry("alpine"), local=Local()),
    )
    assert staging.asset_hash == cdk.FileSystem.fingerprint(_bundle_of(staging))
    app.synth()
    staged = tmp_path / "out" / staging.staged_path
    assert sorted(p.name for p in staged.iterdir()) == ["out.txt"]
    assert (staged / "out.txt").read_text() == "bundled"


def _bundle_of(staging: object) -> str:
    # the directory the bundle was built in (registered as the staged copy's source)
    from constructs import Stage

    stage = Stage.of(staging)  # type: ignore[arg-type]
    return stage._synthesis_staged_assets()[staging.staged_path][0]  # type: ignore[attr-defined,union-attr]
