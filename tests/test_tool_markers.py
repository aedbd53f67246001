"""The markers of tests that need an outside tool (tests/conftest.py): given from what a test uses; a missing
tool fails the test under CI and skips it, with the reason, elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

CONFTEST = Path(__file__).with_name("conftest.py").read_text()
TESTS = """
import pytest
from cfnlint.decode import cfn_yaml

@pytest.fixture
def node_modules():
    return None

def test_official_cli(node_modules):
    pass

def test_yaml():
    assert callable(cfn_yaml.loads)
"""


@pytest.fixture
def suite(
    pytester: pytest.Pytester, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(**{f"test_tools_{request.node.name}": TESTS})  # a module name per in-process run
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no node, no npm
    return pytester


def test_the_markers_follow_what_a_test_uses(suite: pytest.Pytester) -> None:
    suite.runpytest("-m", "cdk_cli", "--collect-only", "-q").stdout.fnmatch_lines(["*test_official_cli*"])
    suite.runpytest("-m", "cfn_lint", "--collect-only", "-q").stdout.fnmatch_lines(
        ["*test_official_cli*", "*test_yaml*"]  # the module imports cfn-lint: all its tests carry the marker
    )


def test_a_missing_tool_fails_under_ci(suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    result = suite.runpytest("-rE")
    result.assert_outcomes(passed=1, errors=1)  # a failure in setup: reported as an error
    result.stdout.fnmatch_lines(["*test_official_cli needs cdk_cli: node and npm not on the PATH; CI must run it*"])


def test_a_missing_tool_skips_with_the_reason_elsewhere(suite: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    result = suite.runpytest("-rs")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(["*needs cdk_cli: node and npm not on the PATH*"])
