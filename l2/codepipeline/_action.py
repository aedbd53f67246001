"""The action side of a pipeline: ``ActionCategory``, the action structs, the ``IAction`` / ``IStage`` /
``IPipeline`` interfaces, the ``Action`` base class, ``GlobalVariables`` and the notification events."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, IResource, Lazy, Token, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.codepipeline._artifact import Artifact
    from l2.codestarnotifications import DetailType, INotificationRule, INotificationRuleTarget
    from l2.events import EventPattern, IEventBus, IRuleTarget, Rule, Schedule
    from l2.iam import IRole
    from l2.s3 import IBucket


class ActionCategory(enum.Enum):
    """The kind of a pipeline action (its ``ActionTypeId.Category``)."""

    SOURCE = "Source"
    BUILD = "Build"
    TEST = "Test"
    APPROVAL = "Approval"
    DEPLOY = "Deploy"
    INVOKE = "Invoke"
    COMPUTE = "Compute"


class GlobalVariables:
    """Variables every pipeline execution has."""

    EXECUTION_ID = "#{codepipeline.PipelineExecutionId}"
    """The id of the current pipeline execution."""


class PipelineNotificationEvents(enum.Enum):
    """The CodeStar Notifications event types of a pipeline."""

    PIPELINE_EXECUTION_FAILED = "codepipeline-pipeline-pipeline-execution-failed"
    PIPELINE_EXECUTION_CANCELED = "codepipeline-pipeline-pipeline-execution-canceled"
    PIPELINE_EXECUTION_STARTED = "codepipeline-pipeline-pipeline-execution-started"
    PIPELINE_EXECUTION_RESUMED = "codepipeline-pipeline-pipeline-execution-resumed"
    PIPELINE_EXECUTION_SUCCEEDED = "codepipeline-pipeline-pipeline-execution-succeeded"
    PIPELINE_EXECUTION_SUPERSEDED = "codepipeline-pipeline-pipeline-execution-superseded"
    STAGE_EXECUTION_STARTED = "codepipeline-pipeline-stage-execution-started"
    STAGE_EXECUTION_SUCCEEDED = "codepipeline-pipeline-stage-execution-succeeded"
    STAGE_EXECUTION_RESUMED = "codepipeline-pipeline-stage-execution-resumed"
    STAGE_EXECUTION_CANCELED = "codepipeline-pipeline-stage-execution-canceled"
    STAGE_EXECUTION_FAILED = "codepipeline-pipeline-stage-execution-failed"
    ACTION_EXECUTION_SUCCEEDED = "codepipeline-pipeline-action-execution-succeeded"
    ACTION_EXECUTION_FAILED = "codepipeline-pipeline-action-execution-failed"
    ACTION_EXECUTION_CANCELED = "codepipeline-pipeline-action-execution-canceled"
    ACTION_EXECUTION_STARTED = "codepipeline-pipeline-action-execution-started"
    MANUAL_APPROVAL_FAILED = "codepipeline-pipeline-manual-approval-failed"
    MANUAL_APPROVAL_NEEDED = "codepipeline-pipeline-manual-approval-needed"
    MANUAL_APPROVAL_SUCCEEDED = "codepipeline-pipeline-manual-approval-succeeded"


@structs.frozen(kw_only=True)
class ActionArtifactBounds:
    """How many input and output artifacts an action takes.

    Args:
        max_inputs: the most input artifacts.
        max_outputs: the most output artifacts.
        min_inputs: the fewest input artifacts.
        min_outputs: the fewest output artifacts.
    """

    max_inputs: int | float
    max_outputs: int | float
    min_inputs: int | float
    min_outputs: int | float


@structs.frozen(kw_only=True)
class ActionBindOptions:
    """What the pipeline gives an action when it binds it.

    Args:
        bucket: the artifact bucket of the action's region.
        role: the role the action runs with.
    """

    bucket: IBucket
    role: IRole


@structs.frozen(kw_only=True)
class ActionConfig:
    """What an action's ``bind`` returns.

    Args:
        configuration: the action's ``Configuration`` (a JSON object; default none).
    """

    configuration: object = None


@structs.frozen(kw_only=True)
class CommonActionProps:
    """The properties every action has.

    Args:
        action_name: the action's name in its stage.
        run_order: the action's position among its stage's actions (default 1).
        variables_namespace: the namespace of the action's output variables (default generated when a variable
            is referenced).
    """

    action_name: str
    run_order: int | float | None = None
    variables_namespace: str | None = None


@structs.frozen(kw_only=True)
class CommonAwsActionProps(CommonActionProps):
    """The properties of an AWS-owned action.

    Args:
        role: the role the action assumes (default a new role in the pipeline's account).
    """

    role: IRole | None = None


@structs.frozen(kw_only=True)
class ActionProperties:
    """What the pipeline needs to know about an action.

    Args:
        action_name: the action's name.
        artifact_bounds: how many artifacts it takes and produces.
        category: its category.
        provider: its provider (``S3``, ``CodeBuild``, ...).
        account: the account it runs in (default the pipeline's).
        commands: shell commands (``Commands`` actions).
        inputs: its input artifacts.
        outputs: its output artifacts.
        output_variables: the variables it exports (``Commands`` actions).
        owner: ``AWS`` (default), ``ThirdParty`` or ``Custom``.
        region: the region it runs in (default the pipeline's).
        resource: the resource it works on (decides its account and region).
        role: the role it runs with.
        run_order: its run order (default 1).
        timeout: its timeout.
        variables_namespace: the namespace of its variables.
        version: the version of its type (default ``1``).
    """

    action_name: str
    artifact_bounds: ActionArtifactBounds
    category: ActionCategory
    provider: str
    account: str | None = None
    commands: Sequence[str] | None = None
    inputs: Sequence[Artifact] | None = None
    outputs: Sequence[Artifact] | None = None
    output_variables: Sequence[str] | None = None
    owner: str | None = None
    region: str | None = None
    resource: IResource | None = None
    role: IRole | None = None
    run_order: int | float | None = None
    timeout: Duration | None = None
    variables_namespace: str | None = None
    version: str | None = None


@runtime_checkable
class IAction(Protocol):
    """An action of a pipeline stage."""

    @property
    def action_properties(self) -> ActionProperties:
        """What the pipeline needs to know about the action."""
        ...

    def bind(self, scope: Construct, stage: IStage, *, bucket: IBucket, role: IRole) -> ActionConfig:
        """Called when the action is added to a stage: create what it needs, return its configuration."""
        ...

    def on_state_change(self, name: str, target: IRuleTarget | None = None, *, enabled: bool | None = None,
                        event_bus: IEventBus | None = None, role: IRole | None = None,
                        schedule: Schedule | None = None, targets: Sequence[IRuleTarget] | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | Mapping[str, object] | None = None,
                        rule_name: str | None = None) -> Rule:
        """A rule for the action's state changes."""
        ...


@runtime_checkable
class IPipeline(IResource, Protocol):
    """A CodePipeline pipeline, new or imported."""

    @property
    def pipeline_arn(self) -> str:
        """The pipeline's ARN."""
        ...

    @property
    def pipeline_name(self) -> str:
        """The pipeline's name."""
        ...

    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """A rule for every event of the pipeline."""
        ...

    def on_state_change(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for the pipeline's execution state changes."""
        ...

    def notify_on(self, id: str, target: INotificationRuleTarget, *, events: Sequence[PipelineNotificationEvents],
                  created_by: str | None = None, detail_type: DetailType | None = None, enabled: bool | None = None,
                  notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for ``events``."""
        ...

    def notify_on_execution_state_change(self, id: str, target: INotificationRuleTarget, *,
                                         created_by: str | None = None, detail_type: DetailType | None = None,
                                         enabled: bool | None = None,
                                         notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for execution state changes."""
        ...

    def notify_on_any_stage_state_change(self, id: str, target: INotificationRuleTarget, *,
                                         created_by: str | None = None, detail_type: DetailType | None = None,
                                         enabled: bool | None = None,
                                         notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for stage state changes."""
        ...

    def notify_on_any_action_state_change(self, id: str, target: INotificationRuleTarget, *,
                                          created_by: str | None = None, detail_type: DetailType | None = None,
                                          enabled: bool | None = None,
                                          notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for action state changes."""
        ...

    def notify_on_any_manual_approval_state_change(self, id: str, target: INotificationRuleTarget, *,
                                                   created_by: str | None = None,
                                                   detail_type: DetailType | None = None,
                                                   enabled: bool | None = None,
                                                   notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for manual approval state changes."""
        ...


@runtime_checkable
class IStage(Protocol):
    """A stage of a pipeline."""

    @property
    def stage_name(self) -> str:
        """The stage's name."""
        ...

    @property
    def pipeline(self) -> IPipeline:
        """The pipeline the stage belongs to."""
        ...

    @property
    def actions(self) -> list[IAction]:
        """The stage's actions."""
        ...

    def add_action(self, action: IAction) -> None:
        """Add ``action`` to the stage."""
        ...

    def on_state_change(self, name: str, target: IRuleTarget | None = None, *, enabled: bool | None = None,
                        event_bus: IEventBus | None = None, role: IRole | None = None,
                        schedule: Schedule | None = None, targets: Sequence[IRuleTarget] | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | Mapping[str, object] | None = None,
                        rule_name: str | None = None) -> Rule:
        """A rule for the stage's state changes."""
        ...


@structs.frozen(kw_only=True)
class PipelineNotifyOnOptions:
    """Options of ``notify_on``.

    Args:
        created_by: the name or alias of the rule's creator.
        detail_type: ``FULL`` (default) or ``BASIC`` notifications.
        enabled: whether notifications are sent (default the service's: enabled).
        notification_rule_name: the rule's name (default generated from the construct path).
        events: the event types that notify.
    """

    created_by: str | None = None
    detail_type: DetailType | None = None
    enabled: bool | None = None
    notification_rule_name: str | None = None
    events: Sequence[PipelineNotificationEvents]


class Action:
    """Base class for actions: keeps the pipeline, stage and scope it was bound to, and gives its variables a
    namespace (a generated one when a variable is referenced and none was given).

    Subclasses implement ``_provided_action_properties`` and ``_bound``.
    """

    def __init__(self) -> None:
        self.__action_properties: ActionProperties | None = None
        self.__pipeline: IPipeline | None = None
        self.__stage: IStage | None = None
        self.__scope: Construct | None = None
        self._customer_namespace: str | None = None
        self._actual_namespace: str | None = None
        self._variable_referenced = False
        self._namespace_token: str = Token.as_string(Lazy.uncached_any(self._produce_namespace))

    def _produce_namespace(self, _context: Any = None) -> str | None:
        if self._actual_namespace is None:
            raise UnscopedValidationError(
                f"Cannot reference variables of action '{self.action_properties.action_name}', "
                "as that action was never added to a pipeline"
            )
        if self._customer_namespace is not None:
            return self._customer_namespace
        return self._actual_namespace if self._variable_referenced else None

    @property
    def _provided_action_properties(self) -> ActionProperties:
        raise NotImplementedError

    @property
    def action_properties(self) -> ActionProperties:
        """The action's properties, with its variables namespace."""
        if self.__action_properties is None:
            props = self._provided_action_properties
            self._customer_namespace = props.variables_namespace
            namespace = self._namespace_token if props.variables_namespace is None else props.variables_namespace
            self.__action_properties = structs.evolve(props, variables_namespace=namespace)
        return self.__action_properties

    def bind(self, scope: Construct, stage: IStage, *, bucket: IBucket, role: IRole) -> ActionConfig:
        """Bind the action to ``stage`` (called by the pipeline).

        Args:
            scope: the action's own scope in the pipeline.
            stage: the stage.
            bucket: the artifact bucket of the action's region.
            role: the role the action runs with.
        """
        self.__pipeline = stage.pipeline
        self.__stage = stage
        self.__scope = scope
        props = self.action_properties
        self._actual_namespace = (
            f"{stage.stage_name}_{props.action_name}_NS" if self._customer_namespace is None
            else self._customer_namespace
        )
        return self._bound(scope, stage, ActionBindOptions(bucket=bucket, role=role))

    def _bound(self, scope: Construct, stage: IStage, options: ActionBindOptions) -> ActionConfig:
        raise NotImplementedError

    def on_state_change(self, name: str, target: IRuleTarget | None = None, *, enabled: bool | None = None,
                        event_bus: IEventBus | None = None, role: IRole | None = None,
                        schedule: Schedule | None = None, targets: Sequence[IRuleTarget] | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | Mapping[str, object] | None = None,
                        rule_name: str | None = None) -> Rule:
        """An EventBridge rule for "CodePipeline Action Execution State Change" events of this action.

        Args:
            name: the rule's construct id (in the action's scope).
            target: send matching events there.
            enabled: whether the rule is enabled (default true).
            event_bus: the event bus of the rule (default the account's default bus).
            role: the role the rule's targets are invoked with.
            schedule: a schedule instead of a pattern.
            targets: more targets.
            cross_stack_scope: where supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering.
            rule_name: a physical name for the rule.
        """
        from l2 import events

        rule = events.Rule(self._scope, name, enabled=enabled, event_bus=event_bus, role=role, schedule=schedule,
                           targets=targets, cross_stack_scope=cross_stack_scope, description=description,
                           event_pattern=event_pattern, rule_name=rule_name)
        rule.add_target(target)
        # one key a call: the pattern keeps aws-cdk-lib's key order
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "detailType": ["CodePipeline Action Execution State Change"], "source": ["aws.codepipeline"],
            "resources": [self._pipeline.pipeline_arn],
            "detail": {"stage": [self._stage.stage_name], "action": [self.action_properties.action_name]}}])
        with analytics_quiet():
            rule.add_event_pattern(detail_type=["CodePipeline Action Execution State Change"])
            rule.add_event_pattern(source=["aws.codepipeline"])
            rule.add_event_pattern(resources=[self._pipeline.pipeline_arn])
            rule.add_event_pattern(
                detail={"stage": [self._stage.stage_name], "action": [self.action_properties.action_name]})
        return rule

    def _variable_expression(self, variable_name: str) -> str:
        self._variable_referenced = True
        return f"#{{{self._namespace_token}.{variable_name}}}"

    @property
    def _pipeline(self) -> IPipeline:
        if self.__pipeline is None:
            raise UnscopedValidationError(
                "Action must be added to a stage that is part of a pipeline before using onStateChange")
        return self.__pipeline

    @property
    def _stage(self) -> IStage:
        if self.__stage is None:
            raise UnscopedValidationError(
                "Action must be added to a stage that is part of a pipeline before using onStateChange")
        return self.__stage

    @property
    def _scope(self) -> Construct:
        if self.__scope is None:
            raise UnscopedValidationError("Action must be added to a stage that is part of a pipeline first")
        return self.__scope
