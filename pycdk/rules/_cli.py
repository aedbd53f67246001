"""What ``pycdk synth --rules PACKS [--rules-report FILE]`` runs on the synthesized assembly."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ._engine import RulesResult
from ._pack import RulePack

ACKNOWLEDGEMENTS_FILE_ENV = "PYCDK_ACKNOWLEDGEMENTS_FILE"
"""The variable that has the app write all its acknowledgements to a file (the core's synthesis reads it): those of
the app and its stages are in no artifact of the assembly."""


def check_assembly_for_cli(directory: Path, packs: Sequence[RulePack], report: str | None,
                           acknowledgements_file: Path | None = None) -> RulesResult:
    """Run ``packs`` over the assembly in ``directory``; write ``report`` (JSON, or SARIF for ``*.sarif``) when
    given. ``acknowledgements_file``: what the app wrote to ``ACKNOWLEDGEMENTS_FILE_ENV`` when it ran (absent when
    the assembly was read as it is)."""
    from ._engine import run
    from ._private.assembly import stacks_from_assembly
    from ._report import write

    extra: list[tuple[str, str, str]] = []
    if acknowledgements_file is not None and acknowledgements_file.exists():
        extra = [(str(p), str(i), str(r)) for p, i, r in json.loads(acknowledgements_file.read_text())]
    from ._api import _packs

    result = run(stacks_from_assembly(str(directory)), _packs(packs), extra_acknowledgements=extra)
    if report:
        write(result, report)
    return result
