"""pycdk's manifest.json and asset manifests validate against the official cloud-assembly JSON schemas."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest


def _schema(node_modules: Path, name: str) -> dict:
    return json.loads((node_modules / "@aws-cdk" / "cloud-assembly-schema" / "schema" / name).read_text())


def _manifests(assembly: Path) -> list[Path]:
    return sorted(assembly.rglob("manifest.json"))


def test_every_manifest_is_valid(node_modules: Path, sample_assembly: Path) -> None:
    schema = _schema(node_modules, "cloud-assembly.schema.json")
    manifests = _manifests(sample_assembly)
    assert len(manifests) == 2  # the app and the Prod stage
    for manifest in manifests:
        jsonschema.validate(json.loads(manifest.read_text()), schema)


def test_manifest_version_is_the_one_aws_cdk_lib_writes(node_modules: Path, sample_assembly: Path) -> None:
    manifest = json.loads((sample_assembly / "manifest.json").read_text())
    assert manifest["version"] == "55.0.0"
    assert _schema(node_modules, "version.json")["schemaHash"]  # the schema package is the one we validate with


@pytest.mark.parametrize("name", ["Producer.assets.json", "Consumer.assets.json"])
def test_asset_manifests_are_valid(node_modules: Path, sample_assembly: Path, name: str) -> None:
    jsonschema.validate(json.loads((sample_assembly / name).read_text()), _schema(node_modules, "assets.schema.json"))


def test_schema_rejects_a_broken_manifest(node_modules: Path, sample_assembly: Path) -> None:
    manifest = json.loads((sample_assembly / "manifest.json").read_text())
    manifest["artifacts"]["Producer"]["type"] = "not-a-type"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(manifest, _schema(node_modules, "cloud-assembly.schema.json"))
