"""``BaseScalableAttribute``: the base of a service's scalable attribute (DynamoDB capacity, Lambda concurrency)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration, ResourceEnvironment, TimeZone
from constructs.internals import structs
from l2.applicationautoscaling._scalable_target import (
    ScalableTarget,
    ScalableTargetReference,
    ServiceNamespace,
)
from l2.applicationautoscaling._schedule import Schedule
from l2.autoscaling_common import ScalingInterval

if TYPE_CHECKING:
    from l2.applicationautoscaling._step_scaling import AdjustmentType, MetricAggregationType
    from l2.applicationautoscaling._target_tracking import PredefinedMetric
    from l2.cloudwatch import IMetric
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class EnableScalingProps:
    """The capacity range of auto scaling.

    Args:
        max_capacity: the most capacity.
        min_capacity: the least capacity (default: 1).
    """

    max_capacity: int | float
    min_capacity: int | float | None = None


@structs.frozen(kw_only=True)
class BaseScalableAttributeProps(EnableScalingProps):
    """The properties of a ``BaseScalableAttribute``.

    Args:
        dimension: the scalable dimension.
        resource_id: the resource to scale.
        role: the role Application Auto Scaling uses.
        service_namespace: the service of the resource.
    """

    dimension: str
    resource_id: str
    role: IRole
    service_namespace: ServiceNamespace


class BaseScalableAttribute(Construct):
    """A scalable attribute of a resource; subclasses expose typed ``scale_on_*`` methods over the
    protected ``_do_scale_*`` ones, which add policies to the ``Target`` child (a ``ScalableTarget``).

    Args:
        scope: the parent construct.
        id: the construct id.
        dimension: the scalable dimension.
        resource_id: the resource to scale.
        role: the role Application Auto Scaling uses.
        service_namespace: the service of the resource.
        max_capacity: the most capacity.
        min_capacity: the least capacity (default: 1).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        dimension: str,
        resource_id: str,
        role: IRole,
        service_namespace: ServiceNamespace,
        max_capacity: int | float,
        min_capacity: int | float | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._props = BaseScalableAttributeProps(
            dimension=dimension,
            resource_id=resource_id,
            role=role,
            service_namespace=service_namespace,
            max_capacity=max_capacity,
            min_capacity=min_capacity,
        )
        self._target = ScalableTarget(
            self,
            "Target",
            service_namespace=service_namespace,
            scalable_dimension=dimension,
            resource_id=resource_id,
            role=role,
            min_capacity=min_capacity if min_capacity is not None else 1,
            max_capacity=max_capacity,
        )

    @property
    def env(self) -> ResourceEnvironment:
        """The account and region of the scalable target."""
        return self._target.env

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        """The id, dimension and namespace of the scalable target."""
        return self._target.scalable_target_ref

    def _do_scale_on_schedule(
        self,
        id: str,
        *,
        schedule: Schedule,
        end_time: datetime.datetime | None = None,
        max_capacity: int | float | None = None,
        min_capacity: int | float | None = None,
        start_time: datetime.datetime | None = None,
        time_zone: TimeZone | None = None,
    ) -> None:
        """Scale on a schedule (``ScalableTarget.scale_on_schedule``)."""
        self._target.scale_on_schedule(
            id,
            schedule=schedule,
            end_time=end_time,
            max_capacity=max_capacity,
            min_capacity=min_capacity,
            start_time=start_time,
            time_zone=time_zone,
        )

    def _do_scale_on_metric(
        self,
        id: str,
        *,
        metric: IMetric,
        scaling_steps: Sequence[ScalingInterval],
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        datapoints_to_alarm: int | float | None = None,
        evaluation_periods: int | float | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: int | float | None = None,
    ) -> None:
        """Scale in steps on a metric (``ScalableTarget.scale_on_metric``)."""
        self._target.scale_on_metric(
            id,
            metric=metric,
            scaling_steps=scaling_steps,
            adjustment_type=adjustment_type,
            cooldown=cooldown,
            datapoints_to_alarm=datapoints_to_alarm,
            evaluation_periods=evaluation_periods,
            metric_aggregation_type=metric_aggregation_type,
            min_adjustment_magnitude=min_adjustment_magnitude,
        )

    def _do_scale_to_track_metric(
        self,
        id: str,
        *,
        target_value: int | float,
        custom_metric: IMetric | None = None,
        predefined_metric: PredefinedMetric | None = None,
        resource_label: str | None = None,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Track a metric (``ScalableTarget.scale_to_track_metric``)."""
        self._target.scale_to_track_metric(
            id,
            target_value=target_value,
            custom_metric=custom_metric,
            predefined_metric=predefined_metric,
            resource_label=resource_label,
            disable_scale_in=disable_scale_in,
            policy_name=policy_name,
            scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown,
        )


