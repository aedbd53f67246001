"""The synthesis pipeline: aspects, prepare, validate, render templates, write the cloud assembly.

Files are written to a staging folder; ``output_dir.write_assembly`` moves them into the output directory only
when everything succeeded, so a failed synthesis leaves the previous assembly untouched.
"""

from __future__ import annotations

import hashlib
import os
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

from .._construct import CREATED
from .._errors import SynthesisError
from .json_writer import compact_json, manifest_json, write_json
from .walk import StageWalk

if TYPE_CHECKING:
    from .._assembly import CloudAssembly
    from .._stack import Stack
    from .._stage import Stage

ASSEMBLY_VERSION = "55.0.0"
MINIMUM_CLI_VERSION = "2.1148.0"
MAX_RENDER_PASSES = 20
_LEVELS = {"aws:cdk:error": "error", "aws:cdk:warning": "warning", "aws:cdk:info": "info"}


def _child_stages(stage: Stage) -> list[Stage]:
    """The stages directly below ``stage`` (no stage between), in pre-order."""
    from .._stage import Stage as StageCls

    if not stage.__dict__.get("_has_nested_stages", True):
        return []
    out: list[Stage] = []
    todo = list(reversed(list(stage.node._iter_children())))
    while todo:
        c = todo.pop()
        if isinstance(c, StageCls):
            out.append(c)
            continue
        todo.extend(reversed(list(c._node._iter_children())))
    return out


def _validate(constructs: list[Any]) -> None:
    """Run every construct's validations; raise with all their errors (construct paths in pre-order)."""
    errors: list[str] = []
    for c in constructs:
        n = c._node
        if n._validations:
            for msg in n.validate():
                errors.append(f"\n  [{n.path}] {msg}")
    if errors:
        raise SynthesisError("ValidationFailedWithErrors: Validation failed with the following errors:" + "".join(errors))


def _collect_messages(stack: Stack, walk: StageWalk | None = None) -> list[Any]:
    """Messages of every construct in the stack (child stacks excluded), pre-order."""
    from .._assembly import SynthesisMessage

    out: list[SynthesisMessage] = []
    for c in walk.owned_by(stack) if walk is not None else StageWalk(stack).owned_by(stack):
        n = c._node
        for m in n._metadata:
            level = _LEVELS.get(m.type)
            if level is not None:
                out.append(SynthesisMessage(level, "/" + n.path, {"type": m.type, "data": m.data, "trace": m.trace}))
    return out


def _render_all(stacks: list[Stack]) -> dict[int, dict[str, Any]]:
    """Render every stack until cross-stack wiring stops changing templates; the templates by ``id(stack)``."""
    from .._nested_stack import NestedStack

    rendered: dict[int, dict[str, Any]] = {}
    for s in stacks:
        s._template_dirty = True
    for _ in range(MAX_RENDER_PASSES):
        any_dirty = False
        for s in stacks:
            if not s._template_dirty:
                continue
            any_dirty = True
            s._template_dirty = False
            created = CREATED[0]
            template = s._to_cloudformation()
            if CREATED[0] != created:
                # a lazy value made new constructs (e.g. a mapping): render again so they are included
                s._template_dirty = True
            rendered[id(s)] = template
            if isinstance(s, NestedStack) and s._set_template(template):
                s._parent_stack._template_dirty = True
        if not any_dirty:
            return rendered
    raise SynthesisError("Cross-stack references did not stabilise after repeated rendering (internal error)")


def _check_limits(stack: Stack, template: dict[str, Any], size: int) -> None:
    from .._annotations import Annotations

    limit = stack._node.try_get_context("@aws-cdk/core:stackResourceLimit")
    max_resources = int(limit) if limit is not None else 500
    n = len(template.get("Resources", {}))
    if max_resources and n > max_resources:
        raise SynthesisError(
            f"TooManyResourcesInStack: Number of resources in stack '{stack._node.path}': {n} is greater than allowed "
            f"maximum of {max_resources}",
            stack,
        )
    for section in ("Parameters", "Outputs", "Mappings"):
        count = len(template.get(section, {}))
        if count > 200:
            Annotations.of(stack).add_warning(
                f"Number of {section.lower()} in stack '{stack._node.path}': {count} is greater than the "
                "CloudFormation limit of 200"
            )
    if size > 1_000_000:
        Annotations.of(stack).add_warning(
            f"Template size of stack '{stack._node.path}' exceeds the CloudFormation limit of 1,000,000 bytes"
        )


def synthesize(stage: Stage, *, skip_validation: bool = False, error_on_annotations: bool = True) -> CloudAssembly:
    """Synthesize ``stage`` (and the stages inside it) into its output directory."""
    from .._app import App
    from .._aspects import invoke_aspects
    from .deps import reify_node_dependencies

    if isinstance(stage, App) and stage.tree_metadata and stage.node.try_find_child("Tree") is None:
        from .tree import Tree

        Tree(stage, "Tree")

    from .output_dir import write_assembly

    outdir = stage.outdir
    assembly = write_assembly(outdir, lambda workdir: _synthesize_into(
        stage, workdir, skip_validation, error_on_annotations, invoke_aspects, reify_node_dependencies))
    _relocate(assembly, os.path.abspath(outdir))
    stage.node.lock()
    return assembly


def _relocate(assembly: CloudAssembly, directory: str) -> None:
    old = assembly.directory
    assembly.directory = directory
    for n in assembly.nested_assemblies:
        rel = os.path.relpath(n.directory, old)
        _relocate(n, os.path.join(directory, rel))


def _synthesize_into(
    stage: Stage, directory: str, skip_validation: bool, error_on_annotations: bool,
    invoke_aspects: Any, reify: Any,
) -> CloudAssembly:
    from .._assembly import CloudAssembly

    artifacts: dict[str, Any] = {}
    nested_assemblies: list[CloudAssembly] = []
    for child in _child_stages(stage):
        sub_dir = os.path.join(directory, child.artifact_id)
        os.makedirs(sub_dir, exist_ok=True)
        nested = _synthesize_into(child, sub_dir, skip_validation, error_on_annotations, invoke_aspects, reify)
        child._assembly = nested
        nested_assemblies.append(nested)
        artifacts[child.artifact_id] = {
            "type": "cdk:cloud-assembly",
            "properties": {"directoryName": child.artifact_id, "displayName": child._node.path},
        }

    _stage_assets(stage, directory)
    invoke_aspects(stage)
    walk = StageWalk(stage)
    stacks = walk.stacks_post_order()
    for s in stacks:
        if s.nested_stack_resource is None:
            before = len(s._synth_added)
            s.synthesizer._add_template_additions()
            if not (walk.is_current() or walk.adopt_last_children(s, s._synth_added[before:])):
                walk = StageWalk(stage)
    if not walk.is_current():
        walk = StageWalk(stage)
    reify(stage, walk.order)
    if not skip_validation:
        _validate(walk.order if walk.is_current() else StageWalk(stage).order)

    for s in stacks:
        s._synthesis_walk = walk
    try:
        rendered = _render_all(stacks)
    finally:
        for s in stacks:
            s._synthesis_walk = None
    for s in stacks:
        _move_synth_added_last(s)
    from .._nested_stack import NestedStack

    stack_artifacts: list[tuple[Stack, dict[str, Any], list[Any]]] = []
    errors: list[str] = []
    for s in stacks:
        template = rendered[id(s)]
        # the text is made, written and hashed one stack at a time: only one template text is ever in memory
        data = s._template_text(template).encode("utf-8")
        _check_limits(s, template, len(data))
        with open(os.path.join(directory, s.template_file), "wb") as f:
            f.write(data)
        template_hash = hashlib.sha256(data).hexdigest()
        del data
        if isinstance(s, NestedStack):
            continue
        messages = _collect_messages(s, walk if walk.is_current() else None)
        for m in messages:
            if m.level == "error":
                errors.append(f"[{m.id}] {m.entry['data']}")
        manifest_entry = _write_stack_files(s, template_hash, directory, stacks)
        artifacts[f"{s.artifact_id}.assets"] = manifest_entry.pop("__assets__")
        artifacts[s.artifact_id] = manifest_entry
        stack_artifacts.append((s, manifest_entry, messages))

    if errors and error_on_annotations:
        raise SynthesisError("Synthesis failed with errors annotated on constructs:\n  " + "\n  ".join(errors))

    from .._app import App

    if isinstance(stage, App) and stage.tree_metadata:
        from .tree import write_tree

        def props_of(resource: Any) -> Any:
            found = rendered.get(id(resource._stack))
            if found is None:
                return None
            body = found.get("Resources", {}).get(resource._resolved_logical_id())
            return body.get("Properties") if body else None

        write_tree(stage, directory, props_of)
        artifacts["Tree"] = {"type": "cdk:tree", "properties": {"file": "tree.json"}}

    manifest: dict[str, Any] = {"version": ASSEMBLY_VERSION, "artifacts": artifacts}
    missing = [m for s in stacks for m in s._missing_context]
    if missing:
        manifest["missing"] = missing
    manifest["minimumCliVersion"] = MINIMUM_CLI_VERSION
    with open(os.path.join(directory, "manifest.json"), "w", encoding="utf-8") as f:
        f.write(manifest_json(manifest))
    with open(os.path.join(directory, "cdk.out"), "w", encoding="utf-8") as f:
        f.write(compact_json({"version": ASSEMBLY_VERSION}))

    assembly = CloudAssembly(directory, manifest)
    assembly.nested_assemblies = nested_assemblies
    from .._assembly import CloudArtifact, CloudFormationStackArtifact

    by_stack = {a: (m, msgs) for a, m, msgs in [(s.artifact_id, m, msgs) for s, m, msgs in stack_artifacts]}
    for art_id, entry in artifacts.items():
        if art_id in by_stack:
            s = next(st for st, _, _ in stack_artifacts if st.artifact_id == art_id)
            assembly._add(
                CloudFormationStackArtifact(
                    assembly,
                    art_id,
                    entry,
                    template=rendered[id(s)],
                    messages=by_stack[art_id][1],
                    stack_name=s.stack_name,
                    display_name=s._node.path,
                    nested_templates={
                        n.template_file: rendered[id(n)]
                        for n in stacks
                        if isinstance(n, NestedStack) and _top(n) is s
                    },
                )
            )
        else:
            assembly._add(CloudArtifact(assembly, art_id, entry))
    return assembly


def _stage_assets(stage: Stage, directory: str) -> None:
    """Copy every staged asset of the stage into the assembly directory."""
    from .fingerprint import stage_all

    stage_all(stage.__dict__.get("_staged_assets", {}), directory)


def _move_synth_added_last(stack: Stack) -> None:
    """Children a synthesizer added come last, as in aws-cdk-lib where they are added after prepare."""
    children = stack._node._children
    for el in stack._synth_added:
        cid = el._node.id
        if children.get(cid) is el:
            del children[cid]
            children[cid] = el


def _top(s: Stack) -> Stack:
    while s.nested_stack_parent is not None:
        s = s.nested_stack_parent
    return s


def _write_stack_files(s: Stack, template_hash: str, directory: str, stacks: list[Stack]) -> dict[str, Any]:
    from .._nested_stack import NestedStack
    from .._synthesizers import destination_key

    synth = s.synthesizer
    files: dict[str, Any] = {}
    for n in stacks:
        if isinstance(n, NestedStack) and _top(n) is s:
            dest = synth._template_destinations(n.template_hash)
            if dest is not None:
                rel = n.node.path[len(s._node.path) + 1 :] if s._node.path else n.node.path
                files[n.template_hash] = {
                    "displayName": f"{rel} Nested Stack Template",
                    "source": {"path": n.template_file, "packaging": "file"},
                    "destinations": {destination_key(s, dest): dest},
                }
    for asset in s.__dict__.get("_file_assets", []):
        files[asset["hash"]] = asset["entry"]
    dest = synth._template_destinations(template_hash)
    if dest is not None:
        files[template_hash] = {
            "displayName": f"{s.stack_name} Template",
            "source": {"path": s.template_file, "packaging": "file"},
            "destinations": {destination_key(s, dest): dest},
        }
    assets_file = f"{s.artifact_id}.assets.json"
    with open(os.path.join(directory, assets_file), "w", encoding="utf-8") as f:
        images = {a["hash"]: a["entry"] for a in s.__dict__.get("_docker_assets", [])}
        f.write(manifest_json({"version": ASSEMBLY_VERSION, "files": files, "dockerImages": images}))

    props: dict[str, Any] = {"templateFile": s.template_file, "terminationProtection": s.termination_protection}
    tags = s.tags.tag_values()
    if tags:
        props["tags"] = tags
    extra = synth._artifact_properties(template_hash)
    if "validateOnSynth" in extra:
        props["validateOnSynth"] = extra.pop("validateOnSynth")
    if s._notification_arns:
        props["notificationArns"] = list(s._notification_arns)
    props.update(extra)
    if s.stack_name != s.artifact_id:
        props["stackName"] = s.stack_name
    deps = [d.artifact_id for d in s.dependencies] + [f"{s.artifact_id}.assets"]

    metadata_file = f"{s.artifact_id}.metadata.json"
    with open(os.path.join(directory, metadata_file), "w", encoding="utf-8") as f:
        f.write(_metadata_json(s))

    assets_entry: dict[str, Any] = {"type": "cdk:asset-manifest", "properties": {"file": assets_file}}
    bsv = props.get("requiresBootstrapStackVersion")
    if bsv is not None:
        assets_entry["properties"]["requiresBootstrapStackVersion"] = bsv
        assets_entry["properties"]["bootstrapStackVersionSsmParameter"] = props["bootstrapStackVersionSsmParameter"]
    return {
        "__assets__": assets_entry,
        "type": "aws:cloudformation:stack",
        "environment": s.environment,
        "properties": props,
        "dependencies": deps,
        "additionalMetadataFile": metadata_file,
        "displayName": s._node.path,
    }


def _metadata_json(stack: Stack) -> str:
    """The text of the stack's metadata file: every entry of the stack and everything in it (nested stacks
    included), breadth first as aws-cdk-lib, two-space indented.

    Most entries are an element's logical id and nothing else: their text is formatted directly.
    """
    from .._cfn_element import CfnElement
    from .._stack import Stack as StackCls

    out: list[str] = []
    sep = "{\n  "
    level: list[Any] = [stack]
    while level:
        below: list[Any] = []
        for c in level:
            n = c._node
            is_element = isinstance(c, CfnElement)
            if is_element and not n._metadata:
                out.append(f"{sep}{encode_basestring('/' + n.path)}: {_LOGICAL_ID_ENTRY_HEAD}"
                           f"{encode_basestring(c._resolved_logical_id())}{_LOGICAL_ID_ENTRY_TAIL}")
                sep = ",\n  "
            elif is_element or n._metadata or isinstance(c, StackCls):
                entries = _metadata_entries(c, n, is_element, StackCls)
                if entries:
                    out.append(f"{sep}{encode_basestring('/' + n.path)}: ")
                    write_json(entries, out, level=1, indent=2)
                    sep = ",\n  "
            if n._children:
                below.extend(
                    k for k in n._iter_children() if not (isinstance(k, StackCls) and k.nested_stack_resource is None)
                )
        level = below
    if not out:
        return "{}"
    out.append("\n}")
    return "".join(out)


# manifest_json's text of [{"type": "aws:cdk:logicalId", "data": ...}] one level down, around the data
_LOGICAL_ID_ENTRY_HEAD = '[\n    {\n      "type": "aws:cdk:logicalId",\n      "data": '
_LOGICAL_ID_ENTRY_TAIL = "\n    }\n  ]"


def _metadata_entries(c: Any, n: Any, is_element: bool, stack_cls: type) -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = []
    if is_element:
        entries.append({"type": "aws:cdk:logicalId", "data": c._resolved_logical_id()})
    for m in n._metadata:
        entry: dict[str, Any] = {"type": m.type, "data": m.data}
        if m.trace:
            entry["trace"] = m.trace
        entries.append(entry)
    if isinstance(c, stack_cls):
        entries.append({"type": "aws:cdk:templateFile", "data": c.template_file})
        tags = c.tags.tag_values()
        if tags:
            entries.append({"type": "aws:cdk:stack-tags", "data": [{"key": k, "value": v} for k, v in tags.items()]})
    return entries
