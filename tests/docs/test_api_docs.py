"""The API reference builds from the docstrings with no pdoc warning and no broken link between its pages.

``python -m tools.api_docs`` builds all of it (``docs/api/``); this test builds a representative subset into a
temporary folder to stay quick: a core-sized service package with a construct, props, an interface, enums and
grants (``l2.sqs``), the L3 patterns and the assertions library.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUBSET = ["l2.sqs", "patterns", "assertions"]


def test_the_reference_subset_builds_without_warnings_or_broken_links(tmp_path):
    # a fresh interpreter: pdoc's renderer is configured per process, and imports every module it documents
    out = tmp_path / "api"
    result = subprocess.run([sys.executable, "-m", "tools.api_docs", "--out", str(out), *SUBSET], cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "(0 warnings, 0 broken links)" in result.stdout
    pages = {p.relative_to(out).as_posix() for p in out.rglob("*.html")}
    assert {"index.html", "l2/sqs.html", "patterns.html", "assertions.html"} <= pages
    queue_page = (out / "l2" / "sqs.html").read_text(encoding="utf-8")
    assert 'id="Queue"' in queue_page and 'id="QueueProps"' in queue_page
    assert 'id="CfnQueue"' not in queue_page  # the generated L1 classes stay out
    # the docstrings' Google-style sections are rendered (Queue's Args: names its keyword arguments)
    assert "visibility_timeout" in queue_page


def test_a_broken_link_is_found(tmp_path):
    from tools.api_docs import broken_links

    (tmp_path / "a.html").write_text('<a href="b.html#There">ok</a><a href="b.html#Gone">x</a><a href="c.html">y</a>')
    (tmp_path / "b.html").write_text('<div id="There"></div><a href="https://example.com">out</a>')
    assert broken_links(tmp_path) == ["a.html: b.html#Gone", "a.html: c.html"]
