"""Writes ``deprecation_sites_expected.json``: aws-cdk-lib 2.275.0's outcome for each case of
``_deprecation_sites_app.py`` built with its deprecated prop (``with``, warnings on and ``JSII_DEPRECATED=fail``)
and without it (``without``): the stdout line (``CONSTRUCTED`` or ``ERROR <message>``) and the warnings printed.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/validation/_deprecation_sites_oracle.py``. Each run is a
fresh process (jsii warns once per API and process).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from _deprecation_sites_app import CASES  # noqa: E402

RUNS = (("with", None), ("with", "fail"), ("without", None))


def warnings_of(stderr: str) -> list[str]:
    """The ``[WARNING] ...`` blocks of ``stderr`` (a warning and its indented or wrapped advice lines)."""
    out: list[str] = []
    for line in stderr.splitlines():
        if line.startswith("[WARNING]"):
            out.append(line)
        elif out and line and not line.startswith("##"):
            out[-1] += "\n" + line
    return out


def _outcome(stdout: str) -> str:
    return next(line for line in stdout.splitlines() if line.startswith(("CONSTRUCTED", "ERROR ")))


def _run(case: str, variant: str, mode: str | None) -> tuple[str, dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if k != "JSII_DEPRECATED"}
    env["JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION"] = "1"
    if mode:
        env["JSII_DEPRECATED"] = mode
    done = subprocess.run([sys.executable, os.path.join(HERE, "_deprecation_sites_app.py"), "cdk", case, variant],
                          env=env, capture_output=True, text=True, check=True, timeout=300)
    key = f"{case}/{variant}" + (f"/{mode}" if mode else "")
    return key, {"stdout": _outcome(done.stdout), "warnings": warnings_of(done.stderr)}


def main() -> None:
    jobs = [(c, v, m) for c in CASES for v, m in RUNS]
    with ThreadPoolExecutor(2) as pool:
        results = dict(pool.map(lambda j: _run(*j), jobs))
    with open(os.path.join(HERE, "deprecation_sites_expected.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(results.items())), f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
