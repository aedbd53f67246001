"""Amazon EventBridge Scheduler constructs (aws-cdk-lib: ``aws_cdk.aws_scheduler``): ``Schedule``, ``ScheduleGroup``,
``ScheduleExpression``, ``ScheduleTargetInput`` and the L1 classes."""

from constructs.internals import check_public_classes
from l1.scheduler import *  # noqa: F403
from l1.scheduler import CfnSchedule, CfnScheduleGroup
from l2.scheduler._expression import CronOptionsWithTimezone, ScheduleExpression
from l2.scheduler._group import IScheduleGroup, ScheduleGroup, ScheduleGroupGrants, ScheduleGroupProps
from l2.scheduler._input import ContextAttribute, ScheduleTargetInput
from l2.scheduler._schedule import ISchedule, Schedule, ScheduleProps, TimeWindow
from l2.scheduler._target import IScheduleTarget, ScheduleTargetConfig

__all__ = [
    "CfnSchedule",
    "CfnScheduleGroup",
    "ContextAttribute",
    "CronOptionsWithTimezone",
    "ISchedule",
    "IScheduleGroup",
    "IScheduleTarget",
    "Schedule",
    "ScheduleExpression",
    "ScheduleGroup",
    "ScheduleGroupGrants",
    "ScheduleGroupProps",
    "ScheduleProps",
    "ScheduleTargetConfig",
    "ScheduleTargetInput",
    "TimeWindow",
]

check_public_classes(globals())
