"""Every L1 service module is reachable as ``l2.<svc>``, as ``aws_cdk.aws_<svc>`` holds the L1 classes."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from l1._index import MODULES
from l2._private.reexports import L2_DIR, expected_stubs


def test_generated_stubs_are_current() -> None:
    for name, text in expected_stubs().items():
        assert (L2_DIR / name).read_text() == text, f"l2/{name} is stale: run python -m l2._private.reexports"


@pytest.mark.parametrize("module", ["ec2", "lambda_", "alexa_ask", "sam"])
def test_l2_module_reexports_every_l1_class(module: str) -> None:
    l1_mod = importlib.import_module(f"l1.{module}")
    l2_mod = importlib.import_module(f"l2.{module}")
    assert l1_mod.__all__
    for name in l1_mod.__all__:
        assert getattr(l2_mod, name) is getattr(l1_mod, name)


def test_every_service_has_an_l2_module() -> None:
    missing = [m for m in MODULES if not ((L2_DIR / f"{m}.py").exists() or (L2_DIR / m).is_dir())]
    assert not missing


def test_importing_one_service_loads_no_other() -> None:
    code = (
        "import sys\n"
        "from l2 import sqs\n"
        "sqs.Queue, sqs.CfnQueue  # l2.sqs loads its names on first use\n"
        "services = sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                  and not m.split('.')[1].startswith('_'))\n"
        "print(','.join(services))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    loaded = set(out.split(","))
    assert {"l2.sqs", "l1.sqs"} <= loaded
    assert not {m for m in loaded if m.split(".")[1] not in ("sqs", "iam", "kms", "cloudwatch")}
