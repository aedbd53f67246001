"""``CapacityProvider``: EC2 capacity for Lambda Managed Instances (``AWS::Lambda::CapacityProvider``), and the
options of the functions that run on it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Arn,
    ArnFormat,
    Construct,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import structs
from l1.lambda_ import CfnCapacityProvider

from ._props import LatestPublishedScalingConfig

if TYPE_CHECKING:
    from l2.ec2 import InstanceType, ISecurityGroup, ISubnet
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.logs import ILogGroup

    from ._function import SystemLogLevel
    from ._interfaces import ICapacityProvider, IFunction
    from ._runtime import Architecture

_NAME_RE = r"^([a-zA-Z0-9-_]+|arn:aws[a-zA-Z-]*:lambda:capacity-provider:[a-zA-Z0-9-_]+)$"


@structs.frozen(kw_only=True)
class CapacityProviderReference:
    """A capacity provider's ARN and name."""

    capacity_provider_arn: str
    capacity_provider_name: str


@structs.frozen(kw_only=True)
class CapacityProviderAttributes:
    """What ``CapacityProvider.from_capacity_provider_attributes`` needs.

    Args:
        capacity_provider_arn: the capacity provider's ARN.
    """

    capacity_provider_arn: str


@structs.frozen(kw_only=True)
class CapacityProviderFunctionOptions:
    """How a function runs on a capacity provider (``CapacityProvider.add_function``).

    Args:
        execution_environment_memory_gib_per_v_cpu: memory per vCPU of an execution environment (default: the
            service's).
        latest_published_scaling_config: the scaling of the latest published version (default: the service's).
        per_execution_environment_max_concurrency: concurrent invocations per execution environment (default: the
            service's).
        publish_to_latest_published: publish new versions to the ``$LATEST.PUBLISHED`` qualifier (default: the
            service's).
    """

    execution_environment_memory_gib_per_v_cpu: float | None = None
    latest_published_scaling_config: LatestPublishedScalingConfig | None = None
    per_execution_environment_max_concurrency: float | None = None
    publish_to_latest_published: bool | None = None


class PropagateTags:
    """Which tags the capacity provider puts on the instances it launches: ``none()`` or ``explicit(tags)``.

    Args:
        mode: ``"None"`` or ``"Explicit"`` (use the factories instead).
        explicit_tags: the tags to put on the instances in ``Explicit`` mode.
    """

    def __init__(self, mode: str, explicit_tags: Mapping[str, str] | None = None) -> None:
        self.mode = mode
        self.explicit_tags = explicit_tags

    @staticmethod
    def none() -> PropagateTags:
        """Propagate no tags."""
        return PropagateTags("None")

    @staticmethod
    def explicit(tags: Mapping[str, str]) -> PropagateTags:
        """Propagate these tags (at most 40)."""
        return PropagateTags("Explicit", tags)


class InstanceTypeFilter:
    """The instance types a capacity provider may (``allow``) or may not (``exclude``) launch.

    Args:
        instance_types: the instance types of the filter.
        is_allow: true: only these types may be launched; false: these types may not be.
    """

    def __init__(self, *, instance_types: Sequence[InstanceType], is_allow: bool) -> None:
        self.allowed_instance_types: Sequence[InstanceType] | None = instance_types if is_allow else None
        self.excluded_instance_types: Sequence[InstanceType] | None = None if is_allow else instance_types

    @staticmethod
    def allow(instance_types: Sequence[InstanceType]) -> InstanceTypeFilter:
        """Launch only these instance types."""
        return InstanceTypeFilter(instance_types=instance_types, is_allow=True)

    @staticmethod
    def exclude(instance_types: Sequence[InstanceType]) -> InstanceTypeFilter:
        """Never launch these instance types."""
        return InstanceTypeFilter(instance_types=instance_types, is_allow=False)


class TargetTrackingScalingPolicy:
    """A target-tracking policy of a manually scaled capacity provider (``cpu_utilization``).

    Args:
        metric_type: the metric tracked (``LambdaCapacityProviderAverageCPUUtilization``).
        value: the target value of the metric (a percentage for CPU utilization).
    """

    def __init__(self, metric_type: str, value: float) -> None:
        self.metric_type = metric_type
        self.value = value
        self.predefined_metric_type = metric_type
        self.target_value = value

    @staticmethod
    def cpu_utilization(target_cpu_utilization: float) -> TargetTrackingScalingPolicy:
        """Keep the average CPU utilization of the capacity provider at ``target_cpu_utilization`` percent."""
        return TargetTrackingScalingPolicy("LambdaCapacityProviderAverageCPUUtilization", target_cpu_utilization)


class ScalingOptions:
    """How a capacity provider scales: ``auto()`` or ``manual(policies)``.

    Args:
        scaling_mode: ``"Auto"`` or ``"Manual"`` (use the factories instead).
        scaling_policies: the target-tracking policies of the ``Manual`` mode.
    """

    def __init__(self, scaling_mode: str,
                 scaling_policies: Sequence[TargetTrackingScalingPolicy] | None = None) -> None:
        self.scaling_mode = scaling_mode
        self.scaling_policies = scaling_policies

    @staticmethod
    def auto() -> ScalingOptions:
        """Let Lambda scale the capacity."""
        return ScalingOptions("Auto")

    @staticmethod
    def manual(scaling_policies: Sequence[TargetTrackingScalingPolicy]) -> ScalingOptions:
        """Scale with these target-tracking policies (1 to 10)."""
        return ScalingOptions("Manual", scaling_policies)


@structs.frozen(kw_only=True)
class CapacityProviderProps:
    """The props of ``CapacityProvider``; each is described there.

    See ``CapacityProvider`` for each keyword argument.
    """

    security_groups: Sequence[ISecurityGroup]
    subnets: Sequence[ISubnet]
    architectures: Sequence[Architecture] | None = None
    capacity_provider_name: str | None = None
    instance_type_filter: InstanceTypeFilter | None = None
    kms_key: IKey | None = None
    log_group: ILogGroup | None = None
    max_v_cpu_count: float | None = None
    operator_role: IRole | None = None
    propagate_tags: PropagateTags | None = None
    scaling_options: ScalingOptions | None = None
    system_log_level: SystemLogLevel | None = None


class _CapacityProviderBase(Resource):
    capacity_provider_arn: str
    capacity_provider_name: str

    @property
    def capacity_provider_ref(self) -> CapacityProviderReference:
        """The capacity provider's name and ARN."""
        return CapacityProviderReference(capacity_provider_name=self.capacity_provider_name,
                                         capacity_provider_arn=self.capacity_provider_arn)


class _ImportedCapacityProvider(_CapacityProviderBase):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.capacity_provider_arn = arn
        self.capacity_provider_name = Arn.split(arn, ArnFormat.COLON_RESOURCE_NAME).resource_name  # type: ignore[assignment]


class CapacityProvider(_CapacityProviderBase):
    """EC2 capacity for Lambda Managed Instances: functions added with ``add_function`` run on instances in the
    given subnets and security groups.

    Args:
        security_groups: the security groups of the instances (1 to 5).
        subnets: the subnets of the instances (1 to 16).
        architectures: the instance architectures (default: the service's).
        capacity_provider_name: the name (default: generated).
        instance_type_filter: the instance types allowed or excluded (default: any).
        kms_key: the key that encrypts the instances' volumes (default: an AWS-owned key).
        log_group: the log group of the capacity provider's system logs (default: the service's).
        max_v_cpu_count: the most vCPUs, 12 to 15000 (default: the service's).
        operator_role: the role Lambda uses to manage the instances (default: a role with the
            ``AWSLambdaManagedEC2ResourceOperator`` managed policy).
        propagate_tags: the tags put on the instances (default: the service's).
        scaling_options: how the capacity scales (default: the service's).
        system_log_level: the level of the system logs (default: the service's).

    Raises:
        ValidationError: a value outside the ranges above, or an invalid name.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.CapacityProvider"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        security_groups: Sequence[ISecurityGroup],
        subnets: Sequence[ISubnet],
        architectures: Sequence[Architecture] | None = None,
        capacity_provider_name: str | None = None,
        instance_type_filter: InstanceTypeFilter | None = None,
        kms_key: IKey | None = None,
        log_group: ILogGroup | None = None,
        max_v_cpu_count: float | None = None,
        operator_role: IRole | None = None,
        propagate_tags: PropagateTags | None = None,
        scaling_options: ScalingOptions | None = None,
        system_log_level: SystemLogLevel | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=capacity_provider_name)
        self._validate(security_groups, subnets, capacity_provider_name, instance_type_filter, max_v_cpu_count,
                       propagate_tags, scaling_options)
        role: Any = operator_role
        if role is None:
            from l2 import iam

            role = iam.Role(self, "OperatorRole", assumed_by=iam.ServicePrincipal("lambda.amazonaws.com"),
                            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name(
                                "AWSLambdaManagedEC2ResourceOperator")])
        requirements = None
        if instance_type_filter is not None or architectures:
            requirements = {
                "allowed_instance_types": _strings(instance_type_filter.allowed_instance_types
                                                   if instance_type_filter else None),
                "excluded_instance_types": _strings(instance_type_filter.excluded_instance_types
                                                    if instance_type_filter else None),
                "architectures": [a.name for a in architectures] if architectures else None,
            }
        scaling = None
        if max_v_cpu_count or scaling_options is not None:
            scaling = {
                "max_v_cpu_count": max_v_cpu_count,
                "scaling_mode": scaling_options.scaling_mode if scaling_options else None,
                "scaling_policies": [{"predefined_metric_type": p.predefined_metric_type,
                                      "target_value": p.target_value} for p in scaling_options.scaling_policies]
                if scaling_options and scaling_options.scaling_policies is not None else None,
            }
        tags = None
        if propagate_tags is not None:
            tags = {"mode": propagate_tags.mode,
                    "explicit_tags": [{"key": k, "value": v} for k, v in propagate_tags.explicit_tags.items()]
                    if propagate_tags.explicit_tags else None}
        telemetry = None
        if log_group is not None or system_log_level is not None:
            telemetry = {"logging_config": {
                "log_group": log_group.log_group_name if log_group is not None else None,
                "system_log_level": system_log_level.value if system_log_level is not None else None,
            }}
        self.capacity_provider: CfnCapacityProvider = CfnCapacityProvider(
            self,
            "Resource",
            capacity_provider_name=self.physical_name if capacity_provider_name is not None else None,
            vpc_config={"security_group_ids": [sg.security_group_id for sg in security_groups],
                        "subnet_ids": [sn.subnet_id for sn in subnets]},
            permissions_config={"capacity_provider_operator_role_arn": role.role_arn},
            instance_requirements=requirements,
            capacity_provider_scaling_config=scaling,
            kms_key_arn=kms_key.key_arn if kms_key is not None else None,
            propagate_tags=tags,
            telemetry_config=telemetry,
        )
        self.capacity_provider_name: str = self.get_resource_name_attribute(self.capacity_provider.ref)
        self.capacity_provider_arn: str = self.get_resource_arn_attribute(
            self.capacity_provider.attr_arn,
            {"service": "lambda", "resource": "capacity-provider", "resource_name": self.physical_name,
             "arn_format": ArnFormat.COLON_RESOURCE_NAME})

    # -- imports ---------------------------------------------------------------------------------------
    @staticmethod
    def from_capacity_provider_name(scope: Construct, id: str, capacity_provider_name: str) -> ICapacityProvider:
        """A capacity provider of this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(service="lambda", resource="capacity-provider",
                                         resource_name=capacity_provider_name,
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return CapacityProvider.from_capacity_provider_attributes(scope, id, capacity_provider_arn=arn)

    @staticmethod
    def from_capacity_provider_arn(scope: Construct, id: str, capacity_provider_arn: str) -> ICapacityProvider:
        """A capacity provider by ARN."""
        return CapacityProvider.from_capacity_provider_attributes(scope, id, capacity_provider_arn=capacity_provider_arn)

    @staticmethod
    def from_capacity_provider_attributes(scope: Construct, id: str, *,
                                          capacity_provider_arn: str) -> ICapacityProvider:
        """A capacity provider by its attributes."""
        return _ImportedCapacityProvider(scope, id, capacity_provider_arn)

    # -- functions -------------------------------------------------------------------------------------
    def add_function(
        self,
        func: IFunction,
        *,
        execution_environment_memory_gib_per_v_cpu: float | None = None,
        latest_published_scaling_config: LatestPublishedScalingConfig | None = None,
        per_execution_environment_max_concurrency: float | None = None,
        publish_to_latest_published: bool | None = None,
    ) -> None:
        """Run ``func`` on this capacity provider (its ``CapacityProviderConfig``).

        Raises:
            ValidationError: execution environment counts outside 0-15000, or min above max.
        """
        Annotations.of(func).add_info_v2("aws-lambda:Function.CapacityProviderConfiguration",  # type: ignore[arg-type]
                                         "Capacity provider configuration cannot be removed from a function, only "
                                         "modified.")
        resource: Any = func.node.default_child  # type: ignore[attr-defined]
        resource.publish_to_latest_published = publish_to_latest_published
        resource.capacity_provider_config = {"lambda_managed_instances_capacity_provider_config": {
            "capacity_provider_arn": self.capacity_provider_arn,
            "per_execution_environment_max_concurrency": per_execution_environment_max_concurrency,
            "execution_environment_memory_gib_per_v_cpu": execution_environment_memory_gib_per_v_cpu,
        }}
        scaling = latest_published_scaling_config
        minimum = scaling.min_execution_environments if scaling else None
        maximum = scaling.max_execution_environments if scaling else None
        if minimum is not None or maximum is not None:
            self._validate_function_scaling(minimum, maximum)
            resource.function_scaling_config = {"min_execution_environments": minimum,
                                                "max_execution_environments": maximum}

    # -- validation ------------------------------------------------------------------------------------
    def _validate(self, security_groups: Sequence[Any], subnets: Sequence[Any], name: str | None,
                  type_filter: InstanceTypeFilter | None, max_v_cpu: float | None,
                  propagate_tags: PropagateTags | None, scaling: ScalingOptions | None) -> None:
        label = name or "your capacity provider"
        if max_v_cpu is not None and not Token.is_unresolved(max_v_cpu) and not 12 <= max_v_cpu <= 15000:
            raise ValidationError(f"maxVCpuCount must be between 12 and 15000, but {label} has "
                                  f"{_js_number(max_v_cpu)}.", self)
        if not Token.is_unresolved(subnets) and not 1 <= len(subnets) <= 16:
            raise ValidationError(f"subnets must contain between 1 and 16 items but {label} has {len(subnets)} "
                                  "items.", self)
        if not Token.is_unresolved(security_groups) and not 1 <= len(security_groups) <= 5:
            raise ValidationError(f"securityGroups must contain between 1 and 5 items but {label} has "
                                  f"{len(security_groups)} items.", self)
        if name and not Token.is_unresolved(name):
            import re

            if not re.match(_NAME_RE, name):
                raise ValidationError(f"capacityProviderName must be an arn or have only alphanumeric characters, "
                                      f"but did not: {name}", self)
            if len(name) > 140:
                raise ValidationError(f"Capacity provider name can not be longer than 140 characters but {name} has "
                                      f"{len(name)} characters.", self)
        if type_filter is not None:
            for types in (type_filter.allowed_instance_types, type_filter.excluded_instance_types):
                if types is not None and len(types) < 1:
                    raise ValidationError(f"instanceTypeFilter must have at least one instanceType when configured, "
                                          f"but {label} has {len(types)} items.", self)
        if scaling is not None and scaling.scaling_policies is not None \
                and not Token.is_unresolved(scaling.scaling_policies):
            count = len(scaling.scaling_policies)
            if count < 1:
                raise ValidationError(f"scalingOptions must have at least one policy when scalingMode is 'Manual', "
                                      f"but {label} has {count} items.", self)
            if count > 10:
                raise ValidationError(f"scalingOptions can have at most ten policies when scalingMode is 'Manual', "
                                      f"but {label} has {count} items.", self)
        tags = propagate_tags.explicit_tags if propagate_tags is not None else None
        if tags and not Token.is_unresolved(tags) and len(tags) > 40:
            raise ValidationError(f"propagateTags explicit tags can have at most 40 tags, but {label} has "
                                  f"{len(tags)}.", self)

    def _validate_function_scaling(self, minimum: float | None, maximum: float | None) -> None:
        min_known = minimum is not None and not Token.is_unresolved(minimum)
        max_known = maximum is not None and not Token.is_unresolved(maximum)
        if min_known and not 0 <= minimum <= 15000:  # type: ignore[operator]
            raise ValidationError(f"minExecutionEnvironments must be between 0 and 15000, but was "
                                  f"{_js_number(minimum)}.", self)  # type: ignore[arg-type]
        if max_known and not 0 <= maximum <= 15000:  # type: ignore[operator]
            raise ValidationError(f"maxExecutionEnvironments must be between 0 and 15000, but was "
                                  f"{_js_number(maximum)}.", self)  # type: ignore[arg-type]
        if min_known and max_known and minimum > maximum:  # type: ignore[operator]
            raise ValidationError("minExecutionEnvironments must be less than or equal to maxExecutionEnvironments.",
                                  self)


def _strings(values: Sequence[Any] | None) -> list[str] | None:
    return [str(v) for v in values] if values is not None else None


def _js_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)
