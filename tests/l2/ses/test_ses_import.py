"""Import isolation of ``l2.ses`` and ``l2.ses_actions``."""

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


def test_importing_ses_loads_only_ses() -> None:
    # iam, lambda, route53, sns, events and kinesisfirehose load when a construct needs them
    assert _loaded_services("from l2 import ses") == {"l1.ses", "l2.ses"}


def test_importing_ses_actions_loads_nothing_else_until_an_action_is_bound() -> None:
    assert _loaded_services("from l2 import ses_actions") == {"l2.ses_actions"}


def test_every_public_name_is_exported() -> None:
    import l2.ses as ses
    import l2.ses_actions as ses_actions

    for module in (ses, ses_actions):
        names = {n for n in vars(module) if not n.startswith("_") and n[0].isupper()}
        assert names <= set(module.__all__)
