"""Amazon CodeGuru Profiler constructs (aws-cdk-lib: ``aws_cdk.aws_codeguruprofiler``): ``ProfilingGroup`` and the
L1 classes."""

from constructs.internals import check_public_classes
from l1.codeguruprofiler import *  # noqa: F403
from l1.codeguruprofiler import __all__ as _l1_all
from l2.codeguruprofiler._grants import ProfilingGroupGrants
from l2.codeguruprofiler._interfaces import IProfilingGroup
from l2.codeguruprofiler._profiling_group import ComputePlatform, ProfilingGroup, ProfilingGroupProps

__all__ = [
    *_l1_all,
    "ComputePlatform",
    "IProfilingGroup",
    "ProfilingGroup",
    "ProfilingGroupGrants",
    "ProfilingGroupProps",
]

check_public_classes(globals())
