"""Asset exclude patterns per ignore mode (GLOB, GIT, DOCKER), checked against aws-cdk-lib.

``asset_ignore_expected.json`` holds, for each case of ``_asset_ignore_cases``, the files aws-cdk-lib 2.275.0
copies (``FileSystem.copy_directory``) and the hash it computes (``FileSystem.fingerprint``); it is written by
``_asset_ignore_oracle.py`` run in the oracle venv.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from _asset_ignore_cases import FILES, build_tree, listed

from constructs._private.fingerprint import copy_directory, fingerprint
from constructs._private.ignore_rules import DockerRules, GitRules, GlobRules

EXPECTED = json.loads((Path(__file__).parent / "asset_ignore_expected.json").read_text(encoding="utf-8"))["cases"]


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("ignore") / "src"
    build_tree(str(root))
    return str(root)


def _case_id(case: dict) -> str:
    return f"{case['mode']}:{'|'.join(case['exclude'])}"


@pytest.mark.parametrize("case", EXPECTED, ids=[_case_id(c) for c in EXPECTED])
def test_copied_files_match_aws_cdk_lib(case: dict, tree: str, tmp_path: Path) -> None:
    dest = tmp_path / "out"
    copy_directory(tree, str(dest), exclude=case["exclude"], ignore_mode=case["mode"])
    assert listed(str(dest)) == case["included"]


@pytest.mark.parametrize("case", EXPECTED, ids=[_case_id(c) for c in EXPECTED])
def test_hash_matches_aws_cdk_lib(case: dict, tree: str) -> None:
    assert fingerprint(tree, exclude=case["exclude"], ignore_mode=case["mode"]) == case["hash"]


def test_every_mode_has_cases() -> None:
    modes = {c["mode"] for c in EXPECTED}
    assert modes == {"glob", "git", "docker"}
    # the table is not trivial: some cases exclude something and some re-include
    assert any(len(c["included"]) < len(EXPECTED[0]["included"]) for c in EXPECTED)
    assert len({tuple(c["included"]) for c in EXPECTED}) > 20


# Single rules, read as each library reads them (expected values from the libraries' documented behaviour,
# confirmed on the table above).
@pytest.mark.parametrize(
    ("patterns", "path", "ignored"),
    [
        (["a/**/c.txt"], "a/c.txt", True),
        (["a/**/c.txt"], "a/b/d/c.txt", True),
        (["*.txt"], "deep/er/x.txt", True),  # matchBase
        ([".*"], ".env", True),
        (["*"], ".env", False),  # wildcards skip dot files
        (["*.{js,md}"], "README.md", True),
        (["/src"], "src", False),  # an absolute glob matches no relative path
    ],
)
def test_glob_rules(patterns: list[str], path: str, ignored: bool) -> None:
    assert GlobRules(patterns).ignores(path) is ignored


@pytest.mark.parametrize(
    ("patterns", "path", "ignored"),
    [
        (["/src"], "src", True),
        (["/src"], "x/src", False),  # anchored
        (["src"], "x/src", True),
        (["a/**/c.txt"], "a/c.txt", True),
        (["build/"], "build", False),  # directory-only rule, tested as a file
    ],
)
def test_git_rules(patterns: list[str], path: str, ignored: bool) -> None:
    assert GitRules(patterns).ignores(path) is ignored


@pytest.mark.parametrize(
    ("patterns", "path", "ignored"),
    [
        (["/src"], "src/index.js", True),  # a parent directory match excludes what is inside
        (["src"], "x/src", False),  # rooted at the context
        (["*.TXT"], "a.txt", True),  # case-insensitive
        (["**/c.txt"], "a/b/c.txt", True),
    ],
)
def test_docker_rules(patterns: list[str], path: str, ignored: bool) -> None:
    assert DockerRules(patterns).ignores(path) is ignored


def test_docker_keeps_walking_a_directory_with_a_reincluded_file() -> None:
    rules = DockerRules(["build", "!build/keep.txt"])
    assert rules.ignores("build")
    assert not rules.completely_ignores("build")
    assert rules.ignores("build/out.bin")
    assert not rules.ignores("build/keep.txt")


def test_tree_has_every_file(tree: str) -> None:
    assert listed(tree) == sorted(FILES)
