"""The engine-neutral building blocks: ``Step``, ``FileSet`` and references to stack outputs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import CfnOutput, Lazy, Stack, Token, UnscopedValidationError
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
        output_name: the output's logical id.
        stack: the producing stack.
    """

    def __init__(self, stack_description: str, output_name: str, stack: Stack) -> None:
        self.stack_description = stack_description
        self.output_name = output_name
        self._stack = stack

    @staticmethod
    def from_cfn_output(output: CfnOutput) -> StackOutputReference:
        """A reference to ``output`` (its stack must be deployed by the pipeline)."""
        stack = Stack.of(output)
        return StackOutputReference(stack.node.path, str(stack.resolve(output.logical_id)), stack)

    def is_produced_by(self, stack: StackDeployment) -> bool:
        """Whether ``stack`` is the deployment creating this output."""
        return stack.construct_path == self._stack.node.path


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
        self.variables_namespace: str | None = None

    @staticmethod
    def sequence(steps: Sequence[Step]) -> list[Step]:
        """``steps`` made to run one after the other, in order."""
        for before, after in zip(steps, steps[1:], strict=False):
            after.add_step_dependency(before)
        return list(steps)

    @property
    def dependencies(self) -> list[Step]:
        """The steps that must finish before this one (producers of its inputs included)."""
        producers = [f.producer for f in self._dependency_file_sets]
        return [*producers, *(d for d in self._dependencies if d not in producers)]

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
        self._dependencies.append(step)

    def add_dependency_file_set(self, fs: FileSet) -> None:
        """Make this step read ``fs`` (and so wait for its producer)."""
        self._dependency_file_sets.append(fs)

    def configure_primary_output(self, fs: FileSet) -> None:
        """Set the main file set this step makes."""
        self._primary_output = fs

    def output_variable(self, name: str) -> str:
        """A token for this step's output variable ``name``: ``#{<namespace>.<name>}`` once the pipeline engine has
        given the step's action a variables namespace (resolving it earlier is an error)."""

        def produce(_context: object = None) -> str:
            if self.variables_namespace is None:
                raise UnscopedValidationError(f"{self}: variable '{name}' is read, but the step is not part of a "
                                              "built pipeline (no variables namespace)")
            return f"#{{{self.variables_namespace}.{name}}}"

        return Lazy.uncached_string(produce)

    def to_string(self) -> str:
        """A readable description."""
        return f"{type(self).__name__}({self.id})"

    def __str__(self) -> str:
        return self.to_string()

