"""Import isolation of ``l2.ecs``: only what aws-cdk-lib's ``aws_ecs`` itself depends on is loaded."""

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


def test_importing_ecs_loads_only_its_own_modules() -> None:
    # every dependency (ec2, iam, autoscaling, logs, servicediscovery, ...) loads when a construct needs it
    assert _loaded_services("from l2 import ecs") == {"l2.ecs"}


def test_every_public_name_is_exported_and_resolves() -> None:
    import l2.ecs as ecs

    names = set(ecs._L2_NAMES)
    assert names <= set(ecs.__all__)
    for name in sorted(names):
        assert getattr(ecs, name).__name__ == name
    assert ecs.CfnCluster.CFN_RESOURCE_TYPE_NAME == "AWS::ECS::Cluster"
