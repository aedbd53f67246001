"""The interfaces of ``aws_cdk.aws_glue`` (for type hints, as in aws-cdk-lib)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from constructs import Construct, Duration
    from l1.glue import CfnTrigger
    from l2.cloudwatch import Metric, Unit
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.glue._constants import MetricType
    from l2.glue._workflow import Action, EventBatchingCondition, Predicate, TriggerSchedule
    from l2.kms import IKey


@runtime_checkable
class ICatalog(Protocol):
    """A Glue Data Catalog: the account's, a named one (``Catalog``) or an imported one."""

    @property
    def catalog_id(self) -> str:
        """The catalog's id (the account id for the account catalog)."""
        ...

    @property
    def catalog_arn(self) -> str:
        """The catalog's ARN."""
        ...

    @property
    def encryption_key(self) -> IKey | None:
        """The key encrypting the catalog's metadata, if known."""
        ...

    @property
    def connection_password_key(self) -> IKey | None:
        """The key encrypting connection passwords, if known."""
        ...


@runtime_checkable
class IDatabase(Protocol):
    """A Glue database."""

    @property
    def catalog(self) -> ICatalog:
        """The catalog the database is in."""
        ...

    @property
    def database_arn(self) -> str:
        """The database's ARN."""
        ...

    @property
    def database_name(self) -> str:
        """The database's name."""
        ...


@runtime_checkable
class ITable(Protocol):
    """A Glue table."""

    @property
    def table_arn(self) -> str:
        """The table's ARN."""
        ...

    @property
    def table_name(self) -> str:
        """The table's name."""
        ...


@runtime_checkable
class IConnection(Protocol):
    """A Glue connection."""

    @property
    def connection_arn(self) -> str:
        """The connection's ARN."""
        ...

    @property
    def connection_name(self) -> str:
        """The connection's name."""
        ...


@runtime_checkable
class ISecurityConfiguration(Protocol):
    """A Glue security configuration."""

    @property
    def security_configuration_name(self) -> str:
        """The security configuration's name."""
        ...


@runtime_checkable
class IDataQualityRuleset(Protocol):
    """A Glue data quality ruleset."""

    @property
    def ruleset_arn(self) -> str:
        """The ruleset's ARN."""
        ...

    @property
    def ruleset_name(self) -> str:
        """The ruleset's name."""
        ...


@runtime_checkable
class IJob(Protocol):
    """A Glue job."""

    @property
    def job_arn(self) -> str:
        """The job's ARN."""
        ...

    @property
    def job_name(self) -> str:
        """The job's name."""
        ...

    def metric(self, metric_name: str, type: MetricType, *, account: str | None = None, color: str | None = None,
               dimensions_map: Mapping[str, str] | None = None, id: str | None = None, label: str | None = None,
               period: Duration | None = None, region: str | None = None, stack_account: str | None = None,
               stack_region: str | None = None, statistic: str | None = None, unit: Unit | None = None,
               visible: bool | None = None) -> Metric:
        """A CloudWatch metric of this job."""
        ...

    def metric_failure(self, *, account: str | None = None, color: str | None = None,
                       dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                       label: str | None = None, period: Duration | None = None, region: str | None = None,
                       stack_account: str | None = None, stack_region: str | None = None,
                       statistic: str | None = None, unit: Unit | None = None,
                       visible: bool | None = None) -> Metric:
        """The count of failed runs (an event rule's triggered-rules metric)."""
        ...

    def metric_success(self, *, account: str | None = None, color: str | None = None,
                       dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                       label: str | None = None, period: Duration | None = None, region: str | None = None,
                       stack_account: str | None = None, stack_region: str | None = None,
                       statistic: str | None = None, unit: Unit | None = None,
                       visible: bool | None = None) -> Metric:
        """The count of succeeded runs."""
        ...

    def metric_timeout(self, *, account: str | None = None, color: str | None = None,
                       dimensions_map: Mapping[str, str] | None = None, id: str | None = None,
                       label: str | None = None, period: Duration | None = None, region: str | None = None,
                       stack_account: str | None = None, stack_region: str | None = None,
                       statistic: str | None = None, unit: Unit | None = None,
                       visible: bool | None = None) -> Metric:
        """The count of timed-out runs."""
        ...

    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """An EventBridge rule for this job's events."""
        ...

    def on_failure(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                   description: str | None = None, event_pattern: EventPattern | None = None,
                   rule_name: str | None = None) -> Rule:
        """A rule for failed runs."""
        ...

    def on_success(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                   description: str | None = None, event_pattern: EventPattern | None = None,
                   rule_name: str | None = None) -> Rule:
        """A rule for succeeded runs."""
        ...

    def on_timeout(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                   description: str | None = None, event_pattern: EventPattern | None = None,
                   rule_name: str | None = None) -> Rule:
        """A rule for timed-out runs."""
        ...


@runtime_checkable
class IWorkflow(Protocol):
    """A Glue workflow."""

    @property
    def workflow_arn(self) -> str:
        """The workflow's ARN."""
        ...

    @property
    def workflow_name(self) -> str:
        """The workflow's name."""
        ...

    def add_on_demand_trigger(self, id: str, *, actions: Sequence[Action], description: str | None = None,
                              name: str | None = None) -> CfnTrigger:
        """Add an on-demand trigger."""
        ...

    def add_scheduled_trigger(self, id: str, *, schedule: TriggerSchedule, start_on_creation: bool | None = None,
                              actions: Sequence[Action], description: str | None = None,
                              name: str | None = None) -> CfnTrigger:
        """Add a scheduled trigger."""
        ...

    def add_event_trigger(self, id: str, *, event_batching_condition: EventBatchingCondition | None = None,
                          actions: Sequence[Action], description: str | None = None,
                          name: str | None = None) -> CfnTrigger:
        """Add an EventBridge-event trigger."""
        ...

    def add_conditional_trigger(self, id: str, *, predicate: Predicate, start_on_creation: bool | None = None,
                                actions: Sequence[Action], description: str | None = None,
                                name: str | None = None) -> CfnTrigger:
        """Add a conditional trigger."""
        ...
