"""What the pipeline deploys: waves of stages, each stage a set of stack deployments with their assets."""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Mapping, Sequence

from constructs import CloudFormationStackArtifact, Stack, Stage, UnscopedValidationError
from constructs.internals import structs
from l2.pipelines._step import Step


class AssetType(enum.Enum):
    """The kind of an asset a stack needs published."""

    FILE = "FILE"
    DOCKER_IMAGE = "DOCKER_IMAGE"


@structs.frozen(kw_only=True)
class StackAsset:
    """An asset a stack needs published before it deploys.

    Args:
        asset_id: the asset's id (its source hash).
        asset_manifest_path: the path of the asset manifest listing it.
        asset_selector: the selector picking this asset's destination in the manifest.
        asset_type: a file or a container image.
        is_template: whether the asset is the stack's own template.
        asset_publishing_role_arn: the role assumed to publish it (default none).
        display_name: a readable name for the asset (default none).
    """

    asset_id: str
    asset_manifest_path: str
    asset_selector: str
    asset_type: AssetType
    is_template: bool
    asset_publishing_role_arn: str | None = None
    display_name: str | None = None


@structs.frozen(kw_only=True)
class StackDeploymentProps:
    """The properties of a ``StackDeployment``.

    Args:
        absolute_template_path: the template's file in the cloud assembly.
        construct_path: the stack's construct path.
        stack_artifact_id: the stack's artifact id in the assembly.
        stack_name: the CloudFormation stack name.
        account: the target account (default the pipeline's).
        assets: the assets the stack needs published.
        assume_role_arn: the role assumed to deploy.
        execution_role_arn: the role CloudFormation uses.
        region: the target region (default the pipeline's).
        tags: the stack's tags.
        template_s3_uri: where the template is uploaded (``s3://...``), if it is.
    """

    absolute_template_path: str
    construct_path: str
    stack_artifact_id: str
    stack_name: str
    account: str | None = None
    assets: Sequence[StackAsset] | None = None
    assume_role_arn: str | None = None
    execution_role_arn: str | None = None
    region: str | None = None
    tags: Mapping[str, str] | None = None
    template_s3_uri: str | None = None


def _extract_stack_assets(artifact: CloudFormationStackArtifact) -> list[StackAsset]:
    ret: list[StackAsset] = []
    for dep in artifact.dependencies:
        if dep.manifest.get("type") != "cdk:asset-manifest":
            continue
        manifest_file = os.path.join(artifact.assembly.directory, dep.manifest.get("properties", {}).get("file", ""))
        try:
            with open(manifest_file, encoding="utf-8") as f:
                manifest = json.load(f)
        except OSError as e:
            raise UnscopedValidationError(f"Cannot read asset manifest '{manifest_file}': {e}") from e
        for section, asset_type in (("files", AssetType.FILE), ("dockerImages", AssetType.DOCKER_IMAGE)):
            for asset_id, asset in (manifest.get(section) or {}).items():
                source = asset.get("source") or {}
                for dest_id, dest in (asset.get("destinations") or {}).items():
                    is_template = asset_type == AssetType.FILE and source.get("packaging", "file") == "file" \
                        and source.get("path") == artifact.template_file
                    ret.append(StackAsset(
                        asset_manifest_path=manifest_file, asset_id=asset_id,
                        asset_selector=f"{asset_id}:{dest_id}" if dest_id else asset_id, asset_type=asset_type,
                        asset_publishing_role_arn=dest.get("assumeRoleArn"), is_template=is_template,
                        display_name=asset.get("displayName")))
    return ret


def _env_part(value: str | None) -> str | None:
    return None if value is None or value.startswith("unknown-") else value


class StackDeployment:
    """One stack deployment in a pipeline stage (built from a synthesized stack artifact).

    Args:
        props: the stack's artifact, names, environment, roles and assets (``from_artifact`` fills them).
    """

    def __init__(self, props: StackDeploymentProps) -> None:
        self.stack_artifact_id = props.stack_artifact_id
        self.construct_path = props.construct_path
        self.stack_name = props.stack_name
        self.account = props.account
        self.region = props.region
        self.tags = dict(props.tags or {})
        self.assume_role_arn = props.assume_role_arn
        self.execution_role_arn = props.execution_role_arn
        self.absolute_template_path = props.absolute_template_path
        self.template_url: str | None = None
        if props.template_s3_uri:
            url = props.template_s3_uri.split("/")
            region_part = f"{props.region}." if props.region else ""
            self.template_url = f"https://{url[2]}.s3.{region_part}amazonaws.com/{url[3]}"
        self.assets: list[StackAsset] = []
        self.template_asset: StackAsset | None = None
        for asset in props.assets or []:
            if asset.is_template:
                self.template_asset = asset
            else:
                self.assets.append(asset)
        self.stack_dependencies: list[StackDeployment] = []
        self.pre: list[Step] = []
        self.change_set: list[Step] = []
        self.post: list[Step] = []

    @staticmethod
    def from_artifact(stack_artifact: CloudFormationStackArtifact) -> StackDeployment:
        """The deployment of ``stack_artifact`` (a stack of a synthesized stage)."""
        env = str(stack_artifact.environment or "")
        account, region = None, None
        if env.startswith("aws://"):
            account, _, region = env[len("aws://"):].partition("/")
        uri = stack_artifact.stack_template_asset_object_url
        return StackDeployment(StackDeploymentProps(
            absolute_template_path=os.path.join(stack_artifact.assembly.directory, stack_artifact.template_file),
            assets=_extract_stack_assets(stack_artifact),
            construct_path=str(stack_artifact.hierarchical_id),
            stack_artifact_id=stack_artifact.artifact_id,
            stack_name=str(stack_artifact.stack_name),
            account=_env_part(account),
            region=_env_part(region),
            tags=stack_artifact.tags,
            assume_role_arn=stack_artifact.assume_role_arn,
            execution_role_arn=stack_artifact.cloud_formation_execution_role_arn,
            template_s3_uri=uri if isinstance(uri, str) and uri else None,
        ))

    def add_stack_dependency(self, stack_deployment: StackDeployment) -> None:
        """Deploy ``stack_deployment`` before this stack."""
        self.stack_dependencies.append(stack_deployment)

    def add_stack_steps(self, pre: Sequence[Step], change_set: Sequence[Step], post: Sequence[Step]) -> None:
        """Add steps run before the change set, between change set and execution, and after the deployment."""
        self.pre.extend(pre)
        self.change_set.extend(change_set)
        self.post.extend(post)


@structs.frozen(kw_only=True)
class StackSteps:
    """Steps attached to one stack of a stage.

    Args:
        stack: the stack the steps belong to.
        change_set: steps run after the change set is created, before it executes.
        post: steps run after the stack deployed.
        pre: steps run before the stack deploys.
    """

    stack: Stack
    change_set: Sequence[Step] | None = None
    post: Sequence[Step] | None = None
    pre: Sequence[Step] | None = None


@structs.frozen(kw_only=True)
class AddStageOpts:
    """Options for adding a stage to a pipeline or wave.

    Args:
        post: steps run after every stack of the stage deployed.
        pre: steps run before any stack of the stage deploys.
        stack_steps: steps attached to single stacks of the stage.
    """

    post: Sequence[Step] | None = None
    pre: Sequence[Step] | None = None
    stack_steps: Sequence[StackSteps] | None = None


@structs.frozen(kw_only=True)
class StageDeploymentProps:
    """The properties of ``StageDeployment.from_stage`` beyond the stage.

    Args:
        post: steps run after the stage deployed.
        pre: steps run before the stage deploys.
        stack_steps: steps attached to single stacks.
        stage_name: the name of the stage in the pipeline (default the stage's construct id).
    """

    post: Sequence[Step] | None = None
    pre: Sequence[Step] | None = None
    stack_steps: Sequence[StackSteps] | None = None
    stage_name: str | None = None


class StageDeployment:
    """The deployment of one ``Stage``: its stacks, with the steps around them (``from_stage`` builds it).

    Args:
        stacks: the stack deployments of the stage.
        stage_name: the stage's name in the pipeline.
        pre: steps run before the stage deploys.
        post: steps run after the stage deployed.
        stack_steps: steps attached to single stacks of the stage.
    """

    def __init__(self, stacks: Sequence[StackDeployment], *, stage_name: str | None = None,
                 pre: Sequence[Step] | None = None, post: Sequence[Step] | None = None,
                 stack_steps: Sequence[StackSteps] | None = None) -> None:
        self.stacks = list(stacks)
        self.stage_name = stage_name or ""
        self.pre = list(pre or [])
        self.post = list(post or [])
        self.stack_steps = list(stack_steps or [])
        self.prepare_step: bool | None = None
        for steps in self.stack_steps:
            path = steps.stack.node.path
            target = next((s for s in self.stacks if s.construct_path == path), None)
            if target is None:
                raise UnscopedValidationError(f"stackSteps contains a stack that is not in this stage: {path}")
            target.add_stack_steps(steps.pre or [], steps.change_set or [], steps.post or [])

    @staticmethod
    def from_stage(stage: Stage, *, post: Sequence[Step] | None = None, pre: Sequence[Step] | None = None,
                   stack_steps: Sequence[StackSteps] | None = None,
                   stage_name: str | None = None) -> StageDeployment:
        """The deployment of ``stage``'s stacks (synthesizes it).

        Args:
            stage: the stage to deploy.
            post: steps run after the stage deployed.
            pre: steps run before the stage deploys.
            stack_steps: steps attached to single stacks.
            stage_name: the stage's name in the pipeline (default ``stage``'s construct id).
        """
        assembly = stage.synth(validate_on_synthesis=True)
        if not assembly.stacks:
            raise UnscopedValidationError(f"The given Stage construct ('{stage.node.path}') should contain at least "
                                          "one Stack")
        by_id: dict[str, StackDeployment] = {}
        for artifact in assembly.stacks:
            by_id[artifact.artifact_id] = StackDeployment.from_artifact(artifact)
        for artifact in assembly.stacks:
            for dep in artifact.dependencies:
                if dep.artifact_id in by_id:
                    by_id[artifact.artifact_id].add_stack_dependency(by_id[dep.artifact_id])
        return StageDeployment(list(by_id.values()), stage_name=stage_name or stage.stage_name, pre=pre, post=post,
                               stack_steps=stack_steps)

    def add_pre(self, *steps: Step) -> None:
        """Add steps run before the stage deploys."""
        self.pre.extend(steps)

    def add_post(self, *steps: Step) -> None:
        """Add steps run after the stage deployed."""
        self.post.extend(steps)


@structs.frozen(kw_only=True)
class WaveOptions:
    """Options for adding a wave.

    Args:
        post: steps run after every stage of the wave deployed.
        pre: steps run before any stage of the wave deploys.
    """

    post: Sequence[Step] | None = None
    pre: Sequence[Step] | None = None


@structs.frozen(kw_only=True)
class WaveProps:
    """The properties of a ``Wave`` (see ``Wave`` for each keyword)."""

    post: Sequence[Step] | None = None
    pre: Sequence[Step] | None = None


class Wave:
    """A group of stages deployed in parallel.

    Args:
        id: the wave's name.
        post: steps run after every stage of the wave deployed.
        pre: steps run before any stage of the wave deploys.
    """

    def __init__(self, id: str, *, post: Sequence[Step] | None = None, pre: Sequence[Step] | None = None) -> None:
        self.id = id
        self.pre = list(pre or [])
        self.post = list(post or [])
        self.stages: list[StageDeployment] = []

    def add_stage(self, stage: Stage, *, post: Sequence[Step] | None = None, pre: Sequence[Step] | None = None,
                  stack_steps: Sequence[StackSteps] | None = None) -> StageDeployment:
        """Deploy ``stage`` in this wave.

        Args:
            stage: the stage to deploy.
            post: steps run after the stage deployed.
            pre: steps run before the stage deploys.
            stack_steps: steps attached to single stacks of the stage.
        """
        deployment = StageDeployment.from_stage(stage, post=post, pre=pre, stack_steps=stack_steps)
        self.stages.append(deployment)
        return deployment

    def add_pre(self, *steps: Step) -> None:
        """Add steps run before the wave."""
        self.pre.extend(steps)

    def add_post(self, *steps: Step) -> None:
        """Add steps run after the wave."""
        self.post.extend(steps)


