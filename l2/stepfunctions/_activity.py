"""``Activity``: a task that a worker you run polls for (``AWS::StepFunctions::Activity``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import ArnFormat, Construct, Duration, Lazy, Names, Resource, Stack
from l1._private.interfaces.stepfunctions import ActivityReference, IActivityRef
from l1.stepfunctions import CfnActivity
from l2._private.metric_options import given_options as _metric_options
from l2.stepfunctions._types import (
    CustomerManagedEncryptionConfiguration,
    EncryptionConfiguration,
    build_encryption_configuration,
)

if TYPE_CHECKING:
    from l2.cloudwatch import Metric, Unit
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IActivity(IActivityRef, Protocol):
    """An activity: ``Activity`` or one returned by ``Activity.from_activity_arn``/``_name``."""

    @property
    def activity_arn(self) -> str:
        """The activity's ARN."""
        ...

    @property
    def activity_name(self) -> str:
        """The activity's name."""
        ...

    @property
    def encryption_configuration(self) -> EncryptionConfiguration | None:
        """How the activity's data is encrypted (``None``: AWS owned key, or unknown for imports)."""
        ...


class _ImportedActivity(Resource):
    def __init__(self, scope: Construct, id: str, activity_arn: str) -> None:
        super().__init__(scope, id)
        self.activity_arn = activity_arn
        self.activity_name = Stack.of(self).split_arn(activity_arn, ArnFormat.COLON_RESOURCE_NAME).resource_name or ""
        self.encryption_configuration: EncryptionConfiguration | None = None

    @property
    def activity_ref(self) -> ActivityReference:
        """A reference to the activity."""
        return ActivityReference(activity_arn=self.activity_arn)


class Activity(Resource):
    """An activity: a task whose work a worker polls for and reports back.

    Args:
        activity_name: a physical name (default: generated from the construct path).
        encryption_configuration: the key the activity's data is encrypted with.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions.Activity"
    """The id property injectors register for."""

    def __init__(self, scope: Construct, id: str, *, activity_name: str | None = None,
                 encryption_configuration: EncryptionConfiguration | None = None) -> None:
        super().__init__(scope, id, physical_name=activity_name or Lazy.string(lambda: self._generate_name()))
        self.encryption_configuration = encryption_configuration
        if isinstance(encryption_configuration, CustomerManagedEncryptionConfiguration):
            from l2 import iam

            encryption_configuration.kms_key.add_to_resource_policy(iam.PolicyStatement(
                resources=["*"], actions=["kms:Decrypt", "kms:GenerateDataKey"],
                principals=[iam.ServicePrincipal("states.amazonaws.com")],
                conditions={"StringEquals": {"kms:EncryptionContext:aws:states:activityArn": Stack.of(self).format_arn(
                    service="states", resource="activity", arn_format=ArnFormat.COLON_RESOURCE_NAME,
                    resource_name=self.physical_name)}},
            ))
        self.resource = CfnActivity(self, "Resource", name=self.physical_name,
                                    encryption_configuration=build_encryption_configuration(encryption_configuration))
        self.activity_arn = self.get_resource_arn_attribute(self.resource.ref, {
            "service": "states", "resource": "activity", "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME})
        self.activity_name = self.get_resource_name_attribute(self.resource.attr_name)

    @staticmethod
    def from_activity_arn(scope: Construct, id: str, activity_arn: str) -> IActivity:
        """An activity defined elsewhere, by ARN."""
        return _ImportedActivity(scope, id, activity_arn)

    @staticmethod
    def from_activity_name(scope: Construct, id: str, activity_name: str) -> IActivity:
        """An activity of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(service="states", resource="activity", resource_name=activity_name,
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return Activity.from_activity_arn(scope, id, arn)

    @property
    def activity_ref(self) -> ActivityReference:
        """A reference to the activity."""
        return ActivityReference(activity_arn=self.activity_arn)

    def grant(self, identity: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the activity."""
        from l2 import iam

        return iam.Grant.add_to_principal(grantee=identity, actions=list(actions), resource_arns=[self.activity_arn])

    def _generate_name(self) -> str:
        name = Names.unique_id(self)
        return name[:40] + name[-40:] if len(name) > 80 else name

    def _canned_metric(self, metric_name: str, statistic: str, props: dict[str, Any]) -> Metric:
        from l2 import cloudwatch

        options: dict[str, Any] = {"namespace": "AWS/States", "metric_name": metric_name,
                                   "dimensions_map": {"ActivityArn": self.activity_arn}, "statistic": statistic}
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

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
        """A metric of this activity (namespace ``AWS/States``, dimension ``ActivityArn``; default Sum over 5 minutes)."""
        props = _metric_options(locals(), "metric_name")
        from l2 import cloudwatch

        options: dict[str, Any] = {
            "namespace": "AWS/States",
            "metric_name": metric_name,
            "dimensions_map": {"ActivityArn": self.activity_arn},
            "statistic": "sum",
        }
        options.update(props)
        return cloudwatch.Metric(**options).attach_to(self)

    def metric_run_time(
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
        """The time the activity ran (Average over 5 minutes)."""
        return self._canned_metric("ActivityRunTime", "Average", _metric_options(locals()))

    def metric_schedule_time(
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
        """The time the activity waited to be scheduled (Average over 5 minutes)."""
        return self._canned_metric("ActivityScheduleTime", "Average", _metric_options(locals()))

    def metric_time(
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
        """The time from scheduled to closed (Average over 5 minutes)."""
        return self._canned_metric("ActivityTime", "Average", _metric_options(locals()))

    def metric_scheduled(
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
        """How many times the activity was scheduled (Sum over 5 minutes)."""
        return self._canned_metric("ActivitiesScheduled", "Sum", _metric_options(locals()))

    def metric_timed_out(
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
        """How many times the activity timed out (Sum over 5 minutes)."""
        return self._canned_metric("ActivitiesTimedOut", "Sum", _metric_options(locals()))

    def metric_started(
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
        """How many times the activity started (Sum over 5 minutes)."""
        return self._canned_metric("ActivitiesStarted", "Sum", _metric_options(locals()))

    def metric_succeeded(
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
        """How many times the activity succeeded (Sum over 5 minutes)."""
        return self._canned_metric("ActivitiesSucceeded", "Sum", _metric_options(locals()))

    def metric_failed(
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
        """How many times the activity failed (Sum over 5 minutes)."""
        return self._canned_metric("ActivitiesFailed", "Sum", _metric_options(locals()))

    def metric_heartbeat_timed_out(
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
        """How many times the activity's heartbeat timed out (Sum over 5 minutes)."""
        return self._canned_metric("ActivitiesHeartbeatTimedOut", "Sum", _metric_options(locals()))
