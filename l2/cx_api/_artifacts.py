"""The artifacts of a cloud assembly: stacks, asset manifests, nested assemblies, the construct tree.

Each class extends the core's class of the same name (``constructs.CloudArtifact``, ...), so an artifact read
here is accepted wherever pycdk takes the artifacts ``App.synth()`` returns; the attributes are aws-cdk-lib's
(``manifest`` is the schema's ``ArtifactManifest``, ``messages`` are ``SynthesisMessage`` structs).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import CloudArtifact as _CoreArtifact
from constructs import CloudFormationStackArtifact as _CoreStackArtifact
from constructs._validation import CloudAssemblyError
from l2.cloud_assembly_schema import (
    ArtifactManifest,
    ArtifactMetadataEntryType,
    ArtifactType,
    AssetManifest,
    AssetManifestProperties,
    AwsCloudFormationStackProperties,
    BootstrapRole,
    ContainerImageAssetMetadataEntry,
    FeatureFlagReportProperties,
    FileAssetMetadataEntry,
    MetadataEntry,
    NestedCloudAssemblyProperties,
    TreeArtifactProperties,
)
from l2.cloud_assembly_schema._private import codec

from ._enums import SynthesisMessageLevel
from ._environment import EnvironmentUtils
from ._private.compat import record
from ._structs import Environment, MetadataEntryResult, SynthesisMessage

if TYPE_CHECKING:
    from ._assembly import CloudAssembly

_LEVELS = {
    ArtifactMetadataEntryType.WARN.value: SynthesisMessageLevel.WARNING,
    ArtifactMetadataEntryType.ERROR.value: SynthesisMessageLevel.ERROR,
    ArtifactMetadataEntryType.INFO.value: SynthesisMessageLevel.INFO,
}

_Properties = (
    AwsCloudFormationStackProperties
    | AssetManifestProperties
    | TreeArtifactProperties
    | NestedCloudAssemblyProperties
    | FeatureFlagReportProperties
    | Mapping[str, object]
)


class CloudArtifact(_CoreArtifact):
    """An artifact of a cloud assembly.

    ``CloudArtifact.from_manifest`` makes the class of the artifact's type (``CloudAssembly`` reads every
    artifact through it); artifacts of other types are plain ``CloudArtifact`` objects when made directly.

    Args:
        assembly: the cloud assembly holding the artifact.
        id: the artifact's id.
        type / additional_metadata_file / dependencies / display_name / environment / metadata / properties:
            the artifact's manifest entry (see ``ArtifactManifest``).
    """

    def __init__(
        self,
        assembly: CloudAssembly,
        id: str,
        *,
        type: ArtifactType,
        additional_metadata_file: str | None = None,
        dependencies: Sequence[str] | None = None,
        display_name: str | None = None,
        environment: str | None = None,
        metadata: Mapping[str, Sequence[MetadataEntry]] | None = None,
        properties: _Properties | None = None,
    ) -> None:
        self._setup(assembly, id, ArtifactManifest(
            type=type, additional_metadata_file=additional_metadata_file, dependencies=dependencies,
            display_name=display_name, environment=environment, metadata=metadata, properties=properties,
        ))

    def _setup(self, assembly: CloudAssembly, id: str, manifest: ArtifactManifest) -> None:
        self.assembly = assembly  # type: ignore[assignment]
        self.id = id
        self.artifact_id = id
        manifest = record(manifest)  # also readable as the core's manifest dict
        self.manifest = manifest  # type: ignore[assignment]
        self._dependency_ids: list[str] = list(manifest.dependencies or [])
        self._deps: list[CloudArtifact] | None = None
        self._metadata: dict[str, list[MetadataEntry]] | None = None
        props: Any = manifest.properties
        if isinstance(props, Mapping):  # given as a mapping of its fields: the struct of the artifact's type
            cls = codec.PROPERTIES_BY_TYPE.get(manifest.type.value)
            props = cls(**props) if cls is not None else props
        self._props: Any = props
        self.messages: list[SynthesisMessage] = self._render_messages()  # type: ignore[assignment]

    @classmethod
    def _create(cls, assembly: CloudAssembly, id: str, manifest: ArtifactManifest) -> CloudArtifact:
        artifact = cls.__new__(cls)
        artifact._setup(assembly, id, manifest)
        return artifact

    @staticmethod
    def from_manifest(
        assembly: CloudAssembly,
        id: str,
        *,
        type: ArtifactType,
        additional_metadata_file: str | None = None,
        dependencies: Sequence[str] | None = None,
        display_name: str | None = None,
        environment: str | None = None,
        metadata: Mapping[str, Sequence[MetadataEntry]] | None = None,
        properties: _Properties | None = None,
    ) -> CloudArtifact | None:
        """The artifact of the class of its type, or ``None`` for a type this library does not read (e.g. the
        feature-flag report).

        Args:
            assembly: the cloud assembly holding the artifact.
            id: the artifact's id.
            type / additional_metadata_file / dependencies / display_name / environment / metadata / properties:
                the artifact's manifest entry (see ``ArtifactManifest``).
        """
        return _from_manifest(assembly, id, ArtifactManifest(
            type=type, additional_metadata_file=additional_metadata_file, dependencies=dependencies,
            display_name=display_name, environment=environment, metadata=metadata, properties=properties,
        ))

    @property
    def metadata(self) -> Mapping[str, list[MetadataEntry]]:
        """The metadata entries by construct path: those of ``additional_metadata_file``, then the manifest's."""
        if self._metadata is None:
            found: dict[str, list[MetadataEntry]] = {}
            extra = self.manifest.additional_metadata_file  # type: ignore[attr-defined]
            if extra:
                path = os.path.join(self.assembly.directory, extra)
                with open(path, encoding="utf-8") as f:
                    found.update(codec.metadata_from_json(json.load(f), extra))
            for p, entries in (self.manifest.metadata or {}).items():  # type: ignore[attr-defined]
                found.setdefault(p, []).extend(entries)
            self._metadata = found
        return self._metadata

    @property
    def dependencies(self) -> list[CloudArtifact]:  # type: ignore[override]
        """The artifacts this one depends on.

        Raises:
            CloudAssemblyError: when it depends on an artifact the assembly does not hold.
        """
        if self._deps is None:
            deps = []
            for dep_id in self._dependency_ids:
                dep = self.assembly.try_get_artifact(dep_id)
                if dep is None:
                    raise CloudAssemblyError(f"Artifact {self.id} depends on non-existing artifact {dep_id}")
                deps.append(dep)
            self._deps = deps  # type: ignore[assignment]
        return self._deps  # type: ignore[return-value]

    @property
    def hierarchical_id(self) -> str:
        """Where the artifact sits among nested assemblies: the manifest's display name, or the id."""
        return self.manifest.display_name or self.id  # type: ignore[attr-defined,no-any-return]

    def find_metadata_by_type(self, type: str) -> list[MetadataEntryResult]:
        """The metadata entries of type ``type``, each with its construct path.

        Args:
            type: the entry type (e.g. ``aws:cdk:asset``).
        """
        return [
            MetadataEntryResult(type=e.type, data=e.data, trace=e.trace, path=p)
            for p, entries in self.metadata.items() for e in entries if e.type == type
        ]

    def _render_messages(self) -> list[SynthesisMessage]:
        return [
            SynthesisMessage(level=_LEVELS[e.type], id=p, entry=e)
            for p, entries in self.metadata.items() for e in entries if e.type in _LEVELS
        ]


class CloudFormationStackArtifact(CloudArtifact, _CoreStackArtifact):  # type: ignore[misc,override]
    """A CloudFormation stack of the assembly: its template, name, environment and deployment roles.

    Args:
        assembly: the cloud assembly holding the artifact.
        artifact_id: the artifact's id.
        type / additional_metadata_file / dependencies / display_name / environment / metadata / properties:
            the artifact's manifest entry (see ``ArtifactManifest``).
    """

    def __init__(
        self,
        assembly: CloudAssembly,
        artifact_id: str,
        *,
        type: ArtifactType,
        additional_metadata_file: str | None = None,
        dependencies: Sequence[str] | None = None,
        display_name: str | None = None,
        environment: str | None = None,
        metadata: Mapping[str, Sequence[MetadataEntry]] | None = None,
        properties: _Properties | None = None,
    ) -> None:
        self._setup(assembly, artifact_id, ArtifactManifest(
            type=type, additional_metadata_file=additional_metadata_file, dependencies=dependencies,
            display_name=display_name, environment=environment, metadata=metadata, properties=properties,
        ))

    def _setup(self, assembly: CloudAssembly, id: str, manifest: ArtifactManifest) -> None:
        super()._setup(assembly, id, manifest)
        props = self._props
        template_file = getattr(props, "template_file", None) if props is not None else None
        if not template_file:
            raise CloudAssemblyError(
                'Invalid CloudFormation stack artifact. Missing "templateFile" property in cloud assembly manifest'
            )
        if not manifest.environment:
            raise CloudAssemblyError("Invalid CloudFormation stack artifact. Missing environment")
        assert isinstance(props, AwsCloudFormationStackProperties)
        self.environment: Environment = EnvironmentUtils.parse(manifest.environment)
        self.template_file: str = template_file
        self.parameters: Mapping[str, str] = props.parameters or {}
        self.tags: dict[str, str] = dict(props.tags or {})
        self.notification_arns: list[str] | None = list(props.notification_arns) if props.notification_arns else None
        self.assume_role_arn: str | None = props.assume_role_arn
        self.assume_role_external_id: str | None = props.assume_role_external_id
        self.assume_role_additional_options: Mapping[str, Any] | None = props.assume_role_additional_options
        self.cloud_formation_execution_role_arn: str | None = props.cloud_formation_execution_role_arn
        self.stack_template_asset_object_url: str | None = props.stack_template_asset_object_url
        self.requires_bootstrap_stack_version: float | None = props.requires_bootstrap_stack_version
        self.bootstrap_stack_version_ssm_parameter: str | None = props.bootstrap_stack_version_ssm_parameter
        self.termination_protection: bool | None = props.termination_protection  # type: ignore[assignment]
        self.validate_on_synth: bool | None = props.validate_on_synth
        self.lookup_role: BootstrapRole | None = props.lookup_role
        self.stack_name: str = props.stack_name or id
        self.assets: list[FileAssetMetadataEntry | ContainerImageAssetMetadataEntry] = [
            e.data for e in self.find_metadata_by_type(ArtifactMetadataEntryType.ASSET.value)  # type: ignore[misc]
        ]
        self.display_name: str = (
            self.hierarchical_id if self.stack_name == id else f"{self.hierarchical_id} ({self.stack_name})"
        )
        self.nested_templates: dict[str, dict[str, Any]] = {}
        self._template: Any = None

    @staticmethod
    def is_cloud_formation_stack_artifact(art: object) -> bool:
        """True for stack artifacts, these and the core's (``App.synth()``'s).

        Args:
            art: the object to test.
        """
        return isinstance(art, _CoreStackArtifact)

    @property
    def template_full_path(self) -> str:
        """The template file's full path."""
        return os.path.join(self.assembly.directory, self.template_file)

    @property
    def template(self) -> Any:
        """The stack's template (read on first use)."""
        if self._template is None:
            with open(self.template_full_path, encoding="utf-8") as f:
                self._template = json.load(f)
        return self._template


class AssetManifestArtifact(CloudArtifact):
    """An asset manifest of the assembly (``<stack>.assets.json``).

    Args:
        assembly: the cloud assembly holding the artifact.
        name: the artifact's id.
        type / additional_metadata_file / dependencies / display_name / environment / metadata / properties:
            the artifact's manifest entry (see ``ArtifactManifest``).
    """

    def __init__(
        self,
        assembly: CloudAssembly,
        name: str,
        *,
        type: ArtifactType,
        additional_metadata_file: str | None = None,
        dependencies: Sequence[str] | None = None,
        display_name: str | None = None,
        environment: str | None = None,
        metadata: Mapping[str, Sequence[MetadataEntry]] | None = None,
        properties: _Properties | None = None,
    ) -> None:
        self._setup(assembly, name, ArtifactManifest(
            type=type, additional_metadata_file=additional_metadata_file, dependencies=dependencies,
            display_name=display_name, environment=environment, metadata=metadata, properties=properties,
        ))

    def _setup(self, assembly: CloudAssembly, id: str, manifest: ArtifactManifest) -> None:
        super()._setup(assembly, id, manifest)
        props = self._props
        file = getattr(props, "file", None) if props is not None else None
        if not file:
            raise CloudAssemblyError('Invalid AssetManifestArtifact. Missing "file" property')
        self.file: str = os.path.abspath(os.path.join(assembly.directory, file))
        self.requires_bootstrap_stack_version: float | None = getattr(props, "requires_bootstrap_stack_version", None)
        self.bootstrap_stack_version_ssm_parameter: str | None = getattr(
            props, "bootstrap_stack_version_ssm_parameter", None)
        self._contents: AssetManifest | None = None

    @staticmethod
    def is_asset_manifest_artifact(art: object) -> bool:
        """True for asset manifest artifacts.

        Args:
            art: the object to test.
        """
        return isinstance(art, AssetManifestArtifact)

    @property
    def contents(self) -> AssetManifest:
        """The asset manifest (read on first use)."""
        if self._contents is None:
            with open(self.file, encoding="utf-8") as f:
                self._contents = codec.from_json(AssetManifest, json.load(f))
        return self._contents


class NestedCloudAssemblyArtifact(CloudArtifact):
    """A nested cloud assembly (a stage) of the assembly.

    Args:
        assembly: the cloud assembly holding the artifact.
        name: the artifact's id.
        type / additional_metadata_file / dependencies / display_name / environment / metadata / properties:
            the artifact's manifest entry (see ``ArtifactManifest``).
    """

    def __init__(
        self,
        assembly: CloudAssembly,
        name: str,
        *,
        type: ArtifactType,
        additional_metadata_file: str | None = None,
        dependencies: Sequence[str] | None = None,
        display_name: str | None = None,
        environment: str | None = None,
        metadata: Mapping[str, Sequence[MetadataEntry]] | None = None,
        properties: _Properties | None = None,
    ) -> None:
        self._setup(assembly, name, ArtifactManifest(
            type=type, additional_metadata_file=additional_metadata_file, dependencies=dependencies,
            display_name=display_name, environment=environment, metadata=metadata, properties=properties,
        ))

    def _setup(self, assembly: CloudAssembly, id: str, manifest: ArtifactManifest) -> None:
        super()._setup(assembly, id, manifest)
        props = self._props
        self.directory_name: str = getattr(props, "directory_name", None) or ""
        self.display_name: str = getattr(props, "display_name", None) or id
        self._nested: CloudAssembly | None = None

    @staticmethod
    def is_nested_cloud_assembly_artifact(art: object) -> bool:
        """True for nested cloud assembly artifacts.

        Args:
            art: the object to test.
        """
        return isinstance(art, NestedCloudAssemblyArtifact)

    @property
    def full_path(self) -> str:
        """The nested assembly's directory."""
        return os.path.join(self.assembly.directory, self.directory_name)

    @property
    def nested_assembly(self) -> CloudAssembly:
        """The nested assembly (read on first use, with the parent's load options)."""
        if self._nested is None:
            from ._assembly import CloudAssembly

            self._nested = CloudAssembly._with_options(self.full_path, getattr(self.assembly, "_load_options", {}))
        return self._nested


class TreeCloudArtifact(CloudArtifact):
    """The construct tree of the assembly (``tree.json``).

    Args:
        assembly: the cloud assembly holding the artifact.
        name: the artifact's id.
        type / additional_metadata_file / dependencies / display_name / environment / metadata / properties:
            the artifact's manifest entry (see ``ArtifactManifest``).
    """

    def __init__(
        self,
        assembly: CloudAssembly,
        name: str,
        *,
        type: ArtifactType,
        additional_metadata_file: str | None = None,
        dependencies: Sequence[str] | None = None,
        display_name: str | None = None,
        environment: str | None = None,
        metadata: Mapping[str, Sequence[MetadataEntry]] | None = None,
        properties: _Properties | None = None,
    ) -> None:
        self._setup(assembly, name, ArtifactManifest(
            type=type, additional_metadata_file=additional_metadata_file, dependencies=dependencies,
            display_name=display_name, environment=environment, metadata=metadata, properties=properties,
        ))

    def _setup(self, assembly: CloudAssembly, id: str, manifest: ArtifactManifest) -> None:
        super()._setup(assembly, id, manifest)
        file = getattr(self._props, "file", None)
        if not file:
            raise CloudAssemblyError('Invalid TreeCloudArtifact. Missing "file" property')
        self.file: str = file

    @staticmethod
    def is_tree_cloud_artifact(art: object) -> bool:
        """True for construct tree artifacts.

        Args:
            art: the object to test.
        """
        return isinstance(art, TreeCloudArtifact)


_CLASSES: dict[ArtifactType, type[CloudArtifact]] = {
    ArtifactType.AWS_CLOUDFORMATION_STACK: CloudFormationStackArtifact,
    ArtifactType.CDK_TREE: TreeCloudArtifact,
    ArtifactType.ASSET_MANIFEST: AssetManifestArtifact,
    ArtifactType.NESTED_CLOUD_ASSEMBLY: NestedCloudAssemblyArtifact,
}


def _from_manifest(assembly: CloudAssembly, id: str, manifest: ArtifactManifest) -> CloudArtifact | None:
    cls = _CLASSES.get(manifest.type)
    return cls._create(assembly, id, manifest) if cls is not None else None
