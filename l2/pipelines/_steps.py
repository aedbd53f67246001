"""Concrete steps: ``ShellStep``, ``ManualApprovalStep`` and ``ConfirmPermissionsBroadening``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import CfnOutput, Stage, UnscopedValidationError
from constructs.internals import structs
from l2.pipelines._step import FileSet, FileSetLocation, IFileSetProducer, StackOutputReference, Step

if TYPE_CHECKING:
    from constructs import Construct
    from l2.codepipeline import Artifact, IStage
    from l2.pipelines._codebuild_options import CodeBuildOptions
    from l2.pipelines._pipeline_base import PipelineBase
    from l2.pipelines._private.security_check import ApplicationSecurityCheck
    from l2.pipelines._source import ArtifactMap, CodePipelineActionFactoryResult, StackOutputsMap
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

    def produce_action(self, stage: IStage, *, action_name: str, artifacts: ArtifactMap, pipeline: PipelineBase,
                       run_order: int | float, scope: Construct, stack_outputs_map: StackOutputsMap,
                       before_self_mutation: bool | None = None, code_build_defaults: CodeBuildOptions | None = None,
                       fallback_artifact: Artifact | None = None,
                       variables_namespace: str | None = None) -> CodePipelineActionFactoryResult:
        """Add the security check (a CodeBuild action) and the manual approval it may skip to ``stage``.

        Args:
            stage: the pipeline stage.
            action_name: the base name of the two actions (``<name>.Check`` and ``<name>.Confirm``).
            artifacts: the map from file sets to artifacts.
            pipeline: the pipeline being built (a ``CodePipeline``).
            run_order: the run order of the check; the approval comes next.
            scope: the construct scope for resources (unused: the check is shared by the pipeline).
            stack_outputs_map: the map from stack outputs to variable expressions (unused).
            before_self_mutation: whether the action runs before self-mutation (unused).
            code_build_defaults: CodeBuild defaults (unused: the check's project is fixed).
            fallback_artifact: the artifact used when a step has no input (unused).
            variables_namespace: the namespace the engine proposes (unused: the stage's address is used).
        """
        from l2.codebuild import BuildEnvironmentVariable
        from l2.codepipeline_actions import CodeBuildAction, ManualApprovalAction
        from l2.pipelines._source import CodePipelineActionFactoryResult

        del scope, stack_outputs_map, before_self_mutation, code_build_defaults, fallback_artifact
        del variables_namespace
        sec = self._get_or_create_sec_check(pipeline)
        if self._notification_topic is not None:
            self._notification_topic.grant_publish(sec.cdk_diff_project)
        namespace = self._stage.node.addr
        approve_name = f"{action_name}.Confirm"
        env = {"STAGE_PATH": BuildEnvironmentVariable(value=self._stage.node.path),
               "STAGE_NAME": BuildEnvironmentVariable(value=stage.stage_name),
               "ACTION_NAME": BuildEnvironmentVariable(value=approve_name)}
        if self._notification_topic is not None:
            env["NOTIFICATION_ARN"] = BuildEnvironmentVariable(value=self._notification_topic.topic_arn)
            env["NOTIFICATION_SUBJECT"] = BuildEnvironmentVariable(
                value=f"Confirm permission broadening in {self._stage.stage_name}")
        stage.add_action(CodeBuildAction(
            run_order=run_order, action_name=f"{action_name}.Check",
            input=artifacts.to_code_pipeline(pipeline.cloud_assembly_file_set), project=sec.cdk_diff_project,
            variables_namespace=namespace, environment_variables=env))
        stage.add_action(ManualApprovalAction(
            action_name=approve_name, run_order=run_order + 1, additional_information=f"#{{{namespace}.MESSAGE}}",
            external_entity_link=f"#{{{namespace}.LINK}}"))
        return CodePipelineActionFactoryResult(run_orders_consumed=2)

    @staticmethod
    def _get_or_create_sec_check(pipeline: PipelineBase) -> ApplicationSecurityCheck:
        from constructs import ValidationError
        from l2.pipelines._private.security_check import ApplicationSecurityCheck

        existing = pipeline.node.try_find_child("PipelinesSecurityCheck")
        if existing is not None:
            if not isinstance(existing, ApplicationSecurityCheck):
                raise ValidationError(f"Expected '{existing.node.path}' to be 'ApplicationSecurityCheck' but was "
                                      f"'{existing}'", pipeline)
            return existing
        return ApplicationSecurityCheck(pipeline, "PipelinesSecurityCheck",
                                        code_pipeline=pipeline.pipeline)  # type: ignore[attr-defined]
