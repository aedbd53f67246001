"""Write the oracle's metadata for the analytics metadata apps: ``.venvs/oracle/bin/python
tests/feature_flags/make_analytics_fixtures.py [name ...]`` runs each ``analytics_apps/<name>.py`` (or the named
ones) with aws-cdk-lib 2.275.0 (and each of ``GOLDEN_APPS``) and copies every ``*.metadata.json`` it writes to ``analytics_fixtures/<name>/`` as
written."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "golden"))

from oracle import run_app  # noqa: E402

# golden apps whose analytics metadata is compared too (their templates are compared by the golden tests)
GOLDEN_APPS = [HERE.parent / "golden/core/integ_enable_additional_metadata.py"]


def main() -> int:
    only = set(sys.argv[1:])  # app names: only these (default every app)
    for app in [*sorted((HERE / "analytics_apps").glob("*.py")), *GOLDEN_APPS]:
        if only and app.stem not in only:
            continue
        target = HERE / "analytics_fixtures" / app.stem
        with tempfile.TemporaryDirectory() as tmp:
            run_app(app, Path(sys.executable), Path(tmp))
            if target.exists():
                shutil.rmtree(target)
            for found in sorted(Path(tmp).rglob("*.metadata.json")):
                rel = found.relative_to(tmp)
                (target / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(found, target / rel)
                print(f"ok {app.stem}: {rel}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
