"""``Manifest``: reads and writes the assembly, asset and integration test manifests and the validation report."""

from __future__ import annotations

import json
import os
import re
from typing import Any, Protocol, runtime_checkable

from constructs._validation import CloudAssemblyError

from ._enums import ArtifactMetadataEntryType, ArtifactType
from ._private import codec
from ._structs import AssemblyManifest, AssetManifest, IntegManifest, PolicyValidationReportJson

VERSION_MISMATCH = "Cloud assembly schema version mismatch"
"""The start of the error raised when a manifest's schema major version is newer than this library's."""

_SEMVER = re.compile(
    r"^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"
)


@runtime_checkable
class ICloudAssembly(Protocol):
    """A cloud assembly: something with the directory it was written to."""

    @property
    def directory(self) -> str:
        """The directory of the cloud assembly."""
        ...


class Manifest:
    """Reads and writes the cloud assembly's manifests, checking their schema version.

    ``save_*`` write the struct as the JSON of the schema (two-space indent), with this library's schema
    ``version`` and the ``minimumCliVersion`` that reads it; ``load_*`` read a file back into the struct.
    """

    @staticmethod
    def version() -> str:
        """The schema version this library writes (and the newest major version it reads): ``55.0.0``."""
        from constructs.internals import synthesis

        return str(synthesis.ASSEMBLY_VERSION)

    @staticmethod
    def cli_version() -> str | None:
        """The oldest CDK CLI version that reads this schema version."""
        from constructs.internals import synthesis

        return str(synthesis.MINIMUM_CLI_VERSION) or None

    @staticmethod
    def save_assembly_manifest(manifest: AssemblyManifest, file_path: str) -> None:
        """Write the assembly manifest ``manifest`` to ``file_path``.

        Args:
            manifest: the manifest.
            file_path: the file to write.
        """
        _save(manifest, file_path)

    @staticmethod
    def load_assembly_manifest(
        file_path: str,
        *,
        skip_enum_check: bool | None = None,
        skip_version_check: bool | None = None,
        topo_sort: bool | None = None,
        validate_schema: bool | None = None,
    ) -> AssemblyManifest:
        """Read the assembly manifest ``file_path`` (``manifest.json``).

        Args:
            file_path: the manifest file.
            skip_enum_check: accept enum values this library does not know in the schema validation (default
                false).
            skip_version_check: read a manifest of a newer schema major version (default false).
            topo_sort: only read by ``CloudAssembly`` (default true).

        Artifacts of a type ``ArtifactType`` does not list (written by a newer CDK) are left out, as
        aws-cdk-lib's ``CloudAssembly`` leaves them out; any other value an enum does not list is an error.
            validate_schema: validate the manifest against the schema's JSON schema (default false; needs the
                ``jsonschema`` package).

        Raises:
            CloudAssemblyError: when the file is not JSON, of a newer schema version, or not shaped like a manifest.
        """
        obj = _load(file_path)
        _patch_stack_tags_on_read(obj)
        _validate(obj, "cloud-assembly", skip_version_check, skip_enum_check, validate_schema)
        _drop_unknown_artifact_types(obj)
        return codec.from_json(AssemblyManifest, obj)  # type: ignore[no-any-return]

    @staticmethod
    def save_asset_manifest(manifest: AssetManifest, file_path: str) -> None:
        """Write the asset manifest ``manifest`` to ``file_path``.

        Args:
            manifest: the manifest.
            file_path: the file to write.
        """
        _save(manifest, file_path)

    @staticmethod
    def load_asset_manifest(file_path: str) -> AssetManifest:
        """Read the asset manifest ``file_path`` (``<stack>.assets.json``).

        Args:
            file_path: the manifest file.
        """
        obj = _load(file_path)
        _validate(obj, "assets", None, None, None)
        return codec.from_json(AssetManifest, obj)  # type: ignore[no-any-return]

    @staticmethod
    def save_integ_manifest(manifest: IntegManifest, file_path: str) -> None:
        """Write the integration test manifest ``manifest`` to ``file_path``.

        Args:
            manifest: the manifest.
            file_path: the file to write.
        """
        _save(manifest, file_path)

    @staticmethod
    def load_integ_manifest(file_path: str) -> IntegManifest:
        """Read the integration test manifest ``file_path`` (``integ.json``); no test cases read as none.

        Args:
            file_path: the manifest file.
        """
        obj = _load(file_path)
        _validate(obj, "integ", None, None, None)
        if isinstance(obj, dict):
            obj = {**obj, "testCases": obj.get("testCases") or {}}
        return codec.from_json(IntegManifest, obj)  # type: ignore[no-any-return]

    @staticmethod
    def load_validation_report(file_path: str) -> PolicyValidationReportJson:
        """Read the policy validation report ``file_path``.

        Args:
            file_path: the report file.
        """
        obj = _load(file_path)
        _validate(obj, "validation-report", None, None, None)
        return codec.from_json(PolicyValidationReportJson, obj)  # type: ignore[no-any-return]


def _save(manifest: Any, file_path: str) -> None:
    from constructs.internals import json_writer

    doc = codec.to_json(manifest)
    # the schema's version and CLI version, in place when the manifest has them, last when not
    doc["version"] = Manifest.version()
    cli = Manifest.cli_version()
    if cli is not None:
        doc["minimumCliVersion"] = cli
    with open(file_path, "w", encoding="utf-8") as f:
        f.write(json_writer.manifest_json(doc))


def _load(file_path: str) -> Any:
    with open(file_path, encoding="utf-8") as f:
        contents = f.read()
    try:
        return json.loads(contents)
    except ValueError as e:
        raise CloudAssemblyError(f"{e}, while parsing {json.dumps(contents)}") from None


def _parse_version(version: Any) -> int:
    m = _SEMVER.match(version) if isinstance(version, str) else None
    if m is None:
        raise CloudAssemblyError(f'Invalid semver string: "{version}"')
    return int(m.group(1))


def _validate(
    obj: Any, schema: str, skip_version_check: bool | None, skip_enum_check: bool | None, validate_schema: bool | None
) -> None:
    if not isinstance(obj, dict):
        raise CloudAssemblyError(f"Invalid assembly manifest: the document must be an object, got {obj!r}")
    supported = _parse_version(Manifest.version())
    actual_text = obj.get("version")
    actual = _parse_version(actual_text)
    if supported < actual and not skip_version_check:
        cli = obj.get("minimumCliVersion")
        hint = f". You need at least CLI version {cli} to read this manifest." if cli else ""
        raise CloudAssemblyError(
            f"{VERSION_MISMATCH}: Maximum schema version supported is {supported}.x.x, but found {actual_text}{hint}"
        )
    if validate_schema if validate_schema is not None else os.environ.get("TESTING_CDK") == "1":
        from ._private.schema import validate

        validate(obj, schema, skip_enum_check=bool(skip_enum_check))


def _drop_unknown_artifact_types(obj: Any) -> None:
    artifacts = obj.get("artifacts")
    if isinstance(artifacts, dict):
        known = {t.value for t in ArtifactType}
        obj["artifacts"] = {k: a for k, a in artifacts.items()
                            if not (isinstance(a, dict) and isinstance(a.get("type"), str) and a["type"] not in known)}


def _patch_stack_tags_on_read(obj: Any) -> None:
    """Stack tags written as ``{"Key", "Value"}`` (older assemblies) read as ``{"key", "value"}``."""
    if not isinstance(obj, dict) or not isinstance(obj.get("artifacts"), dict):
        return
    for artifact in obj["artifacts"].values():
        if not isinstance(artifact, dict) or artifact.get("type") != ArtifactType.AWS_CLOUDFORMATION_STACK.value:
            continue
        for entries in (artifact.get("metadata") or {}).values():
            for entry in entries or []:
                if not isinstance(entry, dict) or entry.get("type") != ArtifactMetadataEntryType.STACK_TAGS.value:
                    continue
                for tag in entry.get("data") or []:
                    if isinstance(tag, dict):
                        if "Key" in tag:
                            tag["key"] = tag.pop("Key")
                        if "Value" in tag:
                            tag["value"] = tag.pop("Value")
