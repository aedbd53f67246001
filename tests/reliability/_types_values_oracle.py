"""Writes ``types_values_expected.json``: what aws-cdk-lib does at each ``_types_values_cases`` call.

Run with the oracle venv: ``.venvs/oracle/bin/python tests/reliability/_types_values_oracle.py``. For each case
it records the class of the error raised at the call (``None`` when aws-cdk-lib accepts it there) and the first
line of its message.
"""

from __future__ import annotations

import importlib
import json
import os
import sys

import aws_cdk as cdk

sys.path.insert(0, os.path.dirname(__file__))
from _types_cases import namespace
from _types_values_cases import ACCEPTED, CASES, MODULE_NAMES


def main() -> None:
    modules = {name: importlib.import_module(f"aws_cdk.aws_{name.rstrip('_')}") for name in MODULE_NAMES}
    out: dict[str, dict[str, object]] = {}
    for case_id, source in [(c[0], c[1]) for c in CASES] + ACCEPTED:
        ns = namespace(cdk, modules)
        try:
            exec(source, ns)
        except Exception as e:
            out[case_id] = {"error": type(e).__name__, "message": str(e).splitlines()[0][:200]}
        else:
            out[case_id] = {"error": None}
    path = os.path.join(os.path.dirname(__file__), "types_values_expected.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
