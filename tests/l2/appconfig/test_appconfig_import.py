"""Import isolation of ``l2.appconfig``: it loads no other service until a construct needs one."""

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


def test_importing_appconfig_loads_only_appconfig() -> None:
    # iam, lambda, sqs, sns, events, s3, ssm, secretsmanager, kms, cloudwatch and ecs load when a construct needs them
    assert _loaded_services("from l2 import appconfig") == {"l1.appconfig", "l2.appconfig"}


def test_every_public_name_is_exported() -> None:
    import l2.appconfig as appconfig

    names = {n for n in vars(appconfig) if not n.startswith("_") and n[0].isupper()}
    assert names <= set(appconfig.__all__)
