"""Import isolation of ``l2.appsync``: it loads no other service until a construct needs one."""

from __future__ import annotations

import subprocess
import sys


def _loaded_services(statement: str) -> set[str]:
    code = (
        "import sys\n"
        f"{statement}\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    return set(out.split(","))


def test_importing_appsync_loads_only_appsync() -> None:
    # iam, logs, s3_assets (and the services of the data sources) load when a construct needs them
    assert _loaded_services("from l2 import appsync") == {"l1.appsync", "l2.appsync"}


def test_every_public_name_is_exported_and_the_l1_classes_stay() -> None:
    import l1.appsync
    import l2.appsync as appsync

    names = {n for n in vars(appsync) if not n.startswith("_") and n[0].isupper()}
    assert names <= set(appsync.__all__)
    for name in l1.appsync.__all__:
        assert getattr(appsync, name) is getattr(l1.appsync, name)
