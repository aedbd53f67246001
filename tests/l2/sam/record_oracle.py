"""Record ``fixtures/literal_forms.template.json`` with aws-cdk-lib (run from the repository root)::

    .venvs/oracle/bin/python tests/l2/sam/record_oracle.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import aws_cdk  # noqa: E402
from aws_cdk import aws_sam  # noqa: E402
from oracle_app import literal  # noqa: E402

if __name__ == "__main__":
    out = HERE / "fixtures" / "literal_forms.template.json"
    out.write_text(json.dumps(literal(aws_cdk, aws_sam), indent=1) + "\n")
    print(f"wrote {out}")
