"""``ScalableTableAttribute``: the auto-scaled capacity of a ``Table`` or one of its global indexes."""

from __future__ import annotations

import datetime

from constructs import Duration, TimeZone
from l2.applicationautoscaling import BaseScalableAttribute, PredefinedMetric, Schedule


class ScalableTableAttribute(BaseScalableAttribute):
    """The read or write capacity of a table or index under Application Auto Scaling (``IScalableTableAttribute``)."""

    _scaling_policy_created = False

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
        """Change the capacity range on a schedule."""
        self._scaling_policy_created = True
        self._do_scale_on_schedule(
            id,
            schedule=schedule,
            end_time=end_time,
            max_capacity=max_capacity,
            min_capacity=min_capacity,
            start_time=start_time,
            time_zone=time_zone,
        )

    def scale_on_utilization(
        self,
        *,
        target_utilization_percent: int | float,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Keep the consumed share of the capacity near ``target_utilization_percent`` (10 to 90).

        Raises:
            ValueError: a target outside 10-90 (aws-cdk-lib raises a ``RangeError``).
        """
        if target_utilization_percent < 10 or target_utilization_percent > 90:
            raise ValueError(
                "targetUtilizationPercent for DynamoDB scaling must be between 10 and 90 percent, got: "
                f"{_num(target_utilization_percent)}"
            )
        self._scaling_policy_created = True
        metric = (
            PredefinedMetric.DYNAMODB_WRITE_CAPACITY_UTILIZATION
            if "ReadCapacity" not in self._props.dimension
            else PredefinedMetric.DYNAMODB_READ_CAPACITY_UTILIZATION
        )
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib passes an object literal naming these keys, undefined ones too (analytics metadata)
        analytics_call(self._target, "scaleToTrackMetric", ["Tracking", {
            "policy_name": policy_name, "disable_scale_in": disable_scale_in, "scale_in_cooldown": scale_in_cooldown,
            "scale_out_cooldown": scale_out_cooldown, "target_value": target_utilization_percent,
            "predefined_metric": metric}])
        with analytics_quiet(type(self._target)):
            self._do_scale_to_track_metric(
                "Tracking",
                policy_name=policy_name,
                disable_scale_in=disable_scale_in,
                scale_in_cooldown=scale_in_cooldown,
                scale_out_cooldown=scale_out_cooldown,
                target_value=target_utilization_percent,
                predefined_metric=metric,
            )


def _num(x: int | float) -> str:
    return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)
