"""Concrete steps: ``ShellStep``, ``ManualApprovalStep`` and ``ConfirmPermissionsBroadening``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import CfnOutput, Stage, UnscopedValidationError
from constructs.internals import structs
from l2.pipelines._step import FileSet, FileSetLocation, IFileSetProducer, StackOutputReference, Step

if TYPE_CHECKING:
    from l2.sns import ITopic


@structs.frozen(kw_only=True)
class ShellStepProps:
    """The properties of a ``ShellStep`` (see ``ShellStep`` for each keyword)."""

    commands: Sequence[str]
    additional_inputs: Mapping[str, IFileSetProducer] | None = None
    env: Mapping[str, str] | None = None
    env_from_cfn_outputs: Mapping[str, CfnOutput] | None = None
    input: IFileSetProducer | None = None
    install_commands: Sequence[str] | None = None
    primary_output_directory: str | None = None


class ShellStep(Step):
    """A step running shell commands over input file sets, optionally producing output directories.

    Args:
        id: the step's name.
        commands: the commands to run.
        additional_inputs: more inputs, placed in the given directories (relative to the working directory).
        env: plain environment variables for the commands.
        env_from_cfn_outputs: environment variables set from outputs of stacks the pipeline deployed earlier.
        input: the main input, placed in the working directory (default none).
        install_commands: commands run before ``commands`` to install tools.
        primary_output_directory: the directory whose content becomes this step's main output.
    """

    def __init__(
        self,
        id: str,
        *,
        commands: Sequence[str],
        additional_inputs: Mapping[str, IFileSetProducer] | None = None,
        env: Mapping[str, str] | None = None,
        env_from_cfn_outputs: Mapping[str, CfnOutput] | None = None,
        input: IFileSetProducer | None = None,
        install_commands: Sequence[str] | None = None,
        primary_output_directory: str | None = None,
    ) -> None:
        super().__init__(id)
        self.commands = list(commands)
        self.install_commands = list(install_commands or [])
        self.env = dict(env or {})
        self.env_from_cfn_outputs = {k: StackOutputReference.from_cfn_output(v)
                                     for k, v in (env_from_cfn_outputs or {}).items()}
        self.discover_referenced_outputs({"env": self.env})
        self.inputs: list[FileSetLocation] = []
        self.outputs: list[FileSetLocation] = []
        self._additional_outputs: dict[str, FileSet] = {}
        self._primary_output_directory: str | None = None
        if input is not None:
            fs = input.primary_output
            if fs is None:
                raise UnscopedValidationError(f"'{id}': primary input should be a step that has produced a file set, "
                                              f"got {input}")
            self.add_dependency_file_set(fs)
            self.inputs.append(FileSetLocation(directory=".", file_set=fs))
        for directory, step in (additional_inputs or {}).items():
            if directory == ".":
                raise UnscopedValidationError(f"'{id}': input for directory '.' should be passed via 'input' "
                                              "property")
            fs = step.primary_output
            if fs is None:
                raise UnscopedValidationError(f"'{id}': additionalInput for directory '{directory}' should be a step "
                                              f"that has produced a file set, got {step}")
            self.add_dependency_file_set(fs)
            self.inputs.append(FileSetLocation(directory=directory, file_set=fs))
        if primary_output_directory is not None:
            self.primary_output_directory(primary_output_directory)

    def primary_output_directory(self, directory: str) -> FileSet:
        """Make ``directory`` the main output of this step (returns its file set)."""
        if self._primary_output_directory is not None:
            if self._primary_output_directory != directory:
                raise UnscopedValidationError(f"{self}: primaryOutputDirectory is "
                                              f"'{self._primary_output_directory}', cannot be changed to "
                                              f"'{directory}'")
            assert self.primary_output is not None
            return self.primary_output
        self._primary_output_directory = directory
        fs = FileSet("Output", self)
        self.configure_primary_output(fs)
        self.outputs.append(FileSetLocation(directory=directory, file_set=fs))
        return fs

    def add_output_directory(self, directory: str) -> FileSet:
        """Declare ``directory`` an output of this step (returns its file set)."""
        fs = self._additional_outputs.get(directory)
        if fs is None:
            fs = FileSet(directory, self)
            self._additional_outputs[directory] = fs
            self.outputs.append(FileSetLocation(directory=directory, file_set=fs))
        return fs

    @property
    def consumed_stack_outputs(self) -> list[StackOutputReference]:
        """The stack outputs read into environment variables."""
        return list(self.env_from_cfn_outputs.values())


@structs.frozen(kw_only=True)
class ManualApprovalStepProps:
    """The properties of a ``ManualApprovalStep`` (see ``ManualApprovalStep`` for each keyword)."""

    comment: str | None = None
    notification_topic: ITopic | None = None
    review_url: str | None = None


class ManualApprovalStep(Step):
    """A step that waits until a person approves in the console.

    Args:
        id: the step's name.
        comment: a message shown to the approver.
        notification_topic: an SNS topic told when the approval is pending.
        review_url: a link the approver can follow to review the change.
    """

    def __init__(self, id: str, *, comment: str | None = None, notification_topic: ITopic | None = None,
                 review_url: str | None = None) -> None:
        super().__init__(id)
        self.comment = comment
        self.notification_topic = notification_topic
        self.review_url = review_url


@structs.frozen(kw_only=True)
class PermissionsBroadeningCheckProps:
    """The properties of a ``ConfirmPermissionsBroadening`` (see that class for each keyword)."""

    stage: Stage
    notification_topic: ITopic | None = None


class ConfirmPermissionsBroadening(Step):
    """A step that pauses for approval when a stage's deployment would widen IAM permissions.

    Args:
        id: the step's name.
        stage: the stage whose security changes are checked.
        notification_topic: an SNS topic told when a broadening is found.
    """

    def __init__(self, id: str, *, stage: Stage, notification_topic: ITopic | None = None) -> None:
        super().__init__(id)
        self._stage = stage
        self._notification_topic = notification_topic
