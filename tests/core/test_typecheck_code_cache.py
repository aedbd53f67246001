"""The generated argument checks' code is kept between processes (``typecheck.compiled``), keyed by its source."""

from __future__ import annotations

import os
import subprocess
import sys

from constructs._private import typecheck

MODULE = "tests.core.code_cache_probe"


def _cleanup() -> None:
    path = typecheck._codes_file(MODULE)
    if os.path.exists(path):
        os.remove(path)
    typecheck._CODES.pop(MODULE, None)
    typecheck._NEW_CODES.pop(MODULE, None)


def test_compiled_code_is_saved_and_read_back_by_its_source() -> None:
    _cleanup()
    writes = sys.dont_write_bytecode
    try:
        src = "def f(x):\n    return x + 1\n"
        sys.dont_write_bytecode = True
        typecheck.compiled(src, "<typecheck probe.f>", MODULE)
        assert MODULE not in typecheck._NEW_CODES  # nothing to write, as for .pyc files
        typecheck._CODES.pop(MODULE)
        sys.dont_write_bytecode = False
        code = typecheck.compiled(src, "<typecheck probe.f>", MODULE)
        assert code.co_filename == "<typecheck probe.f>"
        typecheck.save_codes()
        saved = typecheck._read_codes(typecheck._codes_file(MODULE))
        assert list(saved) == [f"<typecheck probe.f>\n{src}"]
        typecheck._CODES.pop(MODULE)
        again = typecheck.compiled(src, "<typecheck probe.f>", MODULE)  # from the file now
        assert again == code
        ns: dict[str, object] = {}
        exec(again, ns)
        assert ns["f"](1) == 2  # type: ignore[operator]
        changed = typecheck.compiled(src.replace("+ 1", "+ 2"), "<typecheck probe.f>", MODULE)
        assert changed != code  # another source is another entry, never the old code
    finally:
        sys.dont_write_bytecode = writes
        _cleanup()


def test_a_damaged_file_is_ignored() -> None:
    _cleanup()
    path = typecheck._codes_file(MODULE)
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(b"not a code file")
        assert typecheck._read_codes(path) == {}
        code = typecheck.compiled("def g():\n    return 3\n", "<typecheck probe.g>", MODULE)
        ns: dict[str, object] = {}
        exec(code, ns)
        assert ns["g"]() == 3  # type: ignore[operator]
    finally:
        _cleanup()


def test_checks_made_from_kept_code_still_refuse_wrong_types() -> None:
    code = (
        "from l2 import sqs\n"
        "import constructs as cdk\n"
        "stack = cdk.Stack(cdk.App(), 'S')\n"
        "try:\n"
        "    sqs.Queue(stack, 'Q', fifo='yes')\n"
        "except TypeError as e:\n"
        "    assert \"argument 'fifo' expects\" in str(e), e\n"
        "else:\n"
        "    raise SystemExit('no TypeError')\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for _ in range(2):  # the second process reads the code the first one kept
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env)
        assert done.returncode == 0, done.stderr
