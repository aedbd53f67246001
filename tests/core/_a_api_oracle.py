"""Writes ``a_api_expected.json``: what ``_a_api_scenarios.py`` computes under aws-cdk-lib.

Run with the oracle venv from outside the repository root: ``cd /tmp && /work/main/.venvs/oracle/bin/python
/work/main/tests/core/_a_api_oracle.py``.
"""

import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

out = subprocess.run(
    [sys.executable, os.path.join(HERE, "_a_api_scenarios.py")],
    check=True, capture_output=True, text=True, cwd="/tmp", env={**os.environ, "CDK_VALIDATION": "false"},
).stdout
with open(os.path.join(HERE, "a_api_expected.json"), "w", encoding="utf-8") as f:
    f.write(out)
