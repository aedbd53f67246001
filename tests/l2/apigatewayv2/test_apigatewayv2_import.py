"""Importing ``l2.apigatewayv2``, ``l2.apigatewayv2_integrations`` or ``l2.apigatewayv2_authorizers`` is fast and
loads no other service (the integrations and authorizers load the services they bind to only when used)."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


MODULES = ["apigatewayv2", "apigatewayv2_integrations", "apigatewayv2_authorizers"]


@pytest.mark.parametrize("module", MODULES)
def test_importing_loads_no_other_service(module: str) -> None:
    out = _run(
        "import sys\n"
        f"from l2 import {module}\n"
        "print(','.join(sorted(m for m in sys.modules if m.count('.') == 1 and m.split('.')[0] in ('l1', 'l2')\n"
        "                      and not m.split('.')[1].startswith('_'))))\n"
    )
    assert set(out.split(",")) <= {"l1.apigatewayv2", *(f"l2.{m}" for m in MODULES)}
