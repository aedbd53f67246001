"""What ``pycdk synth --rules PACKS [--rules-report FILE]`` runs on the synthesized assembly."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ._engine import RulesResult
from ._pack import RulePack


def check_assembly_for_cli(directory: Path, packs: Sequence[RulePack], report: str | None) -> RulesResult:
    """Run ``packs`` over the assembly in ``directory``; write ``report`` (JSON, or SARIF for ``*.sarif``) when
    given."""
    from ._api import Rules
    from ._report import write

    result = Rules.check_assembly(str(directory), packs)
    if report:
        write(result, report)
    return result
