"""Import cost and isolation of ``l2.autoscaling`` and ``l2.autoscaling_hooktargets``."""

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


def test_importing_autoscaling_loads_only_what_aws_cdk_lib_depends_on() -> None:
    # ec2 (its lazy package, for block devices and connections) and autoscaling_common; iam, cloudwatch, sns and
    # elbv2 load when a construct needs them
    assert _loaded_services("from l2 import autoscaling") == {
        "l1.autoscaling", "l2.autoscaling", "l2.autoscaling_common", "l2.ec2",
    }


def test_importing_hooktargets_loads_only_autoscaling() -> None:
    assert _loaded_services("from l2 import autoscaling_hooktargets") == {
        "l1.autoscaling", "l2.autoscaling", "l2.autoscaling_common", "l2.autoscaling_hooktargets", "l2.ec2",
    }


def test_every_public_name_is_exported() -> None:
    import l2.autoscaling as autoscaling
    import l2.autoscaling_hooktargets as hooktargets

    for module in (autoscaling, hooktargets):
        names = {n for n in vars(module) if not n.startswith("_") and n[0].isupper()}
        assert names <= set(module.__all__)
