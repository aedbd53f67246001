"""Make ``tools.parity`` (developer tooling at the repository root, not installed) importable by these tests."""

import sys
from pathlib import Path

ROOT = str(Path(__file__).resolve().parents[2])
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
