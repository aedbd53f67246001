"""``CodePipeline``: the pipeline engine building an AWS CodePipeline from the blueprint."""

from __future__ import annotations

import enum
import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Aws,
    CfnCapabilities,
    Construct,
    FeatureFlags,
    Fn,
    Names,
    PhysicalName,
    Stack,
    Stage,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.pipelines._codebuild_options import CodeBuildOptions
from l2.pipelines._codebuild_step import CodeBuildStep
from l2.pipelines._deployment import AssetType, StackAsset, StackDeployment
from l2.pipelines._docker import DockerCredential, DockerCredentialUsage, docker_credentials_install_commands
from l2.pipelines._pipeline_base import PipelineBase
from l2.pipelines._private.codebuild_factory import CodeBuildFactory, merge_code_build_options, obtain_scope
from l2.pipelines._private.graph import Graph, GraphNode, GraphNodeCollection
from l2.pipelines._private.identifiers import action_name as _action_name
from l2.pipelines._private.identifiers import js_json, stack_variable_namespace
from l2.pipelines._private.pipeline_graph import PipelineGraph
from l2.pipelines._private.step_output import StepOutput
from l2.pipelines._source import ArtifactMap, CodePipelineActionFactoryResult, StackOutputsMap
from l2.pipelines._step import FileSet, IFileSetProducer, Step
from l2.pipelines._steps import ManualApprovalStep, ShellStep

if TYPE_CHECKING:
    from l2.codebuild import IProject
    from l2.codepipeline import Artifact, ExecutionMode, IStage, Pipeline, PipelineType
    from l2.iam import IRole
    from l2.pipelines._private.asset_role import AssetSingletonRole
    from l2.s3 import IBucket

_DEFAULT_V2_FLAG = "@aws-cdk/aws-codepipeline:defaultPipelineTypeToV2"
_REDUCE_ASSET_ROLE_FLAG = "@aws-cdk/pipelines:reduceAssetRoleTrustScope"
_CODEPIPELINE_ENGINE = "codepipeline"


class _ProjectType(enum.Enum):
    SYNTH = "SYNTH"
    ASSETS = "ASSETS"
    SELF_MUTATE = "SELF_MUTATE"
    STEP = "STEP"


_DOCKER_USAGE = {
    _ProjectType.ASSETS: DockerCredentialUsage.ASSET_PUBLISHING,
    _ProjectType.SELF_MUTATE: DockerCredentialUsage.SELF_UPDATE,
    _ProjectType.SYNTH: DockerCredentialUsage.SYNTH,
}


@structs.frozen(kw_only=True)
class CodePipelineProps:
    """The properties of a ``CodePipeline`` (see ``CodePipeline`` for each keyword)."""

    synth: IFileSetProducer
    artifact_bucket: IBucket | None = None
    asset_publishing_code_build_defaults: CodeBuildOptions | None = None
    cdk_assets_cli_version: str | None = None
    cli_version: str | None = None
    code_build_defaults: CodeBuildOptions | None = None
    code_pipeline: Pipeline | None = None
    cross_account_keys: bool | None = None
    cross_region_replication_buckets: Mapping[str, IBucket] | None = None
    docker_credentials: Sequence[DockerCredential] | None = None
    docker_enabled_for_self_mutation: bool | None = None
    docker_enabled_for_synth: bool | None = None
    enable_key_rotation: bool | None = None
    execution_mode: ExecutionMode | None = None
    pipeline_name: str | None = None
    pipeline_type: PipelineType | None = None
    publish_assets_in_parallel: bool | None = None
    reuse_cross_region_support_stacks: bool | None = None
    role: IRole | None = None
    self_mutation: bool | None = None
    self_mutation_code_build_defaults: CodeBuildOptions | None = None
    synth_code_build_defaults: CodeBuildOptions | None = None
    use_change_sets: bool | None = None
    use_pipeline_role_for_actions: bool | None = None


class _ManualApprovalFactory:
    def __init__(self, step: ManualApprovalStep) -> None:
        self._step = step

    def produce_action(self, stage: IStage, *, action_name: str, run_order: int | float,
                       **_: Any) -> CodePipelineActionFactoryResult:
        from l2.codepipeline_actions import ManualApprovalAction

        stage.add_action(ManualApprovalAction(action_name=action_name, run_order=run_order,
                                              additional_information=self._step.comment,
                                              external_entity_link=self._step.review_url,
                                              notification_topic=self._step.notification_topic))
        return CodePipelineActionFactoryResult(run_orders_consumed=1)


class _ActionFactory:
    """Adds one action built by ``make`` (given the action name and run order)."""

    def __init__(self, make: Any) -> None:
        self._make = make

    def produce_action(self, stage: IStage, *, action_name: str, run_order: int | float,
                       **_: Any) -> CodePipelineActionFactoryResult:
        stage.add_action(self._make(action_name, run_order))
        return CodePipelineActionFactoryResult(run_orders_consumed=1)


class CodePipeline(PipelineBase):
    """A CDK Pipeline deployed with AWS CodePipeline: synth, self-mutation, asset publishing and the waves.

    Args:
        scope: the parent construct.
        id: the construct id.
        synth: the step producing the cloud assembly (a ``ShellStep`` with no output directory gets ``cdk.out``).
        artifact_bucket: an existing bucket for the pipeline's artifacts (default a new one).
        asset_publishing_code_build_defaults: CodeBuild options for the asset-publishing projects.
        cdk_assets_cli_version: the ``cdk-assets`` version the publishing projects install (default ``latest``).
        cli_version: the CDK CLI version self-mutation installs (default ``2``).
        code_build_defaults: CodeBuild options for every project of the pipeline.
        code_pipeline: an existing ``codepipeline.Pipeline`` to add the stages to (default a new one).
        cross_account_keys: create KMS keys for the artifact buckets, for cross-account deployments
            (default false).
        cross_region_replication_buckets: the artifact buckets of other regions, by region.
        docker_credentials: registry logins for the synth, self-mutation and asset-publishing projects.
        docker_enabled_for_self_mutation: run self-mutation in privileged mode (default false).
        docker_enabled_for_synth: run the synth in privileged mode (default false).
        enable_key_rotation: rotate the artifact keys yearly (default false).
        execution_mode: how executions follow each other (default ``SUPERSEDED``).
        pipeline_name: the pipeline's name (default generated).
        pipeline_type: ``V1`` or ``V2`` (default V2 under the ``defaultPipelineTypeToV2`` flag, V1 otherwise).
        publish_assets_in_parallel: one project per asset (default true); false publishes each asset type in one.
        reuse_cross_region_support_stacks: share the cross-region support stacks across pipelines (default true).
        role: the pipeline's role (default a new role).
        self_mutation: add the ``UpdatePipeline`` stage (default true).
        self_mutation_code_build_defaults: CodeBuild options for the self-mutation project.
        synth_code_build_defaults: CodeBuild options for the synth project.
        use_change_sets: deploy each stack through a change set, ``Prepare`` then ``Deploy`` (default true).
        use_pipeline_role_for_actions: let actions use the pipeline's role instead of one role each
            (default false).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        synth: IFileSetProducer,
        artifact_bucket: IBucket | None = None,
        asset_publishing_code_build_defaults: CodeBuildOptions | None = None,
        cdk_assets_cli_version: str | None = None,
        cli_version: str | None = None,
        code_build_defaults: CodeBuildOptions | None = None,
        code_pipeline: Pipeline | None = None,
        cross_account_keys: bool | None = None,
        cross_region_replication_buckets: Mapping[str, IBucket] | None = None,
        docker_credentials: Sequence[DockerCredential] | None = None,
        docker_enabled_for_self_mutation: bool | None = None,
        docker_enabled_for_synth: bool | None = None,
        enable_key_rotation: bool | None = None,
        execution_mode: ExecutionMode | None = None,
        pipeline_name: str | None = None,
        pipeline_type: PipelineType | None = None,
        publish_assets_in_parallel: bool | None = None,
        reuse_cross_region_support_stacks: bool | None = None,
        role: IRole | None = None,
        self_mutation: bool | None = None,
        self_mutation_code_build_defaults: CodeBuildOptions | None = None,
        synth_code_build_defaults: CodeBuildOptions | None = None,
        use_change_sets: bool | None = None,
        use_pipeline_role_for_actions: bool | None = None,
    ) -> None:
        super().__init__(scope, id, synth=synth)
        self._props = CodePipelineProps(
            synth=synth, artifact_bucket=artifact_bucket,
            asset_publishing_code_build_defaults=asset_publishing_code_build_defaults,
            cdk_assets_cli_version=cdk_assets_cli_version, cli_version=cli_version,
            code_build_defaults=code_build_defaults, code_pipeline=code_pipeline,
            cross_account_keys=cross_account_keys, cross_region_replication_buckets=cross_region_replication_buckets,
            docker_credentials=docker_credentials, docker_enabled_for_self_mutation=docker_enabled_for_self_mutation,
            docker_enabled_for_synth=docker_enabled_for_synth, enable_key_rotation=enable_key_rotation,
            execution_mode=execution_mode, pipeline_name=pipeline_name, pipeline_type=pipeline_type,
            publish_assets_in_parallel=publish_assets_in_parallel,
            reuse_cross_region_support_stacks=reuse_cross_region_support_stacks, role=role,
            self_mutation=self_mutation, self_mutation_code_build_defaults=self_mutation_code_build_defaults,
            synth_code_build_defaults=synth_code_build_defaults, use_change_sets=use_change_sets,
            use_pipeline_role_for_actions=use_pipeline_role_for_actions)
        self.self_mutation_enabled: bool = self_mutation if self_mutation is not None else True
        self._docker_credentials = list(docker_credentials or [])
        self._single_publisher = publish_assets_in_parallel is False
        self._cli_version = cli_version if cli_version is not None else "2"
        self._cdk_assets_cli_version = cdk_assets_cli_version if cdk_assets_cli_version is not None else "latest"
        self._use_change_sets = use_change_sets if use_change_sets is not None else True
        self.use_pipeline_role_for_actions: bool = bool(use_pipeline_role_for_actions)
        self._stack_outputs = StackOutputsMap(self)
        self._artifacts = ArtifactMap()
        self._pipeline: Pipeline | None = None
        self._synth_project: IProject | None = None
        self._self_mutation_project: IProject | None = None
        self._fallback_artifact: Artifact | None = None
        self._cloud_assembly_file_set: FileSet | None = None
        self._my_cx_asm_root: str | None = None
        self._asset_roles: dict[AssetType, AssetSingletonRole] = {}
        self._fn_subs: dict[str, str] = {}

    @property
    def synth_project(self) -> IProject:
        """The CodeBuild project of the synth step (after the pipeline is built)."""
        if self._synth_project is None:
            raise UnscopedValidationError("Call pipeline.buildPipeline() before reading this property")
        return self._synth_project

    @property
    def self_mutation_project(self) -> IProject:
        """The CodeBuild project of the self-mutation (after the pipeline is built; none without self-mutation)."""
        if self._pipeline is None:
            raise UnscopedValidationError("Call pipeline.buildPipeline() before reading this property")
        if self._self_mutation_project is None:
            raise UnscopedValidationError("No selfMutationProject since the selfMutation property was set to false")
        return self._self_mutation_project

    @property
    def pipeline(self) -> Pipeline:
        """The CodePipeline pipeline (after the pipeline is built)."""
        if self._pipeline is None:
            raise UnscopedValidationError("Pipeline not created yet")
        return self._pipeline

    # -- building ------------------------------------------------------------------------------------------------
    def do_build_pipeline(self) -> None:
        """Create the CodePipeline pipeline, its stages and actions from the blueprint."""
        from l2 import codepipeline as cp

        if self._pipeline is not None:
            raise ValidationError("Pipeline already created", self)
        self._my_cx_asm_root = os.path.abspath(_app_of(self).outdir)
        p = self._props
        if p.code_pipeline is not None:
            for name, value in (("pipelineName", p.pipeline_name), ("crossAccountKeys", p.cross_account_keys),
                                ("enableKeyRotation", p.enable_key_rotation),
                                ("crossRegionReplicationBuckets", p.cross_region_replication_buckets),
                                ("reuseCrossRegionSupportStacks", p.reuse_cross_region_support_stacks),
                                ("role", p.role), ("artifactBucket", p.artifact_bucket),
                                ("executionMode", p.execution_mode)):
                if value is not None and (name != "pipelineName" or value):
                    raise ValidationError(f"Cannot set '{name}' if an existing CodePipeline is given using "
                                          "'codePipeline'", self)
            self._pipeline = p.code_pipeline
        else:
            default_v2 = FeatureFlags.of(self).is_enabled(_DEFAULT_V2_FLAG)
            if not default_v2 and p.pipeline_type is None:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-codepipeline:unspecifiedPipelineType",
                    "V1 pipeline type is implicitly selected when `pipelineType` is not set. If you want to use V2 "
                    "type, set `PipelineType.V2`.")
            if p.execution_mode == cp.ExecutionMode.PARALLEL:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/pipelines:parallelExecutionMode",
                    "PARALLEL execution mode lets executions overlap: approvals, deploy order and self-mutation are "
                    "no longer serialized. Only use it when your stages can safely run concurrently.")
            self._pipeline = cp.Pipeline(
                self, "Pipeline", pipeline_name=p.pipeline_name,
                pipeline_type=p.pipeline_type if p.pipeline_type is not None
                else (cp.PipelineType.V2 if default_v2 else cp.PipelineType.V1),
                execution_mode=p.execution_mode,
                cross_account_keys=p.cross_account_keys if p.cross_account_keys is not None else False,
                cross_region_replication_buckets=p.cross_region_replication_buckets,
                reuse_cross_region_support_stacks=p.reuse_cross_region_support_stacks,
                restart_execution_on_update=True, role=p.role, enable_key_rotation=p.enable_key_rotation,
                artifact_bucket=p.artifact_bucket, use_pipeline_role_for_actions=self.use_pipeline_role_for_actions)
        graph = PipelineGraph(self, self_mutation=self.self_mutation_enabled,
                              single_publisher_per_asset_type=self._single_publisher,
                              prepare_step=self._use_change_sets)
        self._cloud_assembly_file_set = graph.cloud_assembly_file_set
        self._stages_and_actions_from_graph(graph)
        dot_file = f"{Names.unique_id(self)}.dot"
        with open(os.path.join(self._my_cx_asm_root, dot_file), "w", encoding="utf-8") as f:
            f.write(graph.graph.render_dot())

    @property
    def _assets_scope(self) -> Construct:
        return obtain_scope(self, "Assets")

    def _stages_and_actions_from_graph(self, structure: PipelineGraph) -> None:
        before_self_mutation = self.self_mutation_enabled
        for tranche in structure.graph.sorted_children():
            for stage_node in tranche:
                if not isinstance(stage_node, Graph):
                    raise ValidationError(f"Top-level children must be graphs, got '{stage_node}'", self)
                chunks = _chunk_tranches(50, stage_node.sorted_leaves())
                overflow = len(chunks) > 1
                for i, tranches in enumerate(chunks):
                    stage_name = f"{stage_node.id}.{i + 1}" if overflow else stage_node.id
                    pipeline_stage = self.pipeline.add_stage(stage_name=stage_name)
                    shared_parent = GraphNodeCollection([n for t in tranches for n in t]).common_ancestor()
                    names_used: set[str] = set()
                    run_order: int | float = 1
                    for nodes in tranches:
                        consumed: list[int | float] = [0]
                        for node in nodes:
                            factory = self._action_from_node(node)
                            node_type = self._node_type(node)
                            base = _action_name(node, shared_parent)
                            name, ctr = base, 1
                            while name in names_used:
                                ctr += 1
                                name = f"{base}{ctr}"
                            names_used.add(name)
                            data = node.data or {}
                            namespace = _namespace_step_outputs(data["step"], pipeline_stage, name) \
                                if data.get("type") == "step" else None
                            result = factory.produce_action(
                                pipeline_stage, action_name=name, run_order=run_order, artifacts=self._artifacts,
                                scope=obtain_scope(self.pipeline, stage_name),
                                fallback_artifact=self._fallback_artifact, pipeline=self,
                                code_build_defaults=self._code_build_defaults_for(node_type)
                                if node_type is not None else None,
                                before_self_mutation=before_self_mutation, variables_namespace=namespace,
                                stack_outputs_map=self._stack_outputs)
                            if data.get("type") == "self-update":
                                before_self_mutation = False
                            self._post_process_node(node, result)
                            consumed.append(result.run_orders_consumed)
                        run_order += max(consumed)

    def _post_process_node(self, node: GraphNode, result: CodePipelineActionFactoryResult) -> None:
        node_type = self._node_type(node)
        if result.project is not None:
            usage = _DOCKER_USAGE.get(node_type or _ProjectType.STEP)
            if usage is not None:
                for c in self._docker_credentials:
                    c.grant_read(result.project, usage)
            if node_type == _ProjectType.SYNTH:
                self._synth_project = result.project
            if node_type == _ProjectType.SELF_MUTATE:
                self._self_mutation_project = result.project
        data = node.data or {}
        if data.get("type") == "step" and self._fallback_artifact is None:
            primary = data["step"].primary_output
            if primary is not None and primary.primary_output is not None:
                self._fallback_artifact = self._artifacts.to_code_pipeline(primary.primary_output)

    def _action_from_node(self, node: GraphNode) -> Any:
        data = node.data or {}
        kind = data.get("type")
        if kind == "self-update":
            return self._self_mutate_action()
        if kind == "publish-assets":
            return self._publish_assets_action(node, data["assets"])
        if kind == "prepare":
            return self._create_change_set_action(data["stack"])
        if kind == "execute":
            if data["without_change_set"]:
                return self._execute_deployment_action(data["stack"], data["capture_outputs"])
            return self._execute_change_set_action(data["stack"], data["capture_outputs"])
        if kind == "step":
            return self._action_from_step(node, data["step"])
        if kind in ("group", "stack-group", None):
            raise ValidationError(f"actionFromNode: did not expect to get group nodes: {kind}", self)
        raise ValidationError(f"CodePipeline does not support graph nodes of type '{kind}'. You are probably using "
                              "a feature this CDK Pipelines implementation does not support.", self)

    def _action_from_step(self, node: GraphNode, step: Step) -> Any:
        node_type = self._node_type(node)
        if callable(getattr(step, "produce_action", None)):
            return step
        if isinstance(step, ShellStep):
            construct_id = "CdkBuildProject" if node_type == _ProjectType.SYNTH else step.id
            if isinstance(step, CodeBuildStep):
                return CodeBuildFactory.from_code_build_step(construct_id, step)
            return CodeBuildFactory.from_shell_step(construct_id, step)
        if isinstance(step, ManualApprovalStep):
            return _ManualApprovalFactory(step)
        raise ValidationError(f"Deployment step '{step}' is not supported for CodePipeline-backed pipelines", self)

    def _env_of(self, stack: StackDeployment) -> tuple[str | None, str | None]:
        here = Stack.of(self)
        region = stack.region if stack.region != here.region else None
        account = stack.account if stack.account != here.account else None
        return region, account

    def _template_path(self, stack: StackDeployment) -> str:
        return os.path.relpath(stack.absolute_template_path, self._root).replace(os.sep, "/")

    @property
    def _root(self) -> str:
        if self._my_cx_asm_root is None:
            raise ValidationError("Can't read 'myCxAsmRoot' if build deployment not called yet", self)
        return self._my_cx_asm_root

    def _create_change_set_action(self, stack: StackDeployment) -> Any:
        from l2.codepipeline_actions import CloudFormationCreateReplaceChangeSetAction

        assert self._cloud_assembly_file_set is not None
        template_artifact = self._artifacts.to_code_pipeline(self._cloud_assembly_file_set)
        config_path = self._write_template_configuration(stack)
        region, account = self._env_of(stack)
        template_path = self._template_path(stack)

        def make(name: str, run_order: int | float) -> Any:
            return CloudFormationCreateReplaceChangeSetAction(
                action_name=name, run_order=run_order, change_set_name="PipelineChange", stack_name=stack.stack_name,
                template_path=template_artifact.at_path(template_path), admin_permissions=True,
                role=self._role_from_placeholder_arn(region, account, stack.assume_role_arn),
                deployment_role=self._role_from_placeholder_arn(region, account, stack.execution_role_arn),
                region=region,
                template_configuration=template_artifact.at_path(config_path) if config_path else None,
                cfn_capabilities=[CfnCapabilities.NAMED_IAM, CfnCapabilities.AUTO_EXPAND])

        return _ActionFactory(make)

    def _execute_change_set_action(self, stack: StackDeployment, capture_outputs: bool) -> Any:
        from l2.codepipeline_actions import CloudFormationExecuteChangeSetAction

        region, account = self._env_of(stack)

        def make(name: str, run_order: int | float) -> Any:
            return CloudFormationExecuteChangeSetAction(
                action_name=name, run_order=run_order, change_set_name="PipelineChange", stack_name=stack.stack_name,
                role=self._role_from_placeholder_arn(region, account, stack.assume_role_arn), region=region,
                variables_namespace=stack_variable_namespace(stack) if capture_outputs else None)

        return _ActionFactory(make)

    def _execute_deployment_action(self, stack: StackDeployment, capture_outputs: bool) -> Any:
        from l2.codepipeline_actions import CloudFormationCreateUpdateStackAction

        assert self._cloud_assembly_file_set is not None
        template_artifact = self._artifacts.to_code_pipeline(self._cloud_assembly_file_set)
        config_path = self._write_template_configuration(stack)
        region, account = self._env_of(stack)
        template_path = self._template_path(stack)

        def make(name: str, run_order: int | float) -> Any:
            return CloudFormationCreateUpdateStackAction(
                action_name=name, run_order=run_order, stack_name=stack.stack_name,
                template_path=template_artifact.at_path(template_path), admin_permissions=True,
                role=self._role_from_placeholder_arn(region, account, stack.assume_role_arn),
                deployment_role=self._role_from_placeholder_arn(region, account, stack.execution_role_arn),
                region=region,
                template_configuration=template_artifact.at_path(config_path) if config_path else None,
                cfn_capabilities=[CfnCapabilities.NAMED_IAM, CfnCapabilities.AUTO_EXPAND],
                variables_namespace=stack_variable_namespace(stack) if capture_outputs else None)

        return _ActionFactory(make)

    def _self_mutate_action(self) -> Any:
        from l2.iam import PolicyStatement

        install_suffix = f"@{self._cli_version}" if self._cli_version else ""
        pipeline_stack = Stack.of(self.pipeline)
        identifier = pipeline_stack.node.path or pipeline_stack.stack_name
        asm_path = _embedded_asm_path(self.pipeline)
        step = CodeBuildStep(
            "SelfMutate",
            project_name=f"{self._props.pipeline_name}-selfupdate" if self._props.pipeline_name is not None else None,
            input=self._cloud_assembly_file_set,
            install_commands=[f"npm install -g aws-cdk{install_suffix}"],
            commands=[f"cdk -a {asm_path} deploy {identifier} --require-approval=never --verbose"],
            role_policy_statements=[
                PolicyStatement(actions=["sts:AssumeRole"],
                                resources=[f"arn:*:iam::{pipeline_stack.account}:role/*"],
                                conditions={"ForAnyValue:StringEquals": {
                                    "iam:ResourceTag/aws-cdk:bootstrap-role": [
                                        "image-publishing", "file-publishing", "deploy"]}}),
                PolicyStatement(actions=["cloudformation:DescribeStacks"], resources=["*"]),
                PolicyStatement(actions=["s3:ListBucket"], resources=["*"]),
            ])
        return CodeBuildFactory.from_code_build_step("SelfMutation", step, additional_construct_level=False,
                                                     scope=obtain_scope(self, "UpdatePipeline"))

    def _publish_assets_action(self, node: GraphNode, assets: list[StackAsset]) -> Any:
        from l2.codebuild import BuildEnvironment

        commands = []
        for asset in assets:
            rel = os.path.relpath(asset.asset_manifest_path, self._root).replace(os.sep, "/")
            commands.append(f'cdk-assets --path "{rel}" --verbose publish "{asset.asset_selector}"')
        asset_type = assets[0].asset_type
        if any(a.asset_type != asset_type for a in assets):
            raise ValidationError("All assets in a single publishing step must be of the same type", self)
        role = self._obtain_asset_role(asset_type)
        for a in assets:
            if a.asset_publishing_role_arn:
                role.add_assume_role(self._fn_sub(a.asset_publishing_role_arn))
        defaults = self._props.code_build_defaults
        default_privileged = defaults.build_environment.privileged \
            if defaults is not None and defaults.build_environment is not None else None
        privileged = any(a.asset_type == AssetType.DOCKER_IMAGE for a in assets) or default_privileged
        script = CodeBuildStep(node.id, commands=commands,
                               install_commands=[f"npm install -g cdk-assets@{self._cdk_assets_cli_version}"],
                               input=self._cloud_assembly_file_set,
                               build_environment=BuildEnvironment(privileged=privileged), role=role)
        return CodeBuildFactory.from_code_build_step(node.id, script, additional_construct_level=False,
                                                     pass_build_spec_via_cloud_assembly=self._single_publisher,
                                                     scope=self._assets_scope)

    def _fn_sub(self, x: str) -> str:
        found = self._fn_subs.get(x)
        if found is None:
            found = Fn.sub(x)
            self._fn_subs[x] = found
        return found

    @staticmethod
    def _node_type(node: GraphNode) -> _ProjectType | None:
        data = node.data or {}
        kind = data.get("type")
        if kind == "step":
            return _ProjectType.SYNTH if data.get("is_build_step") else _ProjectType.STEP
        if kind == "publish-assets":
            return _ProjectType.ASSETS
        if kind == "self-update":
            return _ProjectType.SELF_MUTATE
        return None

    def _code_build_defaults_for(self, node_type: _ProjectType) -> CodeBuildOptions:
        from l2 import codebuild as cb

        p = self._props
        default_options = CodeBuildOptions(build_environment=cb.BuildEnvironment(
            build_image=cb.LinuxBuildImage.STANDARD_7_0, compute_type=cb.ComputeType.SMALL))
        privileged = CodeBuildOptions(build_environment=cb.BuildEnvironment(privileged=True))
        by_type: dict[_ProjectType, CodeBuildOptions | None] = {
            _ProjectType.SYNTH: merge_code_build_options(p.synth_code_build_defaults, privileged)
            if p.docker_enabled_for_synth else p.synth_code_build_defaults,
            _ProjectType.ASSETS: p.asset_publishing_code_build_defaults,
            _ProjectType.SELF_MUTATE: merge_code_build_options(p.self_mutation_code_build_defaults, privileged)
            if p.docker_enabled_for_self_mutation else p.self_mutation_code_build_defaults,
            _ProjectType.STEP: CodeBuildOptions(),
        }
        usage = _DOCKER_USAGE.get(node_type)
        docker_commands = docker_credentials_install_commands(usage, self._docker_credentials, "both") \
            if usage is not None else []
        docker_options = CodeBuildOptions(partial_build_spec=cb.BuildSpec.from_object(
            {"version": "0.2", "phases": {"pre_build": {"commands": docker_commands}}})) if docker_commands else None
        return merge_code_build_options(default_options, p.code_build_defaults, by_type[node_type], docker_options)

    def _role_from_placeholder_arn(self, region: str | None, account: str | None,
                                   arn: str | None) -> IRole | None:
        from l2.iam import Role

        if not arn:
            return None
        scope = self.pipeline
        existing = scope.node.try_find_child(f"ImmutableRole{arn}") or scope.node.try_find_child(arn)
        if existing is not None:
            return existing  # type: ignore[return-value]
        to_import = _replace_placeholders(arn, region if region is not None else Aws.REGION,
                                          account if account is not None else Aws.ACCOUNT_ID, Aws.PARTITION)
        return Role.from_role_arn(scope, arn, to_import, mutable=False, add_grants_to_resources=True)

    def _write_template_configuration(self, stack: StackDeployment) -> str | None:
        if not stack.tags:
            return None
        abs_path = f"{stack.absolute_template_path}.config.json"
        import json

        with open(abs_path, "w", encoding="utf-8") as f:
            f.write(json.dumps({"Tags": {k: v for k, v in stack.tags.items() if v is not None}}, indent=2,
                               ensure_ascii=False))
        return os.path.relpath(abs_path, self._root).replace(os.sep, "/")

    def _obtain_asset_role(self, asset_type: AssetType) -> AssetSingletonRole:
        from l2.iam import AccountPrincipal, CompositePrincipal, ServicePrincipal
        from l2.pipelines._private.asset_role import AssetSingletonRole

        existing = self._asset_roles.get(asset_type)
        if existing is not None:
            return existing
        stack = Stack.of(self)
        if FeatureFlags.of(self).is_enabled(_REDUCE_ASSET_ROLE_FLAG):
            principal = CompositePrincipal(ServicePrincipal("codebuild.amazonaws.com"))
        else:
            principal = CompositePrincipal(ServicePrincipal("codebuild.amazonaws.com"),
                                           AccountPrincipal(stack.account))
        prefix = "Docker" if asset_type == AssetType.DOCKER_IMAGE else "File"
        role = AssetSingletonRole(self._assets_scope, f"{prefix}Role", role_name=PhysicalName.GENERATE_IF_NEEDED,
                                  assumed_by=principal)
        if asset_type == AssetType.DOCKER_IMAGE:
            for reg in self._docker_credentials:
                reg.grant_read(role, DockerCredentialUsage.ASSET_PUBLISHING)
        self._asset_roles[asset_type] = role
        return role


def _chunk_tranches(n: int, xss: list[list[GraphNode]]) -> list[list[list[GraphNode]]]:
    xss = [list(x) for x in xss]
    ret: list[list[list[GraphNode]]] = []
    while xss:
        tranches: list[list[GraphNode]] = []
        count = 0
        while xss:
            xs = xss[0]
            space = n - count
            if len(xs) <= space:
                tranches.append(xs)
                count += len(xs)
                xss.pop(0)
            else:
                tranches.append(xs[:space])
                del xs[:space]
                count = n
                break
        ret.append(tranches)
    return ret


def _namespace_step_outputs(step: Step, stage: IStage, name: str) -> str | None:
    import re

    ret: str | None = None
    for output in StepOutput.produced_step_outputs(step):
        ret = re.sub(r"[^a-zA-Z0-9@_-]", "@", f"{stage.stage_name}/{name}")
        if output.engine_name != _CODEPIPELINE_ENGINE:
            raise UnscopedValidationError(f"Found unrecognized output type: {output.engine_name}")
        if not isinstance(output.engine_specific_information, str):
            raise UnscopedValidationError("CodePipeline requires that 'engineSpecificInformation' is a string, got: "
                                          f"{js_json(output.engine_specific_information)}")
        output.define_resolution(f"#{{{ret}.{output.engine_specific_information}}}")
    return ret


def make_code_pipeline_output(step: Step, variable_name: str) -> str:
    """A token for ``step``'s CodePipeline output variable ``variable_name``."""
    return StepOutput(step, _CODEPIPELINE_ENGINE, variable_name).to_string()


def _app_of(scope: Construct) -> Stage:
    root = scope.node.root
    if not isinstance(root, Stage) or root.node.scope is not None:
        raise ValidationError(f"Construct must be created under an App, but is not: {scope.node.path}", scope)
    return root


def _embedded_asm_path(scope: Construct) -> str:
    app_root = _app_of(scope).outdir
    stage = Stage.of(scope) or _app_of(scope)
    rel = os.path.relpath(stage.outdir, app_root)
    return rel.replace(os.sep, "/") if rel not in ("", ".") else "."


def _replace_placeholders(arn: str, region: str, account: str, partition: str) -> str:
    out = arn.replace("${AWS::Region}", region).replace("${AWS::AccountId}", account)
    return out.replace("${AWS::Partition}", partition)
