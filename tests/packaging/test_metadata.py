"""The distribution's metadata, as setuptools builds it from pyproject.toml (PEP 639 license fields, classifiers,
extras): what PyPI and ``pip show`` will say.

The metadata is built into a temporary folder by setuptools' PEP 517 hook in a fresh interpreter (setuptools
keeps state per process); nothing is read back from the editable install, whose metadata dates from the last
``pip install -e``.
"""

from __future__ import annotations

import subprocess
import sys
from email.message import Message
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUILD = """
import sys
from setuptools import build_meta
print(build_meta.prepare_metadata_for_build_wheel(sys.argv[1]))
"""


@pytest.fixture(scope="module")
def metadata(tmp_path_factory: pytest.TempPathFactory) -> Message:
    out = tmp_path_factory.mktemp("metadata")
    result = subprocess.run([sys.executable, "-c", BUILD, str(out)], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    dist_info = out / result.stdout.strip().splitlines()[-1]
    return Parser().parsestr((dist_info / "METADATA").read_text(encoding="utf-8"))


def _requirements(metadata: Message, extra: str | None) -> set[str]:
    names = set()
    for requirement in metadata.get_all("Requires-Dist") or []:
        spec, _, marker = requirement.partition(";")
        in_extra = f'extra == "{extra}"' in marker if extra else "extra ==" not in marker
        if in_extra:
            names.add(spec.split("[")[0].split("=")[0].split(">")[0].split("<")[0].strip().lower())
    return names


def test_the_license_is_an_spdx_expression_with_its_text_shipped(metadata):
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata.get_all("License-File") == ["LICENSE"]
    text = ROOT.joinpath("LICENSE").read_text(encoding="utf-8")
    assert text.split()[:4] == ["Apache", "License", "Version", "2.0,"]
    assert "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION" in text
    # PEP 639: with a license expression, no "License ::" classifier
    assert not [c for c in metadata.get_all("Classifier") if c.startswith("License ::")]


def test_classifiers_say_typed_python_3_and_pytest_plugin(metadata):
    classifiers = set(metadata.get_all("Classifier"))
    assert {"Typing :: Typed", "Programming Language :: Python :: 3 :: Only", "Framework :: Pytest"} <= classifiers
    assert f"Programming Language :: Python :: {sys.version_info.major}.{sys.version_info.minor}" in classifiers
    assert metadata["Requires-Python"] == ">=3.11"
    # "Typing :: Typed" holds: every top-level package ships its py.typed marker
    for package in ("constructs", "l1", "l2", "patterns", "assertions", "pycdk"):
        assert ROOT.joinpath(package, "py.typed").is_file(), package


def test_user_installs_stay_lean_and_the_dev_tools_are_apart(metadata):
    assert set(metadata.get_all("Provides-Extra")) == {"cli", "deploy", "test", "dev"}
    assert _requirements(metadata, None) == {"attrs", "pyyaml", "jinja2", "pathspec", "wcmatch"}
    # testing one's own stacks (docs/testing.md): pytest and the snapshot fixture's syrupy, nothing else
    assert _requirements(metadata, "test") == {"pytest", "syrupy"}
    dev = _requirements(metadata, "dev")
    assert {"ruff", "mypy", "pyright", "hypothesis", "jsonschema", "cfn-lint", "pytest-xdist", "pdoc"} <= dev
    assert not dev & _requirements(metadata, "test")
