"""The synthesis pipeline: one stage's constructs in, its cloud assembly out, in named phases.

``synthesize(stage)`` is the entry point (``Stage.synth`` calls it). ``StageSynthesis`` runs the phases for one
stage, in this order; each reads what the previous ones left on the instance:

1. ``prepare_nested_stages`` — synthesize each stage directly below into its own sub-assembly.
2. ``stage_assets`` — copy the stage's staged assets into the assembly folder.
3. ``invoke_aspects`` — apply every aspect (``Aspects.of(...)``) below the stage.
4. ``prepare_stacks`` — let each stack's synthesizer add its elements (bootstrap version parameter and rule).
5. ``resolve_dependencies`` — turn construct dependencies into ``DependsOn`` and stack dependencies.
6. ``validate`` — run every construct's validations (unless ``skip_validation``).
7. ``render`` — render the templates until cross-stack wiring stops changing them.
8. ``write_templates`` — write each template, its asset manifest and metadata file; collect the messages.
9. ``write_tree`` — ``tree.json`` (apps with tree metadata).
10. ``write_manifest`` — ``manifest.json`` and ``cdk.out``; then ``assembly()`` builds the ``CloudAssembly``.

Synthesis reads stacks, stages, synthesizers and elements only through their public API and the small
interfaces below (``SynthesisStage``, ``SynthesisStack``, ``SynthesisSynthesizer``, ``SynthesisElement``):
the underscored methods those classes define for synthesis. ``tests/core/test_synthesis_phases.py`` checks
that this module reaches for nothing else.

Files are written to a staging folder; ``output_dir.write_assembly`` moves them into the output directory only
when everything succeeded, so a failed synthesis leaves the previous assembly untouched.
"""

from __future__ import annotations

import functools
import hashlib
import os
from typing import TYPE_CHECKING, Any, Protocol

from .._annotations import Annotations
from .._app import App
from .._aspects import invoke_aspects, invoke_aspects_unstabilized
from .._assembly import CloudArtifact, CloudAssembly, CloudFormationStackArtifact, SynthesisMessage
from .._cfn_element import CfnElement
from .._errors import SynthesisError
from .._nested_stack import NestedStack
from .._stack import Stack
from .._synthesizers import StackSynthesizer, destination_key
from .custom_synthesis import CustomSynthesisSession
from .deps import reify_node_dependencies
from .feature_flag_report import REPORT_ARTIFACT_ID, feature_flag_report, warn_unhonoured_flags
from .json_writer import compact_json, manifest_json
from .metadata_file import metadata_json
from .validation import check_stage
from .walk import StageWalk

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .._construct import Construct
    from .._stage import Stage

ASSEMBLY_VERSION = "55.0.0"
MINIMUM_CLI_VERSION = "2.1148.0"
MAX_RENDER_PASSES = 20
_LEVELS = {"aws:cdk:error": "error", "aws:cdk:warning": "warning", "aws:cdk:info": "info"}


# --- what synthesis needs from the classes it synthesizes -----------------------------------------------------


class SynthesisStage(Protocol):
    """What a stage offers synthesis (``constructs._stage.Stage``)."""

    def _synthesis_child_stages(self) -> list[Stage]: ...
    def _synthesis_staged_assets(self) -> dict[str, Any]: ...
    def _synthesis_set_assembly(self, assembly: CloudAssembly) -> None: ...


class SynthesisStack(Protocol):
    """What a stack offers synthesis (``constructs._stack.Stack``; ``NestedStack`` renders its own way)."""

    def _synthesis_add_template_additions(self) -> list[CfnElement]: ...
    def _synthesis_begin_render(self, walk: StageWalk) -> None: ...
    def _synthesis_render(self) -> dict[str, Any] | None: ...
    def _synthesis_end_render(self) -> None: ...
    def _synthesis_move_additions_last(self) -> None: ...
    def _synthesis_record_additions(self, *elements: CfnElement) -> None: ...
    def _synthesis_invalidate(self) -> None: ...
    def _synthesis_known_env(self) -> tuple[str | None, str | None]: ...
    def _synthesis_missing_context(self) -> list[dict[str, Any]]: ...
    def _synthesis_assets(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]: ...
    def _synthesis_notification_arns(self) -> list[str] | None: ...
    def _synthesis_write_stack_policy(self, directory: str) -> None: ...
    def _template_text(self, template: dict[str, Any]) -> str: ...


class SynthesisSynthesizer(Protocol):
    """What a stack synthesizer offers synthesis (``constructs._synthesizers.StackSynthesizer``)."""

    def _template_destinations(self, template_hash: str) -> dict[str, Any] | None: ...
    def _artifact_properties(self, template_hash: str) -> dict[str, Any]: ...
    def _synthesis_add_template_additions(self) -> None: ...
    def _synthesis_file_assets_bucket(self) -> str | None: ...
    def _synthesis_emits_asset_manifest(self) -> bool: ...


class SynthesisElement(Protocol):
    """What a CloudFormation element offers synthesis (``constructs._cfn_element.CfnElement``)."""

    def _resolved_logical_id(self) -> str: ...
    def _should_synthesize(self) -> bool: ...
    def _to_cloudformation(self) -> dict[str, Any]: ...
    def _post_resolve(self, fragment: dict[str, Any], context: Any) -> dict[str, Any]: ...


class SynthesisResource(Protocol):
    """What a plain resource offers a stack's render (``constructs._cfn_resource.CfnResource``): its body alone."""

    def _resource_body(self) -> dict[str, Any]: ...
    def _post_resolve_body(self, d: dict[str, Any], context: Any) -> None: ...


class SynthesisNode(Protocol):
    """What a construct's node offers synthesis (``constructs._construct.Node``)."""

    def _move_last(self, children: Iterable[Construct]) -> None: ...


# --- the entry point --------------------------------------------------------------------------------------------


def synthesize(
    stage: Stage,
    *,
    skip_validation: bool = False,
    error_on_annotations: bool = True,
    aspect_stabilization: bool | None = None,
) -> CloudAssembly:
    """Synthesize ``stage`` (and the stages inside it) into its output directory."""
    if stage.node.scope is None:  # the findings of an earlier synthesis are not this one's
        stage.__dict__.pop("_builtin_validation_findings", None)
    if aspect_stabilization is None:
        from .._feature_flags import FeatureFlags

        aspect_stabilization = FeatureFlags.of(stage).is_enabled("@aws-cdk/core:aspectStabilization")
    if isinstance(stage, App) and stage.tree_metadata and stage.node.try_find_child("Tree") is None:
        from .tree import Tree

        Tree(stage, "Tree")

    from .output_dir import write_assembly

    outdir = stage.outdir
    assembly = write_assembly(outdir, lambda workdir: _synthesize_into(
        stage, workdir, skip_validation, error_on_annotations, aspect_stabilization))
    _relocate(assembly, os.path.abspath(outdir))
    stage.node.lock()
    if stage.node.scope is None and os.environ.get(ACKNOWLEDGEMENTS_FILE_ENV):
        _write_acknowledgements(stage, os.environ[ACKNOWLEDGEMENTS_FILE_ENV])
    return assembly


ACKNOWLEDGEMENTS_FILE_ENV = "PYCDK_ACKNOWLEDGEMENTS_FILE"
"""Set by ``pycdk synth --rules``: the file (outside the assembly) where the app writes every acknowledgement
(``Validations.acknowledge``, ``Rules.suppress``) of its tree as ``[[construct path, rule id, reason], ...]``.
The assembly keeps only those of constructs inside stacks, as aws-cdk-lib's does; an app's or stage's own are
in no artifact."""


def _write_acknowledgements(root: Construct, target: str) -> None:
    import json

    found: list[list[str]] = []
    todo = [root]
    while todo:
        c = todo.pop()
        for entry in c.node.metadata:
            if entry.type == "aws:cdk:acknowledged-rules" and isinstance(entry.data, dict):
                found.extend([c.node.path, str(k), str(v)] for k, v in entry.data.items())
        todo.extend(reversed(c.node.children))
    with open(target, "w", encoding="utf-8") as f:
        json.dump(found, f)


def _relocate(assembly: CloudAssembly, directory: str) -> None:
    old = assembly.directory
    assembly.directory = directory
    for n in assembly.nested_assemblies:
        rel = os.path.relpath(n.directory, old)
        _relocate(n, os.path.join(directory, rel))


def _synthesize_into(
    stage: Stage, directory: str, skip_validation: bool, error_on_annotations: bool, aspect_stabilization: bool = True
) -> CloudAssembly:
    """Synthesize ``stage`` into ``directory`` (which exists); its cloud assembly."""
    return StageSynthesis(
        stage, directory, skip_validation=skip_validation, error_on_annotations=error_on_annotations,
        aspect_stabilization=aspect_stabilization,
    ).run()


# --- the phases ---------------------------------------------------------------------------------------------------


class StageSynthesis:
    """The synthesis of one stage into ``directory``: the phases in order, and what each hands the next."""

    def __init__(
        self,
        stage: Stage,
        directory: str,
        *,
        skip_validation: bool,
        error_on_annotations: bool,
        aspect_stabilization: bool = True,
    ) -> None:
        self.stage = stage
        self.aspect_stabilization = aspect_stabilization
        self.directory = directory
        self.skip_validation = skip_validation
        self.error_on_annotations = error_on_annotations
        self.artifacts: dict[str, Any] = {}  # the manifest's artifacts, in manifest order
        self.nested_assemblies: list[CloudAssembly] = []
        self.walk = StageWalk.not_yet()  # walked once the aspects have run (invoke_aspects)
        self.stacks: list[Stack] = []  # post-order: a nested stack before its parent
        self.rendered: dict[int, dict[str, Any]] = {}  # the final template of each stack, by id(stack)
        self.stack_artifacts: list[tuple[Stack, dict[str, Any], list[SynthesisMessage]]] = []
        self.manifest: dict[str, Any] = {}

    def run(self) -> CloudAssembly:
        self.prepare_nested_stages()
        self.invoke_aspects()
        self.prepare_stacks()
        self.resolve_dependencies()
        self.validate()
        warn_unhonoured_flags(self.stage, self.walk.order if self.walk.is_current() else StageWalk(self.stage).order)
        self.render()
        check_stage(self.stage, self.stacks, self.rendered)  # template validation (validation/__init__.py)
        # after rendering: aspects, prepare and rendering add assets too (e.g. cross-region reference providers)
        self.stage_assets()
        self.write_templates()
        self.custom_synthesis()
        self.write_tree()
        self.write_manifest()
        return self.assembly()

    def prepare_nested_stages(self) -> None:
        """Synthesize every stage directly below this one into a sub-folder named for its artifact id."""
        for child in self.stage._synthesis_child_stages():
            sub_dir = os.path.join(self.directory, child.artifact_id)
            os.makedirs(sub_dir, exist_ok=True)
            nested = StageSynthesis(
                child, sub_dir, skip_validation=self.skip_validation, error_on_annotations=self.error_on_annotations,
                aspect_stabilization=self.aspect_stabilization,
            ).run()
            child._synthesis_set_assembly(nested)
            self.nested_assemblies.append(nested)
            self.artifacts[child.artifact_id] = {
                "type": "cdk:cloud-assembly",
                "properties": {"directoryName": child.artifact_id, "displayName": child.node.path},
            }

    def stage_assets(self) -> None:
        """Copy every staged asset of the stage into the assembly folder."""
        staged = self.stage._synthesis_staged_assets()
        if not staged:
            return  # no asset: stage_all would copy nothing (its module, and the ignore rules', need not load)
        from .fingerprint import stage_all

        stage_all(staged, self.directory)

    def invoke_aspects(self) -> None:
        # @aws-cdk/core:aspectStabilization (read at the stage synthesized; nested stages follow it)
        (invoke_aspects if self.aspect_stabilization else invoke_aspects_unstabilized)(self.stage)
        # after the aspects, as aws-cdk-lib: the AWS::CDK::Metadata of stacks reporting analytics
        from .metadata_resource import inject_metadata_resources

        # the tree as the aspects left it (they may add, move or remove constructs); prepare_stacks reuses this
        # walk unless a construct is created meanwhile
        self.walk = StageWalk(self.stage)
        inject_metadata_resources(self.walk.stacks())  # it looks at the stacks alone

    def prepare_stacks(self) -> None:
        """Let each top-level stack's synthesizer add its elements, keeping the walk of the tree current."""
        stage = self.stage
        walk = self.walk if self.walk.is_current() else StageWalk(stage)
        self.stacks = walk.stacks_post_order()
        for s in self.stacks:
            if s.nested_stack_resource is None:
                added = s._synthesis_add_template_additions()
                if not (walk.is_current() or walk.adopt_last_children(s, added)):
                    walk = StageWalk(stage)
        if not walk.is_current():
            walk = StageWalk(stage)
        self.walk = walk

    def resolve_dependencies(self) -> None:
        reify_node_dependencies(self.stage, self.walk.order)

    def validate(self) -> None:
        """Run every construct's validations; raise with all their errors (construct paths in pre-order)."""
        if self.skip_validation:
            return
        walk = self.walk if self.walk.is_current() else StageWalk(self.stage)
        errors = walk.validation_errors()
        if errors:
            raise SynthesisError(
                "ValidationFailedWithErrors: Validation failed with the following errors:" + "".join(errors)
            )

    def render(self) -> None:
        """Render every stack until cross-stack wiring stops changing templates."""
        stacks = self.stacks
        for s in stacks:
            s._synthesis_begin_render(self.walk)
        try:
            self.rendered = _render_until_stable(stacks)
        finally:
            for s in stacks:
                s._synthesis_end_render()
        for s in stacks:
            s._synthesis_move_additions_last()

    def write_templates(self) -> None:
        """Write each stack's template (and a top-level stack's asset manifest and metadata file); fail on errors
        annotated on constructs unless told not to."""
        errors: list[str] = []
        walk = self.walk if self.walk.is_current() else None
        for s in self.stacks:
            template = self.rendered[id(s)]
            # the text is made, written and hashed one stack at a time: only one template text is ever in memory
            data = s._template_text(template).encode("utf-8")
            _check_limits(s, template, len(data))
            with open(os.path.join(self.directory, s.template_file), "wb") as f:
                f.write(data)
            template_hash = hashlib.sha256(data).hexdigest()
            del data
            if isinstance(s, NestedStack):
                continue
            s._synthesis_write_stack_policy(self.directory)
            messages = _collect_messages(s, walk)
            for m in messages:
                if m.level == "error":
                    errors.append(f"[{m.id}] {m.entry['data']}")
            synth = s.synthesizer
            if type(synth).synthesize is not StackSynthesizer.synthesize:
                # a user synthesizer's own synthesize(session): it emits the stack artifact (or not) itself
                session = CustomSynthesisSession(self.directory, self.artifacts,
                                                 functools.partial(self.emit_stack, s, template_hash, messages))
                synth.synthesize(session)
                continue
            self.emit_stack(s, template_hash, messages, None)
        if errors and self.error_on_annotations:
            raise SynthesisError("Synthesis failed with errors annotated on constructs:\n  " + "\n  ".join(errors))

    def emit_stack(self, s: Stack, template_hash: str, messages: list[SynthesisMessage],
                   options: dict[str, Any] | None) -> None:
        """Write a stack's asset manifest (for the synthesizer's defaults) and metadata file; add its artifacts.
        ``options``: the artifact options a user synthesizer gave ``_emit_artifact`` (no asset manifest then)."""
        manifest_entry = _write_stack_files(s, template_hash, self.directory, self.stacks, options)
        assets = manifest_entry.pop("__assets__")
        if assets is not None:
            self.artifacts[f"{s.artifact_id}.assets"] = assets
        self.artifacts[s.artifact_id] = manifest_entry
        self.stack_artifacts.append((s, manifest_entry, messages))

    def custom_synthesis(self) -> None:
        """Call the custom syntheses attached to the stage's constructs (``internals.attach_custom_synthesis``)."""
        from .custom_synthesis import run_custom_synthesis

        order = self.walk.order if self.walk.is_current() else StageWalk(self.stage).order
        run_custom_synthesis(order, self.directory, self.artifacts)

    def write_tree(self) -> None:
        """``tree.json``, for an app with tree metadata (with each L1 resource's rendered properties)."""
        stage = self.stage
        if not (isinstance(stage, App) and stage.tree_metadata):
            return
        from .tree import write_tree

        resources = {key: template.get("Resources", {}) for key, template in self.rendered.items()}
        write_tree(stage, self.directory, resources)
        self.artifacts["Tree"] = {"type": "cdk:tree", "properties": {"file": "tree.json"}}

    def write_manifest(self) -> None:
        """``manifest.json`` (the artifacts, the missing context) and ``cdk.out``."""
        self.artifacts[REPORT_ARTIFACT_ID] = feature_flag_report(self.stage)
        manifest: dict[str, Any] = {"version": ASSEMBLY_VERSION, "artifacts": self.artifacts}
        missing = [m for s in self.stacks for m in s._synthesis_missing_context()]
        if missing:
            manifest["missing"] = missing
        manifest["minimumCliVersion"] = MINIMUM_CLI_VERSION
        with open(os.path.join(self.directory, "manifest.json"), "w", encoding="utf-8") as f:
            f.write(manifest_json(manifest))
        with open(os.path.join(self.directory, "cdk.out"), "w", encoding="utf-8") as f:
            f.write(compact_json({"version": ASSEMBLY_VERSION}))
        self.manifest = manifest

    def assembly(self) -> CloudAssembly:
        """The cloud assembly of what was written: one artifact per manifest entry, in manifest order."""
        assembly = CloudAssembly(self.directory, self.manifest)
        assembly.nested_assemblies = self.nested_assemblies
        by_id = {s.artifact_id: (s, messages) for s, _, messages in self.stack_artifacts}
        for art_id, entry in self.artifacts.items():
            found = by_id.get(art_id)
            if found is None:
                assembly.artifacts.append(CloudArtifact(assembly, art_id, entry))
                continue
            s, messages = found
            assembly.artifacts.append(
                CloudFormationStackArtifact(
                    assembly,
                    art_id,
                    entry,
                    messages=messages,
                    stack_name=s.stack_name,
                    display_name=s.node.path,
                    nested_templates={
                        n.template_file: self.rendered[id(n)]
                        for n in self.stacks
                        if isinstance(n, NestedStack) and _top(n) is s
                    },
                )
            )
        return assembly


# --- helpers of the phases ------------------------------------------------------------------------------------------


def _render_until_stable(stacks: list[Stack]) -> dict[int, dict[str, Any]]:
    """Render the stacks again while some changed (a render can add cross-stack wiring to another stack)."""
    rendered: dict[int, dict[str, Any]] = {}
    for _ in range(MAX_RENDER_PASSES):
        any_dirty = False
        for s in stacks:
            template = s._synthesis_render()
            if template is not None:
                any_dirty = True
                rendered[id(s)] = template
        if not any_dirty:
            return rendered
    raise SynthesisError("Cross-stack references did not stabilise after repeated rendering (internal error)")


def _collect_messages(stack: Stack, walk: StageWalk | None = None) -> list[SynthesisMessage]:
    """Messages of every construct in the stack (child stacks excluded), pre-order."""
    return [SynthesisMessage(level, "/" + path, {"type": m.type, "data": m.data, "trace": m.trace})
            for level, path, m in (walk if walk is not None else StageWalk(stack)).messages_of(stack, _LEVELS)]


def _check_limits(stack: Stack, template: dict[str, Any], size: int) -> None:
    node = stack.node
    limit = node.try_get_context("@aws-cdk/core:stackResourceLimit")
    max_resources = int(limit) if limit is not None else 500
    n = len(template.get("Resources", {}))
    if max_resources and n > max_resources:
        raise SynthesisError(
            f"TooManyResourcesInStack: Number of resources in stack '{node.path}': {n} is greater than allowed "
            f"maximum of {max_resources}",
            stack,
        )
    for section in ("Parameters", "Outputs", "Mappings"):
        count = len(template.get(section, {}))
        if count > 200:
            Annotations.of(stack).add_warning(
                f"Number of {section.lower()} in stack '{node.path}': {count} is greater than the "
                "CloudFormation limit of 200"
            )
    if size > 1_000_000:
        Annotations.of(stack).add_warning(
            f"Template size of stack '{node.path}' exceeds the CloudFormation limit of 1,000,000 bytes"
        )


def _top(s: Stack) -> Stack:
    while s.nested_stack_parent is not None:
        s = s.nested_stack_parent
    return s


def _write_stack_files(s: Stack, template_hash: str, directory: str, stacks: list[Stack],
                       options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write the stack's asset manifest (when its synthesizer emits one) and metadata file; its manifest entry
    (and its assets' under ``__assets__``, None without). ``options``: a user synthesizer's artifact options."""
    synth = s.synthesizer
    if options is not None or not synth._synthesis_emits_asset_manifest():
        return _stack_entry(s, template_hash, directory, None, options)
    path = s.node.path
    files: dict[str, Any] = {}
    for n in stacks:
        if isinstance(n, NestedStack) and _top(n) is s:
            dest = synth._template_destinations(n.template_hash)
            if dest is not None:
                rel = n.node.path[len(path) + 1 :] if path else n.node.path
                files[n.template_hash] = {
                    "displayName": f"{rel} Nested Stack Template",
                    "source": {"path": n.template_file, "packaging": "file"},
                    "destinations": {destination_key(s, dest): dest},
                }
    file_assets, docker_assets = s._synthesis_assets()
    for asset in file_assets:
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
        images = {a["hash"]: a["entry"] for a in docker_assets}
        f.write(manifest_json({"version": ASSEMBLY_VERSION, "files": files, "dockerImages": images}))
    return _stack_entry(s, template_hash, directory, assets_file, None)


def _stack_entry(s: Stack, template_hash: str, directory: str, assets_file: str | None,
                 options: dict[str, Any] | None) -> dict[str, Any]:
    """Write the stack's metadata file; its manifest entry, with its asset manifest's under ``__assets__``."""
    synth = s.synthesizer
    path = s.node.path
    props: dict[str, Any] = {"templateFile": s.template_file, "terminationProtection": s.termination_protection}
    tags = s.tags.tag_values()
    if tags:
        props["tags"] = tags
    additional: list[str] = []
    if options is None:
        extra = synth._artifact_properties(template_hash)
    else:
        extra = {"validateOnSynth": False, **options}
        additional = list(extra.pop("additionalDependencies", None) or [])
    if "validateOnSynth" in extra:
        props["validateOnSynth"] = extra.pop("validateOnSynth")
    notification_arns = s._synthesis_notification_arns()
    if notification_arns:
        props["notificationArns"] = list(notification_arns)
    props.update(extra)
    if s.stack_name != s.artifact_id:
        props["stackName"] = s.stack_name
    deps = [d.artifact_id for d in s.dependencies] + ([f"{s.artifact_id}.assets"] if assets_file else []) + additional

    metadata_file = f"{s.artifact_id}.metadata.json"
    with open(os.path.join(directory, metadata_file), "w", encoding="utf-8") as f:
        f.write(metadata_json(s))

    assets_entry: dict[str, Any] | None = None
    if assets_file is not None:
        assets_entry = {"type": "cdk:asset-manifest", "properties": {"file": assets_file}}
        bsv = props.get("requiresBootstrapStackVersion")
        if bsv is not None:
            assets_entry["properties"]["requiresBootstrapStackVersion"] = bsv
            assets_entry["properties"]["bootstrapStackVersionSsmParameter"] = props["bootstrapStackVersionSsmParameter"]
    entry: dict[str, Any] = {
        "__assets__": assets_entry,
        "type": "aws:cloudformation:stack",
        "environment": s.environment,
        "properties": props,
    }
    if deps:
        entry["dependencies"] = deps
    entry["additionalMetadataFile"] = metadata_file
    entry["displayName"] = path
    return entry
