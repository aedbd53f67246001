"""``ScalableTarget``: a resource dimension Application Auto Scaling scales, with its scheduled actions."""

from __future__ import annotations

import datetime
import enum
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Construct, Duration, Lazy, Node, Resource, TimeZone, Token, ValidationError
from constructs.internals import structs
from l1._private.interfaces.applicationautoscaling import ScalableTargetReference as ScalableTargetReference
from l1.applicationautoscaling import CfnScalableTarget
from l2.applicationautoscaling._schedule import Schedule, cfn_date
from l2.autoscaling_common import ScalingInterval

if TYPE_CHECKING:
    from l2.applicationautoscaling._step_scaling import (
        AdjustmentType,
        MetricAggregationType,
        StepScalingPolicy,
    )
    from l2.applicationautoscaling._target_tracking import PredefinedMetric, TargetTrackingScalingPolicy
    from l2.cloudwatch import IMetric
    from l2.iam import IRole, PolicyStatement


class ServiceNamespace(enum.Enum):
    """The services whose resources Application Auto Scaling can scale."""

    ECS = "ecs"
    ELASTIC_MAP_REDUCE = "elasticmapreduce"
    EC2 = "ec2"
    APPSTREAM = "appstream"
    DYNAMODB = "dynamodb"
    RDS = "rds"
    SAGEMAKER = "sagemaker"
    CUSTOM_RESOURCE = "custom-resource"
    LAMBDA = "lambda"
    COMPREHEND = "comprehend"
    KAFKA = "kafka"
    ELASTICACHE = "elasticache"
    NEPTUNE = "neptune"
    CASSANDRA = "cassandra"
    WORKSPACES = "workspaces"


@runtime_checkable
class IScalableTarget(Protocol):
    """A scalable target (``ScalableTarget`` or an imported one)."""

    scalable_target_id: str
    """The target's id (``<resource id>|<dimension>|<namespace>``)."""

    @property
    def node(self) -> Node:
        """The construct node."""
        ...


@structs.frozen(kw_only=True)
class ScalableTargetProps:
    """The properties of a ``ScalableTarget``.

    Args:
        max_capacity: the most capacity Application Auto Scaling may scale out to.
        min_capacity: the least capacity Application Auto Scaling may scale in to.
        resource_id: the resource to scale (e.g. ``service/<cluster>/<service>``).
        scalable_dimension: the property scaled (e.g. ``ecs:service:DesiredCount``).
        service_namespace: the service of the resource.
        role: the role Application Auto Scaling uses (default: a new role).
    """

    max_capacity: int | float
    min_capacity: int | float
    resource_id: str
    scalable_dimension: str
    service_namespace: ServiceNamespace
    role: IRole | None = None


@structs.frozen(kw_only=True)
class ScalableTargetAttributes:
    """What ``ScalableTarget.from_scalable_target_attributes`` needs.

    Args:
        scalable_dimension: the scalable dimension.
        scalable_target_id: the target's id.
        service_namespace: the service namespace.
    """

    scalable_dimension: str
    scalable_target_id: str
    service_namespace: str


@structs.frozen(kw_only=True)
class ScalingSchedule:
    """A scheduled scaling action (``ScalableTarget.scale_on_schedule``).

    Args:
        schedule: when the action runs.
        end_time: when the action expires (default: never).
        max_capacity: the new maximum capacity (at least one of the capacities is required).
        min_capacity: the new minimum capacity.
        start_time: when the action becomes active (default: at once).
        time_zone: the time zone of ``at`` and ``cron`` expressions (default: UTC).
    """

    schedule: Schedule
    end_time: datetime.datetime | None = None
    max_capacity: int | float | None = None
    min_capacity: int | float | None = None
    start_time: datetime.datetime | None = None
    time_zone: TimeZone | None = None


def _enum_value(x: Any) -> Any:
    return x.value if isinstance(x, enum.Enum) else x


class _ImportedById(Resource):
    def __init__(self, scope: Construct, id: str, scalable_target_id: str) -> None:
        super().__init__(scope, id)
        self.scalable_target_id = scalable_target_id

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        raise ValidationError(
            "Cannot access scalableTargetRef on a ScalableTarget imported by ID only. Use "
            "ScalableTarget.fromScalableTargetAttributes() instead.",
            self,
        )


class _ImportedByAttributes(Resource):
    def __init__(self, scope: Construct, id: str, attrs: ScalableTargetAttributes) -> None:
        super().__init__(scope, id)
        self.scalable_target_id = attrs.scalable_target_id
        self._attrs = attrs

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        a = self._attrs
        return ScalableTargetReference(
            resource_id=a.scalable_target_id,
            scalable_dimension=a.scalable_dimension,
            service_namespace=a.service_namespace,
        )


def target_resource_id(target: Any) -> str:
    """The id a scaling policy puts in ``ScalingTargetId``."""
    ref = getattr(type(target), "scalable_target_ref", None)
    if ref is not None:
        return target.scalable_target_ref.resource_id
    return target.scalable_target_id


class ScalableTarget(Resource):
    """A scalable target: the capacity of a resource that Application Auto Scaling adjusts.

    Args:
        scope: the parent construct.
        id: the construct id.
        max_capacity: the most capacity Application Auto Scaling may scale out to.
        min_capacity: the least capacity Application Auto Scaling may scale in to.
        resource_id: the resource to scale (e.g. ``service/<cluster>/<service>``).
        scalable_dimension: the property scaled (e.g. ``ecs:service:DesiredCount``).
        service_namespace: the service of the resource.
        role: the role Application Auto Scaling uses (default: a new role it can assume).

    Raises:
        ValidationError: a negative capacity, or ``min_capacity`` above ``max_capacity``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-applicationautoscaling.ScalableTarget"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        max_capacity: int | float,
        min_capacity: int | float,
        resource_id: str,
        scalable_dimension: str,
        service_namespace: ServiceNamespace,
        role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id)
        if not Token.is_unresolved(max_capacity) and max_capacity < 0:
            raise ValidationError(f"maxCapacity cannot be negative, got: {_num(max_capacity)}", scope)
        if not Token.is_unresolved(min_capacity) and min_capacity < 0:
            raise ValidationError(f"minCapacity cannot be negative, got: {_num(min_capacity)}", scope)
        if not Token.is_unresolved(min_capacity) and not Token.is_unresolved(max_capacity) and max_capacity < min_capacity:
            raise ValidationError(
                f"minCapacity ({_num(min_capacity)}) should be lower than maxCapacity ({_num(max_capacity)})", scope
            )
        if role is None:
            from l2 import iam

            role = iam.Role(self, "Role", assumed_by=iam.ServicePrincipal("application-autoscaling.amazonaws.com"))
        self.role: IRole = role
        """The role Application Auto Scaling uses to scale the resource."""
        self._scalable_dimension = scalable_dimension
        self._service_namespace = _enum_value(service_namespace)
        self._actions: list[dict[str, Any]] = []
        resource = CfnScalableTarget(
            self,
            "Resource",
            max_capacity=max_capacity,
            min_capacity=min_capacity,
            resource_id=resource_id,
            role_arn=role.role_arn,
            scalable_dimension=scalable_dimension,
            scheduled_actions=Lazy.any(
                lambda: [CfnScalableTarget.ScheduledActionProperty(**a) for a in self._actions],
                omit_empty_array=True,
            ),
            service_namespace=self._service_namespace,
        )
        self.scalable_target_id: str = resource.ref
        """The target's id (``<resource id>|<dimension>|<namespace>``)."""
        self.node.default_child = resource

    @staticmethod
    def from_scalable_target_id(scope: Construct, id: str, scalable_target_id: str) -> IScalableTarget:
        """An existing scalable target, by id (its ``scalable_target_ref`` is not available)."""
        return _ImportedById(scope, id, scalable_target_id)

    @staticmethod
    def from_scalable_target_attributes(
        scope: Construct,
        id: str,
        *,
        scalable_dimension: str,
        scalable_target_id: str,
        service_namespace: str,
    ) -> IScalableTarget:
        """An existing scalable target, by id, dimension and namespace."""
        return _ImportedByAttributes(
            scope,
            id,
            ScalableTargetAttributes(
                scalable_dimension=scalable_dimension,
                scalable_target_id=scalable_target_id,
                service_namespace=service_namespace,
            ),
        )

    @property
    def scalable_target_ref(self) -> ScalableTargetReference:
        """The id, dimension and namespace of this target."""
        return ScalableTargetReference(
            resource_id=self.scalable_target_id,
            scalable_dimension=self._scalable_dimension,
            service_namespace=self._service_namespace,
        )

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the role's policy."""
        self.role.add_to_principal_policy(statement)

    def scale_on_schedule(
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
        """Scale out or in at the times of ``schedule``.

        Raises:
            ValidationError: neither ``min_capacity`` nor ``max_capacity``.
        """
        if min_capacity is None and max_capacity is None:
            given: dict[str, Any] = {"schedule": {"expressionString": schedule.expression_string}}
            for key, value in (("startTime", start_time), ("endTime", end_time), ("timeZone", time_zone)):
                if value is not None:
                    given[key] = cfn_date(value) if isinstance(value, datetime.datetime) else {}
            raise ValidationError(
                f"You must supply at least one of minCapacity or maxCapacity, got {json.dumps(given, separators=(',', ':'))}",
                self,
            )
        schedule._bind(self)
        action: dict[str, Any] = {
            "scheduled_action_name": id,
            "schedule": schedule.expression_string,
            "scalable_target_action": CfnScalableTarget.ScalableTargetActionProperty(
                max_capacity=max_capacity, min_capacity=min_capacity
            ),
        }
        if start_time is not None:
            action["start_time"] = cfn_date(start_time)
        if end_time is not None:
            action["end_time"] = cfn_date(end_time)
        if time_zone is not None:
            action["timezone"] = time_zone.timezone_name
        self._actions.append(action)

    def scale_on_metric(
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
    ) -> StepScalingPolicy:
        """Scale out or in in steps, as ``metric`` crosses the bounds of ``scaling_steps``."""
        from l2.applicationautoscaling._step_scaling import StepScalingPolicy

        return StepScalingPolicy(
            self,
            id,
            scaling_target=self,
            metric=metric,
            scaling_steps=scaling_steps,
            adjustment_type=adjustment_type,
            cooldown=cooldown,
            datapoints_to_alarm=datapoints_to_alarm,
            evaluation_periods=evaluation_periods,
            metric_aggregation_type=metric_aggregation_type,
            min_adjustment_magnitude=min_adjustment_magnitude,
        )

    def scale_to_track_metric(
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
    ) -> TargetTrackingScalingPolicy:
        """Scale out or in to keep a metric near ``target_value``."""
        from l2.applicationautoscaling._target_tracking import TargetTrackingScalingPolicy

        return TargetTrackingScalingPolicy(
            self,
            id,
            scaling_target=self,
            target_value=target_value,
            custom_metric=custom_metric,
            predefined_metric=predefined_metric,
            resource_label=resource_label,
            disable_scale_in=disable_scale_in,
            policy_name=policy_name,
            scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown,
        )


def _num(x: int | float) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)
