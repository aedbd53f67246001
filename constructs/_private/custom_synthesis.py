"""Custom synthesis: constructs that write their own files or artifacts into the cloud assembly.

``attach_custom_synthesis(construct, on_synthesize)`` (aws-cdk-lib's ``attachCustomSynthesis``) registers a
callable that synthesis calls once the templates are written, with a session: ``outdir`` (the assembly folder
being written), ``assembly`` (``add_artifact(id, entry)`` adds a manifest artifact) and ``validate_on_synth``.
It runs whether or not validation is skipped (the IAM policy report of ``Role.customize_roles`` is written so).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

_KEY = "_pycdk_custom_synthesis"
_ATTACHED = [0]  # how many custom syntheses were ever attached: none (the usual app), no construct holds one


class CustomSynthesisAssembly:
    """The assembly being built, as a custom synthesis sees it: its folder and ``add_artifact``."""

    __slots__ = ("outdir", "_artifacts")

    def __init__(self, outdir: str, artifacts: dict[str, Any]) -> None:
        self.outdir = outdir
        self._artifacts = artifacts

    def add_artifact(self, artifact_id: str, entry: Mapping[str, Any] | None = None, *, type: Any = None,
                     dependencies: Sequence[str] | None = None, display_name: str | None = None,
                     environment: str | None = None, metadata: Mapping[str, Any] | None = None,
                     properties: Any = None) -> None:
        """Add (or replace) the manifest artifact ``artifact_id``: a manifest entry, or its fields as keywords."""
        if entry is None:
            fields = {"type": getattr(type, "value", type), "environment": environment, "metadata": metadata,
                      "properties": _plain(properties), "dependencies": list(dependencies) if dependencies else None,
                      "displayName": display_name}
            entry = {k: v for k, v in fields.items() if v is not None}
        self._artifacts[artifact_id] = dict(entry)


def _plain(value: Any) -> Any:
    """A struct (attribute fields) as a camelCase dict; a mapping as a dict."""
    if value is None or isinstance(value, Mapping):
        return dict(value) if value is not None else None
    from .structs import asdict

    out = asdict(value)
    return {_camel(k): v for k, v in out.items() if v is not None}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


class CustomSynthesisSession:
    """What ``on_synthesize`` (and a user synthesizer's ``synthesize``) is given: aws-cdk-lib's
    ``ISynthesisSession``. ``emit_stack(options)``, set by the engine for a stack's synthesizer, writes the stack's
    artifact (``options``: the artifact options in camelCase, None for the synthesizer's defaults)."""

    __slots__ = ("outdir", "assembly", "validate_on_synth", "emit_stack")

    def __init__(self, outdir: str, artifacts: dict[str, Any],
                 emit_stack: Callable[[dict[str, Any] | None], None] | None = None) -> None:
        self.outdir = outdir
        self.assembly = CustomSynthesisAssembly(outdir, artifacts)
        self.validate_on_synth: bool | None = None
        self.emit_stack = emit_stack


def attach_custom_synthesis(construct: Any, on_synthesize: Callable[[CustomSynthesisSession], None]) -> None:
    """Call ``on_synthesize(session)`` when ``construct``'s stage is synthesized, after its templates are written."""
    construct.__dict__.setdefault(_KEY, []).append(on_synthesize)
    _ATTACHED[0] += 1


def run_custom_synthesis(constructs: Iterable[Any], outdir: str, artifacts: dict[str, Any]) -> None:
    """Call the custom syntheses attached to ``constructs`` (in tree order), one session for all."""
    if not _ATTACHED[0]:
        return
    session: CustomSynthesisSession | None = None
    for c in constructs:
        hooks = c.__dict__.get(_KEY) if hasattr(c, "__dict__") else None
        if not hooks:
            continue
        if session is None:
            session = CustomSynthesisSession(outdir, artifacts)
        for hook in hooks:
            hook(session)
