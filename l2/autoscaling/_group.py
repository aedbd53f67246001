"""``AutoScalingGroup``: a fleet of EC2 instances from a launch configuration, a launch template or a mixed
instances policy, with its security group, role, signals, update policies and scaling."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Annotations,
    Aspects,
    Aws,
    Construct,
    Duration,
    FeatureFlags,
    Fn,
    IConstruct,
    Lazy,
    PhysicalName,
    Resource,
    Stack,
    Tags,
    Token,
    Tokenization,
    ValidationError,
)
from constructs._cfn_policies import CfnAutoScalingScheduledAction, CfnUpdatePolicy
from constructs.internals import structs
from l1.autoscaling import CfnAutoScalingGroup, CfnLaunchConfiguration
from l2.autoscaling._common import (
    ApplyCloudFormationInitOptions,
    AutoScalingGroupReference,
    BlockDevice,
    BlockDeviceVolume,
    CapacityDistributionStrategy,
    DeletionProtection,
    EbsDeviceVolumeType,
    GroupMetrics,
    HealthCheck,
    HealthChecks,
    InstanceLifecyclePolicy,
    MixedInstancesPolicy,
    Monitoring,
    NotificationConfiguration,
    ScalingEvents,
    Signals,
    TerminationPolicy,
    UpdatePolicy,
)
from l2.autoscaling._scaling import (
    AdjustmentType,
    DefaultResult,
    ILifecycleHookTarget,
    LifecycleHook,
    LifecycleTransition,
    MetricAggregationType,
    PoolState,
    PredefinedMetric,
    Schedule,
    ScheduledAction,
    StepScalingPolicy,
    TargetTrackingScalingPolicy,
    WarmPool,
)
from l2.autoscaling_common import ScalingInterval

if TYPE_CHECKING:
    import datetime

    from l2.cloudwatch import IMetric
    from l2.ec2 import (
        CloudFormationInit,
        Connections,
        IKeyPair,
        ILaunchTemplate,
        IMachineImage,
        InstanceType,
        ISecurityGroup,
        IVpc,
        OperatingSystemType,
        SubnetSelection,
        UserData,
    )
    from l2.elasticloadbalancing import LoadBalancer as ClassicLoadBalancer
    from l2.elasticloadbalancingv2 import (
        IApplicationTargetGroup,
        INetworkTargetGroup,
        LoadBalancerTargetProps,
    )
    from l2.iam import IPrincipal, IRole, PolicyStatement

_LAUNCH_TEMPLATE_FLAG = "@aws-cdk/aws-autoscaling:generateLaunchTemplateInsteadOfLaunchConfig"


@runtime_checkable
class IAutoScalingGroup(Protocol):
    """An Auto Scaling group: ``AutoScalingGroup`` or one from ``AutoScalingGroup.from_auto_scaling_group_name``."""

    @property
    def auto_scaling_group_name(self) -> str:
        """The name of the group."""
        ...

    @property
    def auto_scaling_group_arn(self) -> str:
        """The ARN of the group."""
        ...

    @property
    def os_type(self) -> OperatingSystemType:
        """The OS of the instances (``UNKNOWN`` for imported groups)."""
        ...

    @property
    def grant_principal(self) -> IPrincipal:
        """The principal to grant permissions to."""
        ...

    def add_user_data(self, *commands: str) -> None:
        """Add commands to the instances' start-up script (nothing for imported groups)."""
        ...

    def add_lifecycle_hook(
        self, id: str, *, lifecycle_transition: LifecycleTransition, default_result: DefaultResult | None = None,
        heartbeat_timeout: Duration | None = None, lifecycle_hook_name: str | None = None,
        notification_metadata: str | None = None, notification_target: ILifecycleHookTarget | None = None,
        role: IRole | None = None,
    ) -> LifecycleHook:
        """Add a lifecycle hook."""
        ...

    def add_warm_pool(
        self, *, max_group_prepared_capacity: int | float | None = None, min_size: int | float | None = None,
        pool_state: PoolState | None = None, reuse_on_scale_in: bool | None = None,
    ) -> WarmPool:
        """Add a warm pool."""
        ...

    def scale_on_schedule(
        self, id: str, *, schedule: Schedule, desired_capacity: int | float | None = None,
        end_time: datetime.datetime | None = None, max_capacity: int | float | None = None,
        min_capacity: int | float | None = None, start_time: datetime.datetime | None = None,
        time_zone: str | None = None,
    ) -> ScheduledAction:
        """Scale on a schedule."""
        ...

    def scale_on_cpu_utilization(
        self, id: str, *, target_utilization_percent: int | float, cooldown: Duration | None = None,
        disable_scale_in: bool | None = None, estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep the average CPU utilization at a target."""
        ...

    def scale_on_incoming_bytes(
        self, id: str, *, target_bytes_per_second: int | float, cooldown: Duration | None = None,
        disable_scale_in: bool | None = None, estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep the average incoming bytes per second at a target."""
        ...

    def scale_on_outgoing_bytes(
        self, id: str, *, target_bytes_per_second: int | float, cooldown: Duration | None = None,
        disable_scale_in: bool | None = None, estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep the average outgoing bytes per second at a target."""
        ...

    def scale_to_track_metric(
        self, id: str, *, metric: IMetric, target_value: int | float, cooldown: Duration | None = None,
        disable_scale_in: bool | None = None, estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep a metric at a target."""
        ...

    def scale_on_metric(
        self, id: str, *, metric: IMetric, scaling_steps: Sequence[ScalingInterval],
        adjustment_type: AdjustmentType | None = None, cooldown: Duration | None = None,
        datapoints_to_alarm: int | float | None = None, estimated_instance_warmup: Duration | None = None,
        evaluation_periods: int | float | None = None, metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: int | float | None = None,
    ) -> StepScalingPolicy:
        """Step scaling on a metric."""
        ...


class _AutoScalingGroupBase(Resource):
    """What new and imported groups share: hooks, warm pools and scaling."""

    _alb_target_group: Any = None
    _has_called_scale_on_request_count = False

    def add_lifecycle_hook(
        self,
        id: str,
        *,
        lifecycle_transition: LifecycleTransition,
        default_result: DefaultResult | None = None,
        heartbeat_timeout: Duration | None = None,
        lifecycle_hook_name: str | None = None,
        notification_metadata: str | None = None,
        notification_target: ILifecycleHookTarget | None = None,
        role: IRole | None = None,
    ) -> LifecycleHook:
        """Send a notification to a target when instances launch or terminate (``LifecycleHook<id>``)."""
        return LifecycleHook(
            self, f"LifecycleHook{id}", auto_scaling_group=self,  # type: ignore[arg-type]
            lifecycle_transition=lifecycle_transition, default_result=default_result,
            heartbeat_timeout=heartbeat_timeout, lifecycle_hook_name=lifecycle_hook_name,
            notification_metadata=notification_metadata, notification_target=notification_target, role=role,
        )

    def add_warm_pool(
        self,
        *,
        max_group_prepared_capacity: int | float | None = None,
        min_size: int | float | None = None,
        pool_state: PoolState | None = None,
        reuse_on_scale_in: bool | None = None,
    ) -> WarmPool:
        """Add a pool of pre-initialized instances (``WarmPool``)."""
        return WarmPool(
            self, "WarmPool", auto_scaling_group=self,  # type: ignore[arg-type]
            max_group_prepared_capacity=max_group_prepared_capacity, min_size=min_size, pool_state=pool_state,
            reuse_on_scale_in=reuse_on_scale_in,
        )

    def scale_on_schedule(
        self,
        id: str,
        *,
        schedule: Schedule,
        desired_capacity: int | float | None = None,
        end_time: datetime.datetime | None = None,
        max_capacity: int | float | None = None,
        min_capacity: int | float | None = None,
        start_time: datetime.datetime | None = None,
        time_zone: str | None = None,
    ) -> ScheduledAction:
        """Change the capacities on a schedule (``ScheduledAction<id>``)."""
        return ScheduledAction(
            self, f"ScheduledAction{id}", auto_scaling_group=self,  # type: ignore[arg-type]
            schedule=schedule, desired_capacity=desired_capacity, end_time=end_time, max_capacity=max_capacity,
            min_capacity=min_capacity, start_time=start_time, time_zone=time_zone,
        )

    def _track(self, id: str, **kwargs: Any) -> TargetTrackingScalingPolicy:
        return TargetTrackingScalingPolicy(self, f"ScalingPolicy{id}", auto_scaling_group=self, **kwargs)  # type: ignore[arg-type]

    def scale_on_cpu_utilization(
        self,
        id: str,
        *,
        target_utilization_percent: int | float,
        cooldown: Duration | None = None,
        disable_scale_in: bool | None = None,
        estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep the average CPU utilization at ``target_utilization_percent``."""
        return self._track(
            id, predefined_metric=PredefinedMetric.ASG_AVERAGE_CPU_UTILIZATION,
            target_value=target_utilization_percent, cooldown=cooldown, disable_scale_in=disable_scale_in,
            estimated_instance_warmup=estimated_instance_warmup,
        )

    def scale_on_incoming_bytes(
        self,
        id: str,
        *,
        target_bytes_per_second: int | float,
        cooldown: Duration | None = None,
        disable_scale_in: bool | None = None,
        estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep the average network ingress at ``target_bytes_per_second``."""
        return self._track(
            id, predefined_metric=PredefinedMetric.ASG_AVERAGE_NETWORK_IN, target_value=target_bytes_per_second,
            cooldown=cooldown, disable_scale_in=disable_scale_in, estimated_instance_warmup=estimated_instance_warmup,
        )

    def scale_on_outgoing_bytes(
        self,
        id: str,
        *,
        target_bytes_per_second: int | float,
        cooldown: Duration | None = None,
        disable_scale_in: bool | None = None,
        estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep the average network egress at ``target_bytes_per_second``."""
        return self._track(
            id, predefined_metric=PredefinedMetric.ASG_AVERAGE_NETWORK_OUT, target_value=target_bytes_per_second,
            cooldown=cooldown, disable_scale_in=disable_scale_in, estimated_instance_warmup=estimated_instance_warmup,
        )

    def scale_on_request_count(
        self,
        id: str,
        *,
        target_requests_per_minute: int | float | None = None,
        cooldown: Duration | None = None,
        disable_scale_in: bool | None = None,
        estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep the ALB requests per target at a target (the group must be attached to an ALB target group)."""
        group = self._alb_target_group
        if group is None:
            raise ValidationError(
                "Attach the AutoScalingGroup to a non-imported Application Load Balancer before calling "
                "scaleOnRequestCount()",
                self,
            )
        label = f"{group.first_load_balancer_full_name}/{group.target_group_full_name}"
        if target_requests_per_minute is None:
            raise ValidationError(
                "Specify exactly one of 'targetRequestsPerMinute' or 'targetRequestsPerSecond'", self
            )
        rpm: Any = target_requests_per_minute
        policy = self._track(
            id, predefined_metric=PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET, target_value=rpm,
            resource_label=label, cooldown=cooldown, disable_scale_in=disable_scale_in,
            estimated_instance_warmup=estimated_instance_warmup,
        )
        policy.node.add_dependency(group.load_balancer_attached)
        self._has_called_scale_on_request_count = True
        return policy

    def scale_to_track_metric(
        self,
        id: str,
        *,
        metric: IMetric,
        target_value: int | float,
        cooldown: Duration | None = None,
        disable_scale_in: bool | None = None,
        estimated_instance_warmup: Duration | None = None,
    ) -> TargetTrackingScalingPolicy:
        """Keep ``metric`` at ``target_value``."""
        return self._track(
            id, custom_metric=metric, target_value=target_value, cooldown=cooldown,
            disable_scale_in=disable_scale_in, estimated_instance_warmup=estimated_instance_warmup,
        )

    def scale_on_metric(
        self,
        id: str,
        *,
        metric: IMetric,
        scaling_steps: Sequence[ScalingInterval],
        adjustment_type: AdjustmentType | None = None,
        cooldown: Duration | None = None,
        datapoints_to_alarm: int | float | None = None,
        estimated_instance_warmup: Duration | None = None,
        evaluation_periods: int | float | None = None,
        metric_aggregation_type: MetricAggregationType | None = None,
        min_adjustment_magnitude: int | float | None = None,
    ) -> StepScalingPolicy:
        """Step scaling on ``metric`` (a ``StepScalingPolicy`` with id ``id``)."""
        return StepScalingPolicy(
            self, id, auto_scaling_group=self,  # type: ignore[arg-type]
            metric=metric, scaling_steps=scaling_steps, adjustment_type=adjustment_type, cooldown=cooldown,
            datapoints_to_alarm=datapoints_to_alarm, estimated_instance_warmup=estimated_instance_warmup,
            evaluation_periods=evaluation_periods, metric_aggregation_type=metric_aggregation_type,
            min_adjustment_magnitude=min_adjustment_magnitude,
        )

    def add_user_data(self, *commands: str) -> None:
        """Nothing for imported groups."""


class _ImportedAutoScalingGroup(_AutoScalingGroupBase):
    def __init__(self, scope: Construct, id: str, name: str) -> None:
        from l2 import iam
        from l2.ec2 import OperatingSystemType

        super().__init__(scope, id)
        self.auto_scaling_group_name = name
        self.auto_scaling_group_arn = Stack.of(self).format_arn(
            service="autoscaling", resource="autoScalingGroup:*:autoScalingGroupName", resource_name=name
        )
        self.os_type = OperatingSystemType.UNKNOWN
        self.grant_principal = iam.UnknownPrincipal(resource=self)

    @property
    def auto_scaling_group_ref(self) -> AutoScalingGroupReference:
        """A reference to this group."""
        return _ref(self)


def _ref(group: Any) -> AutoScalingGroupReference:
    return AutoScalingGroupReference(
        auto_scaling_group_arn=group.auto_scaling_group_arn, auto_scaling_group_name=group.auto_scaling_group_name
    )


@structs.frozen(kw_only=True)
class CommonAutoScalingGroupProps:
    """The properties of a group other than what it runs and where (see ``AutoScalingGroup``)."""

    allow_all_outbound: bool | None = None
    associate_public_ip_address: bool | None = None
    auto_scaling_group_name: str | None = None
    az_capacity_distribution_strategy: CapacityDistributionStrategy | None = None
    block_devices: Sequence[BlockDevice] | None = None
    capacity_rebalance: bool | None = None
    cooldown: Duration | None = None
    default_instance_warmup: Duration | None = None
    deletion_protection: DeletionProtection | None = None
    desired_capacity: int | float | None = None
    group_metrics: Sequence[GroupMetrics] | None = None
    health_check: HealthCheck | None = None
    health_checks: HealthChecks | None = None
    ignore_unmodified_size_properties: bool | None = None
    instance_lifecycle_policy: InstanceLifecyclePolicy | None = None
    instance_monitoring: Monitoring | None = None
    key_name: str | None = None
    key_pair: IKeyPair | None = None
    max_capacity: int | float | None = None
    max_instance_lifetime: Duration | None = None
    min_capacity: int | float | None = None
    new_instances_protected_from_scale_in: bool | None = None
    notifications: Sequence[NotificationConfiguration] | None = None
    signals: Signals | None = None
    spot_price: str | None = None
    ssm_session_permissions: bool | None = None
    termination_policies: Sequence[TerminationPolicy] | None = None
    termination_policy_custom_lambda_function_arn: str | None = None
    update_policy: UpdatePolicy | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class AutoScalingGroupProps(CommonAutoScalingGroupProps):
    """The properties of an ``AutoScalingGroup`` (see ``AutoScalingGroup`` for each keyword)."""

    vpc: IVpc
    init: CloudFormationInit | None = None
    init_options: ApplyCloudFormationInitOptions | None = None
    instance_type: InstanceType | None = None
    launch_template: ILaunchTemplate | None = None
    machine_image: IMachineImage | None = None
    max_healthy_percentage: int | float | None = None
    migrate_to_launch_template: bool | None = None
    min_healthy_percentage: int | float | None = None
    mixed_instances_policy: MixedInstancesPolicy | None = None
    require_imdsv2: bool | None = None
    role: IRole | None = None
    security_group: ISecurityGroup | None = None
    user_data: UserData | None = None


def _js(x: Any) -> str:
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    return str(x)


class AutoScalingGroup(_AutoScalingGroupBase):
    """A fleet of EC2 instances (``AWS::AutoScaling::AutoScalingGroup``) with its launch configuration (or launch
    template), security group, instance role and instance profile.

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC.
        instance_type, machine_image: what to run (the launch configuration path; not with ``launch_template`` or
            ``mixed_instances_policy``).
        launch_template: a launch template (not with the launch configuration settings).
        mixed_instances_policy: several instance types, On-Demand and Spot.
        security_group: the security group (default: a new one, ``InstanceSecurityGroup``).
        allow_all_outbound: of the new security group (default true).
        role: the instance role (default: a new one, ``InstanceRole``).
        user_data: the start-up script (default: the image's).
        init, init_options: a ``CloudFormationInit`` applied at start-up (needs ``signals``).
        signals: wait for instance signals at creation and update.
        update_policy: how instances are replaced (default: a rolling update with ``init``, else none).
        min_capacity: the fewest instances the group keeps (default 1).
        max_capacity: the most instances the group may grow to (default ``desired_capacity`` or
            ``max(min_capacity, 1)``).
        desired_capacity: reset on every deployment (with a warning).
        vpc_subnets: where to launch (default: the private subnets).
        key_name, key_pair: the SSH key pair (``key_pair`` needs the launch template flag).
        associate_public_ip_address, spot_price, block_devices, instance_monitoring: launch settings.
        health_check: the group's health check (deprecated: use ``health_checks``; default EC2 status checks).
        health_checks: the health check types and grace period (default EC2 status checks only).
        cooldown: how long the group waits after a scaling activity before starting another (default 5 minutes).
        default_instance_warmup: how long a new instance takes before its metrics count towards the group's
            (default not set).
        max_instance_lifetime: the longest an instance may stay in service before it is replaced (zero or 1 to 365
            days; default no limit).
        capacity_rebalance: replace Spot instances early when they are at elevated risk of interruption (default
            false).
        termination_policies: the order in which instances are picked for termination on scale-in (default
            Auto Scaling's default policy).
        termination_policy_custom_lambda_function_arn: the Lambda function (ARN, with alias or version) that picks
            the instances to terminate; required with the custom Lambda termination policy.
        new_instances_protected_from_scale_in: launch instances protected from termination on scale-in (default
            false).
        group_metrics: the group metrics sent to CloudWatch (default none).
        notifications: SNS topics told of the group's scaling events (default none).
        deletion_protection: whether, and how, the group is protected from deletion (default not protected).
        az_capacity_distribution_strategy: what happens when instances cannot be launched in an Availability Zone
            (default balanced best effort).
        instance_lifecycle_policy: whether instances are retained when a lifecycle action fails (default
            terminated).
        min_healthy_percentage: the share of the desired capacity that must stay healthy during instance
            replacements (instance maintenance policy; default not set).
        max_healthy_percentage: how far above the desired capacity the group may go during replacements (with
            ``min_healthy_percentage``; default not set).
        auto_scaling_group_name: the group's physical name (default generated by CloudFormation).
        ignore_unmodified_size_properties: don't reset sizes changed by scheduled actions (default true).
        require_imdsv2: require IMDSv2 on the instances.
        ssm_session_permissions: attach ``AmazonSSMManagedInstanceCore`` to the role.
        migrate_to_launch_template: require a rolling update (for migrating to a launch template).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-autoscaling.AutoScalingGroup"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        init: CloudFormationInit | None = None,
        init_options: ApplyCloudFormationInitOptions | None = None,
        instance_type: InstanceType | None = None,
        launch_template: ILaunchTemplate | None = None,
        machine_image: IMachineImage | None = None,
        max_healthy_percentage: int | float | None = None,
        migrate_to_launch_template: bool | None = None,
        min_healthy_percentage: int | float | None = None,
        mixed_instances_policy: MixedInstancesPolicy | None = None,
        require_imdsv2: bool | None = None,
        role: IRole | None = None,
        security_group: ISecurityGroup | None = None,
        user_data: UserData | None = None,
        allow_all_outbound: bool | None = None,
        associate_public_ip_address: bool | None = None,
        auto_scaling_group_name: str | None = None,
        az_capacity_distribution_strategy: CapacityDistributionStrategy | None = None,
        block_devices: Sequence[BlockDevice] | None = None,
        capacity_rebalance: bool | None = None,
        cooldown: Duration | None = None,
        default_instance_warmup: Duration | None = None,
        deletion_protection: DeletionProtection | None = None,
        desired_capacity: int | float | None = None,
        group_metrics: Sequence[GroupMetrics] | None = None,
        health_check: HealthCheck | None = None,
        health_checks: HealthChecks | None = None,
        ignore_unmodified_size_properties: bool | None = None,
        instance_lifecycle_policy: InstanceLifecyclePolicy | None = None,
        instance_monitoring: Monitoring | None = None,
        key_name: str | None = None,
        key_pair: IKeyPair | None = None,
        max_capacity: int | float | None = None,
        max_instance_lifetime: Duration | None = None,
        min_capacity: int | float | None = None,
        new_instances_protected_from_scale_in: bool | None = None,
        notifications: Sequence[NotificationConfiguration] | None = None,
        signals: Signals | None = None,
        spot_price: str | None = None,
        ssm_session_permissions: bool | None = None,
        termination_policies: Sequence[TerminationPolicy] | None = None,
        termination_policy_custom_lambda_function_arn: str | None = None,
        update_policy: UpdatePolicy | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        from l2 import ec2, iam

        super().__init__(scope, id, physical_name=auto_scaling_group_name)
        self._new_instances_protected = new_instances_protected_from_scale_in
        self._load_balancer_names: list[str] = []
        self._target_group_arns: list[str] = []
        self._group_metrics: list[GroupMetrics] = list(group_metrics or [])
        self._notifications: list[NotificationConfiguration] = []
        self._launch_template: Any = None
        self._connections: Connections | None = None
        self._user_data: UserData | None = None
        self._role: IRole | None = None
        self._security_groups: list[ISecurityGroup] | None = None
        if init_options is not None and init is None:
            raise ValidationError("Setting 'initOptions' requires that 'init' is also set", self)
        launch_config = None
        template_from_config = None
        if launch_template is not None or mixed_instances_policy is not None:
            self._verify_no_launch_config_prop(
                machine_image=machine_image, instance_type=instance_type, role=role, user_data=user_data,
                security_group=security_group, key_name=key_name, key_pair=key_pair,
                instance_monitoring=instance_monitoring, associate_public_ip_address=associate_public_ip_address,
                spot_price=spot_price, block_devices=block_devices, require_imdsv2=require_imdsv2,
            )
            if launch_template is not None and mixed_instances_policy is not None:
                raise ValidationError(
                    "Setting 'mixedInstancesPolicy' must not be set when 'launchTemplate' is set", self
                )
            if launch_template is not None and isinstance(launch_template, ec2.LaunchTemplate):
                if not launch_template.instance_type:
                    raise ValidationError("Setting 'launchTemplate' requires its 'instanceType' to be set", self)
                if not launch_template.image_id:
                    raise ValidationError("Setting 'launchTemplate' requires its 'machineImage' to be set", self)
                self._launch_template = launch_template
            if mixed_instances_policy is not None and isinstance(
                mixed_instances_policy.launch_template, ec2.LaunchTemplate
            ):
                if not mixed_instances_policy.launch_template.image_id:
                    raise ValidationError(
                        "Setting 'mixedInstancesPolicy.launchTemplate' requires its 'machineImage' to be set", self
                    )
                self._launch_template = mixed_instances_policy.launch_template
            self._role = self._launch_template.role if self._launch_template is not None else None
            self.grant_principal: Any = self._role or iam.UnknownPrincipal(resource=self)
            os_type = self._launch_template.os_type if self._launch_template is not None else None
            self.os_type: OperatingSystemType = os_type if os_type is not None else ec2.OperatingSystemType.UNKNOWN
        else:
            if machine_image is None:
                raise ValidationError(
                    "Setting 'machineImage' is required when 'launchTemplate' and 'mixedInstancesPolicy' is not set",
                    self,
                )
            if instance_type is None:
                raise ValidationError(
                    "Setting 'instanceType' is required when 'launchTemplate' and 'mixedInstancesPolicy' is not set",
                    self,
                )
            if key_name and key_pair is not None:
                raise ValidationError("Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'", self)
            Tags.of(self).add("Name", self.node.path)
            self._security_group = security_group if security_group is not None else ec2.SecurityGroup(
                self, "InstanceSecurityGroup", vpc=vpc, allow_all_outbound=allow_all_outbound is not False
            )
            self._role = role if role is not None else iam.Role(
                self, "InstanceRole", role_name=PhysicalName.GENERATE_IF_NEEDED,
                assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"),
            )
            self.grant_principal = self._role
            profile = iam.CfnInstanceProfile(self, "InstanceProfile", roles=[self._role.role_name])
            if FeatureFlags.of(self).is_enabled(_LAUNCH_TEMPLATE_FLAG):
                instance_profile = iam.InstanceProfile.from_instance_profile_attributes(
                    self, "ImportedInstanceProfile", instance_profile_arn=profile.attr_arn, role=self._role
                )
                lt_kwargs: dict[str, Any] = {}
                if key_name:
                    lt_kwargs["key_name"] = key_name
                template_from_config = ec2.LaunchTemplate(
                    self, "LaunchTemplate", machine_image=machine_image, instance_type=instance_type,
                    detailed_monitoring=instance_monitoring is Monitoring.DETAILED,
                    security_group=self._security_group, user_data=user_data,
                    associate_public_ip_address=associate_public_ip_address,
                    spot_options=ec2.LaunchTemplateSpotOptions(max_price=float(spot_price))
                    if spot_price is not None else None,
                    block_devices=block_devices, instance_profile=instance_profile, key_pair=key_pair, **lt_kwargs,
                )
                self.os_type = template_from_config.os_type
                self._launch_template = template_from_config
            else:
                self._connections = ec2.Connections(security_groups=[self._security_group])
                self._security_groups = [self._security_group]
                if key_pair is not None:
                    raise ValidationError(
                        "Can only use 'keyPair' when feature flag 'AUTOSCALING_GENERATE_LAUNCH_TEMPLATE' is set", self
                    )
                image = machine_image.get_image(self)
                self._user_data = user_data if user_data is not None else image.user_data
                groups = self._security_groups
                launch_config = CfnLaunchConfiguration(
                    self,
                    "LaunchConfig",
                    image_id=image.image_id,
                    key_name=key_name,
                    instance_type=instance_type.to_string(),
                    instance_monitoring=(instance_monitoring is Monitoring.DETAILED)
                    if instance_monitoring is not None else None,
                    security_groups=Lazy.list(lambda: [g.security_group_id for g in groups]),
                    iam_instance_profile=profile.ref,
                    user_data=Lazy.string(lambda: Fn.base64(self.user_data.render())),
                    associate_public_ip_address=associate_public_ip_address,
                    spot_price=spot_price,
                    block_device_mappings=_launch_config_block_devices(self, block_devices)
                    if block_devices is not None else None,
                )
                launch_config.node.add_dependency(self._role)
                self.os_type = image.os_type
        if ssm_session_permissions and self._role is not None:
            self._role.add_managed_policy(iam.ManagedPolicy.from_aws_managed_policy_name("AmazonSSMManagedInstanceCore"))

        min_cap: Any = min_capacity if min_capacity is not None else 1
        if max_capacity is not None:
            max_cap: Any = max_capacity
        elif desired_capacity is not None:
            max_cap = desired_capacity
        else:
            max_cap = min_cap if Token.is_unresolved(min_cap) else max(min_cap, 1)
        resolved = not Token.is_unresolved(min_cap) and not Token.is_unresolved(max_cap)
        if resolved and min_cap > max_cap:
            raise ValidationError(f"minCapacity ({_js(min_cap)}) should be <= maxCapacity ({_js(max_cap)})", self)
        if desired_capacity is not None and not Token.is_unresolved(desired_capacity):
            if not Token.is_unresolved(min_cap) and desired_capacity < min_cap:
                raise ValidationError(
                    f"Should have minCapacity ({_js(min_cap)}) <= desiredCapacity ({_js(desired_capacity)})", self
                )
            if not Token.is_unresolved(max_cap) and max_cap < desired_capacity:
                raise ValidationError(
                    f"Should have desiredCapacity ({_js(desired_capacity)}) <= maxCapacity ({_js(max_cap)})", self
                )
        if desired_capacity is not None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-autoscaling:desiredCapacitySet",
                "desiredCapacity has been configured. Be aware this will reset the size of your AutoScalingGroup on "
                "every deployment. See https://github.com/aws/aws-cdk/issues/5215",
            )
        self.max_instance_lifetime: Duration | None = max_instance_lifetime
        """The maximum time an instance can be in service."""
        if max_instance_lifetime is not None and not max_instance_lifetime.is_unresolved():
            seconds = max_instance_lifetime.to_seconds()
            if seconds != 0 and (seconds < 86400 or seconds > 31536000):
                raise ValidationError("maxInstanceLifetime must be between 1 and 365 days (inclusive)", self)
        if notifications is not None:
            self._notifications = [
                NotificationConfiguration(topic=n.topic, scaling_events=n.scaling_events or ScalingEvents.ALL)
                for n in notifications
            ]
        from l2.ec2._vpc import _options

        selection = vpc.select_subnets(**(_options(vpc_subnets) if vpc_subnets is not None else {}))
        policies: list[str] = []
        for index, policy in enumerate(termination_policies or []):
            if policy is TerminationPolicy.CUSTOM_LAMBDA_FUNCTION:
                if index != 0:
                    raise ValidationError(
                        "TerminationPolicy.CUSTOM_LAMBDA_FUNCTION must be specified first in the termination policies",
                        self,
                    )
                if not termination_policy_custom_lambda_function_arn:
                    raise ValidationError(
                        "terminationPolicyCustomLambdaFunctionArn property must be specified if the "
                        "TerminationPolicy.CUSTOM_LAMBDA_FUNCTION is used",
                        self,
                    )
                policies.append(termination_policy_custom_lambda_function_arn)
            else:
                policies.append(policy.value)
        if health_check is not None and health_checks is not None:
            raise ValidationError(
                "Cannot specify both 'healthCheck' and 'healthChecks'. Please use 'healthChecks' only.", self
            )
        check_type = None
        grace = None
        if health_checks is not None:
            check_type = ",".join(health_checks.types)
            grace = health_checks.grace_period.to_seconds() if health_checks.grace_period is not None else None
        elif health_check is not None:
            check_type = health_check.type
            grace = health_check.grace_period.to_seconds() if health_check.grace_period is not None else None
        retention = instance_lifecycle_policy.retention_triggers if instance_lifecycle_policy is not None else None
        launch = self._launch_settings(
            launch_config,
            launch_template if launch_template is not None else template_from_config,
            mixed_instances_policy,
        )
        if not selection.has_public and associate_public_ip_address:
            raise ValidationError(
                "To set 'associatePublicIpAddress: true' you must select Public subnets (vpcSubnets: { subnetType: "
                "SubnetType.PUBLIC })",
                self,
            )
        self._asg = CfnAutoScalingGroup(
            self,
            "ASG",
            auto_scaling_group_name=self.physical_name,
            availability_zone_distribution=CfnAutoScalingGroup.AvailabilityZoneDistributionProperty(
                capacity_distribution_strategy=az_capacity_distribution_strategy.value
            ) if az_capacity_distribution_strategy is not None else None,
            cooldown=_js(cooldown.to_seconds()) if cooldown is not None else None,
            min_size=Tokenization.stringify_number(min_cap),
            max_size=Tokenization.stringify_number(max_cap),
            desired_capacity=Tokenization.stringify_number(desired_capacity) if desired_capacity is not None
            else None,
            load_balancer_names=Lazy.list(lambda: list(self._load_balancer_names), omit_empty=True),
            target_group_arns=Lazy.list(lambda: list(self._target_group_arns), omit_empty=True),
            notification_configurations=[
                CfnAutoScalingGroup.NotificationConfigurationProperty(
                    topic_arn=n.topic.topic_arn,
                    notification_types=[e.value for e in (n.scaling_events or ScalingEvents.ALL)._types],
                )
                for n in self._notifications
            ] if self._notifications else None,
            metrics_collection=Lazy.any(self._render_metrics_collection),
            vpc_zone_identifier=selection.subnet_ids,
            health_check_type=check_type,
            health_check_grace_period=grace,
            max_instance_lifetime=max_instance_lifetime.to_seconds() if max_instance_lifetime else None,
            new_instances_protected_from_scale_in=Lazy.any(lambda: self._new_instances_protected),
            termination_policies=policies or None,
            default_instance_warmup=default_instance_warmup.to_seconds()
            if default_instance_warmup is not None else None,
            capacity_rebalance=capacity_rebalance,
            deletion_protection=deletion_protection.value if deletion_protection is not None else None,
            instance_maintenance_policy=self._maintenance_policy(min_healthy_percentage, max_healthy_percentage),
            instance_lifecycle_policy=CfnAutoScalingGroup.InstanceLifecyclePolicyProperty(
                retention_triggers=CfnAutoScalingGroup.RetentionTriggersProperty(
                    terminate_hook_abandon=retention.terminate_hook_abandon.value
                    if retention.terminate_hook_abandon is not None else None
                )
            ) if retention is not None else None,
            **launch,
        )
        self.node.default_child = self._asg
        self.auto_scaling_group_name: str = self.get_resource_name_attribute(self._asg.ref)
        """The name of the group."""
        self.auto_scaling_group_arn: str = Stack.of(self).format_arn(
            service="autoscaling", resource="autoScalingGroup:*:autoScalingGroupName",
            resource_name=self.auto_scaling_group_name,
        )
        """The ARN of the group."""
        self._apply_update_policies(
            signals=signals, update_policy=update_policy, init=init,
            ignore_unmodified_size_properties=ignore_unmodified_size_properties,
            migrate_to_launch_template=migrate_to_launch_template,
            desired_capacity=desired_capacity, min_capacity=min_cap,
        )
        if init is not None:
            opts = init_options if init_options is not None else ApplyCloudFormationInitOptions()
            self.apply_cloud_formation_init(init, **structs.asdict(opts, recurse=False))
        self.spot_price: str | None = spot_price
        """The maximum Spot price (``None``: On-Demand)."""
        if require_imdsv2:
            from constructs._aspects import mutating_aspect_priority

            Aspects.of(self).add(AutoScalingGroupRequireImdsv2Aspect(), priority=mutating_aspect_priority(self))
        self.node.add_validation(_TargetGroupValidation(self))

    @staticmethod
    def from_auto_scaling_group_name(scope: Construct, id: str, auto_scaling_group_name: str) -> IAutoScalingGroup:
        """An existing group, by name."""
        return _ImportedAutoScalingGroup(scope, id, auto_scaling_group_name)  # type: ignore[return-value]

    @property
    def auto_scaling_group_ref(self) -> AutoScalingGroupReference:
        """A reference to this group (its name and ARN)."""
        return _ref(self)

    def _verify_no_launch_config_prop(self, **props: Any) -> None:
        names = {
            "machine_image": "machineImage", "instance_type": "instanceType", "role": "role",
            "user_data": "userData", "security_group": "securityGroup", "key_name": "keyName",
            "key_pair": "keyPair", "instance_monitoring": "instanceMonitoring",
        }
        for key, name in names.items():
            if props[key]:
                raise ValidationError(
                    f"Setting '{name}' must not be set when 'launchTemplate' or 'mixedInstancesPolicy' is set", self
                )
        if props["associate_public_ip_address"] is not None:
            raise ValidationError(
                "Setting 'associatePublicIpAddress' must not be set when 'launchTemplate' or 'mixedInstancesPolicy' "
                "is set",
                self,
            )
        for key, name in (("spot_price", "spotPrice"), ("block_devices", "blockDevices"),
                          ("require_imdsv2", "requireImdsv2")):
            if props[key]:
                raise ValidationError(
                    f"Setting '{name}' must not be set when 'launchTemplate' or 'mixedInstancesPolicy' is set", self
                )

    def _spec(self, template: Any) -> Any:
        if template.launch_template_id:
            return CfnAutoScalingGroup.LaunchTemplateSpecificationProperty(
                launch_template_id=template.launch_template_id, version=template.version_number
            )
        return CfnAutoScalingGroup.LaunchTemplateSpecificationProperty(
            launch_template_name=template.launch_template_name, version=template.version_number
        )

    def _launch_settings(self, launch_config: Any, launch_template: Any, mixed: MixedInstancesPolicy | None) -> dict[str, Any]:
        if launch_config is not None:
            return {"launch_configuration_name": launch_config.ref}
        if launch_template is not None:
            return {"launch_template": self._spec(launch_template)}
        if mixed is not None:
            dist = mixed.instances_distribution
            distribution = CfnAutoScalingGroup.InstancesDistributionProperty(
                on_demand_allocation_strategy=dist.on_demand_allocation_strategy.value
                if dist.on_demand_allocation_strategy is not None else None,
                on_demand_base_capacity=dist.on_demand_base_capacity,
                on_demand_percentage_above_base_capacity=dist.on_demand_percentage_above_base_capacity,
                spot_allocation_strategy=dist.spot_allocation_strategy.value
                if dist.spot_allocation_strategy is not None else None,
                spot_instance_pools=dist.spot_instance_pools,
                spot_max_price=dist.spot_max_price,
            ) if dist is not None else None
            overrides = None
            if mixed.launch_template_overrides is not None:
                overrides = []
                for o in mixed.launch_template_overrides:
                    w = o.weighted_capacity
                    if w and math.floor(w) != w:
                        raise ValidationError("Weight must be an integer", self)
                    if o.instance_type is None and o.instance_requirements is None:
                        raise ValidationError("You must specify either 'instanceRequirements' or 'instanceType'.", self)
                    if o.instance_type is not None and o.instance_requirements is not None:
                        raise ValidationError(
                            "You can specify either 'instanceRequirements' or 'instanceType', not both.", self
                        )
                    overrides.append(CfnAutoScalingGroup.LaunchTemplateOverridesProperty(
                        instance_type=o.instance_type.to_string() if o.instance_type is not None else None,
                        launch_template_specification=self._spec(o.launch_template)
                        if o.launch_template is not None else None,
                        instance_requirements=o.instance_requirements,
                        weighted_capacity=_js(w) if w is not None else None,
                    ))
            return {"mixed_instances_policy": CfnAutoScalingGroup.MixedInstancesPolicyProperty(
                instances_distribution=distribution,
                launch_template=CfnAutoScalingGroup.LaunchTemplateProperty(
                    launch_template_specification=self._spec(mixed.launch_template),
                    overrides=overrides,
                ),
            )}
        raise ValidationError("Either launchConfig, launchTemplate or mixedInstancesPolicy needs to be specified.", self)

    def _maintenance_policy(self, lo: int | float | None, hi: int | float | None) -> Any:
        if lo is None and hi is None:
            return None
        if lo is None or hi is None:
            shown_lo = _js(lo) if lo is not None else "undefined"
            shown_hi = _js(hi) if hi is not None else "undefined"
            raise ValidationError(
                "Both or neither of minHealthyPercentage and maxHealthyPercentage must be specified, got "
                f"minHealthyPercentage: {shown_lo} and maxHealthyPercentage: {shown_hi}",
                self,
            )
        if (lo == -1 or hi == -1) and lo != hi:
            raise ValidationError(
                "Both minHealthyPercentage and maxHealthyPercentage must be -1 to clear the previously set value, got "
                f"minHealthyPercentage: {_js(lo)} and maxHealthyPercentage: {_js(hi)}",
                self,
            )
        if lo != -1 and (lo < 0 or lo > 100):
            raise ValidationError(
                "minHealthyPercentage must be between 0 and 100, or -1 to clear the previously set value, got "
                f"{_js(lo)}",
                self,
            )
        if hi != -1 and (hi < 100 or hi > 200):
            raise ValidationError(
                "maxHealthyPercentage must be between 100 and 200, or -1 to clear the previously set value, got "
                f"{_js(hi)}",
                self,
            )
        if hi - lo > 100:
            raise ValidationError(
                "The difference between minHealthyPercentage and maxHealthyPercentage cannot be greater than 100, got "
                f"{_js(hi - lo)}",
                self,
            )
        return CfnAutoScalingGroup.InstanceMaintenancePolicyProperty(
            min_healthy_percentage=lo, max_healthy_percentage=hi
        )

    def _render_metrics_collection(self) -> Any:
        if not self._group_metrics:
            return None
        return [
            CfnAutoScalingGroup.MetricsCollectionProperty(
                granularity="1Minute", metrics=[m.name for m in g._metrics] if g._metrics else None
            )
            for g in self._group_metrics
        ]

    def _apply_update_policies(
        self, *, signals: Signals | None, update_policy: UpdatePolicy | None, init: Any,
        ignore_unmodified_size_properties: bool | None, migrate_to_launch_template: bool | None,
        desired_capacity: Any, min_capacity: Any,
    ) -> None:
        from l2 import iam

        if update_policy is None and init is not None:
            update_policy = UpdatePolicy.rolling_update()
        opts = self._asg.cfn_options
        if signals is not None or update_policy is not None:
            opts.creation_policy = signals.render_creation_policy(
                desired_capacity=desired_capacity, min_capacity=min_capacity
            ) if signals is not None else None
            opts.update_policy = update_policy._render_update_policy(opts.creation_policy) \
                if update_policy is not None else None
            if signals is not None and opts.update_policy is not None \
                    and opts.update_policy.auto_scaling_instance_refresh is not None:
                Annotations.of(self).add_warning_v2(
                    "@aws-cdk/aws-autoscaling:signalsNotUsedByInstanceRefresh",
                    "Instance refresh doesn't support the cfn-signal helper script. For information about how to "
                    "verify instance readiness during an instance refresh, see Verify instance readiness during an "
                    "instance refresh. https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/"
                    "aws-attribute-updatepolicy.html#cfn-attributes-updatepolicy-instancerefresh-readiness",
                )
        if ignore_unmodified_size_properties is not False:
            current = opts.update_policy
            fields = structs.asdict(current, recurse=False) if current is not None else {}
            fields["auto_scaling_scheduled_action"] = CfnAutoScalingScheduledAction(
                ignore_unmodified_group_size_properties=True
            )
            opts.update_policy = CfnUpdatePolicy(**fields)
        if migrate_to_launch_template is True:
            up = opts.update_policy
            if up is None or up.auto_scaling_rolling_update is None:
                raise ValidationError(
                    "When migrateToLaunchTemplate is true, you must use AutoScalingRollingUpdate to ensure instances "
                    "are properly replaced during migration. This prevents instances from referencing a deleted IAM "
                    "instance profile.",
                    self,
                )
        if signals is not None and init is None:
            self.add_to_role_policy(iam.PolicyStatement(
                actions=["cloudformation:SignalResource"], resources=[Aws.STACK_ID]
            ))

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add a security group to the instances."""
        if FeatureFlags.of(self).is_enabled(_LAUNCH_TEMPLATE_FLAG):
            if self._launch_template is not None:
                self._launch_template.add_security_group(security_group)
            return
        if self._security_groups is None:
            raise ValidationError(
                "You cannot add security groups when the Auto Scaling Group is created from a Launch Template.", self
            )
        self._security_groups.append(security_group)

    def attach_to_classic_lb(self, load_balancer: ClassicLoadBalancer) -> None:
        """Register the instances with a classic load balancer."""
        self._load_balancer_names.append(load_balancer.load_balancer_name)

    def attach_to_application_target_group(self, target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        """Register the instances with an application target group (enables ``scale_on_request_count`` for a
        concrete one)."""
        from l2.elasticloadbalancingv2 import ApplicationTargetGroup, LoadBalancerTargetProps, TargetType

        self._target_group_arns.append(target_group.target_group_arn)
        if isinstance(target_group, ApplicationTargetGroup):
            self._alb_target_group = target_group
        target_group.register_connectable(self)
        return LoadBalancerTargetProps(target_type=TargetType.INSTANCE)

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register the instances with a network target group."""
        from l2.elasticloadbalancingv2 import LoadBalancerTargetProps, TargetType

        self._target_group_arns.append(target_group.target_group_arn)
        return LoadBalancerTargetProps(target_type=TargetType.INSTANCE)

    def add_user_data(self, *commands: str) -> None:
        """Add commands to the instances' start-up script."""
        self.user_data.add_commands(*commands)

    def add_to_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the instance role's policy."""
        self.role.add_to_principal_policy(statement)

    def apply_cloud_formation_init(
        self,
        init: CloudFormationInit,
        *,
        config_sets: Sequence[str] | None = None,
        embed_fingerprint: bool | None = None,
        ignore_failures: bool | None = None,
        include_role: bool | None = None,
        include_url: bool | None = None,
        print_log: bool | None = None,
    ) -> None:
        """Attach ``init`` to the group (metadata, and cfn-init/cfn-signal in the user data); needs ``signals``."""
        policy = self._asg.cfn_options.creation_policy
        if policy is None or policy.resource_signal is None:
            raise ValidationError(
                "When applying CloudFormationInit, you must also configure signals by supplying 'signals' at "
                "instantiation time.",
                self,
            )
        init.attach(
            self._asg, platform=self.os_type, instance_role=self.role, user_data=self.user_data,
            config_sets=config_sets, embed_fingerprint=embed_fingerprint, print_log=print_log,
            ignore_failures=ignore_failures, include_role=include_role, include_url=include_url,
        )

    def protect_new_instances_from_scale_in(self) -> None:
        """Protect newly launched instances from scale-in."""
        self._new_instances_protected = True

    def are_new_instances_protected_from_scale_in(self) -> bool:
        """Whether newly launched instances are protected from scale-in."""
        return self._new_instances_protected is True

    @property
    def connections(self) -> Connections:
        """The security groups of the instances."""
        if self._connections is not None:
            return self._connections
        if self._launch_template is not None:
            return self._launch_template.connections  # type: ignore[no-any-return]
        raise ValidationError(
            "AutoScalingGroup can only be used as IConnectable if it is not created from an imported Launch "
            "Template.",
            self,
        )

    @property
    def user_data(self) -> UserData:
        """The instances' start-up script."""
        if self._user_data is not None:
            return self._user_data
        if self._launch_template is not None and self._launch_template.user_data is not None:
            return self._launch_template.user_data  # type: ignore[no-any-return]
        raise ValidationError("The provided launch template does not expose its user data.", self)

    @property
    def role(self) -> IRole:
        """The instance role."""
        if self._role is not None:
            return self._role
        raise ValidationError("The provided launch template does not expose or does not define its role.", self)


class _TargetGroupValidation:
    def __init__(self, group: AutoScalingGroup) -> None:
        self._group = group

    def validate(self) -> list[str]:
        if self._group._has_called_scale_on_request_count and len(self._group._target_group_arns) > 1:
            return ["Cannon use multiple target groups if `scaleOnRequestCount()` is being used."]
        return []


def _launch_config_block_devices(construct: Construct, devices: Sequence[BlockDevice]) -> list[Any]:
    out: list[Any] = []
    for device in devices:
        volume = device.volume
        if volume is BlockDeviceVolume._no_device and volume is not None or device.mapping_enabled is False:
            out.append(CfnLaunchConfiguration.BlockDeviceMappingProperty(
                device_name=device.device_name, no_device=True
            ))
            continue
        ebs = volume.ebs_device
        rendered = None
        if ebs is not None:
            iops, volume_type, throughput = ebs.iops, ebs.volume_type, ebs.throughput
            if throughput:
                if volume_type is not EbsDeviceVolumeType.GP3:
                    raise ValidationError(
                        "throughput property requires volumeType: EbsDeviceVolumeType.GP3", construct
                    )
                if throughput < 125 or throughput > 2000:
                    raise ValidationError("throughput property takes a minimum of 125 and a maximum of 2000", construct)
                if iops:
                    ratio = throughput / iops
                    if ratio > 0.25:
                        raise ValidationError(
                            f"Throughput (MiBps) to iops ratio of {_js(ratio)} is too high; maximum is 0.25 MiBps "
                            "per iops",
                            construct,
                        )
            if not iops:
                if volume_type is EbsDeviceVolumeType.IO1:
                    raise ValidationError("iops property is required with volumeType: EbsDeviceVolumeType.IO1", construct)
            elif volume_type is not EbsDeviceVolumeType.IO1:
                Annotations.of(construct).add_warning_v2(
                    "@aws-cdk/aws-autoscaling:iopsIgnored", "iops will be ignored without volumeType: EbsDeviceVolumeType.IO1"
                )
            if ebs.volume_initialization_rate is not None:
                Annotations.of(construct).add_warning_v2(
                    "@aws-cdk/aws-autoscaling:volumeInitializationRateNotSupported",
                    "The volumeInitializationRate is not supported on Autoscaling Group LaunchConfigurations. Use a "
                    "Launch Template instead.",
                )
            rendered = CfnLaunchConfiguration.BlockDeviceProperty(
                delete_on_termination=ebs.delete_on_termination,
                encrypted=ebs.encrypted,
                iops=ebs.iops,
                snapshot_id=ebs.snapshot_id,
                throughput=ebs.throughput,
                volume_size=ebs.volume_size,
                volume_type=ebs.volume_type.value if ebs.volume_type is not None else None,
            )
        out.append(CfnLaunchConfiguration.BlockDeviceMappingProperty(
            device_name=device.device_name, ebs=rendered, virtual_name=volume.virtual_name
        ))
    return out


class AutoScalingGroupRequireImdsv2Aspect:
    """Requires IMDSv2 on the instances of every ``AutoScalingGroup`` it visits (``HttpTokens: required`` in the
    launch configuration's metadata options)."""

    def visit(self, node: IConstruct) -> None:
        """Set ``HttpTokens: required`` in the metadata options of a group's launch configuration (or, with the
        launch template flag, its launch template)."""
        from constructs import Tokenization as _T

        if not isinstance(node, AutoScalingGroup):
            return
        if not FeatureFlags.of(node).is_enabled(_LAUNCH_TEMPLATE_FLAG):
            launch_config: Any = node.node.try_find_child("LaunchConfig")
            if launch_config is None:
                return
            current = launch_config.metadata_options
            if current is not None and _T.is_resolvable(current):
                self._warn(node, "CfnLaunchConfiguration.MetadataOptions field is a CDK token.")
                return
            fields = structs.asdict(current, recurse=False) if current is not None else {}
            fields["http_tokens"] = "required"
            launch_config.metadata_options = CfnLaunchConfiguration.MetadataOptionsProperty(**fields)
            return
        from l1.ec2 import CfnLaunchTemplate

        template = node.node.try_find_child("LaunchTemplate")
        cfn: Any = template.node.try_find_child("Resource") if template is not None else None
        if cfn is None:
            return
        data = cfn.launch_template_data
        if data is not None and not isinstance(data, (dict, CfnLaunchTemplate.LaunchTemplateDataProperty)) \
                and _T.is_resolvable(data):
            self._warn(node, "CfnLaunchTemplate.LaunchTemplateData field is a CDK token.")
            return
        options = _cfn_get(data, "metadata_options")
        if options is not None and not isinstance(options, (dict, CfnLaunchTemplate.MetadataOptionsProperty)) \
                and _T.is_resolvable(options):
            self._warn(node, "CfnLaunchTemplate.LaunchTemplateData.MetadataOptions field is a CDK token.")
            return
        new_options = _cfn_evolve(options, CfnLaunchTemplate.MetadataOptionsProperty, http_tokens="required")
        cfn.launch_template_data = _cfn_evolve(
            data, CfnLaunchTemplate.LaunchTemplateDataProperty, metadata_options=new_options
        )

    def _warn(self, node: IConstruct, message: str) -> None:
        Annotations.of(node).add_warning_v2(
            "@aws-cdk/aws-autoscaling:imdsv2AutoScalingGroupRequireImdsv2Aspect",
            f"AutoScalingGroupRequireImdsv2Aspect failed on node {node.node.id}: {message}",
        )


def _cfn_get(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def _cfn_evolve(obj: Any, cls: Any, **changes: Any) -> Any:
    """A copy of an L1 property value (or mapping) with ``changes``."""
    if obj is None:
        return cls(**changes)
    if isinstance(obj, dict):
        return {**obj, **changes}
    values = {row[1]: getattr(obj, row[1]) for row in obj._CFN_PROPS}
    values.update(changes)
    return type(obj)(**{k: v for k, v in values.items() if v is not None})
