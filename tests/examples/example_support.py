"""Helpers of the example tests: load an example's modules, lint templates, run an app both ways."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from cfnlint.api import ManualArgs, lint

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def load_module(example: str, relative_path: str) -> ModuleType:
    """Import ``examples/<example>/<relative_path>`` under a name unique to the example.

    The example folder goes on ``sys.path`` for the duration of the import, as it is when ``app.py`` runs.
    """
    path = EXAMPLES / example / relative_path
    name = f"_example_{example}_{relative_path.removesuffix('.py').replace('/', '_')}"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))
    try:
        sys.modules[name] = module
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def cfn_lint_errors(template: dict[str, Any]) -> list[str]:
    """cfn-lint's errors (rules ``E*``) on a template."""
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message} ({'/'.join(map(str, m.path))})" for m in matches if m.rule.id.startswith("E")]


def run_in_example(command: list[str], cwd: Path, outdir: Path) -> subprocess.CompletedProcess[str]:
    """Run ``command`` in ``cwd`` with ``CDK_OUTDIR=outdir`` (and no inherited context)."""
    env = {**os.environ, "CDK_OUTDIR": str(outdir)}
    env.pop("CDK_CONTEXT_JSON", None)
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
