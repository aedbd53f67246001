"""``CloudAssembly`` reads a cloud assembly directory; ``CloudAssemblyBuilder`` writes one."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from constructs import CloudAssembly as _CoreAssembly
from constructs._validation import CloudAssemblyError
from constructs.internals import json_writer
from l2.cloud_assembly_schema import (
    AmiContextQuery,
    ArtifactManifest,
    ArtifactType,
    AssemblyManifest,
    AssetManifestProperties,
    AvailabilityZonesContextQuery,
    AwsCloudFormationStackProperties,
    CcApiContextQuery,
    ContextProvider,
    EndpointServiceAvailabilityZonesContextQuery,
    FeatureFlagReportProperties,
    HostedZoneContextQuery,
    KeyContextQuery,
    LoadBalancerContextQuery,
    LoadBalancerListenerContextQuery,
    Manifest,
    MetadataEntry,
    MissingContext,
    NestedCloudAssemblyProperties,
    PluginContextQuery,
    RuntimeInfo,
    SecurityGroupContextQuery,
    SSMParameterContextQuery,
    TreeArtifactProperties,
    VpcContextQuery,
)

from ._artifacts import (
    CloudArtifact,
    CloudFormationStackArtifact,
    NestedCloudAssemblyArtifact,
    TreeCloudArtifact,
)
from ._artifacts import _from_manifest as _artifact_from_manifest

MANIFEST_FILE = "manifest.json"
"""The name of an assembly's manifest file."""

_TEMPORARY_DIRECTORIES: list[str] = []


class CloudAssembly(_CoreAssembly):
    """A cloud assembly read from its directory: its artifacts (stacks, asset manifests, nested assemblies,
    the construct tree), in dependency order.

    It extends the core's ``constructs.CloudAssembly`` (what ``App.synth()`` returns); to read the assembly an
    app wrote with this class's API, give it the directory: ``CloudAssembly(app.synth().directory)``.

    Args:
        directory: the assembly's directory (holding ``manifest.json``).
        skip_enum_check: accept enum values this library does not know in the schema validation (default false).
        skip_version_check: read a manifest of a newer schema major version (default false).
        topo_sort: order the artifacts by their dependencies (default true); when false, manifest order.
        validate_schema: validate the manifest against the schema's JSON schema (default false).

    Raises:
        CloudAssemblyError: when the manifest cannot be read, or an artifact depends on one that does not exist.
    """

    _SYMBOL: ClassVar[bool] = True

    def __init__(
        self,
        directory: str,
        *,
        skip_enum_check: bool | None = None,
        skip_version_check: bool | None = None,
        topo_sort: bool | None = None,
        validate_schema: bool | None = None,
    ) -> None:
        self._load(directory, {
            "skip_enum_check": skip_enum_check, "skip_version_check": skip_version_check,
            "topo_sort": topo_sort, "validate_schema": validate_schema,
        })

    @classmethod
    def _with_options(cls, directory: str, options: Mapping[str, Any]) -> CloudAssembly:
        assembly = cls.__new__(cls)
        assembly._load(directory, options)
        return assembly

    def _load(self, directory: str, options: Mapping[str, Any]) -> None:
        self.directory = directory
        self._load_options = dict(options)
        self.manifest: AssemblyManifest = Manifest.load_assembly_manifest(  # type: ignore[assignment]
            os.path.join(directory, MANIFEST_FILE), **self._load_options)
        self.version: str = self.manifest.version
        artifacts = [a for name, entry in (self.manifest.artifacts or {}).items()
                     if (a := _artifact_from_manifest(self, name, entry)) is not None]
        topo = self._load_options.get("topo_sort")
        ordered = _topological_sort(artifacts) if topo is None or topo else artifacts
        self.artifacts: list[CloudArtifact] = ordered  # type: ignore[assignment]
        self.runtime: RuntimeInfo = self.manifest.runtime or RuntimeInfo(libraries={})
        for a in self.artifacts:  # fails on a dependency that does not exist
            a.dependencies  # noqa: B018

    @staticmethod
    def is_cloud_assembly(x: object) -> bool:
        """True for cloud assemblies: these and the core's (``App.synth()``'s).

        Args:
            x: the object to test.
        """
        return isinstance(x, _CoreAssembly)

    @staticmethod
    def cleanup_temporary_directories() -> None:
        """Delete the temporary directories that ``CloudAssemblyBuilder()`` (without an output directory)
        created in this process."""
        import shutil

        for d in _TEMPORARY_DIRECTORIES:
            shutil.rmtree(d, ignore_errors=True)
        _TEMPORARY_DIRECTORIES.clear()

    def try_get_artifact(self, id: str) -> CloudArtifact | None:
        """The artifact with id ``id``, or ``None``.

        Args:
            id: the artifact's id.
        """
        return next((a for a in self.artifacts if a.id == id), None)

    @property
    def stacks(self) -> list[CloudFormationStackArtifact]:  # type: ignore[override]
        """The stacks of this assembly (not those of nested assemblies)."""
        return [a for a in self.artifacts if isinstance(a, CloudFormationStackArtifact)]

    @property
    def stacks_recursively(self) -> list[CloudFormationStackArtifact]:  # type: ignore[override]
        """The stacks of this assembly, then those of its nested assemblies, breadth first."""
        found: list[CloudFormationStackArtifact] = []
        todo: list[CloudAssembly] = [self]
        while todo:
            head = todo.pop(0)
            found.extend(head.stacks)
            todo.extend(n.nested_assembly for n in head.nested_assemblies)
        return found

    @property
    def nested_assemblies(self) -> list[NestedCloudAssemblyArtifact]:  # type: ignore[override]
        """The nested assembly artifacts of this assembly."""
        return [a for a in self.artifacts if isinstance(a, NestedCloudAssemblyArtifact)]

    def get_stack_by_name(self, stack_name: str) -> CloudFormationStackArtifact:
        """The stack of this assembly named ``stack_name``.

        Args:
            stack_name: the CloudFormation stack name.

        Raises:
            CloudAssemblyError: when no stack, or more than one, has that name.
        """
        found = [s for s in self.stacks if s.stack_name == stack_name]
        if not found:
            raise CloudAssemblyError(f'Unable to find stack with stack name "{stack_name}"')
        if len(found) > 1:
            ids = ",".join(s.id for s in found)
            raise CloudAssemblyError(
                f'There are multiple stacks with the stack name "{stack_name}" ({ids}). Use "getStackArtifact(id)" instead'
            )
        return found[0]

    def get_stack_artifact(self, artifact_id: str) -> CloudFormationStackArtifact:
        """The stack with artifact id ``artifact_id``, in this assembly or a nested one.

        Args:
            artifact_id: the stack's artifact id (``stack.artifact_id``).

        Raises:
            CloudAssemblyError: when there is no such stack.
        """
        found = next((s for s in self.stacks_recursively if s.id == artifact_id), None)
        if found is None:
            raise CloudAssemblyError(f'Unable to find artifact with id "{artifact_id}"')
        return found

    def get_nested_assembly_artifact(self, artifact_id: str) -> NestedCloudAssemblyArtifact:
        """The nested assembly artifact ``artifact_id``.

        Args:
            artifact_id: the artifact's id.

        Raises:
            CloudAssemblyError: when there is no such artifact, or it is not a nested assembly.
        """
        artifact = self.try_get_artifact(artifact_id)
        if artifact is None:
            raise CloudAssemblyError(f'Unable to find artifact with id "{artifact_id}"')
        if not isinstance(artifact, NestedCloudAssemblyArtifact):
            raise CloudAssemblyError(f"Found artifact '{artifact_id}' but it's not a nested cloud assembly")
        return artifact

    def get_nested_assembly(self, artifact_id: str) -> CloudAssembly:  # type: ignore[override]
        """The nested assembly of the artifact ``artifact_id``.

        Args:
            artifact_id: the artifact's id.
        """
        return self.get_nested_assembly_artifact(artifact_id).nested_assembly

    def tree(self) -> TreeCloudArtifact | None:
        """The construct tree artifact, or ``None`` when the assembly has none.

        Raises:
            CloudAssemblyError: when the assembly has more than one.
        """
        trees = [a for a in self.artifacts if a.manifest.type == ArtifactType.CDK_TREE]  # type: ignore[attr-defined]
        if not trees:
            return None
        if len(trees) > 1:
            raise CloudAssemblyError(f"Multiple artifacts of type {ArtifactType.CDK_TREE.value} found in manifest")
        tree = trees[0]
        if not isinstance(tree, TreeCloudArtifact):
            raise CloudAssemblyError('"Tree" artifact is not of expected type')
        return tree


def _topological_sort(artifacts: list[CloudArtifact]) -> list[CloudArtifact]:
    """The artifacts after those they depend on; among the ready ones, by id (dependencies outside the list are
    ignored)."""
    remaining = {a.id: a for a in artifacts}
    out: list[CloudArtifact] = []
    while remaining:
        ready = sorted((a for a in remaining.values() if all(d not in remaining for d in a._dependency_ids)),
                       key=lambda a: a.id)
        if not ready:
            raise CloudAssemblyError(f"Could not determine ordering between: {', '.join(remaining)}")
        for a in ready:
            out.append(a)
            del remaining[a.id]
    return out


_Query = (
    AmiContextQuery
    | AvailabilityZonesContextQuery
    | HostedZoneContextQuery
    | SSMParameterContextQuery
    | VpcContextQuery
    | EndpointServiceAvailabilityZonesContextQuery
    | LoadBalancerContextQuery
    | LoadBalancerListenerContextQuery
    | SecurityGroupContextQuery
    | KeyContextQuery
    | CcApiContextQuery
    | PluginContextQuery
    | Mapping[str, object]
)


class CloudAssemblyBuilder:
    """Writes a cloud assembly: add artifacts and missing context, then ``build_assembly()`` writes
    ``manifest.json`` and returns the ``CloudAssembly``.

    Args:
        outdir: the assembly's directory (default a new temporary directory, deleted by
            ``CloudAssembly.cleanup_temporary_directories()``).
        asset_outdir: where the assembly's assets go (default ``outdir``).
        parent_builder: the builder of the parent assembly, for a nested assembly (default none).

    Raises:
        CloudAssemblyError: when ``outdir`` exists and is not a directory.
    """

    def __init__(
        self,
        outdir: str | None = None,
        *,
        asset_outdir: str | None = None,
        parent_builder: CloudAssemblyBuilder | None = None,
    ) -> None:
        if outdir is None:
            import tempfile

            outdir = tempfile.mkdtemp(prefix="cdk.out", dir=os.path.realpath(tempfile.gettempdir()))
            _TEMPORARY_DIRECTORIES.append(outdir)
        elif os.path.exists(outdir):
            if not os.path.isdir(outdir):
                raise CloudAssemblyError(f"{outdir} must be a directory")
        else:
            os.makedirs(outdir)
        self.outdir: str = outdir
        self.asset_outdir: str = asset_outdir if asset_outdir is not None else outdir
        self._parent = parent_builder
        self._artifacts: dict[str, ArtifactManifest] = {}
        self._missing: list[MissingContext] = []

    def add_artifact(
        self,
        id: str,
        *,
        type: ArtifactType,
        additional_metadata_file: str | None = None,
        dependencies: Sequence[str] | None = None,
        display_name: str | None = None,
        environment: str | None = None,
        metadata: Mapping[str, Sequence[MetadataEntry]] | None = None,
        properties: AwsCloudFormationStackProperties | AssetManifestProperties | TreeArtifactProperties
        | NestedCloudAssemblyProperties | FeatureFlagReportProperties | Mapping[str, object] | None = None,
    ) -> None:
        """Add (or replace) the artifact ``id``.

        Args:
            id: the artifact's id.
            type / additional_metadata_file / dependencies / display_name / environment / metadata / properties:
                the artifact's manifest entry (see ``ArtifactManifest``).
        """
        self._artifacts[id] = ArtifactManifest(
            type=type, additional_metadata_file=additional_metadata_file, dependencies=dependencies,
            display_name=display_name, environment=environment, metadata=metadata, properties=properties,
        )

    def add_missing(self, *, key: str, props: _Query, provider: ContextProvider) -> None:
        """Report a context value synthesis needs and did not have (once per key; the parent builders too).

        Args:
            key: the context key.
            props: the query that provides the value.
            provider: the context provider that answers the query.
        """
        if all(m.key != key for m in self._missing):
            self._missing.append(MissingContext(key=key, props=props, provider=provider))
        if self._parent is not None:
            self._parent.add_missing(key=key, props=props, provider=provider)

    def build_assembly(self) -> CloudAssembly:
        """Write ``manifest.json`` (and the legacy ``cdk.out``) and read the assembly back."""
        manifest = AssemblyManifest(
            version=Manifest.version(), artifacts=dict(self._artifacts), missing=list(self._missing) or None,
        )
        Manifest.save_assembly_manifest(manifest, os.path.join(self.outdir, MANIFEST_FILE))
        with open(os.path.join(self.outdir, "cdk.out"), "w", encoding="utf-8") as f:
            f.write(json_writer.compact_json({"version": manifest.version}))
        return CloudAssembly(self.outdir)

    def create_nested_assembly(self, artifact_id: str, display_name: str) -> CloudAssemblyBuilder:
        """Add a nested assembly artifact and return the builder of the nested assembly (in ``artifact_id/``).

        Args:
            artifact_id: the artifact's id, also the nested assembly's directory name.
            display_name: a name to show for the nested assembly.
        """
        self.add_artifact(artifact_id, type=ArtifactType.NESTED_CLOUD_ASSEMBLY,
                          properties=NestedCloudAssemblyProperties(directory_name=artifact_id,
                                                                   display_name=display_name))
        return CloudAssemblyBuilder(os.path.join(self.outdir, artifact_id), asset_outdir=self.asset_outdir,
                                    parent_builder=self)

    def delete(self) -> None:
        """Delete the assembly's directory."""
        import shutil

        shutil.rmtree(self.outdir, ignore_errors=True)
