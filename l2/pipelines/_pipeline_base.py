"""``PipelineBase``: the engine-neutral pipeline blueprint (waves of stages after a synth step)."""

from __future__ import annotations

from collections.abc import Sequence

from constructs import AspectPriority, Aspects, Construct, IConstruct, Stage, ValidationError
from constructs.internals import structs
from l2.pipelines._deployment import StackSteps, StageDeployment, Wave
from l2.pipelines._step import FileSet, IFileSetProducer, Step
from l2.pipelines._steps import ShellStep

_PIPELINE_MARK = "__pycdk_pipelines_pipeline"


@structs.frozen(kw_only=True)
class PipelineBaseProps:
    """The properties of a ``PipelineBase`` (see ``PipelineBase`` for each keyword)."""

    synth: IFileSetProducer


class PipelineBase(Construct):
    """The blueprint shared by pipeline engines: a synth step, then waves of stage deployments.

    Subclasses implement ``do_build_pipeline``; the pipeline is built once, at the latest during synthesis.

    Args:
        scope: the parent construct.
        id: the construct id.
        synth: the step producing the cloud assembly (a ``ShellStep`` with no output directory gets ``cdk.out``).
    """

    def __init__(self, scope: Construct, id: str, *, synth: IFileSetProducer) -> None:
        super().__init__(scope, id)
        setattr(self, _PIPELINE_MARK, True)
        if isinstance(synth, ShellStep) and synth.primary_output is None:
            synth.primary_output_directory("cdk.out")
        if synth.primary_output is None:
            raise ValidationError(f"synthStep {synth} must produce a primary output, but is not producing anything. "
                                  "Configure the Step differently or use a different Step type.", self)
        self.synth = synth
        self.cloud_assembly_file_set: FileSet = synth.primary_output
        self.waves: list[Wave] = []
        self._built = False
        Aspects.of(self).add(_BuildJustInTime(self), priority=AspectPriority.MUTATING)

    @staticmethod
    def is_pipeline(x: object) -> bool:
        """Whether ``x`` is a pipeline of this module."""
        return getattr(x, _PIPELINE_MARK, False) is True

    def add_stage(self, stage: Stage, *, post: Sequence[Step] | None = None, pre: Sequence[Step] | None = None,
                  stack_steps: Sequence[StackSteps] | None = None) -> StageDeployment:
        """Deploy ``stage`` in a wave of its own.

        Args:
            stage: the stage to deploy.
            post: steps run after the stage deployed.
            pre: steps run before the stage deploys.
            stack_steps: steps attached to single stacks of the stage.
        """
        if self._built:
            raise ValidationError("addStage: can't add Stages anymore after buildPipeline() has been called", self)
        return self.add_wave(stage.stage_name).add_stage(stage, post=post, pre=pre,
                                                         stack_steps=stack_steps)

    def add_wave(self, id: str, *, post: Sequence[Step] | None = None,
                 pre: Sequence[Step] | None = None) -> Wave:
        """Add a wave of stages deployed in parallel.

        Args:
            id: the wave's name.
            post: steps run after the wave.
            pre: steps run before the wave.
        """
        if self._built:
            raise ValidationError("addWave: can't add Waves anymore after buildPipeline() has been called", self)
        wave = Wave(id, post=post, pre=pre)
        self.waves.append(wave)
        return wave

    def build_pipeline(self) -> None:
        """Turn the blueprint into the engine's resources (only once)."""
        if self._built:
            raise ValidationError("build() has already been called: can only call it once", self)
        self.do_build_pipeline()
        self._built = True

    def do_build_pipeline(self) -> None:
        """What a pipeline engine does to build; subclasses override it."""
        raise NotImplementedError(f"{type(self).__name__} must implement do_build_pipeline")

    def _ensure_built(self) -> None:
        if not self._built:
            self.build_pipeline()


class _BuildJustInTime:
    """An aspect building the pipeline when synthesis visits it, unless built before."""

    def __init__(self, pipeline: PipelineBase) -> None:
        self._pipeline = pipeline

    def visit(self, node: IConstruct) -> None:
        if node is self._pipeline:
            self._pipeline._ensure_built()
