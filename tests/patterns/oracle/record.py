"""Record what aws-cdk-lib 2.275.0 synthesizes for each pattern's defaults written with plain L2 classes.

Usage: ``python tests/patterns/oracle/record.py`` (needs the oracle venv ``.venvs/oracle`` that
``tests/golden/oracle.py`` creates). Each ``<name>.py`` next to this file runs with aws-cdk-lib and its
``S.template.json`` is stored as ``fixtures/<name>.template.json``; ``test_pattern_oracle.py`` checks that the
pattern synthesizes the same bytes with pycdk.
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


def record(name: str) -> Path:
    """Run one app with aws-cdk-lib and store its template; return the fixture path."""
    with tempfile.TemporaryDirectory() as outdir:
        env = {**os.environ, "CDK_OUTDIR": outdir, "CDK_VALIDATION": "false"}
        env.pop("CDK_CONTEXT_JSON", None)
        subprocess.run([str(ORACLE_PYTHON), str(HERE / f"{name}.py")], env=env, check=True, cwd=outdir)
        fixture = HERE / "fixtures" / f"{name}.template.json"
        fixture.parent.mkdir(exist_ok=True)
        shutil.copyfile(Path(outdir) / "S.template.json", fixture)
        return fixture


if __name__ == "__main__":
    for app_name in sys.argv[1:] or APPS:
        print(record(app_name).relative_to(HERE))
