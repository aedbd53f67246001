"""Checks that every variant writes the same templates as aws-cdk-lib for the same N.

The floor and pycdk L2 must match byte for byte. The L1 variants use plain construct ids as logical IDs,
so their templates are compared after stripping the 8-character hash from aws-cdk-lib's IDs and sorting
``DependsOn``. Every variant must have the same resource count and types per stack.
"""

import json
from collections import Counter
from pathlib import Path
from typing import Any


def _templates(outdir: Path) -> dict[str, str]:
    """Map each stack name to its template text."""
    return {
        p.name.removesuffix(".template.json"): p.read_text() for p in sorted(outdir.glob("*.template.json"))
    }


def _types(template: dict[str, Any]) -> Counter[str]:
    """Count a template's resources by type."""
    return Counter(r["Type"] for r in template.get("Resources", {}).values())


def _canonical(text: str, strip_hashes: bool) -> str:
    """Return the template as sorted JSON, with logical ID hashes stripped and ``DependsOn`` sorted."""
    if strip_hashes:
        for logical_id in json.loads(text).get("Resources", {}):
            text = text.replace(f'"{logical_id}"', f'"{logical_id[:-8]}"')
    template = json.loads(text)
    for resource in template.get("Resources", {}).values():
        if isinstance(resource.get("DependsOn"), list):
            resource["DependsOn"] = sorted(resource["DependsOn"])
    return json.dumps(template, sort_keys=True)


def resource_count(outdir: Path) -> int:
    """The number of resources in all templates under ``outdir``."""
    return sum(len(json.loads(t).get("Resources", {})) for t in _templates(outdir).values())


def compare(reference: Path, candidate: Path, *, byte_identical: bool) -> tuple[bool, str]:
    """Compare ``candidate``'s templates with the aws-cdk-lib ones in ``reference``.

    Returns:
        ``(ok, message)``: ``ok`` is false when the stacks, resource counts or types differ, or when the
        templates differ beyond what ``byte_identical`` allows.
    """
    expected, actual = _templates(reference), _templates(candidate)
    if expected.keys() != actual.keys():
        return False, f"stacks differ: expected {sorted(expected)}, got {sorted(actual)}"
    for name, text in expected.items():
        want, got = _types(json.loads(text)), _types(json.loads(actual[name]))
        if want != got:
            return False, f"{name}: resource types differ: expected {dict(want)}, got {dict(got)}"
    count = sum(sum(_types(json.loads(t)).values()) for t in expected.values())
    same_counts = f"{len(expected)} stacks, {count} resources, same types"
    for name, text in expected.items():
        if byte_identical:
            if text != actual[name]:
                return False, f"{same_counts}; {name}.template.json is not byte-identical"
        elif _canonical(text, True) != _canonical(actual[name], False):
            return (
                False,
                f"{same_counts}; {name}.template.json differs beyond logical IDs and DependsOn order",
            )
    how = "byte-identical templates" if byte_identical else "equal templates modulo logical-ID hashes"
    return True, f"{same_counts}, {how}"
