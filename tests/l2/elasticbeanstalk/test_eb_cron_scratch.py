"""The folder copy that ``ApplicationVersion(cron_tasks=...)`` bundles with its generated cron.yaml is staged into
the assembly at synth and removed when the process ends (pycdk made it, nobody else may need it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SOURCES = Path(__file__).parents[2] / "golden" / "l2_elasticbeanstalk" / "_sources"

APP = """
import json, sys
from constructs import App, Stack
from l2 import elasticbeanstalk as eb
app = App(outdir=sys.argv[2])
stack = Stack(app, "S")
application = eb.Application(stack, "App")
version = eb.ApplicationVersion(stack, "V", application=application, source_path=sys.argv[1],
                                cron_tasks=[eb.PeriodicTask(name="t", url="/t", schedule="* * * * *")])
app.synth()
print(json.dumps({"scratch": version.asset.node.find_child("Stage").source_path, "asset": version.asset.asset_path}))
"""


def test_the_cron_bundle_copy_is_removed_when_the_process_ends(tmp_path: Path) -> None:
    out = tmp_path / "cdk.out"
    done = subprocess.run([sys.executable, "-c", APP, str(SOURCES / "worker"), str(out)], capture_output=True,
                          text=True, check=True, cwd=Path(__file__).parents[3])
    paths = json.loads(done.stdout.strip().splitlines()[-1])
    scratch = Path(paths["scratch"])
    assert scratch.name == "worker" and scratch.parent.name.startswith("pycdk-eb-bundle-")
    assert not scratch.parent.exists()
    staged = out / paths["asset"]
    assert (staged / "cron.yaml").read_text().startswith("version: 1\ncron:\n")
    assert sorted(p.name for p in staged.iterdir()) == sorted(
        [p.name for p in (SOURCES / "worker").iterdir()] + ["cron.yaml"])
