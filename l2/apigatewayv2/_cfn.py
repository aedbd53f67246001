"""The generated L1 module, loaded on first use (keeps ``import l2.apigatewayv2_integrations`` cheap)."""

from __future__ import annotations

from types import ModuleType


def cfn() -> ModuleType:
    """``l1.apigatewayv2``."""
    import l1.apigatewayv2

    return l1.apigatewayv2
