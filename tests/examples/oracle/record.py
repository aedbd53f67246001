"""Record what aws-cdk-lib 2.275.0 synthesizes for each example written with plain L2 classes.

Usage: ``python tests/examples/oracle/record.py [name ...]`` (needs the oracle venv ``.venvs/oracle`` that
``tests/golden/oracle.py`` creates). Each ``<name>.py`` next to this file runs with aws-cdk-lib; its templates
are stored under ``fixtures/<name>/``. ``test_example_oracle.py`` checks that ``python app.py`` in
``examples/<name>/`` writes the same bytes with pycdk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORACLE_PYTHON = HERE.parents[2] / ".venvs" / "oracle" / "bin" / "python"
APPS = tuple(sorted(p.stem for p in HERE.glob("*.py") if p.stem != "record"))


def record(name: str) -> list[Path]:
    """Run one app with aws-cdk-lib and store its templates; return the fixture paths."""
    with tempfile.TemporaryDirectory() as outdir:
        env = {**os.environ, "CDK_OUTDIR": outdir, "CDK_VALIDATION": "false"}
        env.pop("CDK_CONTEXT_JSON", None)
        subprocess.run([str(ORACLE_PYTHON), str(HERE / f"{name}.py")], env=env, check=True, cwd=outdir)
        target = HERE / "fixtures" / name
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        return [Path(shutil.copy(t, target)) for t in sorted(Path(outdir).glob("*.template.json"))]


if __name__ == "__main__":
    for app_name in sys.argv[1:] or APPS:
        for path in record(app_name):
            print(path.relative_to(HERE))
