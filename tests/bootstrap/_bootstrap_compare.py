"""Loading CloudFormation YAML (short forms included) and comparing two templates section by section."""

from __future__ import annotations

import json
from typing import Any

from cfnlint.decode import cfn_yaml

SECTIONS = ("Description", "Parameters", "Conditions", "Resources", "Outputs")


def load_cfn_yaml(text: str) -> dict[str, Any]:
    """Parse CloudFormation YAML (``!Ref``, ``!Sub``, ``!GetAtt`` ... become long forms) into plain dicts."""
    return json.loads(json.dumps(cfn_yaml.loads(text)))


def section_differences(expected: dict[str, Any], actual: dict[str, Any]) -> list[str]:
    """One line per difference: missing/extra sections, entries, and entries whose bodies differ."""
    problems: list[str] = []
    for section in sorted(set(expected) | set(actual)):
        if section not in SECTIONS:
            problems.append(f"unexpected top-level section {section!r}")
            continue
        want, got = expected.get(section), actual.get(section)
        if not isinstance(want, dict) or not isinstance(got, dict):
            if want != got:
                problems.append(f"{section}: expected {want!r}, got {got!r}")
            continue
        for name in sorted(set(want) - set(got)):
            problems.append(f"{section}.{name}: missing")
        for name in sorted(set(got) - set(want)):
            problems.append(f"{section}.{name}: not in the expected template")
        for name in sorted(set(want) & set(got)):
            if want[name] != got[name]:
                problems.append(
                    f"{section}.{name}: differs\n  expected {json.dumps(want[name], sort_keys=True)}\n"
                    f"  got      {json.dumps(got[name], sort_keys=True)}"
                )
    return problems
