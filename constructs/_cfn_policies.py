"""Structs for the CreationPolicy and UpdatePolicy resource attributes (fields in alphabetical order)."""

from __future__ import annotations

from collections.abc import Sequence

from constructs._private import structs


@structs.frozen(kw_only=True)
class CfnResourceSignal:
    """How many success signals to wait for, and for how long.

    Args:
        count: how many success signals are needed (default 1).
        timeout: how long (ISO 8601 duration) to wait for them (default ``PT5M``).
    """

    count: int | float | None = None
    timeout: str | None = None


@structs.frozen(kw_only=True)
class CfnResourceAutoScalingCreationPolicy:
    """Percentage of instances that must signal success.

    Args:
        min_successful_instances_percent: the share (percent) of instances that must signal success (default 100).
    """

    min_successful_instances_percent: int | float | None = None


@structs.frozen(kw_only=True)
class CfnCreationPolicy:
    """The CreationPolicy attribute.

    Args:
        auto_scaling_creation_policy: how many instances of an Auto Scaling group must signal success.
        resource_signal: how many success signals to wait for, and for how long.
        start_fleet: start an AppStream fleet when it is created.
    """

    auto_scaling_creation_policy: CfnResourceAutoScalingCreationPolicy | None = None
    resource_signal: CfnResourceSignal | None = None
    start_fleet: bool | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingReplacingUpdate:
    """AutoScalingReplacingUpdate.

    Args:
        will_replace: replace the whole Auto Scaling group (and keep the old one until the new one is ready).
    """

    will_replace: bool | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingRollingUpdate:
    """AutoScalingRollingUpdate.

    Args:
        max_batch_size: how many instances are replaced at a time (default 1).
        min_active_instances_percent: the share (percent) of instances that must be in service during the update.
        min_instances_in_service: how many instances stay in service while old ones are replaced (default 0).
        min_successful_instances_percent: the share (percent) of instances that must signal success for the update to
            succeed (with ``wait_on_resource_signals``).
        pause_time: how long (ISO 8601 duration) to wait after each batch, or for signals with ``wait_on_resource_signals``.
        suspend_processes: the Auto Scaling processes to suspend during the update.
        wait_on_resource_signals: wait for each new instance to signal success before going on.
    """

    max_batch_size: int | float | None = None
    min_active_instances_percent: int | float | None = None
    min_instances_in_service: int | float | None = None
    min_successful_instances_percent: int | float | None = None
    pause_time: str | None = None
    suspend_processes: Sequence[str] | None = None
    wait_on_resource_signals: bool | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingScheduledAction:
    """AutoScalingScheduledAction.

    Args:
        ignore_unmodified_group_size_properties: keep the group's current sizes (set by scheduled actions) when the
            template's sizes did not change.
    """

    ignore_unmodified_group_size_properties: bool | None = None


@structs.frozen(kw_only=True)
class CfnCodeDeployLambdaAliasUpdate:
    """CodeDeployLambdaAliasUpdate.

    Args:
        application_name: the CodeDeploy application that shifts the traffic.
        deployment_group_name: the CodeDeploy deployment group that shifts the traffic.
        after_allow_traffic_hook: the Lambda function run after the traffic moved (default none).
        before_allow_traffic_hook: the Lambda function run before the traffic moves (default none).
    """

    application_name: str
    deployment_group_name: str
    after_allow_traffic_hook: str | None = None
    before_allow_traffic_hook: str | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingInstanceRefreshAlarmSpecification:
    """The CloudWatch alarms that stop an instance refresh when they go into ALARM.

    Args:
        alarms: the alarm names (default none).
    """

    alarms: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingInstanceRefreshPreferences:
    """The preferences of an ``AutoScalingInstanceRefresh`` update policy (each default: the service's).

    Args:
        alarm_specification: alarms that stop the refresh.
        bake_time: seconds to wait after the last instance is replaced before the refresh completes.
        checkpoint_delay: seconds to wait after a checkpoint.
        checkpoint_percentages: the percentages of replaced instances at which to pause.
        instance_warmup: seconds until a new instance counts as in service.
        max_healthy_percentage: the most instances in service during the refresh, in percent of the capacity.
        min_healthy_percentage: the fewest instances in service during the refresh, in percent of the capacity.
        scale_in_protected_instances: what to do with instances protected from scale-in
            (``Refresh``, ``Ignore``, ``Wait``).
        skip_matching: skip instances that already have the desired configuration.
        standby_instances: what to do with instances in Standby (``Terminate``, ``Ignore``, ``Wait``).
    """

    alarm_specification: CfnAutoScalingInstanceRefreshAlarmSpecification | None = None
    bake_time: int | float | None = None
    checkpoint_delay: int | float | None = None
    checkpoint_percentages: Sequence[int | float] | None = None
    instance_warmup: int | float | None = None
    max_healthy_percentage: int | float | None = None
    min_healthy_percentage: int | float | None = None
    scale_in_protected_instances: str | None = None
    skip_matching: bool | None = None
    standby_instances: str | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingInstanceRefresh:
    """The ``AutoScalingInstanceRefresh`` update policy: replace instances with an instance refresh.

    Args:
        strategy: the refresh strategy (``Rolling``).
        preferences: the refresh preferences (default the service's).
    """

    strategy: str
    preferences: CfnAutoScalingInstanceRefreshPreferences | None = None


@structs.frozen(kw_only=True)
class CfnUpdatePolicy:
    """The UpdatePolicy attribute.

    Args:
        auto_scaling_instance_refresh: replace an Auto Scaling group's instances with an instance refresh.
        auto_scaling_replacing_update: replace the whole Auto Scaling group on an update.
        auto_scaling_rolling_update: replace an Auto Scaling group's instances in batches.
        auto_scaling_scheduled_action: how scheduled actions' group sizes are handled during an update.
        code_deploy_lambda_alias_update: shift a Lambda alias's traffic with CodeDeploy on an update.
        enable_version_upgrade: let an OpenSearch/Elasticsearch domain upgrade its engine version in place.
        use_online_resharding: let an ElastiCache replication group change its shards without replacement.
    """

    auto_scaling_instance_refresh: CfnAutoScalingInstanceRefresh | None = None
    auto_scaling_replacing_update: CfnAutoScalingReplacingUpdate | None = None
    auto_scaling_rolling_update: CfnAutoScalingRollingUpdate | None = None
    auto_scaling_scheduled_action: CfnAutoScalingScheduledAction | None = None
    code_deploy_lambda_alias_update: CfnCodeDeployLambdaAliasUpdate | None = None
    enable_version_upgrade: bool | None = None
    use_online_resharding: bool | None = None


