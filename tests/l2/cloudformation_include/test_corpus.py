"""The corpus templates come back from ``CfnInclude`` with the same meaning (the byte-for-byte check against
aws-cdk-lib is the golden app ``l2_cloudformation_include/corpus_round_trip``).

The output compared is aws-cdk-lib's (the golden fixtures, which pycdk's output equals byte for byte); the input is
read with the loader under test. Allowed differences are the ones aws-cdk-lib makes: values converted to a
property's type (``"5"`` for a number becomes ``5``), tags in key order, ``DependsOn`` as a list, empty sections
left out, and the bootstrap version parameter and rule that every CDK stack adds.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from l2.cloudformation_include._private.template_file import read_template

CORPUS = Path(__file__).resolve().parent / "corpus"
FIXTURES = Path(__file__).resolve().parents[2] / "golden" / "l2_cloudformation_include" / "fixtures" / "corpus_round_trip"
INPUTS = sorted(p for p in CORPUS.iterdir() if p.suffix in (".json", ".yaml"))
CDK_ADDITIONS = {"Parameters": {"BootstrapVersion"}, "Rules": {"CheckBootstrapVersion"}}


def _output_of(path: Path) -> dict[str, Any]:
    result: dict[str, Any] = json.loads((FIXTURES / f"{path.stem.replace('_', '-')}.template.json").read_text())
    return result


def _loose(value: Any) -> Any:
    """A value as aws-cdk-lib may write it back: scalars as text (numbers as JavaScript numbers), lists of tags in
    key order, nulls dropped from lists, and ``Fn::GetAZs`` of nothing as ``""``."""
    if isinstance(value, dict):
        if list(value) == ["Fn::GetAZs"] and value["Fn::GetAZs"] is None:
            return {"Fn::GetAZs": ""}
        return {key: _loose(item) for key, item in value.items()}
    if isinstance(value, list):
        items = [_loose(item) for item in value if item is not None]
        if items and all(isinstance(item, dict) and set(item) == {"Key", "Value"} for item in items):
            items.sort(key=lambda tag: str(tag["Key"]).lower())
        return items
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return None
    try:
        return repr(float(value))
    except ValueError:
        return str(value)


def test_the_corpus_has_at_least_30_public_templates() -> None:
    manifest = (CORPUS / "MANIFEST.md").read_text()
    public = [p for p in INPUTS if f"| {p.name} | aws" in manifest]
    assert len(public) >= 30
    assert len(INPUTS) == len(list(FIXTURES.glob("*.template.json")))


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_sections_and_elements_are_kept(path: Path) -> None:
    given = read_template(str(path))
    output = _output_of(path)
    for section, entries in given.items():
        if isinstance(entries, dict) and section not in ("Metadata",):
            if not entries:
                continue  # an empty section is left out
            kept = set(output[section]) - CDK_ADDITIONS.get(section, set())
            assert kept == set(entries), section
        else:
            assert _loose(output[section]) == _loose(entries), section
    assert set(output) - set(given) <= {"Parameters", "Rules"}


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_resources_keep_their_attributes_and_properties(path: Path) -> None:
    given = read_template(str(path)).get("Resources") or {}
    output = _output_of(path).get("Resources") or {}
    for logical_id, resource in given.items():
        out = output[logical_id]
        assert out["Type"] == resource["Type"]
        for attribute in ("Condition", "DeletionPolicy", "UpdateReplacePolicy", "Metadata", "Version"):
            assert _loose(out.get(attribute)) == _loose(resource.get(attribute)), (logical_id, attribute)
        depends_on = resource.get("DependsOn") or []
        assert sorted(out.get("DependsOn", [])) == sorted(depends_on if isinstance(depends_on, list) else [depends_on])
        assert _loose(out.get("Properties") or {}) == _loose(resource.get("Properties") or {}), logical_id


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_parameters_conditions_mappings_and_outputs_are_equal(path: Path) -> None:
    given = read_template(str(path))
    output = _output_of(path)
    for section in ("Parameters", "Conditions", "Mappings", "Outputs"):
        for name, entry in (given.get(section) or {}).items():
            assert _loose(output[section][name]) == _loose(entry), (section, name)
