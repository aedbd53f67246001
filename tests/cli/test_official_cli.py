"""Integration: pycdk's output against the official CDK CLI (npm ``aws-cdk``) on the same cloud assembly.

The CLI is installed into ``.venvs/`` on first use; the tests are skipped only where npm cannot install it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from _cli_official_cdk import CDK_CLI_VERSION, official_cdk_cli
from _cli_support import STAGED, write_app
from cfnlint.decode import cfn_yaml


@pytest.fixture(scope="module")
def cdk() -> Path:
    path = official_cdk_cli()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"npm could not install aws-cdk@{CDK_CLI_VERSION}: the npm registry is reachable on CI")
        pytest.skip(f"npm could not install aws-cdk@{CDK_CLI_VERSION}")
    return path


def run_cdk(cdk: Path, *args: str, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CDK_")}
    env["CDK_DISABLE_VERSION_CHECK"] = "1"
    result = subprocess.run([str(cdk), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def assembly(project, pycdk) -> Path:
    assert pycdk("synth", "-q", cwd=project).returncode == 0
    return project / "cdk.out"


@pytest.mark.parametrize("args", [("synth",), ("synth", "--json"), ("ls",), ("ls", "-l")])
def test_pycdk_prints_what_the_cdk_cli_prints(cdk, pycdk, assembly, args):
    expected = run_cdk(cdk, *args, "--app", str(assembly), cwd=assembly.parent)
    result = pycdk(*args, "--app", str(assembly), cwd=assembly.parent)
    assert result.returncode == 0, result
    assert result.stdout == expected


BOOTSTRAP_APP = """
from constructs import App
from pycdk.bootstrap import BootstrapStack

app = App()
BootstrapStack(app)
app.synth()
"""


@pytest.mark.parametrize("args", [("synth",), ("synth", "--json")])
def test_a_large_template_prints_byte_for_byte_like_the_cdk_cli(cdk, pycdk, tmp_path, args):
    # the bootstrap stack exercises quoting, multi-line strings, booleans and deep nesting of the YAML writer
    app = write_app(tmp_path / "app", BOOTSTRAP_APP)
    assert pycdk("synth", "-q", cwd=app).returncode == 0
    assert pycdk(*args, "--app", "cdk.out", cwd=app).stdout == run_cdk(cdk, *args, "--app", "cdk.out", cwd=app)


def test_stage_stacks_are_listed_like_the_cdk_cli(cdk, pycdk, tmp_path):
    app = write_app(tmp_path / "app", STAGED)
    assert pycdk("synth", "-q", cwd=app).returncode == 0
    for args in (("ls",), ("ls", "-l")):
        assert pycdk(*args, "--app", "cdk.out", cwd=app).stdout == run_cdk(cdk, *args, "--app", "cdk.out", cwd=app)


def test_the_bootstrap_template_equals_the_cdk_cli_one(cdk, pycdk, tmp_path):
    official = json.loads(json.dumps(cfn_yaml.loads(run_cdk(cdk, "bootstrap", "--show-template", cwd=tmp_path))))
    ours = json.loads(json.dumps(cfn_yaml.loads(pycdk("bootstrap", "--show-template", cwd=tmp_path).stdout)))
    for section in ("Description", "Parameters", "Conditions", "Resources", "Outputs"):
        assert ours[section] == official[section], section
    assert list(ours) == list(official)
