"""The ``aws-cdk-lib/feature-flag-report`` artifact: every manifest pycdk writes equals aws-cdk-lib's, byte for
byte (fixtures written by the oracle with ``make_fixtures.py``), with and without flags in the context."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "tests" / "golden"))

from _rewrite import rewrite_file  # noqa: E402

APPS = sorted((HERE / "apps").glob("*.py"))


def _run_on_pycdk(app: Path, workdir: Path) -> Path:
    outdir = workdir / "cdk.out"
    outdir.mkdir()
    script = workdir / app.name
    script.write_text(rewrite_file(app), encoding="utf-8")
    env = dict(os.environ)
    env.pop("CDK_CONTEXT_JSON", None)
    env.update({"CDK_OUTDIR": str(outdir), "CDK_VALIDATION": "false", "PYTHONPATH": str(ROOT)})
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return outdir


@pytest.mark.parametrize("app", APPS, ids=[a.stem for a in APPS])
def test_manifests_match_aws_cdk_lib(app: Path, tmp_path: Path) -> None:
    fixtures = HERE / "fixtures" / app.stem
    expected = sorted(p.relative_to(fixtures) for p in fixtures.rglob("manifest.json"))
    assert expected, f"no fixtures for {app.stem}: run .venvs/oracle/bin/python tests/feature_flags/make_fixtures.py"
    outdir = _run_on_pycdk(app, tmp_path)
    produced = sorted(p.relative_to(outdir) for p in outdir.rglob("manifest.json"))
    assert produced == expected
    for rel in expected:
        assert (outdir / rel).read_text(encoding="utf-8") == (fixtures / rel).read_text(encoding="utf-8"), rel


def test_every_app_has_fixtures_and_no_fixture_outlives_its_app() -> None:
    assert sorted(d.name for d in (HERE / "fixtures").iterdir()) == [a.stem for a in APPS]
