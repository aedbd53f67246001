"""The provisioned concurrency of an alias as an Application Auto Scaling attribute (``Alias.add_auto_scaling``).

Loaded on first use, so that importing ``l2.lambda_`` does not load ``l2.applicationautoscaling``.
"""

from __future__ import annotations

import datetime

from constructs import Duration, TimeZone, Token, ValidationError
from l2.applicationautoscaling import BaseScalableAttribute, PredefinedMetric, Schedule


class ScalableFunctionAttribute(BaseScalableAttribute):
    """An alias's ``lambda:function:ProvisionedConcurrency``: scales on utilization or a schedule."""

    def scale_on_utilization(
        self,
        *,
        utilization_target: float,
        disable_scale_in: bool | None = None,
        policy_name: str | None = None,
        scale_in_cooldown: Duration | None = None,
        scale_out_cooldown: Duration | None = None,
    ) -> None:
        """Keep provisioned-concurrency utilization at ``utilization_target`` (0.1 to 0.9), as ``Tracking``.

        Raises:
            ValidationError: a target outside 0.1-0.9.
        """
        if not Token.is_unresolved(utilization_target) and not 0.1 <= utilization_target <= 0.9:
            raise ValidationError(
                f"Utilization Target should be between 0.1 and 0.9. Found {_js_number(utilization_target)}.", self)
        self._do_scale_to_track_metric(
            "Tracking", target_value=utilization_target,
            predefined_metric=PredefinedMetric.LAMBDA_PROVISIONED_CONCURRENCY_UTILIZATION,
            disable_scale_in=disable_scale_in, policy_name=policy_name, scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown)

    def scale_on_schedule(
        self,
        id: str,
        *,
        schedule: Schedule,
        end_time: datetime.datetime | None = None,
        max_capacity: float | None = None,
        min_capacity: float | None = None,
        start_time: datetime.datetime | None = None,
        time_zone: TimeZone | None = None,
    ) -> None:
        """Change the capacity range on a schedule (a scheduled action named ``id``)."""
        self._do_scale_on_schedule(id, schedule=schedule, end_time=end_time, max_capacity=max_capacity,
                                   min_capacity=min_capacity, start_time=start_time, time_zone=time_zone)


def _js_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
