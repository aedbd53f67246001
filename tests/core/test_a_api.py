"""Core APIs of issue 14 part A checked against aws-cdk-lib: ignore strategies and fingerprints, what the
synthesizers write to the manifests (artifact properties, asset destinations, missing context), construct
selectors, mixin applications and errors, shims, property injectors.

``_a_api_scenarios.py`` (aws-cdk-lib's Python API) computes each value; ``a_api_expected.json`` is its output
under aws-cdk-lib 2.275.0 (written by ``_a_api_oracle.py``). Here the same script runs on pycdk through the golden
rewriter.
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
EXPECTED = json.loads((HERE / "a_api_expected.json").read_text(encoding="utf-8"))


def _leaves(value: object, path: str = "") -> dict[str, object]:
    if isinstance(value, dict) and value:
        out: dict[str, object] = {}
        for k, v in value.items():
            out.update(_leaves(v, f"{path}/{k}"))
        return out
    return {path: value}


CASES = {k: v for section, value in EXPECTED.items() for k, v in _leaves(value, section).items()}


@pytest.fixture(scope="module")
def pycdk_results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    sys.path.insert(0, str(REPO / "tests" / "golden"))
    try:
        from _rewrite import rewrite_source
    finally:
        sys.path.pop(0)
    # next to the helper modules the script imports
    script = HERE / f"_tmp_a_api_{os.getpid()}.py"
    script.write_text(rewrite_source((HERE / "_a_api_scenarios.py").read_text(encoding="utf-8")), encoding="utf-8")
    try:
        proc = subprocess.run(
            [sys.executable, str(script)], capture_output=True, text=True, timeout=300,
            env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=str(tmp_path_factory.mktemp("api")),
        )
    finally:
        script.unlink()
    assert proc.returncode == 0, proc.stderr
    results = json.loads(proc.stdout)
    return {k: v for section, value in results.items() for k, v in _leaves(value, section).items()}


def test_every_value_was_computed(pycdk_results: dict[str, object]) -> None:
    assert sorted(pycdk_results) == sorted(CASES)


@pytest.mark.parametrize("key", sorted(CASES))
def test_value_matches_aws_cdk_lib(key: str, pycdk_results: dict[str, object]) -> None:
    assert pycdk_results.get(key) == CASES[key]
