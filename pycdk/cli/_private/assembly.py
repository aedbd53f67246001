"""Reading a cloud assembly directory back: stacks, their templates and messages, nested assemblies."""

from __future__ import annotations

import fnmatch
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .console import CliError

STACK_TYPE = "aws:cloudformation:stack"
NESTED_ASSEMBLY_TYPE = "cdk:cloud-assembly"


@dataclass
class Message:
    """A metadata entry of a stack (``aws:cdk:error`` / ``warning`` / ``info``) at a construct path."""

    level: str
    path: str
    text: str


@dataclass
class StackInfo:
    """A stack artifact of the assembly."""

    artifact_id: str
    stack_name: str
    display_name: str
    environment: str
    template_path: Path
    directory: Path
    dependencies: list[str] = field(default_factory=list)
    messages: list[Message] = field(default_factory=list)
    _template: dict[str, Any] | None = None

    @property
    def template(self) -> dict[str, Any]:
        """The stack's template (read on first use)."""
        if self._template is None:
            self._template = json.loads(self.template_path.read_text(encoding="utf-8"))
        return self._template

    @property
    def account(self) -> str:
        return self.environment.removeprefix("aws://").split("/")[0]

    @property
    def region(self) -> str:
        parts = self.environment.removeprefix("aws://").split("/")
        return parts[1] if len(parts) > 1 else "unknown-region"


def is_assembly_dir(path: Path) -> bool:
    """True when ``path`` is a directory holding ``manifest.json``."""
    return path.is_dir() and (path / "manifest.json").is_file()


def read_stacks(directory: Path) -> list[StackInfo]:
    """Every stack of the assembly in ``directory`` in manifest order, then those of nested assemblies (stages)."""
    manifest_path = directory / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise CliError(f"{directory} is not a cloud assembly (no manifest.json)") from e
    except json.JSONDecodeError as e:
        raise CliError(f"{manifest_path} is not valid JSON: {e}") from e
    stacks: list[StackInfo] = []
    nested: list[Path] = []
    for artifact_id, artifact in (manifest.get("artifacts") or {}).items():
        kind = artifact.get("type")
        props = artifact.get("properties") or {}
        if kind == NESTED_ASSEMBLY_TYPE:
            nested.append(directory / props.get("directoryName", artifact_id))
        elif kind == STACK_TYPE:
            stacks.append(
                StackInfo(
                    artifact_id=artifact_id,
                    stack_name=props.get("stackName") or artifact_id,
                    display_name=artifact.get("displayName") or artifact_id,
                    environment=artifact.get("environment", "aws://unknown-account/unknown-region"),
                    template_path=directory / props.get("templateFile", f"{artifact_id}.template.json"),
                    directory=directory,
                    dependencies=[d for d in artifact.get("dependencies") or [] if not d.endswith(".assets")],
                    messages=_messages(directory, artifact),
                )
            )
    for sub in nested:  # as the CDK CLI lists them: this assembly's stacks, then those of its stages
        stacks.extend(read_stacks(sub))
    return stacks


def _messages(directory: Path, artifact: dict[str, Any]) -> list[Message]:
    metadata: dict[str, Any] = dict(artifact.get("metadata") or {})
    extra = artifact.get("additionalMetadataFile")
    if extra and (directory / extra).is_file():
        metadata.update(json.loads((directory / extra).read_text(encoding="utf-8")))
    found: list[Message] = []
    for path, entries in metadata.items():
        for entry in entries or []:
            kind = str(entry.get("type", ""))
            if kind in ("aws:cdk:error", "aws:cdk:warning", "aws:cdk:info"):
                data = entry.get("data")
                found.append(Message(kind.rsplit(":", 1)[1], path, data if isinstance(data, str) else json.dumps(data)))
    return found


def select_stacks(stacks: list[StackInfo], patterns: list[str]) -> list[StackInfo]:
    """The stacks matching any pattern (globs on the display name, artifact id or stack name); all if none.

    Raises:
        CliError: when a pattern matches nothing.
    """
    if not patterns:
        return stacks
    selected: list[StackInfo] = []
    for pattern in patterns:
        hits = [
            s for s in stacks
            if any(fnmatch.fnmatchcase(name, pattern) for name in (s.display_name, s.artifact_id, s.stack_name))
        ]
        if not hits:
            known = ", ".join(s.display_name for s in stacks) or "none"
            raise CliError(f"No stack matches '{pattern}' (stacks: {known})")
        selected.extend(s for s in hits if s not in selected)
    return selected
