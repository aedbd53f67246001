"""``Workflow`` and its triggers: actions, conditions, predicates and schedules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Resource, Stack
from constructs.internals import cached_property, structs
from l2.glue._constants import ConditionLogicalOperator, CrawlerState, JobState, PredicateLogical
from l2.glue._interfaces import ISecurityConfiguration, IWorkflow  # runtime: the argument checks resolve them

if TYPE_CHECKING:
    from l1.glue import CfnTrigger
    from l1.interfaces.glue import ICrawlerRef, IJobRef


class Action:
    """What a trigger starts: a job or a crawler.

    Args:
        render: the rendered action (build one with ``Action.job`` or ``Action.crawler`` instead).
    """

    def __init__(self, render: dict[str, Any]) -> None:
        self._render_value = render

    @staticmethod
    def job(job: IJobRef, *, arguments: Mapping[str, str] | None = None,
            security_configuration: ISecurityConfiguration | None = None,
            timeout: Duration | None = None) -> Action:
        """Start ``job``."""
        return Action({"job_name": job.job_ref.job_name, "arguments": arguments,
                       "timeout": timeout.to_minutes() if timeout is not None else None,
                       "security_configuration": security_configuration.security_configuration_name
                       if security_configuration is not None else None})

    @staticmethod
    def crawler(crawler: ICrawlerRef, *, arguments: Mapping[str, str] | None = None,
                security_configuration: ISecurityConfiguration | None = None,
                timeout: Duration | None = None) -> Action:
        """Start ``crawler``."""
        return Action({"crawler_name": crawler.crawler_ref.crawler_name, "arguments": arguments,
                       "timeout": timeout.to_minutes() if timeout is not None else None,
                       "security_configuration": security_configuration.security_configuration_name
                       if security_configuration is not None else None})

    def _render(self) -> dict[str, Any]:
        return {k: v for k, v in self._render_value.items() if v is not None}


@structs.frozen(kw_only=True)
class JobActionOptions:
    """The options of ``Action.job``.

    Args:
        arguments: run arguments passed to the started run (default: none).
        security_configuration: the security configuration the run uses (default: none).
        timeout: how long the started run may take, in whole minutes (default: none).
    """

    arguments: Mapping[str, str] | None = None
    security_configuration: ISecurityConfiguration | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class CrawlerActionOptions:
    """The options of ``Action.crawler``.

    Args:
        arguments: run arguments passed to the started run (default: none).
        security_configuration: the security configuration the run uses (default: none).
        timeout: how long the started run may take, in whole minutes (default: none).
    """

    arguments: Mapping[str, str] | None = None
    security_configuration: ISecurityConfiguration | None = None
    timeout: Duration | None = None


class TriggerSchedule:
    """When a scheduled trigger fires.

    Args:
        expression_string: the schedule expression (``cron(...)``; prefer the static methods).
    """

    def __init__(self, expression_string: str) -> None:
        self.expression_string = expression_string
        """The ``cron(...)`` expression."""

    @staticmethod
    def cron(*, day: str | None = None, hour: str | None = None, minute: str | None = None,
             month: str | None = None, week_day: str | None = None, year: str | None = None) -> TriggerSchedule:
        """A cron schedule (fields as EventBridge's ``Schedule.cron``)."""
        from l2.events import Schedule

        return TriggerSchedule(Schedule.cron(day=day, hour=hour, minute=minute, month=month, week_day=week_day,
                                             year=year).expression_string)

    @staticmethod
    def expression(expression: str) -> TriggerSchedule:
        """A schedule expression written out."""
        return TriggerSchedule(expression)

    @staticmethod
    def daily() -> TriggerSchedule:
        """Every day at midnight UTC."""
        return TriggerSchedule.cron(minute="0", hour="0")

    @staticmethod
    def weekly() -> TriggerSchedule:
        """Every Sunday at midnight UTC."""
        return TriggerSchedule.cron(minute="0", hour="0", week_day="SUN")


class Condition:
    """One condition of a conditional trigger: a job or crawler state.

    Args:
        render: the rendered condition (build one with ``Condition.job`` or ``Condition.crawler``
            instead).
    """

    def __init__(self, render: dict[str, Any]) -> None:
        self._render_value = render

    @staticmethod
    def job(job: IJobRef, state: JobState, *, logical_operator: ConditionLogicalOperator | None = None) -> Condition:
        """``job`` reached ``state``."""
        return Condition({"logical_operator": (logical_operator or ConditionLogicalOperator.EQUALS).value,
                          "job_name": job.job_ref.job_name, "state": state.value})

    @staticmethod
    def crawler(crawler: ICrawlerRef, crawl_state: CrawlerState, *,
                logical_operator: ConditionLogicalOperator | None = None) -> Condition:
        """``crawler`` reached ``crawl_state``."""
        return Condition({"logical_operator": (logical_operator or ConditionLogicalOperator.EQUALS).value,
                          "crawler_name": crawler.crawler_ref.crawler_name, "crawl_state": crawl_state.value})

    def _render(self) -> dict[str, Any]:
        return dict(self._render_value)


@structs.frozen(kw_only=True)
class ConditionOptions:
    """The options of ``Condition.job``/``crawler``.

    Args:
        logical_operator: how the state is compared (default: ``EQUALS``).
    """

    logical_operator: ConditionLogicalOperator | None = None


@structs.frozen(kw_only=True)
class Predicate:
    """The conditions of a conditional trigger.

    Args:
        conditions: the conditions.
        logical: how they combine (default ``AND``; left out with one condition).
    """

    conditions: Sequence[Condition] | None = None
    logical: PredicateLogical | None = None


@structs.frozen(kw_only=True)
class EventBatchingCondition:
    """When an event trigger fires.

    Args:
        batch_size: events to collect (1 to 100).
        batch_window: the longest wait (default 900 seconds).
    """

    batch_size: int | float
    batch_window: Duration | None = None


@structs.frozen(kw_only=True)
class TriggerOptions:
    """What every trigger has.

    Args:
        actions: the jobs and crawlers the trigger starts.
        description: a description of the trigger (default: none).
        name: the trigger's name (default: one CloudFormation generates).
    """

    actions: Sequence[Action]
    description: str | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class OnDemandTriggerOptions(TriggerOptions):
    """The options of an on-demand trigger."""


@structs.frozen(kw_only=True)
class StartableTriggerOptions(TriggerOptions):
    """The options of a trigger that can start on creation.

    Args:
        start_on_creation: activate the trigger as soon as it is created (default: False).
    """

    start_on_creation: bool | None = None


@structs.frozen(kw_only=True)
class ScheduledTriggerOptions(StartableTriggerOptions):
    """The options of a scheduled trigger.

    Args:
        schedule: when the trigger fires.
    """

    schedule: TriggerSchedule


@structs.frozen(kw_only=True)
class EventTriggerOptions(TriggerOptions):
    """The options of an event trigger.

    Args:
        event_batching_condition: how many events, or how long a wait, fire the trigger (default: none).
    """

    event_batching_condition: EventBatchingCondition | None = None


@structs.frozen(kw_only=True)
class ConditionalTriggerOptions(StartableTriggerOptions):
    """The options of a conditional trigger.

    Args:
        predicate: the job and crawler states that fire the trigger.
    """

    predicate: Predicate


@structs.frozen(kw_only=True)
class WorkflowAttributes:
    """An existing workflow.

    Args:
        workflow_name: the name of the existing workflow.
        workflow_arn: its ARN (not used: the ARN is rebuilt from the name in the stack's account and region).
    """

    workflow_name: str
    workflow_arn: str | None = None


@structs.frozen(kw_only=True)
class WorkflowProps:
    """The properties of a ``Workflow`` (see ``Workflow``)."""

    default_run_properties: Mapping[str, str] | None = None
    description: str | None = None
    max_concurrent_runs: int | float | None = None
    workflow_name: str | None = None


def _batching(condition: EventBatchingCondition | None) -> dict[str, Any]:
    default_window = 900
    if condition is None:
        return {"batch_size": 1, "batch_window": default_window}
    window = condition.batch_window.to_seconds() if condition.batch_window is not None else 0
    return {"batch_size": condition.batch_size or 1, "batch_window": window or default_window}


class WorkflowBase(Resource):
    """What workflows share: ARN helpers and the trigger factories."""

    workflow_name: str
    workflow_arn: str

    @staticmethod
    def extract_name_from_arn(scope: Construct, workflow_arn: str) -> str:
        """The workflow name in ``workflow_arn``."""
        name = Stack.of(scope).split_arn(workflow_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        return name or ""

    def _trigger(self, id: str, props: dict[str, Any]) -> CfnTrigger:
        from l1.glue import CfnTrigger

        return CfnTrigger(self, id, **{k: v for k, v in props.items() if v is not None})

    def add_on_demand_trigger(self, id: str, *, actions: Sequence[Action], description: str | None = None,
                              name: str | None = None) -> CfnTrigger:
        """Add a trigger started on demand."""
        return self._trigger(id, {"name": name, "workflow_name": self.workflow_name, "type": "ON_DEMAND",
                                  "actions": [a._render() for a in actions], "description": description or None})

    def add_scheduled_trigger(self, id: str, *, schedule: TriggerSchedule, start_on_creation: bool | None = None,
                              actions: Sequence[Action], description: str | None = None,
                              name: str | None = None) -> CfnTrigger:
        """Add a trigger on a schedule (not started on creation unless asked)."""
        return self._trigger(id, {"description": description, "name": name, "workflow_name": self.workflow_name,
                                  "type": "SCHEDULED", "actions": [a._render() for a in actions],
                                  "schedule": schedule.expression_string,
                                  "start_on_creation": bool(start_on_creation)})

    def add_event_trigger(self, id: str, *, event_batching_condition: EventBatchingCondition | None = None,
                          actions: Sequence[Action], description: str | None = None,
                          name: str | None = None) -> CfnTrigger:
        """Add a trigger fired by EventBridge events."""
        return self._trigger(id, {"name": name, "workflow_name": self.workflow_name, "type": "EVENT",
                                  "actions": [a._render() for a in actions],
                                  "event_batching_condition": _batching(event_batching_condition),
                                  "description": description})

    def add_conditional_trigger(self, id: str, *, predicate: Predicate, start_on_creation: bool | None = None,
                                actions: Sequence[Action], description: str | None = None,
                                name: str | None = None) -> CfnTrigger:
        """Add a trigger fired when the predicate's conditions hold."""
        conditions = predicate.conditions
        logical = None if conditions is not None and len(conditions) == 1 else (
            predicate.logical or PredicateLogical.AND).value
        rendered_predicate = {"logical": logical,
                              "conditions": [c._render() for c in conditions] if conditions is not None else None}
        return self._trigger(id, {"name": name, "start_on_creation": start_on_creation,
                                  "workflow_name": self.workflow_name, "type": "CONDITIONAL",
                                  "actions": [a._render() for a in actions],
                                  "predicate": {k: v for k, v in rendered_predicate.items() if v is not None},
                                  "event_batching_condition": _batching(None),
                                  "description": description})

    def _build_workflow_arn(self, scope: Construct, name: str) -> str:
        return Stack.of(scope).format_arn(service="glue", resource="workflow", resource_name=name)


class _ImportedWorkflow(WorkflowBase):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        super().__init__(scope, id)
        self.workflow_name = name
        self.workflow_arn = self._build_workflow_arn(scope, name)


class Workflow(WorkflowBase):
    """A Glue workflow (``AWS::Glue::Workflow``); add triggers with the ``add_*_trigger`` methods.

    Args:
        default_run_properties: properties passed to every run.
        description: a description.
        max_concurrent_runs: the most concurrent runs.
        workflow_name: the name (default generated by CloudFormation).
    """

    PROPERTY_INJECTION_ID = "@aws-cdk.aws-glue-alpha.Workflow"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, default_run_properties: Mapping[str, str] | None = None,
                 description: str | None = None, max_concurrent_runs: int | float | None = None,
                 workflow_name: str | None = None) -> None:
        super().__init__(scope, id, physical_name=workflow_name)
        from l1.glue import CfnWorkflow

        self.resource = CfnWorkflow(self, "Resource", name=workflow_name, description=description,
                                    default_run_properties=default_run_properties,
                                    max_concurrent_runs=max_concurrent_runs)

    @cached_property
    def workflow_name(self) -> str:  # type: ignore[override]
        """The workflow's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @cached_property
    def workflow_arn(self) -> str:  # type: ignore[override]
        """The workflow's ARN."""
        return self._build_workflow_arn(self, self.workflow_name)

    @staticmethod
    def from_workflow_name(scope: Construct, id: str, workflow_name: str) -> IWorkflow:
        """An existing workflow by name."""
        return Workflow.from_workflow_attributes(scope, id, workflow_name=workflow_name)

    @staticmethod
    def from_workflow_arn(scope: Construct, id: str, workflow_arn: str) -> IWorkflow:
        """An existing workflow by ARN."""
        return Workflow.from_workflow_attributes(
            scope, id, workflow_name=WorkflowBase.extract_name_from_arn(scope, workflow_arn),
            workflow_arn=workflow_arn)

    @staticmethod
    def from_workflow_attributes(scope: Construct, id: str, *, workflow_name: str,
                                 workflow_arn: str | None = None) -> IWorkflow:
        """An existing workflow (its ARN is rebuilt from the name)."""
        return _ImportedWorkflow(scope, id, workflow_name)
