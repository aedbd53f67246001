"""Structs for the CreationPolicy and UpdatePolicy resource attributes (fields in alphabetical order)."""

from __future__ import annotations

from collections.abc import Sequence

from constructs._private import structs


@structs.frozen(kw_only=True)
class CfnResourceSignal:
    """How many success signals to wait for, and for how long."""

    count: int | float | None = None
    timeout: str | None = None


@structs.frozen(kw_only=True)
class CfnResourceAutoScalingCreationPolicy:
    """Percentage of instances that must signal success."""

    min_successful_instances_percent: int | float | None = None


@structs.frozen(kw_only=True)
class CfnCreationPolicy:
    """The CreationPolicy attribute."""

    auto_scaling_creation_policy: CfnResourceAutoScalingCreationPolicy | None = None
    resource_signal: CfnResourceSignal | None = None
    start_fleet: bool | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingReplacingUpdate:
    """AutoScalingReplacingUpdate."""

    will_replace: bool | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingRollingUpdate:
    """AutoScalingRollingUpdate."""

    max_batch_size: int | float | None = None
    min_active_instances_percent: int | float | None = None
    min_instances_in_service: int | float | None = None
    min_successful_instances_percent: int | float | None = None
    pause_time: str | None = None
    suspend_processes: Sequence[str] | None = None
    wait_on_resource_signals: bool | None = None


@structs.frozen(kw_only=True)
class CfnAutoScalingScheduledAction:
    """AutoScalingScheduledAction."""

    ignore_unmodified_group_size_properties: bool | None = None


@structs.frozen(kw_only=True)
class CfnCodeDeployLambdaAliasUpdate:
    """CodeDeployLambdaAliasUpdate."""

    application_name: str
    deployment_group_name: str
    after_allow_traffic_hook: str | None = None
    before_allow_traffic_hook: str | None = None


@structs.frozen(kw_only=True)
class CfnUpdatePolicy:
    """The UpdatePolicy attribute."""

    auto_scaling_replacing_update: CfnAutoScalingReplacingUpdate | None = None
    auto_scaling_rolling_update: CfnAutoScalingRollingUpdate | None = None
    auto_scaling_scheduled_action: CfnAutoScalingScheduledAction | None = None
    code_deploy_lambda_alias_update: CfnCodeDeployLambdaAliasUpdate | None = None
    enable_version_upgrade: bool | None = None
    use_online_resharding: bool | None = None


