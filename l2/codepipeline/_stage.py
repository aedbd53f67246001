"""A stage of a pipeline (private: users get it as an ``IStage`` from ``Pipeline.add_stage``), and the full
description of an action the pipeline keeps once the action is bound."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Lazy, Token, ValidationError
from l2.codepipeline._validation import IDENTIFIER, validate_against_regex, validate_artifact_bounds

if TYPE_CHECKING:
    from l2.codepipeline._action import ActionConfig, IAction, IPipeline
    from l2.codepipeline._artifact import Artifact
    from l2.codepipeline._pipeline import Pipeline
    from l2.codepipeline._variable import Conditions, FailureConditions
    from l2.events import EventPattern, IEventBus, IRuleTarget, Rule, Schedule
    from l2.iam import IRole


def _dedupe(artifacts: Sequence[Artifact] | None) -> list[Artifact]:
    out: list[Artifact] = []
    for artifact in artifacts or []:
        if artifact.artifact_name:
            if any(a.artifact_name == artifact.artifact_name for a in out):
                continue
        elif any(a is artifact for a in out):
            continue
        out.append(artifact)
    return out


class FullActionDescriptor:
    """An action with what binding it produced: its configuration, role and region."""

    def __init__(self, *, action: IAction, action_config: ActionConfig, action_role: IRole | None,
                 action_region: str | None) -> None:
        props = action.action_properties
        self.action = action
        self.action_name = props.action_name
        self.category = props.category
        self.owner = props.owner or "AWS"
        self.provider = props.provider
        self.version = props.version or "1"
        self.run_order = props.run_order if props.run_order is not None else 1
        self.artifact_bounds = props.artifact_bounds
        self.namespace = props.variables_namespace
        self.inputs = _dedupe(props.inputs)
        self.outputs = _dedupe(props.outputs)
        self.region = action_region or props.region
        self.role = props.role if props.role is not None else action_role
        self.configuration = action_config.configuration
        self.commands = props.commands
        self.output_variables = props.output_variables
        self.timeout = props.timeout


def _render_artifacts(artifacts: list[Artifact], with_files: bool) -> list[dict[str, Any]]:
    out = []
    for a in artifacts:
        if not a.artifact_name:
            continue
        entry: dict[str, Any] = {}
        if with_files and a.artifact_files is not None:  # an input artifact has no Files in the schema
            entry["Files"] = a.artifact_files
        entry["Name"] = a.artifact_name
        out.append(entry)
    return out


def _render_conditions(conditions: Conditions | None) -> list[dict[str, Any]] | None:
    if conditions is None or not conditions.conditions:
        return None
    out = []
    for c in conditions.conditions:
        entry: dict[str, Any] = {}
        if c.result:
            entry["Result"] = c.result.value
        if c.rules:
            entry["Rules"] = [r._render() for r in c.rules]
        out.append(entry)
    return out


def _gate(conditions: Conditions | None) -> dict[str, Any]:
    rendered = _render_conditions(conditions)
    return {} if rendered is None else {"Conditions": rendered}


class Stage:
    """A stage: a name, actions, the transition into it and its conditions."""

    def __init__(self, pipeline: Pipeline, *, stage_name: str, actions: Sequence[IAction] | None,
                 before_entry: Conditions | None, on_failure: FailureConditions | None,
                 on_success: Conditions | None, transition_disabled_reason: str | None,
                 transition_to_enabled: bool | None) -> None:
        self.stage_name = stage_name
        self.transition_to_enabled = transition_to_enabled if transition_to_enabled is not None else True
        self.transition_disabled_reason = transition_disabled_reason or "Transition disabled"
        self._before_entry = before_entry
        self._on_success = on_success
        self._on_failure = on_failure
        self._pipeline = pipeline
        self._actions: list[FullActionDescriptor] = []
        self.scope = Construct(pipeline, stage_name)
        validate_against_regex(self.scope, IDENTIFIER, "Stage", stage_name)
        for action in actions or []:
            self.add_action(action)

    @property
    def action_descriptors(self) -> list[FullActionDescriptor]:
        return list(self._actions)

    @property
    def actions(self) -> list[IAction]:
        """The stage's actions, as they were added."""
        return [d.action for d in self._actions]

    @property
    def pipeline(self) -> IPipeline:
        """The pipeline of the stage."""
        return self._pipeline

    def add_action(self, action: IAction) -> None:
        """Add ``action`` to the stage (binds it to the pipeline)."""
        name = action.action_properties.action_name
        validate_against_regex(self.scope, IDENTIFIER, "Action", name)
        if any(a.action_name == name for a in self._actions):
            raise ValidationError(f"Stage {self.stage_name} already contains an action with name '{name}'",
                                  self.scope)
        self._actions.append(self._attach(action))

    def _attach(self, action: IAction) -> FullActionDescriptor:
        props = action.action_properties
        action_scope = self.scope.node.try_find_child(props.action_name)
        if action_scope is None:
            construct_id = props.action_name
            if Token.is_unresolved(construct_id):
                construct_id = props.provider
                counter = 1
                while self.scope.node.try_find_child(construct_id) is not None:
                    counter += 1
                    construct_id = f"{props.provider}{counter}"
            action_scope = Construct(self.scope, construct_id)
        return self._pipeline._attach_action_to_pipeline(self, action, action_scope)

    def on_state_change(self, name: str, target: IRuleTarget | None = None, *, enabled: bool | None = None,
                        event_bus: IEventBus | None = None, role: IRole | None = None,
                        schedule: Schedule | None = None, targets: Sequence[IRuleTarget] | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | Mapping[str, object] | None = None,
                        rule_name: str | None = None) -> Rule:
        """An EventBridge rule for "CodePipeline Stage Execution State Change" events of this stage.

        Args:
            name: the rule's construct id (in the stage's scope).
            target: send matching events there.
            enabled: whether the rule is enabled.
            event_bus: the event bus of the rule.
            role: the role the rule's targets are invoked with.
            schedule: a schedule instead of a pattern.
            targets: more targets.
            cross_stack_scope: where supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering.
            rule_name: a physical name for the rule.
        """
        from l2 import events

        rule = events.Rule(self.scope, name, enabled=enabled, event_bus=event_bus, role=role, schedule=schedule,
                           targets=targets, cross_stack_scope=cross_stack_scope, description=description,
                           event_pattern=event_pattern, rule_name=rule_name)
        rule.add_target(target)
        # one key a call: the pattern keeps aws-cdk-lib's key order
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "detailType": ["CodePipeline Stage Execution State Change"], "source": ["aws.codepipeline"],
            "resources": [self._pipeline.pipeline_arn], "detail": {"stage": [self.stage_name]}}])
        with analytics_quiet():
            rule.add_event_pattern(detail_type=["CodePipeline Stage Execution State Change"])
            rule.add_event_pattern(source=["aws.codepipeline"])
            rule.add_event_pattern(resources=[self._pipeline.pipeline_arn])
            rule.add_event_pattern(detail={"stage": [self.stage_name]})
        return rule

    def validate(self) -> list[str]:
        errors = [] if self._actions else [f"Stage '{self.stage_name}' must have at least one action"]
        for a in self._actions:
            b = a.artifact_bounds
            errors += validate_artifact_bounds("input", a.inputs, b.min_inputs, b.max_inputs, a.category.value,
                                               a.provider)
            errors += validate_artifact_bounds("output", a.outputs, b.min_outputs, b.max_outputs,
                                               a.category.value, a.provider)
        return errors

    def name_outputs(self) -> None:
        """Name the unnamed output artifacts after the stage and action: ``Artifact_<stage>_<action>[_<n>]``."""
        for a in self._actions:
            unnamed = [o for o in a.outputs if not o.artifact_name]
            for o in unnamed:
                suffix = "" if len(unnamed) == 1 else f"_{unnamed.index(o) + 1}"
                name = f"Artifact_{self.stage_name}_{a.action_name}{suffix}"
                o._set_name(name.replace("@", "").replace(".", ""))

    def render(self) -> dict[str, Any]:
        self.name_outputs()
        out: dict[str, Any] = {"Actions": [self._render_action(a) for a in self._actions]}
        if self._before_entry is not None:
            out["BeforeEntry"] = _gate(self._before_entry)
        out["Name"] = self.stage_name
        if self._on_failure is not None:
            failure = _gate(self._on_failure)
            if self._on_failure.result is not None:
                failure["Result"] = self._on_failure.result.value
            if self._on_failure.retry_mode is not None:
                failure["RetryConfiguration"] = {"RetryMode": self._on_failure.retry_mode.value}
            out["OnFailure"] = failure
        if self._on_success is not None:
            out["OnSuccess"] = _gate(self._on_success)
        return out

    def _render_action(self, a: FullActionDescriptor) -> dict[str, Any]:
        out: dict[str, Any] = {
            "ActionTypeId": {"Category": a.category.value, "Owner": a.owner, "Provider": a.provider,
                             "Version": a.version},
        }
        if a.commands is not None:
            out["Commands"] = list(a.commands)
        if a.configuration is not None:
            out["Configuration"] = a.configuration
        out["InputArtifacts"] = Lazy.any(lambda: _render_artifacts(a.inputs, False), omit_empty_array=True)
        out["Name"] = a.action_name
        if a.namespace is not None:
            out["Namespace"] = a.namespace
        out["OutputArtifacts"] = Lazy.any(lambda: _render_artifacts(a.outputs, True), omit_empty_array=True)
        if a.output_variables is not None:
            out["OutputVariables"] = list(a.output_variables)
        if a.region is not None:
            out["Region"] = a.region
        if a.role is not None:
            out["RoleArn"] = a.role.role_arn
        out["RunOrder"] = a.run_order
        if a.timeout is not None:
            out["TimeoutInMinutes"] = a.timeout.to_minutes()
        return out
