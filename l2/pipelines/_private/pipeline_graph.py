"""The pipeline graph built from the blueprint: sources, build, self-mutation, assets, waves of stacks."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import ValidationError
from l2.pipelines._deployment import AssetType, StackAsset, StackDeployment, StageDeployment, Wave
from l2.pipelines._private.graph import DependencyBuilders, Graph, GraphNode, GraphNodeCollection
from l2.pipelines._step import FileSet, StackOutputReference, Step

if TYPE_CHECKING:
    from l2.pipelines._pipeline_base import PipelineBase


class _NoStep(Step):
    """The producer of file sets that come from outside the pipeline (no graph node)."""


NO_STEP = _NoStep("NO_STEP")


class PipelineQueries:
    """Answers about the blueprint: which stack outputs are read, which stack produces an output."""

    def __init__(self, pipeline: PipelineBase) -> None:
        self.pipeline = pipeline

    def stack_outputs_referenced(self, stack: StackDeployment) -> list[str]:
        steps: list[Step] = []
        for wave in self.pipeline.waves:
            steps.extend([*wave.pre, *wave.post])
            for stage in wave.stages:
                steps.extend([*stage.pre, *stage.post])
                for sd in stage.stacks:
                    steps.extend([*sd.pre, *sd.change_set, *sd.post])
        return [ref.output_name for step in steps for ref in step.consumed_stack_outputs if ref.is_produced_by(stack)]

    def producing_stack(self, ref: StackOutputReference) -> StackDeployment:
        for wave in self.pipeline.waves:
            for stage in wave.stages:
                for stack in stage.stacks:
                    if ref.is_produced_by(stack):
                        return stack
        raise ValidationError(f"Stack '{ref.stack_description}' (producing output '{ref.output_name}') is not in the "
                              "pipeline; call 'addStage()' to add the stack's Stage to the pipeline", self.pipeline)


def _node(id: str, data: dict[str, Any], display_name: str | None = None) -> GraphNode:
    return GraphNode(id, data, display_name)


class PipelineGraph:
    """The graph of a pipeline: top-level graphs become CodePipeline stages, leaves become actions.

    Args:
        pipeline: the blueprint.
        self_mutation: add the ``UpdatePipeline`` stage.
        single_publisher_per_asset_type: publish all assets of a type in one node.
        prepare_step: deploy stacks through a change set (``Prepare`` + ``Deploy``).
        publish_template: publish stack templates as assets too.
    """

    def __init__(self, pipeline: PipelineBase, *, self_mutation: bool = False,
                 single_publisher_per_asset_type: bool = False, prepare_step: bool = True,
                 publish_template: bool = False) -> None:
        self.pipeline = pipeline
        self.graph = Graph("", {"type": "group"})
        self.publish_template = publish_template
        self.prepare_step = prepare_step
        self.single_publisher = single_publisher_per_asset_type
        self.queries = PipelineQueries(pipeline)
        self._added: dict[int, GraphNode] = {}
        self._asset_nodes: dict[str, GraphNode] = {}
        self._asset_nodes_by_type: dict[AssetType, GraphNode] = {}
        self._stack_output_deps = DependencyBuilders()
        self._node_deps = DependencyBuilders()
        self._file_ctr = 0
        self._docker_ctr = 0
        self.synth_node: GraphNode | None = None
        self.self_mutate_node: GraphNode | None = None
        if isinstance(pipeline.synth, Step):
            self.synth_node = self._add_step_node(pipeline.synth, self._top_level_graph("Build"))
            if self.synth_node is not None and self.synth_node.data is not None \
                    and self.synth_node.data["type"] == "step":
                self.synth_node.data["is_build_step"] = True
        self._last_preparation: GraphNode | None = self.synth_node
        primary = pipeline.synth.primary_output
        cloud_assembly = primary.primary_output if primary is not None else None
        if cloud_assembly is None:
            raise ValidationError(f"The synth step must produce the cloud assembly artifact, but doesn't: "
                                  f"{pipeline.synth}", pipeline)
        self.cloud_assembly_file_set: FileSet = cloud_assembly
        if self_mutation:
            stage = Graph("UpdatePipeline", {"type": "group"})
            self.graph.add(stage)
            self.self_mutate_node = _node("SelfMutate", {"type": "self-update"})
            stage.add(self.self_mutate_node)
            self.self_mutate_node.depend_on(self.synth_node)
            self._last_preparation = self.self_mutate_node
        waves = [self._add_wave(w) for w in pipeline.waves]
        for before, after in zip(waves, waves[1:], strict=False):
            after.depend_on(before)
        self._add_missing_dependency_nodes()

    def _add_wave(self, wave: Wave) -> Graph:
        if len(wave.stages) == 1:
            ret = self._add_stage(wave.stages[0])
        else:
            ret = Graph(wave.id, {"type": "group"}, [self._add_stage(s) for s in wave.stages])
        self._add_pre_post(wave.pre, wave.post, ret)
        ret.depend_on(self._last_preparation)
        self.graph.add(ret)
        return ret

    def _add_stage(self, stage: StageDeployment) -> Graph:
        ret = Graph(stage.stage_name, {"type": "group"})
        stack_graphs: dict[int, Graph] = {}
        for stack in stage.stacks:
            parts = [_strip_prefix(stack.stack_name, f"{stage.stage_name}-")]
            if stack.account:
                parts.append(stack.account)
            if stack.region:
                parts.append(stack.region)
            stack_graph = Graph(_find_unique_name(ret, parts), {"type": "stack-group", "stack": stack})
            prepare = _node("Prepare", {"type": "prepare", "stack": stack}) if self.prepare_step else None
            deploy = _node("Deploy", {"type": "execute", "stack": stack,
                                      "capture_outputs": bool(self.queries.stack_outputs_referenced(stack)),
                                      "without_change_set": prepare is None})
            ret.add(stack_graph)
            stack_graph.add(deploy)
            first: GraphNode | GraphNodeCollection
            if prepare is not None:
                stack_graph.add(prepare)
                deploy.depend_on(prepare)
                first = prepare
            else:
                first = deploy
            if stack.change_set:
                if prepare is None:
                    raise ValidationError(f"Cannot use 'changeSet' steps for stack '{stack.stack_name}': the "
                                          "pipeline does not support them or they have been disabled", self.pipeline)
                for c in stack.change_set:
                    cs_node = self._add_step_node(c, stack_graph)
                    if cs_node is not None:
                        cs_node.depend_on(prepare)
                    deploy.depend_on(cs_node)
            pre_nodes = self._add_pre_post(stack.pre, stack.post, stack_graph)
            if pre_nodes.nodes:
                first = pre_nodes
            stack_graphs[id(stack)] = stack_graph
            first.depend_on(self._add_step_node(self.cloud_assembly_file_set.producer, ret))
            if self.publish_template:
                if stack.template_asset is None:
                    raise ValidationError(f'"publishTemplate" is enabled, but stack {stack.stack_artifact_id} does '
                                          "not have a template asset", self.pipeline)
                first.depend_on(self._publish_asset(stack.template_asset))
            for asset in stack.assets:
                first.depend_on(self._publish_asset(asset))
            if self.queries.stack_outputs_referenced(stack):
                self._stack_output_deps.for_(stack).depend_on(deploy)
        for stack in stage.stacks:
            for dep in stack.stack_dependencies:
                stack_node = stack_graphs.get(id(stack))
                dep_node = stack_graphs.get(id(dep))
                if stack_node is None:
                    raise ValidationError(f"cannot find node for {stack.stack_name}", self.pipeline)
                if dep_node is None:
                    raise ValidationError(f"cannot find node for {dep.stack_name}", self.pipeline)
                stack_node.depend_on(dep_node)
        self._add_pre_post(stage.pre, stage.post, ret)
        return ret

    def _add_pre_post(self, pre: list[Step], post: list[Step], parent: Graph) -> GraphNodeCollection:
        current = GraphNodeCollection(parent.nodes)
        pre_nodes = GraphNodeCollection([])
        for p in pre:
            pre_node = self._add_step_node(p, parent)
            current.depend_on(pre_node)
            if pre_node is not None:
                pre_nodes.nodes.append(pre_node)
        for p in post:
            post_node = self._add_step_node(p, parent)
            if post_node is not None:
                post_node.depend_on(*current.nodes)
        return pre_nodes

    def _top_level_graph(self, name: str) -> Graph:
        ret = self.graph.try_get_child(name)
        if ret is None:
            ret = Graph(name)
            self.graph.add(ret)
        assert isinstance(ret, Graph)
        return ret

    def _add_step_node(self, step: Step, parent: Graph) -> GraphNode | None:
        if step is NO_STEP:
            return None
        previous = self._added.get(id(step))
        if previous is not None:
            return previous
        node = _node(step.id, {"type": "step", "step": step})
        if step.is_source:
            parent = self._top_level_graph("Source")
        parent.add(node)
        self._added[id(step)] = node
        for dep in step.dependencies:
            self._node_deps.for_(dep).depend_by(node)
        self._node_deps.for_(step).depend_on(node)
        for output in step.consumed_stack_outputs:
            stack = self.queries.producing_stack(output)
            self._stack_output_deps.for_(stack).depend_by(node)
        return node

    def _add_missing_dependency_nodes(self) -> None:
        for _ in range(20):
            unsatisfied = [(s, b) for s, b in self._node_deps.unsatisfied_builders() if s is not NO_STEP]
            if not unsatisfied:
                return
            for step, builder in unsatisfied:
                left_most = GraphNodeCollection(builder.consumers).first()
                parent = left_most.parent_graph
                if parent is None:
                    raise ValidationError(f"Consumer doesn't have a parent graph: {left_most}", self.pipeline)
                self._add_step_node(step, parent)
        pending = " ".join(f"{','.join(str(c) for c in b.consumers)} awaiting {s}."
                           for s, b in self._node_deps.unsatisfied_builders())
        raise ValidationError(f"Recursion depth too large while adding dependency nodes: {pending}", self.pipeline)

    def _publish_asset(self, asset: StackAsset) -> GraphNode:
        assets_graph = self._top_level_graph("Assets")
        node = self._asset_nodes.get(asset.asset_id)
        if node is None:
            if self.single_publisher and asset.asset_type in self._asset_nodes_by_type:
                node = self._asset_nodes_by_type[asset.asset_type]
            else:
                if asset.asset_type == AssetType.FILE:
                    if self.single_publisher:
                        node_id = "FileAsset"
                    else:
                        self._file_ctr += 1
                        node_id = f"FileAsset{self._file_ctr}"
                elif self.single_publisher:
                    node_id = "DockerAsset"
                else:
                    self._docker_ctr += 1
                    node_id = f"DockerAsset{self._docker_ctr}"
                display: str | None
                if self.single_publisher:
                    display = "FileAssets" if asset.asset_type == AssetType.FILE else "DockerAssets"
                else:
                    display = asset.display_name
                node = _node(node_id, {"type": "publish-assets", "assets": []}, display)
                assets_graph.add(node)
                node.depend_on(self._last_preparation)
                self._asset_nodes_by_type[asset.asset_type] = node
                self._asset_nodes[asset.asset_id] = node
        data = node.data
        if data is None or data["type"] != "publish-assets":
            raise ValidationError(f"{node} has the wrong data.type: {data and data['type']}", self.pipeline)
        if not any(a.asset_selector == asset.asset_selector for a in data["assets"]):
            data["assets"].append(asset)
        return node


def _strip_prefix(s: str, prefix: str) -> str:
    return s[len(prefix):] if s.startswith(prefix) else s


def _find_unique_name(parent: Graph, parts: list[str]) -> str:
    for i in range(1, len(parts) + 1):
        candidate = ".".join(parts[:i])
        if not parent.contains_id(candidate):
            return candidate
    return ".".join(parts)
