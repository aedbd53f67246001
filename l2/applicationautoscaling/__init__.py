"""Application Auto Scaling constructs (aws-cdk-lib: ``aws_cdk.aws_applicationautoscaling``) and the L1 classes.

A ``ScalableTarget`` registers a resource's capacity (an ECS service's task count, a DynamoDB table's capacity,
a Lambda alias's provisioned concurrency, ...) with Application Auto Scaling. It scales on a ``Schedule``
(``scale_on_schedule``), in steps on a metric (``scale_on_metric``: a ``StepScalingPolicy`` with its alarms) or to
keep a metric near a target (``scale_to_track_metric``). ``BaseScalableAttribute`` is the base the services'
own scalable attributes build on.
"""

from constructs.internals import check_public_classes
from l1.applicationautoscaling import *  # noqa: F403
from l1.applicationautoscaling import CfnScalableTarget, CfnScalingPolicy
from l2.applicationautoscaling._base_scalable_attribute import (
    BaseScalableAttribute,
    BaseScalableAttributeProps,
    EnableScalingProps,
)
from l2.applicationautoscaling._scalable_target import (
    IScalableTarget,
    ScalableTarget,
    ScalableTargetAttributes,
    ScalableTargetProps,
    ScalingSchedule,
    ServiceNamespace,
)
from l2.applicationautoscaling._schedule import CronOptions, Schedule
from l2.applicationautoscaling._step_scaling import (
    AdjustmentTier,
    AdjustmentType,
    BasicStepScalingPolicyProps,
    MetricAggregationType,
    StepScalingAction,
    StepScalingActionProps,
    StepScalingPolicy,
    StepScalingPolicyProps,
)
from l2.applicationautoscaling._target_tracking import (
    BaseTargetTrackingProps,
    BasicTargetTrackingScalingPolicyProps,
    PredefinedMetric,
    TargetTrackingScalingPolicy,
    TargetTrackingScalingPolicyProps,
)
from l2.autoscaling_common import ScalingInterval

__all__ = [
    "AdjustmentTier",
    "AdjustmentType",
    "BaseScalableAttribute",
    "BaseScalableAttributeProps",
    "BaseTargetTrackingProps",
    "BasicStepScalingPolicyProps",
    "BasicTargetTrackingScalingPolicyProps",
    "CfnScalableTarget",
    "CfnScalingPolicy",
    "CronOptions",
    "EnableScalingProps",
    "IScalableTarget",
    "MetricAggregationType",
    "PredefinedMetric",
    "ScalableTarget",
    "ScalableTargetAttributes",
    "ScalableTargetProps",
    "ScalingInterval",
    "ScalingSchedule",
    "Schedule",
    "ServiceNamespace",
    "StepScalingAction",
    "StepScalingActionProps",
    "StepScalingPolicy",
    "StepScalingPolicyProps",
    "TargetTrackingScalingPolicy",
    "TargetTrackingScalingPolicyProps",
]

check_public_classes(globals())
