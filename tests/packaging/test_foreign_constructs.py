"""PyPI's jsii ``constructs`` where pycdk's core package ``constructs`` should be: a clear ImportError, and
``pycdk doctor`` reports it.

Each case runs a fresh interpreter (cwd outside the repository, so the checkout is not ``sys.path[0]``) with a
fake jsii-style ``constructs`` folder (``__init__.py`` and ``_jsii/``, as PyPI's wheel lays it out) first on
``PYTHONPATH``, or with pycdk's ``constructs`` mixed with ``_jsii/`` in one folder, as two wheels installed into
one ``site-packages`` leave it. The fake's ``__init__`` fails loudly if anything executes it, as the real one
would need ``jsii`` and Node.js.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PYCDK = Path(sys.executable).parent / "pycdk"


def _jsii_constructs(site: Path) -> Path:
    package = site / "constructs"
    (package / "_jsii").mkdir(parents=True)
    (package / "__init__.py").write_text("import jsii  # PyPI's constructs needs the jsii runtime\n")
    (package / "_jsii" / "__init__.py").write_text("")
    (package / "py.typed").write_text("")
    return site


def _mixed_constructs(site: Path) -> Path:
    # pycdk's files, plus what PyPI's wheel adds beside them (its __init__.py lost to pycdk's)
    package = site / "constructs"
    package.mkdir(parents=True)
    for entry in (ROOT / "constructs").iterdir():
        if entry.name != "__pycache__":
            (package / entry.name).symlink_to(entry)
    (package / "_jsii").mkdir()
    (package / "_jsii" / "__init__.py").write_text("")
    return site


def _run(site: Path, *command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(site)}
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "statement", ["import l2.s3", "from l1 import s3", "import assertions", "from patterns import SqsToLambda"]
)
def test_importing_pycdk_with_jsii_constructs_first_raises_a_clear_import_error(tmp_path, statement):
    site = _jsii_constructs(tmp_path / "site")
    code = f"try:\n    {statement}\nexcept ImportError as e:\n    print(type(e).__name__, e)\n"
    result = _run(site, sys.executable, "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    message = result.stdout
    assert message.startswith("ImportError pycdk: 'import constructs' finds PyPI's jsii 'constructs' package")
    assert str(site / "constructs") in message
    assert "virtual environment of its own" in message and "pip uninstall constructs aws-cdk-lib" in message


def test_mixed_files_in_one_constructs_folder_raise_on_import_constructs(tmp_path):
    site = _mixed_constructs(tmp_path / "site")
    code = "try:\n    import constructs\nexcept ImportError as e:\n    print(e)\n"
    result = _run(site, sys.executable, "-c", code, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("pycdk: PyPI's jsii 'constructs' package (the one aws-cdk-lib depends on) is "
                                    f"installed into the same folder as pycdk's core package 'constructs' "
                                    f"({site / 'constructs'})")


def test_doctor_reports_jsii_constructs_and_other_commands_explain_it(tmp_path):
    site = _jsii_constructs(tmp_path / "site")
    doctor = _run(site, str(PYCDK), "doctor", cwd=tmp_path)
    assert doctor.returncode == 1, doctor.stderr
    assert "constructs: PROBLEM: 'import constructs' finds PyPI's jsii 'constructs' package" in doctor.stdout
    assert "cdk.json: not found" in doctor.stdout  # the rest of the report is still there
    synth = _run(site, str(PYCDK), "synth", cwd=tmp_path)
    assert synth.returncode == 1
    assert synth.stderr.startswith("pycdk: error: 'import constructs' finds PyPI's jsii 'constructs' package")
    assert "Traceback" not in synth.stderr


def test_doctor_names_pycdk_constructs_when_it_is_the_one(tmp_path):
    result = subprocess.run([str(PYCDK), "doctor"], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert f"constructs: pycdk's core package ({ROOT / 'constructs'})" in result.stdout.splitlines()
    assert result.returncode == 0
