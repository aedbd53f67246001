"""Types shared by the auto-scaling modules (aws-cdk-lib: ``aws_cdk.aws_autoscaling_common``).

``ScalingInterval`` is one step of a step-scaling policy; ``normalize_intervals`` and ``find_alarm_thresholds``
(in ``l2.autoscaling_common._intervals``) turn a list of them into the complete, ordered intervals and the
alarm positions a step-scaling policy renders.
"""

from constructs.internals import check_public_classes
from l2.autoscaling_common._types import (
    Alarms,
    ArbitraryIntervals,
    CompleteScalingInterval,
    IRandomGenerator,
    ScalingInterval,
)

__all__ = [
    "Alarms",
    "ArbitraryIntervals",
    "CompleteScalingInterval",
    "IRandomGenerator",
    "ScalingInterval",
]

check_public_classes(globals())
