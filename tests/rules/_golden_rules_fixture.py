"""Write ``tests/rules/fixtures/Rules.template.json``: ``_golden_rules_app.py`` run with aws-cdk-lib 2.275 (the
oracle venv ``.venvs/oracle``, see tests/golden/README.md), as the golden fixtures are.

    .venv/bin/python tests/rules/_golden_rules_fixture.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APP = Path(__file__).with_name("_golden_rules_app.py")
FIXTURE = Path(__file__).with_name("fixtures") / "Rules.template.json"


def main() -> None:
    python = ROOT / ".venvs" / "oracle" / "bin" / "python"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CDK_OUTDIR": tmp, "CDK_VALIDATION": "false"}
        # run outside the repository: pycdk's own `constructs` package would shadow the library's
        result = subprocess.run([str(python), str(APP)], cwd=tempfile.gettempdir(), env=env, capture_output=True,
                                text=True)
        if result.returncode != 0:
            sys.exit(result.stderr)
        FIXTURE.parent.mkdir(exist_ok=True)
        shutil.copyfile(Path(tmp) / "Rules.template.json", FIXTURE)
    print(f"wrote {FIXTURE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
