"""The value types of ``AutoScalingGroup``: enums, option structs, ``Signals``, ``UpdatePolicy``, health checks,
group metrics, scaling events and block device volumes."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, Token, UnscopedValidationError
from constructs._cfn_policies import (
    CfnAutoScalingInstanceRefresh,
    CfnAutoScalingInstanceRefreshAlarmSpecification,
    CfnAutoScalingReplacingUpdate,
    CfnCreationPolicy,
    CfnResourceAutoScalingCreationPolicy,
    CfnResourceSignal,
    CfnUpdatePolicy,
)
from constructs.internals import structs
from l1._private.interfaces.autoscaling import AutoScalingGroupReference as AutoScalingGroupReference
from l1._private.interfaces.autoscaling import LifecycleHookReference as LifecycleHookReference
from l2.ec2._block_devices import (
    BlockDevice,
    EbsDeviceOptions,
    EbsDeviceOptionsBase,
    EbsDeviceProps,
    EbsDeviceSnapshotOptions,
    EbsDeviceVolumeType,
)
from l2.ec2._block_devices import BlockDeviceVolume as _Ec2BlockDeviceVolume

if TYPE_CHECKING:
    from l2.cloudwatch import IAlarm
    from l2.ec2 import ILaunchTemplate, InstanceRequirementsConfig, InstanceType
    from l2.sns import ITopic

__all__ = [
    "BlockDevice",
    "EbsDeviceOptions",
    "EbsDeviceOptionsBase",
    "EbsDeviceProps",
    "EbsDeviceSnapshotOptions",
    "EbsDeviceVolumeType",
]


class BlockDeviceVolume(_Ec2BlockDeviceVolume):
    """The volume of a block device: ``ebs(size)``, ``ebs_from_snapshot(id)``, ``ephemeral(n)`` or ``no_device()``.

    Args:
        ebs_device: the EBS volume's settings (for an EBS volume).
        virtual_name: the instance store volume's name, ``ephemeral<n>`` (for an instance store volume).
    """

    _no_device: BlockDeviceVolume | None = None

    @classmethod
    def no_device(cls) -> BlockDeviceVolume:
        """Suppress a volume mapping of the image (``NoDevice``)."""
        if BlockDeviceVolume._no_device is None:
            BlockDeviceVolume._no_device = BlockDeviceVolume()
        return BlockDeviceVolume._no_device


class Monitoring(enum.Enum):
    """Instance monitoring: basic (5 minutes) or detailed (1 minute)."""

    BASIC = "BASIC"
    DETAILED = "DETAILED"


class OnDemandAllocationStrategy(enum.Enum):
    """How On-Demand capacity is filled from the overrides."""

    PRIORITIZED = "prioritized"
    LOWEST_PRICE = "lowest-price"


class SpotAllocationStrategy(enum.Enum):
    """How Spot capacity is filled."""

    LOWEST_PRICE = "lowest-price"
    CAPACITY_OPTIMIZED = "capacity-optimized"
    CAPACITY_OPTIMIZED_PRIORITIZED = "capacity-optimized-prioritized"
    PRICE_CAPACITY_OPTIMIZED = "price-capacity-optimized"


class CapacityDistributionStrategy(enum.Enum):
    """How instances are spread over Availability Zones when launches fail in one."""

    BALANCED_ONLY = "balanced-only"
    BALANCED_BEST_EFFORT = "balanced-best-effort"


class DeletionProtection(enum.Enum):
    """Whether the group can be deleted."""

    NONE = "none"
    PREVENT_FORCE_DELETION = "prevent-force-deletion"
    PREVENT_ALL_DELETION = "prevent-all-deletion"


class TerminateHookAbandonAction(enum.Enum):
    """What happens to an instance whose terminate lifecycle hook is abandoned."""

    RETAIN = "retain"
    TERMINATE = "terminate"


class TerminationPolicy(enum.Enum):
    """Which instances scale-in terminates first."""

    ALLOCATION_STRATEGY = "AllocationStrategy"
    CLOSEST_TO_NEXT_INSTANCE_HOUR = "ClosestToNextInstanceHour"
    DEFAULT = "Default"
    NEWEST_INSTANCE = "NewestInstance"
    OLDEST_INSTANCE = "OldestInstance"
    OLDEST_LAUNCH_CONFIGURATION = "OldestLaunchConfiguration"
    OLDEST_LAUNCH_TEMPLATE = "OldestLaunchTemplate"
    CUSTOM_LAMBDA_FUNCTION = "CustomLambdaFunction"


class ScalingEvent(enum.Enum):
    """A fleet event that can be notified."""

    INSTANCE_LAUNCH = "autoscaling:EC2_INSTANCE_LAUNCH"
    INSTANCE_TERMINATE = "autoscaling:EC2_INSTANCE_TERMINATE"
    INSTANCE_TERMINATE_ERROR = "autoscaling:EC2_INSTANCE_TERMINATE_ERROR"
    INSTANCE_LAUNCH_ERROR = "autoscaling:EC2_INSTANCE_LAUNCH_ERROR"
    TEST_NOTIFICATION = "autoscaling:TEST_NOTIFICATION"


class ScalingProcess(enum.Enum):
    """An Auto Scaling process (suspended during rolling updates)."""

    LAUNCH = "Launch"
    TERMINATE = "Terminate"
    HEALTH_CHECK = "HealthCheck"
    REPLACE_UNHEALTHY = "ReplaceUnhealthy"
    AZ_REBALANCE = "AZRebalance"
    ALARM_NOTIFICATION = "AlarmNotification"
    SCHEDULED_ACTIONS = "ScheduledActions"
    ADD_TO_LOAD_BALANCER = "AddToLoadBalancer"
    INSTANCE_REFRESH = "InstanceRefresh"


class InstanceRefreshStrategy(enum.Enum):
    """The strategy of an instance refresh."""

    ROLLING = "Rolling"
    REPLACE_ROOT_VOLUME = "ReplaceRootVolume"


class ScaleInProtectedInstances(enum.Enum):
    """What an instance refresh does with scale-in protected instances."""

    REFRESH = "Refresh"
    IGNORE = "Ignore"
    WAIT = "Wait"


class StandbyInstances(enum.Enum):
    """What an instance refresh does with instances in standby."""

    TERMINATE = "Terminate"
    IGNORE = "Ignore"
    WAIT = "Wait"


class AdditionalHealthCheckType(enum.Enum):
    """A health check type besides EC2."""

    ELB = "ELB"
    EBS = "EBS"
    VPC_LATTICE = "VPC_LATTICE"


_DEFAULT_SUSPEND = [
    ScalingProcess.HEALTH_CHECK, ScalingProcess.REPLACE_UNHEALTHY, ScalingProcess.AZ_REBALANCE,
    ScalingProcess.ALARM_NOTIFICATION, ScalingProcess.SCHEDULED_ACTIONS, ScalingProcess.INSTANCE_REFRESH,
]


def _js(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


def validate_percentage(x: int | float | None) -> int | float | None:
    """``x`` if it is a percentage 0..100 (or ``None``)."""
    if x is None or 0 <= x <= 100:
        return x
    raise UnscopedValidationError(f"Expected: a percentage 0..100, got: {_js(x)}")


@structs.frozen(kw_only=True)
class InstancesDistribution:
    """The On-Demand/Spot split of a mixed instances policy.

    Args:
        on_demand_allocation_strategy: how On-Demand capacity is allocated (default ``prioritized``).
        on_demand_base_capacity: the capacity always filled On-Demand (default 0).
        on_demand_percentage_above_base_capacity: the On-Demand share above the base (default 100).
        spot_allocation_strategy: how Spot capacity is allocated (default ``lowest-price``).
        spot_instance_pools: the number of Spot pools (lowest-price only; default 2).
        spot_max_price: the highest Spot price (default: the On-Demand price).
    """

    on_demand_allocation_strategy: OnDemandAllocationStrategy | None = None
    on_demand_base_capacity: int | float | None = None
    on_demand_percentage_above_base_capacity: int | float | None = None
    spot_allocation_strategy: SpotAllocationStrategy | None = None
    spot_instance_pools: int | float | None = None
    spot_max_price: str | None = None


@structs.frozen(kw_only=True)
class LaunchTemplateOverrides:
    """An override of a mixed instances policy's launch template.

    Args:
        instance_requirements: the attributes instance types must have (not with ``instance_type``).
        instance_type: the instance type (not with ``instance_requirements``).
        launch_template: a launch template for this type (default: the policy's).
        weighted_capacity: the capacity units this type counts for (an integer, 1..999).
    """

    instance_requirements: InstanceRequirementsConfig | None = None
    instance_type: InstanceType | None = None
    launch_template: ILaunchTemplate | None = None
    weighted_capacity: int | float | None = None


@structs.frozen(kw_only=True)
class MixedInstancesPolicy:
    """A group of several instance types, On-Demand and Spot.

    Args:
        launch_template: the launch template.
        instances_distribution: the On-Demand/Spot split (default: the service's).
        launch_template_overrides: instance types and their weights (default none).
    """

    launch_template: ILaunchTemplate
    instances_distribution: InstancesDistribution | None = None
    launch_template_overrides: Sequence[LaunchTemplateOverrides] | None = None


@structs.frozen(kw_only=True)
class RetentionTriggers:
    """When instances are retained instead of terminated.

    Args:
        terminate_hook_abandon: what an abandoned terminate lifecycle hook does (default: terminate).
    """

    terminate_hook_abandon: TerminateHookAbandonAction | None = None


@structs.frozen(kw_only=True)
class InstanceLifecyclePolicy:
    """The instance lifecycle policy of a group.

    Args:
        retention_triggers: when instances are retained (default none).
    """

    retention_triggers: RetentionTriggers | None = None


@structs.frozen(kw_only=True)
class ApplyCloudFormationInitOptions:
    """How a ``CloudFormationInit`` is applied to the group's instances.

    Args:
        config_sets: the config sets to run (default ``["default"]``).
        embed_fingerprint: embed a hash of the config in the user data, so config changes replace instances
            (default true).
        ignore_failures: signal success even if cfn-init fails (default false).
        include_role: pass the instance role to cfn-init (default false).
        include_url: pass the regional CloudFormation URL to cfn-init (default false).
        print_log: print cfn-init's log to the console (default true).
    """

    config_sets: Sequence[str] | None = None
    embed_fingerprint: bool | None = None
    ignore_failures: bool | None = None
    include_role: bool | None = None
    include_url: bool | None = None
    print_log: bool | None = None


@structs.frozen(kw_only=True)
class RenderSignalsOptions:
    """Input of ``Signals.render_creation_policy``.

    Args:
        desired_capacity: the group's desired capacity (default: not set).
        min_capacity: the group's minimum capacity (default: not set).
    """

    desired_capacity: int | float | None = None
    min_capacity: int | float | None = None


@structs.frozen(kw_only=True)
class SignalsOptions:
    """How signals are waited for.

    Args:
        min_success_percentage: the share of signals that must be successes (default 100).
        timeout: how long to wait (default 5 minutes, CloudFormation's).
    """

    min_success_percentage: int | float | None = None
    timeout: Duration | None = None


class Signals:
    """Whether (and for how many instances) the group waits for ``cfn-signal`` at creation and update."""

    def __init__(self) -> None:
        self._count_of: Any = None
        self._options = SignalsOptions()

    @staticmethod
    def _make(options: SignalsOptions, count_of: Any) -> Signals:
        validate_percentage(options.min_success_percentage)
        signals = Signals()
        signals._options = options
        signals._count_of = count_of
        return signals

    @staticmethod
    def wait_for_all(*, min_success_percentage: int | float | None = None, timeout: Duration | None = None) -> Signals:
        """Wait for as many signals as the desired capacity (the minimum capacity if none is set)."""
        return Signals._make(
            SignalsOptions(min_success_percentage=min_success_percentage, timeout=timeout),
            lambda o: o.desired_capacity if o.desired_capacity is not None else o.min_capacity,
        )

    @staticmethod
    def wait_for_min_capacity(
        *, min_success_percentage: int | float | None = None, timeout: Duration | None = None
    ) -> Signals:
        """Wait for as many signals as the minimum capacity."""
        return Signals._make(
            SignalsOptions(min_success_percentage=min_success_percentage, timeout=timeout), lambda o: o.min_capacity
        )

    @staticmethod
    def wait_for_count(
        count: int | float, *, min_success_percentage: int | float | None = None, timeout: Duration | None = None
    ) -> Signals:
        """Wait for ``count`` signals."""
        return Signals._make(
            SignalsOptions(min_success_percentage=min_success_percentage, timeout=timeout), lambda o: count
        )

    def render_creation_policy(
        self, *, desired_capacity: int | float | None = None, min_capacity: int | float | None = None
    ) -> CfnCreationPolicy:
        """The group's ``CreationPolicy``."""
        return self._do_render(
            self._options,
            self._count_of(RenderSignalsOptions(desired_capacity=desired_capacity, min_capacity=min_capacity)),
        )

    def _do_render(self, options: SignalsOptions, count: int | float | None = None) -> CfnCreationPolicy:
        percent = validate_percentage(options.min_success_percentage)
        return CfnCreationPolicy(
            auto_scaling_creation_policy=CfnResourceAutoScalingCreationPolicy(min_successful_instances_percent=percent)
            if options.min_success_percentage is not None
            else None,
            resource_signal=CfnResourceSignal(
                count=count, timeout=options.timeout.to_iso_string() if options.timeout is not None else None
            ),
        )


@structs.frozen(kw_only=True)
class RollingUpdateOptions:
    """How a rolling update replaces instances.

    Args:
        max_batch_size: instances replaced at once (default 1).
        min_instances_in_service: instances kept in service (default 0).
        min_success_percentage: the share of signals that must be successes (default: the signals').
        pause_time: the pause after each batch (default: the signals' timeout).
        suspend_processes: processes suspended during the update (default HealthCheck, ReplaceUnhealthy,
            AZRebalance, AlarmNotification, ScheduledActions, InstanceRefresh).
        wait_on_resource_signals: wait for signals from new instances (default: whether signals are set).
    """

    max_batch_size: int | float | None = None
    min_instances_in_service: int | float | None = None
    min_success_percentage: int | float | None = None
    pause_time: Duration | None = None
    suspend_processes: Sequence[ScalingProcess] | None = None
    wait_on_resource_signals: bool | None = None


@structs.frozen(kw_only=True)
class InstanceRefreshOptions:
    """How an instance refresh replaces instances.

    Args:
        strategy: the refresh strategy.
        alarms: alarms that stop the refresh (at most 10).
        bake_time: the wait after the refresh before it counts as successful (at most 2 days).
        checkpoint_delay: the wait at each checkpoint (needs ``checkpoint_percentages``).
        checkpoint_percentages: ascending, unique checkpoint percentages (1..100).
        instance_warmup: the wait after each new instance is in service.
        max_healthy_percentage: the most of the group in service (100..200; needs ``min_healthy_percentage``).
        min_healthy_percentage: the least of the group in service (0..100).
        scale_in_protected_instances: what happens to scale-in protected instances.
        skip_matching: skip instances that already match (default: the service's true).
        standby_instances: what happens to instances in standby.
    """

    strategy: InstanceRefreshStrategy
    alarms: Sequence[IAlarm] | None = None
    bake_time: Duration | None = None
    checkpoint_delay: Duration | None = None
    checkpoint_percentages: Sequence[int | float] | None = None
    instance_warmup: Duration | None = None
    max_healthy_percentage: int | float | None = None
    min_healthy_percentage: int | float | None = None
    scale_in_protected_instances: ScaleInProtectedInstances | None = None
    skip_matching: bool | None = None
    standby_instances: StandbyInstances | None = None


def _json_list(values: Sequence[Any]) -> str:
    return "[" + ",".join(_js(v) for v in values) + "]"


def _validate_refresh(o: InstanceRefreshOptions) -> None:
    lo, hi = o.min_healthy_percentage, o.max_healthy_percentage
    if lo is not None and not Token.is_unresolved(lo) and (lo < 0 or lo > 100):
        raise UnscopedValidationError(f"minHealthyPercentage must be between 0 and 100, got {_js(lo)}")
    if hi is not None and not Token.is_unresolved(hi) and (hi < 100 or hi > 200):
        raise UnscopedValidationError(f"maxHealthyPercentage must be between 100 and 200, got {_js(hi)}")
    if hi is not None and lo is None:
        raise UnscopedValidationError("maxHealthyPercentage requires minHealthyPercentage to be specified")
    if (lo is not None and hi is not None and not Token.is_unresolved(lo) and not Token.is_unresolved(hi)
            and hi - lo > 100):
        raise UnscopedValidationError(
            "the difference between minHealthyPercentage and maxHealthyPercentage cannot be greater than 100, got "
            f"{_js(hi - lo)}"
        )
    if o.bake_time is not None and not o.bake_time.is_unresolved() and o.bake_time.to_seconds() > 172800:
        raise UnscopedValidationError(
            f"bakeTime must be between 0 and 172800 seconds, got {_js(o.bake_time.to_seconds())}"
        )
    delay = o.checkpoint_delay
    if delay is not None and not delay.is_unresolved() and delay.to_seconds() > 172800:
        raise UnscopedValidationError(
            f"checkpointDelay must be between 0 and 172800 seconds, got {_js(delay.to_seconds())}"
        )
    if delay is not None and o.checkpoint_percentages is None:
        raise UnscopedValidationError("checkpointDelay requires checkpointPercentages to be specified")
    pcts = o.checkpoint_percentages
    if pcts is not None and not Token.is_unresolved(pcts):
        values = [v for v in pcts if not Token.is_unresolved(v)]
        if any(v < 1 or v > 100 for v in values):
            raise UnscopedValidationError(
                f"each value in checkpointPercentages must be between 1 and 100, got {_json_list(pcts)}"
            )
        if len(set(values)) != len(values):
            raise UnscopedValidationError(
                f"each value in checkpointPercentages must be unique, got {_json_list(pcts)}"
            )
        if any(values[i - 1] >= values[i] for i in range(1, len(values))):
            raise UnscopedValidationError(
                f"checkpointPercentages must be in ascending order, got {_json_list(pcts)}"
            )
    if o.alarms is not None and not Token.is_unresolved(o.alarms) and len(o.alarms) > 10:
        raise UnscopedValidationError(f"a maximum of 10 alarms can be specified, got {len(o.alarms)}")


class UpdatePolicy:
    """How existing instances are updated when the launch configuration changes."""

    def __init__(self) -> None:
        self._render: Any = lambda creation_policy: None

    @staticmethod
    def replacing_update() -> UpdatePolicy:
        """Create a new group and switch over to it."""
        policy = UpdatePolicy()
        policy._render = lambda creation_policy: CfnUpdatePolicy(
            auto_scaling_replacing_update=CfnAutoScalingReplacingUpdate(will_replace=True)
        )
        return policy

    @staticmethod
    def rolling_update(
        *,
        max_batch_size: int | float | None = None,
        min_instances_in_service: int | float | None = None,
        min_success_percentage: int | float | None = None,
        pause_time: Duration | None = None,
        suspend_processes: Sequence[ScalingProcess] | None = None,
        wait_on_resource_signals: bool | None = None,
    ) -> UpdatePolicy:
        """Replace the instances one by one, or in batches."""
        min_success = validate_percentage(min_success_percentage)

        def render(cp: CfnCreationPolicy | None) -> CfnUpdatePolicy:
            signal = cp.resource_signal if cp is not None else None
            asg_cp = cp.auto_scaling_creation_policy if cp is not None else None
            wait = wait_on_resource_signals if wait_on_resource_signals is not None else signal is not None
            processes = suspend_processes if suspend_processes is not None else _DEFAULT_SUSPEND
            # a mapping keeps aws-cdk-lib's key order
            rolling: dict[str, Any] = {
                "max_batch_size": max_batch_size,
                "min_instances_in_service": min_instances_in_service,
                "suspend_processes": [p.value for p in processes],
                "min_successful_instances_percent": min_success if min_success is not None else (
                    asg_cp.min_successful_instances_percent if asg_cp is not None else None
                ),
                "wait_on_resource_signals": True if wait else None,
                "pause_time": pause_time.to_iso_string() if pause_time is not None else (
                    signal.timeout if signal is not None else None
                ),
            }
            return CfnUpdatePolicy(auto_scaling_rolling_update=rolling)  # type: ignore[arg-type]

        policy = UpdatePolicy()
        policy._render = render
        return policy

    @staticmethod
    def instance_refresh(
        *,
        strategy: InstanceRefreshStrategy,
        alarms: Sequence[IAlarm] | None = None,
        bake_time: Duration | None = None,
        checkpoint_delay: Duration | None = None,
        checkpoint_percentages: Sequence[int | float] | None = None,
        instance_warmup: Duration | None = None,
        max_healthy_percentage: int | float | None = None,
        min_healthy_percentage: int | float | None = None,
        scale_in_protected_instances: ScaleInProtectedInstances | None = None,
        skip_matching: bool | None = None,
        standby_instances: StandbyInstances | None = None,
    ) -> UpdatePolicy:
        """Replace instances with an instance refresh when the launch template or mixed instances policy
        changes."""
        options = InstanceRefreshOptions(
            strategy=strategy, alarms=alarms, bake_time=bake_time, checkpoint_delay=checkpoint_delay,
            checkpoint_percentages=checkpoint_percentages, instance_warmup=instance_warmup,
            max_healthy_percentage=max_healthy_percentage, min_healthy_percentage=min_healthy_percentage,
            scale_in_protected_instances=scale_in_protected_instances, skip_matching=skip_matching,
            standby_instances=standby_instances,
        )
        _validate_refresh(options)

        def render(cp: CfnCreationPolicy | None) -> CfnUpdatePolicy:
            names = [a.alarm_name for a in alarms] if alarms is not None else None
            values: dict[str, Any] = {
                "min_healthy_percentage": min_healthy_percentage,
                "max_healthy_percentage": max_healthy_percentage,
                "instance_warmup": instance_warmup.to_seconds() if instance_warmup is not None else None,
                "skip_matching": skip_matching,
                "checkpoint_percentages": list(checkpoint_percentages) if checkpoint_percentages is not None
                else None,
                "checkpoint_delay": checkpoint_delay.to_seconds() if checkpoint_delay is not None else None,
                "bake_time": bake_time.to_seconds() if bake_time is not None else None,
                "alarm_specification": CfnAutoScalingInstanceRefreshAlarmSpecification(alarms=names)
                if names else None,
                "scale_in_protected_instances": scale_in_protected_instances.value
                if scale_in_protected_instances is not None else None,
                "standby_instances": standby_instances.value if standby_instances is not None else None,
            }
            has = any(v is not None for v in values.values())
            return CfnUpdatePolicy(auto_scaling_instance_refresh=CfnAutoScalingInstanceRefresh(
                strategy=strategy.value,
                preferences=values if has else None,  # type: ignore[arg-type]  # a mapping keeps aws-cdk-lib's key order
            ))

        policy = UpdatePolicy()
        policy._render = render
        return policy

    def _render_update_policy(self, creation_policy: CfnCreationPolicy | None) -> CfnUpdatePolicy | None:
        return self._render(creation_policy)  # type: ignore[no-any-return]


@structs.frozen(kw_only=True)
class Ec2HealthCheckOptions:
    """EC2 health check options (deprecated: use ``HealthChecks.ec2``).

    Args:
        grace: the wait before the first health check (default 0).
    """

    grace: Duration | None = None


@structs.frozen(kw_only=True)
class ElbHealthCheckOptions:
    """ELB health check options (deprecated: use ``HealthChecks.with_additional_checks``).

    Args:
        grace: the wait before the first health check.
    """

    grace: Duration


class HealthCheck:
    """The health check of a group (deprecated: use ``HealthChecks``).

    Args:
        type: the health check type, ``EC2`` or ``ELB``.
        grace_period: how long after an instance comes into service before its health is first checked.
    """

    def __init__(self, type: str, grace_period: Duration | None) -> None:
        self.type = type
        """The health check type (``EC2`` or ``ELB``)."""
        self.grace_period = grace_period
        """The grace period."""

    @staticmethod
    def ec2(*, grace: Duration | None = None) -> HealthCheck:
        """EC2 status checks."""
        return HealthCheck("EC2", grace)

    @staticmethod
    def elb(*, grace: Duration) -> HealthCheck:
        """EC2 status checks and the load balancer's health checks."""
        return HealthCheck("ELB", grace)


@structs.frozen(kw_only=True)
class Ec2HealthChecksOptions:
    """Options of ``HealthChecks.ec2``.

    Args:
        grace_period: the wait before the first health check (default 0).
    """

    grace_period: Duration | None = None


@structs.frozen(kw_only=True)
class AdditionalHealthChecksOptions:
    """Options of ``HealthChecks.with_additional_checks``.

    Args:
        additional_types: health check types besides EC2 (at least one).
        grace_period: the wait before the first health check (default 0).
    """

    additional_types: Sequence[AdditionalHealthCheckType]
    grace_period: Duration | None = None


class HealthChecks:
    """The health checks of a group: EC2 only, or EC2 plus other types.

    Args:
        types: the health check types (``EC2``, ``ELB``, ``EBS``, ``VPC_LATTICE``); at least one.
        grace_period: how long after an instance comes into service before its health is first checked.
    """

    def __init__(self, types: Sequence[str], grace_period: Duration | None) -> None:
        if not types:
            raise UnscopedValidationError(
                "At least one health check type must be specified in 'additionalTypes' for 'healthChecks'"
            )
        self.types = list(types)
        """The health check types."""
        self.grace_period = grace_period
        """The grace period."""

    @staticmethod
    def ec2(*, grace_period: Duration | None = None) -> HealthChecks:
        """EC2 status checks only."""
        return HealthChecks(["EC2"], grace_period)

    @staticmethod
    def with_additional_checks(
        *, additional_types: Sequence[AdditionalHealthCheckType], grace_period: Duration | None = None
    ) -> HealthChecks:
        """EC2 status checks plus ``additional_types``."""
        return HealthChecks([t.value for t in additional_types], grace_period)


class GroupMetric:
    """A group metric sent to CloudWatch.

    Args:
        name: the metric's name as Auto Scaling knows it (such as ``GroupMinSize``).
    """

    MIN_SIZE: GroupMetric
    MAX_SIZE: GroupMetric
    DESIRED_CAPACITY: GroupMetric
    IN_SERVICE_INSTANCES: GroupMetric
    PENDING_INSTANCES: GroupMetric
    STANDBY_INSTANCES: GroupMetric
    TERMINATING_INSTANCES: GroupMetric
    TOTAL_INSTANCES: GroupMetric

    def __init__(self, name: str) -> None:
        self.name = name
        """The metric's name."""


GroupMetric.MIN_SIZE = GroupMetric("GroupMinSize")
GroupMetric.MAX_SIZE = GroupMetric("GroupMaxSize")
GroupMetric.DESIRED_CAPACITY = GroupMetric("GroupDesiredCapacity")
GroupMetric.IN_SERVICE_INSTANCES = GroupMetric("GroupInServiceInstances")
GroupMetric.PENDING_INSTANCES = GroupMetric("GroupPendingInstances")
GroupMetric.STANDBY_INSTANCES = GroupMetric("GroupStandbyInstances")
GroupMetric.TERMINATING_INSTANCES = GroupMetric("GroupTerminatingInstances")
GroupMetric.TOTAL_INSTANCES = GroupMetric("GroupTotalInstances")


class GroupMetrics:
    """A set of group metrics (``GroupMetrics.all()`` for every one)."""

    def __init__(self, *metrics: GroupMetric) -> None:
        self._metrics: list[GroupMetric] = []
        for m in metrics:
            if m not in self._metrics:
                self._metrics.append(m)

    @staticmethod
    def all() -> GroupMetrics:
        """Every group metric."""
        return GroupMetrics()


class ScalingEvents:
    """A list of scaling events to be notified of."""

    ERRORS: ScalingEvents
    ALL: ScalingEvents
    LAUNCH_EVENTS: ScalingEvents
    TERMINATION_EVENTS: ScalingEvents

    def __init__(self, *types: ScalingEvent) -> None:
        self._types = list(types)


ScalingEvents.ERRORS = ScalingEvents(ScalingEvent.INSTANCE_LAUNCH_ERROR, ScalingEvent.INSTANCE_TERMINATE_ERROR)
ScalingEvents.ALL = ScalingEvents(
    ScalingEvent.INSTANCE_LAUNCH, ScalingEvent.INSTANCE_LAUNCH_ERROR, ScalingEvent.INSTANCE_TERMINATE,
    ScalingEvent.INSTANCE_TERMINATE_ERROR,
)
ScalingEvents.LAUNCH_EVENTS = ScalingEvents(ScalingEvent.INSTANCE_LAUNCH, ScalingEvent.INSTANCE_LAUNCH_ERROR)
ScalingEvents.TERMINATION_EVENTS = ScalingEvents(
    ScalingEvent.INSTANCE_TERMINATE, ScalingEvent.INSTANCE_TERMINATE_ERROR
)


@structs.frozen(kw_only=True)
class NotificationConfiguration:
    """An SNS topic notified of fleet events.

    Args:
        topic: the topic.
        scaling_events: the events (default ``ScalingEvents.ALL``).
    """

    topic: ITopic
    scaling_events: ScalingEvents | None = None
