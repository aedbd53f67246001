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
        """The stack's template (read on first use).

        Raises:
            CliError: when the file is missing, not UTF-8 JSON, or not shaped like a template.
        """
        if self._template is None:
            from .template_check import check_template

            self._template = check_template(_read_json_file(self.template_path, "template"),
                                            str(self.template_path))
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


def read_stacks(directory: Path, _root: Path | None = None) -> list[StackInfo]:
    """Every stack of the assembly in ``directory`` in manifest order, then those of nested assemblies (stages).

    Every path the manifest names must stay inside the assembly directory.

    Raises:
        CliError: when the manifest is missing or malformed, or a path it names leaves the assembly.
    """
    if _root is None:
        _recover_killed_write(directory)
    root = (_root or directory).resolve()
    manifest_path = directory / "manifest.json"
    if not manifest_path.is_file():
        raise CliError(f"{directory} is not a cloud assembly (no manifest.json)")
    manifest = _read_json_file(manifest_path, "manifest")
    if not isinstance(manifest, dict):
        raise CliError(f"{manifest_path} must hold a JSON object, not {_kind(manifest)}")
    artifacts = manifest.get("artifacts") or {}
    if not isinstance(artifacts, dict):
        raise CliError(f"{manifest_path}: artifacts must be an object, not {_kind(artifacts)}")
    stacks: list[StackInfo] = []
    nested: list[Path] = []
    for artifact_id, artifact in artifacts.items():
        where = f"{manifest_path}: artifact {artifact_id}"
        if not isinstance(artifact, dict):
            raise CliError(f"{where} must be an object, not {_kind(artifact)}")
        kind = artifact.get("type")
        props = artifact.get("properties")
        props = {} if props is None else props
        if not isinstance(props, dict):
            raise CliError(f"{where}: properties must be an object, not {_kind(props)}")
        if kind == NESTED_ASSEMBLY_TYPE:
            sub = _confined(directory, root, props.get("directoryName", artifact_id), f"{where}: directoryName")
            if sub == directory.resolve():
                raise CliError(f"{where}: directoryName names the assembly itself")
            nested.append(sub)
        elif kind == STACK_TYPE:
            dependencies = artifact.get("dependencies") or []
            if not isinstance(dependencies, list) or not all(isinstance(d, str) for d in dependencies):
                raise CliError(f"{where}: dependencies must be a list of artifact ids")
            stacks.append(
                StackInfo(
                    artifact_id=artifact_id,
                    stack_name=_text(props.get("stackName"), f"{where}: stackName") or artifact_id,
                    display_name=_text(artifact.get("displayName"), f"{where}: displayName") or artifact_id,
                    environment=_text(artifact.get("environment"), f"{where}: environment")
                    or "aws://unknown-account/unknown-region",
                    template_path=_confined(directory, root, props.get("templateFile", f"{artifact_id}.template.json"),
                                            f"{where}: templateFile"),
                    directory=directory,
                    dependencies=[d for d in dependencies if not d.endswith(".assets")],
                    messages=_messages(directory, root, artifact, where),
                )
            )
    for sub in nested:  # as the CDK CLI lists them: this assembly's stacks, then those of its stages
        stacks.extend(read_stacks(sub, root))
    return stacks


def _recover_killed_write(directory: Path) -> None:
    """A synth killed while merging the assembly into a folder with user files left a journal: finish or undo it."""
    if (directory / ".pycdk-journal").is_file():
        from constructs.internals import output_dir

        output_dir.recover_output_dir(str(directory))


def _confined(directory: Path, root: Path, ref: Any, what: str) -> Path:
    """``directory / ref`` if ``ref`` is a relative path that stays inside the assembly ``root``."""
    if not isinstance(ref, str) or not ref:
        raise CliError(f"{what} must be a relative path, not {_kind(ref)}")
    path = (directory / ref).resolve()
    if Path(ref).is_absolute() or not path.is_relative_to(root):
        raise CliError(f"{what} {ref!r} leaves the assembly directory {root}")
    return path


def _text(value: Any, what: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise CliError(f"{what} must be a string, not {_kind(value)}")
    return value


def _kind(value: Any) -> str:
    from .project import json_type

    return json_type(value)


def _read_json_file(path: Path, what: str) -> Any:
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError as e:
        raise CliError(f"the {what} file {path} is missing") from e
    except IsADirectoryError as e:
        raise CliError(f"the {what} file {path} is a directory") from e
    except UnicodeDecodeError as e:
        raise CliError(f"the {what} file {path} is not UTF-8 text (byte {e.start})") from e
    except OSError as e:
        raise CliError(f"cannot read the {what} file {path}: {e.strerror or e}") from e
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        raise CliError(f"the {what} file {path} is not valid JSON: {e}") from e
    except RecursionError as e:
        raise CliError(f"the {what} file {path} is nested too deeply to read") from e


def _messages(directory: Path, root: Path, artifact: dict[str, Any], where: str) -> list[Message]:
    inline = artifact.get("metadata") or {}
    if not isinstance(inline, dict):
        raise CliError(f"{where}: metadata must be an object, not {_kind(inline)}")
    metadata: dict[str, Any] = dict(inline)
    extra = artifact.get("additionalMetadataFile")
    if extra:
        extra_path = _confined(directory, root, extra, f"{where}: additionalMetadataFile")
        if extra_path.is_file():
            more = _read_json_file(extra_path, "metadata")
            if not isinstance(more, dict):
                raise CliError(f"the metadata file {extra_path} must hold a JSON object, not {_kind(more)}")
            metadata.update(more)
    found: list[Message] = []
    for path, entries in metadata.items():
        if not isinstance(entries, list):
            raise CliError(f"{where}: the metadata of {path} must be a list, not {_kind(entries)}")
        for entry in entries:
            if not isinstance(entry, dict):
                continue
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
