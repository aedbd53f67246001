"""The README's main job: ``python examples/hello/app.py`` synthesizes two stacks with no cfn-lint error or warning."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cfnlint.api import lint_all

REPO = Path(__file__).resolve().parents[2]


def test_hello_app_synthesizes_two_linted_stacks(tmp_path: Path) -> None:
    env = {**os.environ, "CDK_OUTDIR": str(tmp_path), "PYTHONPATH": str(REPO)}
    env.pop("CDK_CONTEXT_JSON", None)
    subprocess.run([sys.executable, str(REPO / "examples" / "hello" / "app.py")], check=True, env=env,
                   capture_output=True, text=True)
    storage = json.loads((tmp_path / "Storage.template.json").read_text())
    compute = json.loads((tmp_path / "Compute.template.json").read_text())
    assert storage["Resources"]["Bucket"]["DeletionPolicy"] == "Retain"
    assert compute["Resources"]["Queue"]["Properties"]["Tags"] == [
        {"Key": "bucket", "Value": {"Fn::ImportValue": "Storage:ExportsOutputRefBucket239F7DF2"}}
    ]
    for template in (tmp_path / "Storage.template.json", tmp_path / "Compute.template.json"):
        findings = [f for f in lint_all(template.read_text()) if f.rule.id[0] in "EW"]
        assert [str(f) for f in findings] == []
