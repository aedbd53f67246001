"""Importing the Cognito modules loads no other service (aws-cdk-lib's imports of iam, lambda, kms and
custom_resources happen on first use), and every name in ``__all__`` resolves."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("cognito", {"l1.cognito", "l2.cognito"}),
        ("cognito_identitypool", {"l1.cognito", "l2.cognito_identitypool"}),
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


@pytest.mark.parametrize("module", ["cognito", "cognito_identitypool"])
def test_every_exported_name_resolves(module: str) -> None:
    import importlib

    mod = importlib.import_module(f"l2.{module}")
    assert all(getattr(mod, name, None) is not None for name in mod.__all__)
    assert "UserPool" in dir(mod) or "IdentityPool" in dir(mod)
