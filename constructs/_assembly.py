"""The cloud assembly that synthesis returns: artifacts read back by tests, tools and the CLI."""

from __future__ import annotations

import json
import os
from typing import Any


class SynthesisMessage:
    """A message (info, warning, error) attached to a construct, as reported in the assembly.

    Args:
        entry: the metadata entry holding the message.
        level: the message's level (info, warning or error).
    """

    __slots__ = ("level", "id", "entry")

    def __init__(self, level: str, id: str, entry: dict[str, Any]) -> None:
        self.level: str = level
        self.id: str = id
        self.entry: dict[str, Any] = entry

    def __repr__(self) -> str:
        return f"SynthesisMessage(level={self.level!r}, id={self.id!r}, entry={self.entry!r})"


class CloudArtifact:
    """An artifact of the assembly.

    Args:
        artifact_id: the artifact's id in the manifest.
        assembly: the cloud assembly holding it.
        manifest: the artifact's entry of ``manifest.json``.
    """

    def __init__(self, assembly: CloudAssembly, artifact_id: str, manifest: dict[str, Any]) -> None:
        self.assembly = assembly
        self.id = artifact_id
        self.artifact_id = artifact_id
        self.manifest = manifest

    @property
    def dependencies(self) -> list[CloudArtifact]:
        ids = self.manifest.get("dependencies") or []
        return [self.assembly.get_artifact(i) for i in ids if self.assembly.try_get_artifact(i) is not None]


class CloudFormationStackArtifact(CloudArtifact):
    """A stack artifact: template, name, environment and messages.

    Args:
        artifact_id: the artifact's id in the manifest.
        assembly: the cloud assembly holding it.
        display_name: the name shown for the stack (default its path).
        manifest: the artifact's entry of ``manifest.json``.
        messages: the messages attached to the stack's constructs (default none).
        nested_templates: the templates of its nested stacks, by file name (default read from the assembly).
        stack_name: the CloudFormation stack name.
        template: the synthesized template (default read from the assembly).
    """

    def __init__(
        self,
        assembly: CloudAssembly,
        artifact_id: str,
        manifest: dict[str, Any],
        *,
        template: dict[str, Any] | None = None,
        messages: list[SynthesisMessage] | None = None,
        stack_name: str = "",
        display_name: str = "",
        nested_templates: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(assembly, artifact_id, manifest)
        props = manifest.get("properties", {})
        self.template_file: str = props.get("templateFile", "")
        self.stack_name: str | Any = stack_name or props.get("stackName") or artifact_id
        self.display_name: str | Any = display_name or manifest.get("displayName") or artifact_id
        self.hierarchical_id: str | Any = self.display_name
        self.environment: Any = manifest.get("environment", "")
        self.termination_protection: bool = bool(props.get("terminationProtection"))
        self.tags: dict[str, str] = props.get("tags") or {}
        self._template = template
        self.messages: list[SynthesisMessage] = messages or []
        self.nested_templates: dict[str, dict[str, Any]] = nested_templates or {}
        self.assume_role_arn: Any = props.get("assumeRoleArn")
        self.cloud_formation_execution_role_arn: Any = props.get("cloudFormationExecutionRoleArn")
        self.stack_template_asset_object_url: Any = props.get("stackTemplateAssetObjectUrl")
        self.requires_bootstrap_stack_version: Any = props.get("requiresBootstrapStackVersion")

    @property
    def template(self) -> dict[str, Any]:
        """The synthesized template (a dict)."""
        if self._template is None:
            with open(self.template_full_path, encoding="utf-8") as f:
                self._template = json.load(f)
        return self._template

    @property
    def original_name(self) -> str:
        return self.stack_name

    @property
    def template_full_path(self) -> str:
        return os.path.join(self.assembly.directory, self.template_file)

    def find_metadata_by_type(self, type: str) -> list[SynthesisMessage]:
        return [m for m in self.messages if m.entry.get("type") == type]


class CloudAssembly:
    """A synthesized cloud assembly (a directory with ``manifest.json``).

    Args:
        directory: the assembly's directory.
        manifest: the parsed ``manifest.json`` (default read from the directory).
    """

    def __init__(self, directory: str, manifest: dict[str, Any]) -> None:
        self.directory = directory
        self.manifest = manifest
        self.version: Any = manifest.get("version", "")
        self.artifacts: list[CloudArtifact] = []
        self.nested_assemblies: list[CloudAssembly] = []

    def _add(self, artifact: CloudArtifact) -> None:
        self.artifacts.append(artifact)

    def try_get_artifact(self, id: str) -> CloudArtifact | None:
        for a in self.artifacts:
            if a.id == id:
                return a
        return None

    def get_artifact(self, id: str) -> CloudArtifact:
        a = self.try_get_artifact(id)
        if a is None:
            raise KeyError(f"Unable to find artifact with id \"{id}\"")
        return a

    @property
    def stacks(self) -> list[CloudFormationStackArtifact]:
        """The stack artifacts of this assembly (not of nested assemblies)."""
        return [a for a in self.artifacts if isinstance(a, CloudFormationStackArtifact)]

    @property
    def stacks_recursively(self) -> list[CloudFormationStackArtifact]:
        out = list(self.stacks)
        for n in self.nested_assemblies:
            out.extend(n.stacks_recursively)
        return out

    def get_stack_artifact(self, artifact_id: str) -> CloudFormationStackArtifact:
        """The stack artifact with this id."""
        for s in self.stacks:
            if s.artifact_id == artifact_id:
                return s
        raise KeyError(f"Unable to find stack artifact with id \"{artifact_id}\"")

    def get_stack_by_name(self, stack_name: str) -> CloudFormationStackArtifact:
        """The stack artifact with this stack name."""
        found = [s for s in self.stacks if s.stack_name == stack_name]
        if not found:
            raise KeyError(f"Unable to find stack with stack name \"{stack_name}\"")
        if len(found) > 1:
            raise KeyError(
                f"There are multiple stacks with the stack name \"{stack_name}\" ("
                + ",".join(s.artifact_id for s in found)
                + "). Use \"getStackArtifact(id)\" instead"
            )
        return found[0]

    def get_stack(self, stack_name: str) -> CloudFormationStackArtifact:
        return self.get_stack_by_name(stack_name)

    def get_nested_assembly(self, artifact_id: str) -> CloudAssembly:
        for n in self.nested_assemblies:
            if os.path.basename(n.directory) == artifact_id:
                return n
        raise KeyError(f"Unable to find nested assembly \"{artifact_id}\"")
