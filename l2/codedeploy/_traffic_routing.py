"""How traffic moves to the new version during a Lambda or ECS deployment (``TrafficRouting``)."""

from __future__ import annotations

import abc

from constructs import Construct, Duration
from constructs.internals import structs


@structs.frozen(kw_only=True)
class CanaryTrafficRoutingConfig:
    """The canary settings of a ``TimeBasedCanary`` configuration.

    Args:
        canary_interval: minutes between the first and the second traffic shift.
        canary_percentage: the percentage of traffic moved in the first shift.
    """

    canary_interval: int | float
    canary_percentage: int | float


@structs.frozen(kw_only=True)
class LinearTrafficRoutingConfig:
    """The linear settings of a ``TimeBasedLinear`` configuration.

    Args:
        linear_interval: minutes between two traffic shifts.
        linear_percentage: the percentage of traffic moved at each shift.
    """

    linear_interval: int | float
    linear_percentage: int | float


@structs.frozen(kw_only=True)
class TrafficRoutingConfig:
    """What ``TrafficRouting.bind`` returns: the ``TrafficRoutingConfig`` of a ``CfnDeploymentConfig``.

    Args:
        type: ``AllAtOnce``, ``TimeBasedCanary`` or ``TimeBasedLinear``.
        time_based_canary: the canary settings (``TimeBasedCanary`` only).
        time_based_linear: the linear settings (``TimeBasedLinear`` only).
    """

    type: str
    time_based_canary: CanaryTrafficRoutingConfig | None = None
    time_based_linear: LinearTrafficRoutingConfig | None = None


@structs.frozen(kw_only=True)
class BaseTrafficShiftingConfigProps:
    """What the canary and linear shifts share.

    Args:
        interval: the time between traffic shifts (whole minutes).
        percentage: the percentage of traffic moved at each shift.
    """

    interval: Duration
    percentage: int | float


@structs.frozen(kw_only=True)
class TimeBasedCanaryTrafficRoutingProps(BaseTrafficShiftingConfigProps):
    """The properties of a ``TimeBasedCanaryTrafficRouting`` (see ``BaseTrafficShiftingConfigProps``)."""


@structs.frozen(kw_only=True)
class TimeBasedLinearTrafficRoutingProps(BaseTrafficShiftingConfigProps):
    """The properties of a ``TimeBasedLinearTrafficRouting`` (see ``BaseTrafficShiftingConfigProps``)."""


class TrafficRouting(abc.ABC):
    """How traffic shifts from the old version to the new one during a deployment."""

    @staticmethod
    def all_at_once() -> TrafficRouting:
        """All traffic in one shift."""
        return AllAtOnceTrafficRouting()

    @staticmethod
    def time_based_canary(*, interval: Duration, percentage: int | float) -> TrafficRouting:
        """``percentage`` of the traffic first, the rest after ``interval``.

        Args:
            interval: the time between the two shifts (whole minutes).
            percentage: the percentage of traffic moved in the first shift.
        """
        return TimeBasedCanaryTrafficRouting(interval=interval, percentage=percentage)

    @staticmethod
    def time_based_linear(*, interval: Duration, percentage: int | float) -> TrafficRouting:
        """``percentage`` more of the traffic every ``interval`` until all of it has moved.

        Args:
            interval: the time between two shifts (whole minutes).
            percentage: the percentage of traffic moved at each shift.
        """
        return TimeBasedLinearTrafficRouting(interval=interval, percentage=percentage)

    @abc.abstractmethod
    def bind(self, scope: Construct) -> TrafficRoutingConfig:
        """The traffic routing configuration to render."""


class AllAtOnceTrafficRouting(TrafficRouting):
    """All traffic in one shift (``AllAtOnce``)."""

    def bind(self, _scope: Construct) -> TrafficRoutingConfig:
        """A ``TrafficRoutingConfig`` of type ``AllAtOnce``."""
        return TrafficRoutingConfig(type="AllAtOnce")


class TimeBasedCanaryTrafficRouting(TrafficRouting):
    """A canary shift (``TimeBasedCanary``).

    Args:
        interval: the time between the two shifts (whole minutes).
        percentage: the percentage of traffic moved in the first shift.
    """

    def __init__(self, *, interval: Duration, percentage: int | float) -> None:
        self.interval = interval
        """The time between the two shifts."""
        self.percentage = percentage
        """The percentage of traffic moved in the first shift."""

    def bind(self, _scope: Construct) -> TrafficRoutingConfig:
        """A ``TrafficRoutingConfig`` of type ``TimeBasedCanary``."""
        return TrafficRoutingConfig(
            type="TimeBasedCanary",
            time_based_canary=CanaryTrafficRoutingConfig(
                canary_interval=self.interval.to_minutes(), canary_percentage=self.percentage
            ),
        )


class TimeBasedLinearTrafficRouting(TrafficRouting):
    """A linear shift (``TimeBasedLinear``).

    Args:
        interval: the time between two shifts (whole minutes).
        percentage: the percentage of traffic moved at each shift.
    """

    def __init__(self, *, interval: Duration, percentage: int | float) -> None:
        self.interval = interval
        """The time between two shifts."""
        self.percentage = percentage
        """The percentage of traffic moved at each shift."""

    def bind(self, _scope: Construct) -> TrafficRoutingConfig:
        """A ``TrafficRoutingConfig`` of type ``TimeBasedLinear``."""
        return TrafficRoutingConfig(
            type="TimeBasedLinear",
            time_based_linear=LinearTrafficRoutingConfig(
                linear_interval=self.interval.to_minutes(), linear_percentage=self.percentage
            ),
        )
