"""Importing ``l2.route53``, ``l2.route53_targets`` and ``l2.certificatemanager`` loads no other service
(aws-cdk-lib's imports of iam, kms, ec2, cloudwatch, s3, cognito, ... happen on first use), every name in
``__all__`` resolves, and the L1 classes are still re-exported."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("route53", {"l1.route53", "l2.route53"}),
        ("route53_targets", {"l1.route53", "l2.route53", "l2.route53_targets"}),
        ("certificatemanager", {"l1.certificatemanager", "l2.certificatemanager"}),
    ],
)
def test_importing_loads_no_other_service(module: str, expected: set[str]) -> None:
    code = (
        "import sys\n"
        f"import l2.{module}\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                     and not m.split('.')[1].startswith('_'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert set(out.split(",")) == expected


@pytest.mark.parametrize(
    ("module", "l1_name"),
    [("route53", "CfnRecordSet"), ("route53_targets", None), ("certificatemanager", "CfnCertificate")],
)
def test_every_exported_name_resolves(module: str, l1_name: str | None) -> None:
    mod = importlib.import_module(f"l2.{module}")
    assert all(getattr(mod, name, None) is not None for name in mod.__all__)
    if l1_name is not None:
        assert l1_name in mod.__all__
        assert getattr(mod, l1_name) is getattr(importlib.import_module(f"l1.{module}"), l1_name)
