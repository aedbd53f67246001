"""Helpers for the L1 tests that synthesize small stacks."""

from __future__ import annotations

from typing import Any

from constructs import App, CfnResource, Stack


def new_stack(name: str = "Test") -> tuple[App, Stack]:
    """A fresh app with one stack."""
    app = App()
    return app, Stack(app, name)


def template(app: App, stack: Stack) -> dict[str, Any]:
    """Synthesize ``app`` and return ``stack``'s template."""
    return app.synth().get_stack_by_name(stack.stack_name).template


def properties(resource: CfnResource) -> dict[str, Any]:
    """The resolved Properties of one resource, without synthesizing the app."""
    rendered = resource._cfn_render_properties()
    return Stack.of(resource).resolve({k: v for k, v in rendered.items() if v is not None})
