"""The engine-neutral building blocks: ``Step``, ``FileSet`` and references to stack outputs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import CfnOutput, Stack, Token, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.pipelines._deployment import StackDeployment


@runtime_checkable
class IFileSetProducer(Protocol):
    """Something that produces a set of files (a source or a build step)."""

    @property
    def primary_output(self) -> FileSet | None:
        """The main file set this producer makes, if any."""
        ...


class FileSet:
    """A set of files that one step produces and later steps consume.

    Args:
        id: a name for the file set, used in messages.
        producer: the step making these files (default set later with ``produced_by``).
    """

    def __init__(self, id: str, producer: Step | None = None) -> None:
        self.id = id
        self._producer = producer
        self.primary_output: FileSet | None = self

    @property
    def producer(self) -> Step:
        """The step making these files; an error if none was recorded yet."""
        if self._producer is None:
            raise UnscopedValidationError(f"FileSet '{self.id}' doesn't have a producer; call 'fileSet.producedBy()'")
        return self._producer

    def produced_by(self, producer: Step | None = None) -> None:
        """Record the step making these files (only once)."""
        if self._producer is not None:
            raise UnscopedValidationError(f"FileSet '{self.id}' already has a producer ({self._producer}) while "
                                          f"setting producer: {producer}")
        self._producer = producer

    def to_string(self) -> str:
        """A readable description."""
        return f"FileSet({self.id})"

    def __str__(self) -> str:
        return self.to_string()


@structs.frozen(kw_only=True)
class FileSetLocation:
    """Where a file set is placed in a step's working directory.

    Args:
        directory: the directory the files go in, relative to the working directory.
        file_set: the files placed there.
    """

    directory: str
    file_set: FileSet


class StackOutputReference:
    """Points at one output of a stack that the pipeline deploys, for steps that read it.

    Args:
        stack_description: the producing stack's construct path, used in messages.
        stack_artifact_id: the producing stack's artifact id.
        output_name: the output's logical id.
    """

    def __init__(self, stack_description: str, stack_artifact_id: str, output_name: str) -> None:
        self.stack_description = stack_description
        self.stack_artifact_id = stack_artifact_id
        self.output_name = output_name

    @staticmethod
    def from_cfn_output(output: CfnOutput) -> StackOutputReference:
        """A reference to ``output`` (its stack must be deployed by the pipeline)."""
        stack = Stack.of(output)
        return StackOutputReference(stack.node.path, stack.artifact_id, str(stack.resolve(output.logical_id)))

    def is_produced_by(self, stack: StackDeployment) -> bool:
        """Whether ``stack`` is the deployment creating this output."""
        return stack.stack_artifact_id == self.stack_artifact_id


class Step:
    """One node of the pipeline graph: a source, a build, an approval or a deployment helper.

    Args:
        id: the step's name, unique in its wave or stage.
    """

    def __init__(self, id: str) -> None:
        if Token.is_unresolved(id):
            raise UnscopedValidationError(f"Step id cannot be unresolved, got '{id}'")
        self.id = id
        self.is_source = False
        self._dependency_file_sets: list[FileSet] = []
        self._dependencies: list[Step] = []
        self._primary_output: FileSet | None = None

    @staticmethod
    def sequence(steps: Sequence[Step]) -> list[Step]:
        """``steps`` made to run one after the other, in order."""
        for before, after in zip(steps, steps[1:], strict=False):
            after.add_step_dependency(before)
        return list(steps)

    @property
    def dependencies(self) -> list[Step]:
        """The steps that must finish before this one (producers of its inputs included)."""
        out: list[Step] = []
        for step in [*(f.producer for f in self._dependency_file_sets), *self._dependencies]:
            if not any(step is x for x in out):
                out.append(step)
        return out

    @property
    def dependency_file_sets(self) -> list[FileSet]:
        """The file sets this step reads."""
        return list(self._dependency_file_sets)

    @property
    def primary_output(self) -> FileSet | None:
        """The main file set this step makes, if any."""
        return self._primary_output

    @property
    def consumed_stack_outputs(self) -> list[StackOutputReference]:
        """The stack outputs this step reads (none for a plain step)."""
        return []

    def add_step_dependency(self, step: Step) -> None:
        """Make this step wait for ``step``."""
        if not any(step is x for x in self._dependencies):
            self._dependencies.append(step)

    def discover_referenced_outputs(self, structure: object) -> None:
        """Make this step wait for the steps whose outputs ``structure`` references (and record those outputs)."""
        from l2.pipelines._private.step_output import StepOutput

        for output in StepOutput.find_all(structure):
            self.add_step_dependency(output.step)
            StepOutput.record_producer(output)

    def add_dependency_file_set(self, fs: FileSet) -> None:
        """Make this step read ``fs`` (and so wait for its producer)."""
        self._dependency_file_sets.append(fs)

    def configure_primary_output(self, fs: FileSet) -> None:
        """Set the main file set this step makes."""
        self._primary_output = fs

    def to_string(self) -> str:
        """A readable description."""
        return f"{type(self).__name__.lstrip('_')}({self.id})"

    def __str__(self) -> str:
        return self.to_string()

