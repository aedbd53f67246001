"""``bootstrap_template()``: the synthesized CDKToolkit template as a dict."""

from __future__ import annotations

import tempfile
from typing import Any

from constructs import App

from ._stack import BootstrapStack


def bootstrap_template() -> dict[str, Any]:
    """Synthesize a ``BootstrapStack`` in a throw-away app and return its template.

    No CLI context is applied (no ``aws:cdk:path`` metadata), so the result is the plain template that
    ``cdk bootstrap --show-template`` prints.
    """
    with tempfile.TemporaryDirectory(prefix="pycdk-bootstrap-") as outdir:
        app = App(outdir=outdir, context={})
        stack = BootstrapStack(app)
        return app.synth().get_stack_artifact(stack.artifact_id).template
