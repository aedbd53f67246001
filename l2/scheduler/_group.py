"""``ScheduleGroup``: a group of schedules, with grants and metrics; ``IScheduleGroup`` and its grants."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    ArnComponents,
    ArnFormat,
    Aws,
    Construct,
    Duration,
    Names,
    RemovalPolicy,
    Resource,
    Stack,
)
from constructs.internals import structs
from l1._private.interfaces.scheduler import ScheduleGroupReference as ScheduleGroupReference
from l1.scheduler import CfnScheduleGroup
from l2._private.metric_options import given_options as _metric_options

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable


@structs.frozen(kw_only=True)
class ScheduleGroupProps:
    """The properties of a ``ScheduleGroup``.

    Args:
        removal_policy: what happens to the group when it leaves the stack (default ``RETAIN``).
        schedule_group_name: the group's name (default a unique name generated from the construct path).
    """

    removal_policy: RemovalPolicy | None = None
    schedule_group_name: str | None = None


@runtime_checkable
class IScheduleGroup(Protocol):
    """A schedule group: ``ScheduleGroup`` or one returned by its ``from_*`` methods."""

    @property
    def schedule_group_arn(self) -> str:
        """The ARN of the group."""
        ...

    @property
    def schedule_group_name(self) -> str:
        """The name of the group."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the group to ``grantee``."""
        ...

    def grant_read_schedules(self, identity: IGrantable) -> Grant:
        """Grant reading the group's schedules."""
        ...

    def grant_write_schedules(self, identity: IGrantable) -> Grant:
        """Grant creating and updating the group's schedules."""
        ...

    def grant_delete_schedules(self, identity: IGrantable) -> Grant:
        """Grant deleting the group's schedules."""
        ...

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of the group (namespace ``AWS/Scheduler``)."""
        ...

    def metric_throttled(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations throttled by the service quota (Sum over 5 minutes)."""
        ...

    def metric_attempts(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocation attempts (Sum over 5 minutes)."""
        ...

    def metric_target_errors(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations that failed because the target returned an error (Sum)."""
        ...

    def metric_target_throttled(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations that failed because the target throttled them (Sum)."""
        ...

    def metric_dropped(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations dropped after all retries, without a dead-letter queue (Sum)."""
        ...

    def metric_sent_to_dlq(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations delivered to the dead-letter queue (Sum)."""
        ...

    def metric_failed_to_be_sent_to_dlq(
        self,
        error_code: str | None = None,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations that could not be delivered to the dead-letter queue (Sum), for one ``error_code`` or all."""
        ...

    def metric_sent_to_dlq_truncated(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Payloads truncated when sent to the dead-letter queue (Sum)."""
        ...


class ScheduleGroupGrants:
    """Permission helpers for the schedules of a group (``group.grants``).

    Args:
        resource: the schedule group the permissions are granted on.
    """

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    @staticmethod
    def from_schedule_group(resource: IScheduleGroup) -> ScheduleGroupGrants:
        """The grants of ``resource``."""
        return ScheduleGroupGrants(resource)

    def read_schedules(self, grantee: IGrantable) -> Grant:
        """Grant ``scheduler:GetSchedule`` and ``scheduler:ListSchedules`` on the group's schedules."""
        return self._grant(grantee, ["scheduler:GetSchedule", "scheduler:ListSchedules"])

    def write_schedules(self, grantee: IGrantable) -> Grant:
        """Grant ``scheduler:CreateSchedule`` and ``scheduler:UpdateSchedule`` on the group's schedules."""
        return self._grant(grantee, ["scheduler:CreateSchedule", "scheduler:UpdateSchedule"])

    def delete_schedules(self, grantee: IGrantable) -> Grant:
        """Grant ``scheduler:DeleteSchedule`` on the group's schedules."""
        return self._grant(grantee, ["scheduler:DeleteSchedule"])

    def _grant(self, grantee: IGrantable, actions: list[str]) -> Grant:
        from constructs import Arn
        from l2 import iam

        env = self._resource.env
        arn = Arn.format(
            ArnComponents(
                region=env.region,
                account=env.account,
                partition=Aws.PARTITION,
                service="scheduler",
                resource="schedule",
                resource_name=f"{self._resource.schedule_group_name}/*",
            )
        )
        return iam.Grant.add_to_principal(grantee=grantee, actions=actions, resource_arns=[arn])


class _ScheduleGroupBase(Resource):
    """What new and imported schedule groups share: grants and metrics."""

    schedule_group_name: str
    _schedule_group_arn: str

    @property
    def schedule_group_arn(self) -> str:
        """The ARN of the group."""
        return self._schedule_group_arn

    @property
    def grants(self) -> ScheduleGroupGrants:
        """Permission helpers for the group's schedules."""
        return ScheduleGroupGrants(self)

    @property
    def schedule_group_ref(self) -> ScheduleGroupReference:
        """The group's ARN and name."""
        return ScheduleGroupReference(
            schedule_group_arn=self.schedule_group_arn, schedule_group_name=self.schedule_group_name
        )

    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of this group (namespace ``AWS/Scheduler``, dimension ``ScheduleGroup``, Sum over 5 minutes)."""
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/Scheduler",
            "metric_name": metric_name,
            "dimensions_map": {"ScheduleGroup": self.schedule_group_name},
            "statistic": "sum",
        }
        options.update(_metric_options(locals(), "metric_name", "options", "cloudwatch"))
        return cloudwatch.Metric(**options).attach_to(self)

    def metric_throttled(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations throttled by the service quota (Sum over 5 minutes)."""
        return self.metric("InvocationThrottleCount", **_metric_options(locals()))

    def metric_attempts(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocation attempts (Sum over 5 minutes)."""
        return self.metric("InvocationAttemptCount", **_metric_options(locals()))

    def metric_target_errors(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations that failed because the target returned an error (Sum)."""
        return self.metric("TargetErrorCount", **_metric_options(locals()))

    def metric_target_throttled(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations that failed because the target throttled them (Sum)."""
        return self.metric("TargetErrorThrottledCount", **_metric_options(locals()))

    def metric_dropped(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations dropped after all retries, without a dead-letter queue (Sum)."""
        return self.metric("InvocationDroppedCount", **_metric_options(locals()))

    def metric_sent_to_dlq(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations delivered to the dead-letter queue (Sum)."""
        return self.metric("InvocationsSentToDeadLetterCount", **_metric_options(locals()))

    def metric_failed_to_be_sent_to_dlq(
        self,
        error_code: str | None = None,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Invocations that could not be delivered to the dead-letter queue (Sum), for one ``error_code`` or all."""
        name = f"InvocationsFailedToBeSentToDeadLetterCount_{error_code}" if error_code else "InvocationsFailedToBeSentToDeadLetterCount"
        return self.metric(name, **_metric_options(locals(), "error_code", "name"))

    def metric_sent_to_dlq_truncated(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Payloads truncated when sent to the dead-letter queue (Sum)."""
        return self.metric("InvocationsSentToDeadLetterCount_Truncated_MessageSizeExceeded", **_metric_options(locals()))

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this group to ``grantee``."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.schedule_group_arn])

    def grant_read_schedules(self, identity: IGrantable) -> Grant:
        """Grant reading the group's schedules."""
        return self.grants.read_schedules(identity)

    def grant_write_schedules(self, identity: IGrantable) -> Grant:
        """Grant creating and updating the group's schedules."""
        return self.grants.write_schedules(identity)

    def grant_delete_schedules(self, identity: IGrantable) -> Grant:
        """Grant deleting the group's schedules."""
        return self.grants.delete_schedules(identity)


class _ImportedScheduleGroup(_ScheduleGroupBase):
    def __init__(self, scope: Construct, id: str, schedule_group_arn: str, schedule_group_name: str) -> None:
        super().__init__(scope, id)
        self._schedule_group_arn = schedule_group_arn
        self.schedule_group_name = schedule_group_name


class ScheduleGroup(_ScheduleGroupBase):
    """A group of EventBridge Scheduler schedules (``AWS::Scheduler::ScheduleGroup``).

    Args:
        scope: the parent construct.
        id: the construct id.
        removal_policy: what happens to the group when it leaves the stack (default ``RETAIN``).
        schedule_group_name: the group's name (default a unique name generated from the construct path).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-scheduler.ScheduleGroup"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        removal_policy: RemovalPolicy | None = None,
        schedule_group_name: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.schedule_group_name = (
            schedule_group_name
            if schedule_group_name is not None
            else Names.unique_resource_name(self, max_length=64, separator="-")
        )
        self._resource = CfnScheduleGroup(self, "Resource", name=self.schedule_group_name)
        self._resource.apply_removal_policy(removal_policy)
        self.__arn: str | None = None

    @property
    def schedule_group_arn(self) -> str:
        """The ARN of the group."""
        if self.__arn is None:
            self.__arn = self.get_resource_arn_attribute(
                self._resource.attr_arn,
                {"service": "scheduler", "resource": "schedule-group", "resource_name": self.schedule_group_name},
            )
        return self.__arn

    @staticmethod
    def from_schedule_group_arn(scope: Construct, id: str, schedule_group_arn: str) -> IScheduleGroup:
        """An existing schedule group, by ARN."""
        name = Stack.of(scope).split_arn(schedule_group_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        return _ImportedScheduleGroup(scope, id, schedule_group_arn, name or "")

    @staticmethod
    def from_default_schedule_group(scope: Construct, id: str) -> IScheduleGroup:
        """The account's ``default`` schedule group."""
        return ScheduleGroup.from_schedule_group_name(scope, id, "default")

    @staticmethod
    def from_schedule_group_name(scope: Construct, id: str, schedule_group_name: str) -> IScheduleGroup:
        """An existing schedule group of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(
            service="scheduler", resource="schedule-group", resource_name=schedule_group_name
        )
        return ScheduleGroup.from_schedule_group_arn(scope, id, arn)
