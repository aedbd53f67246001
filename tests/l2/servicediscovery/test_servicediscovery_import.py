"""``l2.servicediscovery`` loads no other service module; its ``Cfn*`` re-exports are ``l1.servicediscovery``'s."""

from __future__ import annotations

import subprocess
import sys

import l1.servicediscovery as l1_sd
import l2.servicediscovery as l2_sd


def test_import_loads_no_other_service() -> None:
    code = (
        "import sys\n"
        "import l2.servicediscovery\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                  and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) == {"l1.servicediscovery", "l2.servicediscovery"}


def test_l1_classes_are_re_exported() -> None:
    assert l1_sd.__all__
    for name in l1_sd.__all__:
        assert getattr(l2_sd, name) is getattr(l1_sd, name)
        assert name in l2_sd.__all__
