"""The only place where :mod:`assertions` touches the core (``constructs``).

It synthesizes the stage that holds a stack and reads the stack's template, messages and tags from the
cloud assembly. The stage caches its assembly (``stage.synth()`` without ``force``), so repeated
``Template.from_stack`` calls on the same app synthesize it once; ``Annotations`` forces a fresh synthesis,
as aws-cdk-lib does, so it sees annotations added after an earlier synthesis.
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

from .._errors import AssertionFailure

_NOT_IN_STAGE = "unexpected: all stacks must be part of a Stage or an App"


def _stage_of(stack: Any) -> Any:
    from constructs import Stage

    stage = Stage.of(stack)
    if stage is None:
        raise AssertionFailure(_NOT_IN_STAGE)
    return stage


def _synth(stage: Any, *, force: bool, report_errors: bool = True) -> Any:
    if report_errors:
        return stage.synth(force=force)
    # Error annotations are what Annotations.has_error looks for: they must not abort this synthesis.
    if "error_on_annotations" in inspect.signature(stage.synth).parameters:
        return stage.synth(force=force, error_on_annotations=False)
    return stage.synth(force=force)


def _artifact(stack: Any, *, force: bool, report_errors: bool = True) -> Any:
    assembly = _synth(_stage_of(stack), force=force, report_errors=report_errors)
    return assembly.get_stack_artifact(stack.artifact_id)


def stack_template(stack: Any) -> dict[str, Any]:
    """The synthesized template of ``stack`` (a nested stack's own template for a nested stack)."""
    assembly = _synth(_stage_of(stack), force=False)
    if getattr(stack, "nested_stack_parent", None) is not None:
        directory = getattr(assembly, "directory", None) or getattr(assembly, "outdir", None)
        path = Path(str(directory)) / stack.template_file
        return json.loads(path.read_text(encoding="utf-8"))
    return assembly.get_stack_artifact(stack.artifact_id).template


def stack_messages(stack: Any) -> list[Any]:
    """The synthesis messages (errors, warnings, infos) of ``stack``, synthesizing afresh."""
    return list(_artifact(stack, force=True, report_errors=False).messages)


def stack_tags(stack: Any) -> dict[str, str]:
    """The stack-level tags recorded in the cloud assembly manifest (``{}`` when there are none)."""
    artifact = _artifact(stack, force=False)
    tags = getattr(artifact, "tags", None)
    if tags is None:
        manifest = getattr(artifact, "manifest", None) or {}
        tags = (manifest.get("properties") or {}).get("tags") if isinstance(manifest, dict) else None
    return dict(tags or {})
