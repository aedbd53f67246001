"""The README's install section, its links to the user guides, and its coverage table made from docs/coverage.md."""

from __future__ import annotations

import re
from pathlib import Path

from tools import readme_coverage

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.S | re.M)
    assert match, f"README.md has no '## {title}' section"
    return match.group(1)


def test_install_section_says_to_use_a_dedicated_virtual_environment_and_why():
    install = _section("Install")
    assert "python3 -m venv .venv" in install
    assert "virtual environment of its own" in install
    assert "jsii `constructs` package" in install and "pycdk doctor" in install
    for extra in ("`test`", "`deploy`", "`cli`", "`dev`"):
        assert extra in install


def test_every_relative_link_of_the_readme_exists():
    links = re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README)
    relative = [link for link in links if not link.startswith(("http://", "https://"))]
    assert "docs/getting-started.md" in relative and "docs/coverage.md" in relative
    missing = [link for link in relative if not (ROOT / link).exists()]
    assert not missing


def test_the_coverage_table_is_made_from_docs_coverage_md():
    # python -m tools.parity update rewrites docs/coverage.md and then this table
    coverage = (ROOT / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert readme_coverage.render(README, coverage) == README
    table = _section("Service coverage")
    assert "| `aws_cdk.aws_s3` | `l2.s3`" in table and "(L1 only)" not in table
