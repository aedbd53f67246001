"""The EMR ``RunJobFlow``/``ModifyInstanceGroups`` shapes of ``EmrCreateCluster``'s structs, as the API's JSON.

Structs may come as struct objects or as mappings of their fields (``field`` reads both); absent values stay
``None`` (the state renderer leaves them out).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from constructs import Token, UnscopedValidationError
from l2.stepfunctions_tasks._private.task_utils import field as f


def _map(fn: Callable[[Any], Any], items: Sequence[Any] | None) -> list[Any] | None:
    return None if items is None else [fn(i) for i in items]


def _v(value: Any) -> Any:
    """An enumeration member's value (other values as they are)."""
    return getattr(value, "value", value)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def kerberos_attributes(p: Any) -> dict[str, Any]:
    return {
        "ADDomainJoinPassword": f(p, "ad_domain_join_password"),
        "ADDomainJoinUser": f(p, "ad_domain_join_user"),
        "CrossRealmTrustPrincipalPassword": f(p, "cross_realm_trust_principal_password"),
        "KdcAdminPassword": f(p, "kdc_admin_password"),
        "Realm": f(p, "realm"),
    }


def instances_config(p: Any) -> dict[str, Any]:
    placement = f(p, "placement")
    return {
        "AdditionalMasterSecurityGroups": f(p, "additional_master_security_groups"),
        "AdditionalSlaveSecurityGroups": f(p, "additional_slave_security_groups"),
        "Ec2KeyName": f(p, "ec2_key_name"),
        "Ec2SubnetId": f(p, "ec2_subnet_id"),
        "Ec2SubnetIds": f(p, "ec2_subnet_ids"),
        "EmrManagedMasterSecurityGroup": f(p, "emr_managed_master_security_group"),
        "EmrManagedSlaveSecurityGroup": f(p, "emr_managed_slave_security_group"),
        "HadoopVersion": f(p, "hadoop_version"),
        "InstanceCount": f(p, "instance_count"),
        "InstanceFleets": _map(instance_fleet_config, f(p, "instance_fleets")),
        "InstanceGroups": _map(instance_group_config, f(p, "instance_groups")),
        "KeepJobFlowAliveWhenNoSteps": True,
        "MasterInstanceType": f(p, "master_instance_type"),
        "Placement": None if placement is None else placement_type(placement),
        "ServiceAccessSecurityGroup": f(p, "service_access_security_group"),
        "SlaveInstanceType": f(p, "slave_instance_type"),
        "TerminationProtected": f(p, "termination_protected"),
    }


def application_config(p: Any) -> dict[str, Any]:
    return {"Name": f(p, "name"), "Args": f(p, "args"), "Version": f(p, "version"),
            "AdditionalInfo": f(p, "additional_info")}


def configuration(p: Any) -> dict[str, Any]:
    return {"Classification": f(p, "classification"), "Properties": f(p, "properties"),
            "Configurations": _map(configuration, f(p, "configurations"))}


def ebs_block_device_config(p: Any) -> dict[str, Any]:
    spec = f(p, "volume_specification")
    size = f(spec, "volume_size")
    return {
        "VolumeSpecification": {
            "Iops": f(spec, "iops"),
            "SizeInGB": size.to_gibibytes() if size is not None else None,
            "VolumeType": _v(f(spec, "volume_type")),
        },
        "VolumesPerInstance": f(p, "volumes_per_instance"),
    }


def ebs_configuration(p: Any) -> dict[str, Any]:
    return {"EbsBlockDeviceConfigs": _map(ebs_block_device_config, f(p, "ebs_block_device_configs")),
            "EbsOptimized": f(p, "ebs_optimized")}


def instance_type_config(p: Any) -> dict[str, Any]:
    if f(p, "bid_price") and f(p, "bid_price_as_percentage_of_on_demand_price"):
        raise UnscopedValidationError("Cannot specify both bidPrice and bidPriceAsPercentageOfOnDemandPrice")
    priority = f(p, "priority")
    if priority is not None and not Token.is_unresolved(priority) and priority < 0:
        raise UnscopedValidationError(
            f"priority must be a non-negative number, got {_num(priority)}. Priority values start at 0 (highest "
            "priority) and are used with OnDemandAllocationStrategy.PRIORITIZED.")
    ebs = f(p, "ebs_configuration")
    return {
        "BidPrice": f(p, "bid_price"),
        "BidPriceAsPercentageOfOnDemandPrice": f(p, "bid_price_as_percentage_of_on_demand_price"),
        "Configurations": _map(configuration, f(p, "configurations")),
        "EbsConfiguration": None if ebs is None else ebs_configuration(ebs),
        "InstanceType": _v(f(p, "instance_type")),
        "Priority": priority,
        "WeightedCapacity": f(p, "weighted_capacity"),
    }


def _on_demand_specification(p: Any) -> dict[str, Any] | None:
    if not p:
        return None
    return {"AllocationStrategy": _v(f(p, "allocation_strategy"))}


def _spot_specification(p: Any) -> dict[str, Any] | None:
    if not p:
        return None
    timeout, minutes = f(p, "timeout"), f(p, "timeout_duration_minutes")
    if (timeout and minutes) or (not timeout and not minutes):
        raise UnscopedValidationError("one of timeout and timeoutDurationMinutes must be specified")
    value = timeout.to_minutes() if timeout is not None else minutes
    if value is not None and not Token.is_unresolved(value) and (value < 5 or value > 1440):
        raise UnscopedValidationError(f"timeout must be between 5 and 1440 minutes, got {_num(value)} minutes.")
    return {
        "AllocationStrategy": _v(f(p, "allocation_strategy")),
        "BlockDurationMinutes": f(p, "block_duration_minutes"),
        "TimeoutAction": _v(f(p, "timeout_action")),
        "TimeoutDurationMinutes": (timeout.to_minutes() if timeout is not None else None) or minutes,
    }


def instance_fleet_config(p: Any) -> dict[str, Any]:
    spot, on_demand = f(p, "target_spot_capacity"), f(p, "target_on_demand_capacity")
    if not spot and not on_demand:
        raise UnscopedValidationError(
            "At least one of targetSpotCapacity and targetOnDemandCapacity should be greater than 0")
    if _v(f(p, "instance_fleet_type")) == "MASTER":
        if spot and on_demand:
            raise UnscopedValidationError(
                "For a master instance fleet, only one of targetSpotCapacity and targetOnDemandCapacity can be "
                "specified")
        if spot and spot != 1:
            raise UnscopedValidationError(
                f"For a master instance fleet, targetSpotCapacity cannot be a number other than 1, got {_num(spot)}")
        if on_demand and on_demand != 1:
            raise UnscopedValidationError("For a master instance fleet, targetOnDemandCapacity cannot be a number "
                                          f"other than 1, got {_num(on_demand)}")
    launch = f(p, "launch_specifications")
    strategy = _v(f(f(launch, "on_demand_specification"), "allocation_strategy")) or "lowest-price"
    prioritized = not Token.is_unresolved(strategy) and strategy == "prioritized"
    configs = f(p, "instance_type_configs")
    has_priority = any(f(c, "priority") is not None and not Token.is_unresolved(f(c, "priority"))
                       for c in configs or ())
    if has_priority and not prioritized:
        raise UnscopedValidationError(
            f"Priority values are set on instance type configs, but allocation strategy is '{strategy}'. Priority "
            "values only take effect with OnDemandAllocationStrategy.PRIORITIZED.")
    if prioritized and not has_priority and configs:
        raise UnscopedValidationError(
            "OnDemandAllocationStrategy.PRIORITIZED requires at least one instance type config to have a priority "
            "value set. See https://docs.aws.amazon.com/emr/latest/ManagementGuide/emr-instance-fleet.html")
    return {
        "InstanceFleetType": _v(f(p, "instance_fleet_type")),
        "InstanceTypeConfigs": _map(instance_type_config, configs),
        "LaunchSpecifications": None if launch is None else {
            "OnDemandSpecification": _on_demand_specification(f(launch, "on_demand_specification")),
            "SpotSpecification": _spot_specification(f(launch, "spot_specification")),
        },
        "Name": f(p, "name"),
        "TargetOnDemandCapacity": on_demand,
        "TargetSpotCapacity": spot,
    }


def _scaling_trigger(p: Any) -> dict[str, Any]:
    alarm = f(p, "cloud_watch_alarm_definition")
    return {"CloudWatchAlarmDefinition": {
        "ComparisonOperator": _v(f(alarm, "comparison_operator")),
        "Dimensions": _map(lambda d: {"Key": f(d, "key"), "Value": f(d, "value")}, f(alarm, "dimensions")),
        "EvaluationPeriods": f(alarm, "evaluation_periods"),
        "MetricName": f(alarm, "metric_name"),
        "Namespace": f(alarm, "namespace"),
        "Period": f(alarm, "period").to_seconds(),
        "Statistic": _v(f(alarm, "statistic")),
        "Threshold": f(alarm, "threshold"),
        "Unit": _v(f(alarm, "unit")),
    }}


def _scaling_rule(p: Any) -> dict[str, Any]:
    action = f(p, "action")
    simple = f(action, "simple_scaling_policy_configuration")
    return {
        "Action": {
            "Market": _v(f(action, "market")),
            "SimpleScalingPolicyConfiguration": {
                "AdjustmentType": _v(f(simple, "adjustment_type")),
                "CoolDown": f(simple, "cool_down"),
                "ScalingAdjustment": f(simple, "scaling_adjustment"),
            },
        },
        "Description": f(p, "description"),
        "Name": f(p, "name"),
        "Trigger": _scaling_trigger(f(p, "trigger")),
    }


def _auto_scaling_policy(p: Any) -> dict[str, Any]:
    constraints = f(p, "constraints")
    return {"Constraints": {"MaxCapacity": f(constraints, "max_capacity"),
                            "MinCapacity": f(constraints, "min_capacity")},
            "Rules": _map(_scaling_rule, f(p, "rules"))}


def instance_group_config(p: Any) -> dict[str, Any]:
    policy, ebs = f(p, "auto_scaling_policy"), f(p, "ebs_configuration")
    return {
        "AutoScalingPolicy": None if policy is None else _auto_scaling_policy(policy),
        "BidPrice": f(p, "bid_price"),
        "Configurations": _map(configuration, f(p, "configurations")),
        "EbsConfiguration": None if ebs is None else ebs_configuration(ebs),
        "InstanceCount": f(p, "instance_count"),
        "InstanceRole": _v(f(p, "instance_role")),
        "InstanceType": f(p, "instance_type"),
        "Market": _v(f(p, "market")),
        "Name": f(p, "name"),
    }


def placement_type(p: Any) -> dict[str, Any]:
    return {"AvailabilityZone": f(p, "availability_zone"), "AvailabilityZones": f(p, "availability_zones")}


def bootstrap_action_config(p: Any) -> dict[str, Any]:
    script = f(p, "script_bootstrap_action")
    return {"Name": f(p, "name"), "ScriptBootstrapAction": {"Path": f(script, "path"), "Args": f(script, "args")}}


def instance_group_modify_config(p: Any) -> dict[str, Any]:
    shrink = f(p, "shrink_policy")
    return {
        "Configurations": _map(configuration, f(p, "configurations")),
        "EC2InstanceIdsToTerminate": f(p, "e_c2_instance_ids_to_terminate"),
        "InstanceCount": f(p, "instance_count"),
        "ShrinkPolicy": None if shrink is None else _shrink_policy(shrink),
    }


def _shrink_policy(p: Any) -> dict[str, Any]:
    timeout, resize = f(p, "decommission_timeout"), f(p, "instance_resize_policy")
    return {
        "DecommissionTimeout": timeout.to_seconds() if timeout is not None else None,
        "InstanceResizePolicy": _instance_resize_policy(resize) if resize else None,
    }


def _instance_resize_policy(p: Any) -> dict[str, Any]:
    timeout = f(p, "instance_termination_timeout")
    return {
        "InstancesToProtect": f(p, "instances_to_protect"),
        "InstancesToTerminate": f(p, "instances_to_terminate"),
        "InstanceTerminationTimeout": timeout.to_seconds() if timeout is not None else None,
    }


def managed_scaling_policy(p: Any) -> dict[str, Any]:
    limits = f(p, "compute_limits")
    return {"ComputeLimits": None if not limits else {
        "UnitType": _v(f(limits, "unit_type")),
        "MinimumCapacityUnits": f(limits, "minimum_capacity_units"),
        "MaximumCapacityUnits": f(limits, "maximum_capacity_units"),
        "MaximumOnDemandCapacityUnits": f(limits, "maximum_on_demand_capacity_units"),
        "MaximumCoreCapacityUnits": f(limits, "maximum_core_capacity_units"),
    }}
