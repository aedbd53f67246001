"""pycdk's type hints catch mistakes, as typeshed and attrs test theirs: mypy --strict and pyright over two files.

- ``typing_mistakes.py``: each line whose comment is ``E: <text>`` must be reported by each checker, with ``<text>`` in the
  message, and no other line may be (a Bucket as a Lambda handler, a string as a grantee, a misspelt keyword, an
  int for a Duration, a string for an enum, a Queue as a topic subscription, ...).
- ``typing_correct.py``: an app using the common constructs together, and each of them assigned to the interface
  aws-cdk-lib types it with (``IFunction``, ``IBucket``, ``IRole``, ...): no error at all.

Both checkers run as a user's would, on files outside the source tree: they find pycdk through the environment
(its ``py.typed`` packages, through the editable install's ``.pth``). One run of each checker over both files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CORRECT = HERE / "typing_correct.py"
MISTAKES = HERE / "typing_mistakes.py"
_MARK = re.compile(r"#\s*E:\s*(.+?)\s*$")


def expected() -> dict[tuple[str, int], str]:
    """``(file name, line) -> text`` for every ``# E:`` mark (the correct file has none)."""
    marks: dict[tuple[str, int], str] = {}
    for path in (CORRECT, MISTAKES):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            found = _MARK.search(line)
            if found:
                marks[(path.name, number)] = found.group(1)
    return marks


def compare(reported: dict[tuple[str, int], list[str]]) -> None:
    marks = expected()
    assert len(marks) >= 15 and not any(name == CORRECT.name for name, _ in marks)
    unexpected = {k: v for k, v in reported.items() if k not in marks}
    missing = sorted(k for k in marks if k not in reported)
    assert not unexpected, f"errors on lines not marked # E: {unexpected}"
    assert not missing, f"marked lines with no error: {missing}"
    for key, text in marks.items():
        assert any(text in message for message in reported[key]), f"{key}: {text!r} not in {reported[key]}"


def test_mypy_strict_reports_exactly_the_marked_mistakes(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", os.devnull, "--strict", "--cache-dir", str(tmp_path),
         "--python-executable", sys.executable, "--hide-error-context", "--no-pretty", "--show-error-codes",
         CORRECT.name, MISTAKES.name],
        cwd=HERE, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode in (0, 1), done.stdout + done.stderr
    reported: dict[tuple[str, int], list[str]] = {}
    for line in done.stdout.splitlines():
        found = re.match(r"(.+?):(\d+): error: (.*)$", line)
        if found:
            reported.setdefault((Path(found.group(1)).name, int(found.group(2))), []).append(found.group(3))
    assert reported, done.stdout + done.stderr
    compare(reported)


def _pyright() -> str:
    beside = Path(sys.executable).with_name("pyright")
    found = str(beside) if beside.exists() else shutil.which("pyright")
    if found is None:
        pytest.fail("pyright is not installed: pip install -e '.[test,dev]'")
    return found


def test_pyright_reports_exactly_the_marked_mistakes() -> None:
    done = subprocess.run(
        [_pyright(), "--outputjson", "--pythonpath", sys.executable, CORRECT.name, MISTAKES.name],
        cwd=HERE, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode in (0, 1), done.stdout[-3000:] + done.stderr
    diagnostics = json.loads(done.stdout)["generalDiagnostics"]
    reported: dict[tuple[str, int], list[str]] = {}
    for d in diagnostics:
        if d["severity"] == "error":
            key = (Path(d["file"]).name, d["range"]["start"]["line"] + 1)
            reported.setdefault(key, []).append(d["message"])
    compare(reported)
