"""Compute environments: ``ManagedEc2EcsComputeEnvironment``, ``ManagedEc2EksComputeEnvironment``,
``FargateComputeEnvironment`` and ``UnmanagedComputeEnvironment``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Lazy,
    Resource,
    Stack,
    TagManager,
    TagType,
    Token,
    Tokenization,
    ValidationError,
)
from constructs.internals import cached_property
from l1._private.interfaces.batch import ComputeEnvironmentReference as ComputeEnvironmentReference
from l1.batch import CfnComputeEnvironment
from l2._private.iam_module import iam
from l2.batch._types import (
    AllocationStrategy,
    DefaultInstanceClass,
    EcsMachineImage,
    EcsMachineImageType,
    EksMachineImage,
    EksMachineImageType,
)

if TYPE_CHECKING:
    from l2.batch._interfaces import (
        IEksCluster,
        IFargateComputeEnvironment,
        IManagedEc2EcsComputeEnvironment,
        IUnmanagedComputeEnvironment,
    )
    from l2.ec2 import (
        Connections,
        ILaunchTemplate,
        IMachineImage,
        InstanceClass,
        InstanceType,
        IPlacementGroup,
        ISecurityGroup,
        IVpc,
        SubnetSelection,
    )
    from l2.iam import IRole

_DEFAULT_AL2023 = "@aws-cdk/aws-batch:defaultToAL2023"
_DEFAULT_MIN_VCPUS = 0
_DEFAULT_MAX_VCPUS = 256


class _ComputeEnvironmentBase(Resource):
    """What every compute environment has: a name, a service role, enabled or not."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        compute_environment_name: str | None,
        enabled: bool | None,
        service_role: IRole | None,
    ) -> None:
        super().__init__(scope, id, physical_name=compute_environment_name)
        self.service_role: IRole | None = service_role
        self.enabled: bool = enabled if enabled is not None else True

    compute_environment_arn: str
    compute_environment_name: str

    @property
    def compute_environment_ref(self) -> ComputeEnvironmentReference:
        """The compute environment's ARN."""
        return ComputeEnvironmentReference(compute_environment_arn=self.compute_environment_arn)


class _ManagedComputeEnvironmentBase(_ComputeEnvironmentBase):
    """What the managed compute environments share: capacity, updates, security groups, tags."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        maxv_cpus: int | float | None,
        replace_compute_environment: bool | None,
        security_groups: Sequence[ISecurityGroup] | None,
        spot: bool | None,
        terminate_on_update: bool | None,
        update_timeout: Duration | None,
        update_to_latest_image_version: bool | None,
        compute_environment_name: str | None,
        enabled: bool | None,
        service_role: IRole | None,
    ) -> None:
        super().__init__(scope, id, compute_environment_name=compute_environment_name, enabled=enabled,
                         service_role=service_role)
        from l2 import ec2

        self.tags: TagManager = TagManager(TagType.MAP, "AWS::Batch::ComputeEnvironment")
        self.maxv_cpus: int | float = maxv_cpus if maxv_cpus is not None else _DEFAULT_MAX_VCPUS
        self.replace_compute_environment: bool | None = (
            replace_compute_environment if replace_compute_environment is not None else False
        )
        self.spot: bool | None = spot
        self.update_timeout: Duration | None = update_timeout
        self.terminate_on_update: bool | None = terminate_on_update
        self.update_to_latest_image_version: bool | None = update_to_latest_image_version
        self.security_groups: list[ISecurityGroup] = (
            list(security_groups) if security_groups is not None else [ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc)]
        )
        self.connections: Connections = ec2.Connections(security_groups=self.security_groups)

    def _base_properties(self) -> dict[str, Any]:
        return {
            "service_role": self.service_role.role_arn if self.service_role is not None else None,
            "state": "ENABLED" if self.enabled else "DISABLED",
            "update_policy": {
                "terminateJobsOnUpdate": self.terminate_on_update,
                "jobExecutionTimeoutMinutes": (
                    self.update_timeout.to_minutes() if self.update_timeout is not None else None
                ),
            },
            "replace_compute_environment": self.replace_compute_environment,
            "type": "managed",
        }

    def _base_compute_resources(self, subnet_ids: list[str]) -> dict[str, Any]:
        return {
            "maxvCpus": self.maxv_cpus,
            "type": "managed",
            "updateToLatestImageVersion": self.update_to_latest_image_version,
            "securityGroupIds": [sg.security_group_id for sg in self.security_groups],
            "subnets": subnet_ids,
        }

    @cached_property
    def compute_environment_arn(self) -> str:  # type: ignore[override]
        """The ARN."""
        return self.get_resource_arn_attribute(
            self._resource.attr_compute_environment_arn,
            {"service": "batch", "resource": "compute-environment", "resource_name": self.physical_name},
        )

    @cached_property
    def compute_environment_name(self) -> str:  # type: ignore[override]
        """The name."""
        return self.get_resource_name_attribute(self._resource.ref)

    _resource: CfnComputeEnvironment


def _render_instances(
    types: Sequence[InstanceType],
    classes: Sequence[InstanceClass],
    use_optimal: bool | None,
    defaults: Sequence[DefaultInstanceClass] | None,
) -> list[str]:
    out = [str(t) for t in types]
    out.extend(c.value for c in classes)  # type: ignore[attr-defined]
    if defaults:
        out.extend(d.value for d in defaults)
    elif use_optimal or use_optimal is None:
        out.append("optimal")
    return out


def _instance_role_and_profile(scope: Construct, instance_role: IRole | None) -> tuple[IRole, Any]:
    i = iam()
    role = instance_role if instance_role is not None else i.Role(
        scope, "InstanceProfileRole",
        assumed_by=i.ServicePrincipal("ec2.amazonaws.com"),
        managed_policies=[i.ManagedPolicy.from_aws_managed_policy_name(
            "service-role/AmazonEC2ContainerServiceforEC2Role")],
    )
    from l1.iam import CfnInstanceProfile

    profile = CfnInstanceProfile(scope, "InstanceProfile", roles=[role.role_name])
    return role, profile


def _allocation_strategy(
    scope: Construct, strategy: AllocationStrategy | None, spot: bool | None
) -> AllocationStrategy:
    if strategy is None:
        return AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED if spot else AllocationStrategy.BEST_FIT_PROGRESSIVE
    for spot_only in (AllocationStrategy.SPOT_PRICE_CAPACITY_OPTIMIZED, AllocationStrategy.SPOT_CAPACITY_OPTIMIZED):
        if strategy is spot_only and not spot:
            raise ValidationError(
                f"Managed ComputeEnvironment '{scope.node.id}' specifies 'AllocationStrategy.{spot_only.name}' "
                "without using spot instances", scope)
    return strategy


def _validate_spot(scope: Construct, spot: bool | None, bid: int | float | None, fleet_role: IRole | None) -> None:
    name = scope.node.id
    if bid:
        if not spot:
            raise ValidationError(
                f"Managed ComputeEnvironment '{name}' specifies 'spotBidPercentage' without specifying 'spot'", scope)
        if not Token.is_unresolved(bid):
            if bid > 100:
                raise ValidationError(f"Managed ComputeEnvironment '{name}' specifies 'spotBidPercentage' > 100", scope)
            if bid < 0:
                raise ValidationError(f"Managed ComputeEnvironment '{name}' specifies 'spotBidPercentage' < 0", scope)
    if fleet_role is not None and not spot:
        raise ValidationError(
            f"Managed ComputeEnvironment '{name}' specifies 'spotFleetRole' without specifying 'spot'", scope)


def _validate_vcpus(scope: Construct, minv: int | float, maxv: int | float) -> None:
    name = scope.node.id
    if not Token.is_unresolved(minv) and minv < 0:
        raise ValidationError(
            f"Managed ComputeEnvironment '{name}' has 'minvCpus' = {Tokenization.stringify_number(minv)} < 0; 'minvCpus' "
            "cannot be less than zero", scope)
    if not Token.is_unresolved(minv) and not Token.is_unresolved(maxv) and minv > maxv:
        raise ValidationError(
            f"Managed ComputeEnvironment '{name}' has 'minvCpus' = {Tokenization.stringify_number(minv)} > 'maxvCpus' = "
            f"{Tokenization.stringify_number(maxv)}; 'minvCpus' cannot be greater than 'maxvCpus'", scope)


class _Validation:
    def __init__(self, fn: Any) -> None:
        self._fn = fn

    def validate(self) -> list[str]:
        return self._fn()  # type: ignore[no-any-return]


class _ManagedEc2ComputeEnvironment(_ManagedComputeEnvironmentBase):
    """The EC2 managed compute environments: instance types and classes, roles, AMIs."""

    def __init__(self, scope: Construct, id: str, *, instance_classes: Sequence[InstanceClass] | None,
                 instance_types: Sequence[InstanceType] | None, **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.instance_types: list[InstanceType] = list(instance_types) if instance_types is not None else []
        self.instance_classes: list[InstanceClass] = list(instance_classes) if instance_classes is not None else []

    def add_instance_type(self, instance_type: InstanceType) -> None:
        """Let Batch pick ``instance_type``."""
        self.instance_types.append(instance_type)

    def add_instance_class(self, instance_class: InstanceClass) -> None:
        """Let Batch pick any size of ``instance_class``."""
        self.instance_classes.append(instance_class)

    def _common(
        self,
        *,
        instance_role: IRole | None,
        launch_template: ILaunchTemplate | None,
        minv_cpus: int | float | None,
        placement_group: IPlacementGroup | None,
    ) -> None:
        self.instance_role, self._instance_profile = _instance_role_and_profile(self, instance_role)
        self.launch_template: ILaunchTemplate | None = launch_template
        self.minv_cpus: int | float = minv_cpus if minv_cpus is not None else _DEFAULT_MIN_VCPUS
        self.placement_group: IPlacementGroup | None = placement_group

    def _ec2_compute_resources(
        self,
        subnet_ids: list[str],
        use_optimal_instance_classes: bool | None,
        default_instance_classes: Sequence[DefaultInstanceClass] | None,
        placement_group: IPlacementGroup | None,
    ) -> dict[str, Any]:
        resources = self._base_compute_resources(subnet_ids)
        resources.update({
            "minvCpus": self.minv_cpus,
            "instanceRole": self._instance_profile.attr_arn,
            "instanceTypes": Lazy.list(lambda: _render_instances(
                self.instance_types, self.instance_classes, use_optimal_instance_classes, default_instance_classes,
            )),
            "type": "SPOT" if self.spot else "EC2",
            "placementGroup": placement_group.placement_group_ref.group_name if placement_group is not None else None,
            "tags": self.tags.rendered_tags,
        })
        self.node.add_validation(_Validation(lambda: [
            "'defaultInstanceClasses' undefined without specifying any instance types or classes"
        ] if not _render_instances(self.instance_types, self.instance_classes, use_optimal_instance_classes, None)
            else []))
        return resources


def _image_id(image: IMachineImage | None, scope: Construct) -> str | None:
    return image.get_image(scope).image_id if image is not None else None


class ManagedEc2EcsComputeEnvironment(_ManagedEc2ComputeEnvironment):
    """A managed compute environment of EC2 instances for ECS jobs.

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC of the instances.
        allocation_strategy: how instances are picked (default ``BEST_FIT_PROGRESSIVE``, Spot:
            ``SPOT_PRICE_CAPACITY_OPTIMIZED``).
        default_instance_classes: Batch-chosen instance classes by architecture.
        images: the AMIs (default: the ECS-optimized AMI).
        instance_role: the instances' role (default: a new one with ``AmazonEC2ContainerServiceforEC2Role``).
        launch_template: a launch template for the instances.
        minv_cpus: the fewest vCPUs (default 0).
        placement_group: the placement group of the instances.
        spot_bid_percentage: the most a Spot instance may cost, in percent of On-Demand.
        spot_fleet_role: the Spot Fleet role (default: a new one with ``BEST_FIT``).
        use_optimal_instance_classes: add ``optimal`` to the instance types (default true).
        instance_classes: instance classes Batch may pick any size of.
        instance_types: instance types Batch may pick.
        maxv_cpus: the most vCPUs (default 256).
        replace_compute_environment: replace the environment on updates that need it (default false).
        security_groups: the security groups (default: a new one).
        spot: use Spot capacity (default false).
        terminate_on_update: terminate running jobs on updates (default false).
        update_timeout: how long jobs may run during an update (default 30 minutes).
        update_to_latest_image_version: use the newest AMI on updates (default true).
        vpc_subnets: the subnets (default: the private subnets).
        compute_environment_name: the name (default: generated).
        enabled: whether it accepts jobs (default true).
        service_role: the role Batch uses (default: the service-linked role).

    Raises:
        ValidationError: Spot-only options without ``spot``, a bid outside 0 to 100, ``minv_cpus`` below 0 or above
            ``maxv_cpus``, A1 instances with Amazon Linux 2023.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.ManagedEc2EcsComputeEnvironment"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        allocation_strategy: AllocationStrategy | None = None,
        default_instance_classes: Sequence[DefaultInstanceClass] | None = None,
        images: Sequence[EcsMachineImage] | None = None,
        instance_role: IRole | None = None,
        launch_template: ILaunchTemplate | None = None,
        minv_cpus: int | float | None = None,
        placement_group: IPlacementGroup | None = None,
        spot_bid_percentage: int | float | None = None,
        spot_fleet_role: IRole | None = None,
        use_optimal_instance_classes: bool | None = None,
        instance_classes: Sequence[InstanceClass] | None = None,
        instance_types: Sequence[InstanceType] | None = None,
        vpc: IVpc,
        maxv_cpus: int | float | None = None,
        replace_compute_environment: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        spot: bool | None = None,
        terminate_on_update: bool | None = None,
        update_timeout: Duration | None = None,
        update_to_latest_image_version: bool | None = None,
        vpc_subnets: SubnetSelection | None = None,
        compute_environment_name: str | None = None,
        enabled: bool | None = None,
        service_role: IRole | None = None,
    ) -> None:
        super().__init__(
            scope, id, instance_classes=instance_classes, instance_types=instance_types, vpc=vpc,
            maxv_cpus=maxv_cpus, replace_compute_environment=replace_compute_environment,
            security_groups=security_groups, spot=spot, terminate_on_update=terminate_on_update,
            update_timeout=update_timeout, update_to_latest_image_version=update_to_latest_image_version,
            compute_environment_name=compute_environment_name, enabled=enabled, service_role=service_role,
        )
        from l2 import ec2

        self.images: list[EcsMachineImage] | None = list(images) if images is not None else None
        self.allocation_strategy: AllocationStrategy | None = _allocation_strategy(self, allocation_strategy, self.spot)
        self.spot_bid_percentage: int | float | None = spot_bid_percentage
        self.spot_fleet_role: IRole | None = spot_fleet_role if spot_fleet_role is not None else (
            iam().Role(self, "SpotFleetRole", assumed_by=iam().ServicePrincipal("spotfleet.amazonaws.com"))
            if self.spot and self.allocation_strategy is AllocationStrategy.BEST_FIT else None
        )
        self.use_optimal_instance_classes: bool | None = use_optimal_instance_classes
        a1 = ec2.InstanceType.of(ec2.InstanceClass.A1, ec2.InstanceSize.LARGE)
        has_a1 = ec2.InstanceClass.A1 in self.instance_classes or any(
            t.same_instance_class_as(a1) for t in self.instance_types
        )
        al2023 = FeatureFlags.of(self).is_enabled(_DEFAULT_AL2023)
        if not self.images:
            uses_al2023 = al2023
        else:
            uses_al2023 = any(self._image_type(image) in (EcsMachineImageType.ECS_AL2023,
                                                           EcsMachineImageType.ECS_AL2023_NVIDIA)
                              for image in self.images)
        if uses_al2023 and has_a1:
            raise ValidationError(
                "Amazon Linux 2023 does not support A1 instances. To use A1 instances, explicitly set imageType to "
                "ECS_AL2 or disable the @aws-cdk/aws-batch:defaultToAL2023 feature flag.", self)
        self._common(instance_role=instance_role, launch_template=launch_template, minv_cpus=minv_cpus,
                     placement_group=placement_group)
        _validate_vcpus(self, self.minv_cpus, self.maxv_cpus)
        _validate_spot(self, self.spot, self.spot_bid_percentage, self.spot_fleet_role)
        subnet_ids = _subnet_ids(vpc, vpc_subnets)
        resources = self._ec2_compute_resources(subnet_ids, use_optimal_instance_classes, default_instance_classes,
                                                placement_group)
        resources.update({
            "spotIamFleetRole": self.spot_fleet_role.role_arn if self.spot_fleet_role is not None else None,
            "allocationStrategy": self.allocation_strategy.value,
            "bidPercentage": self.spot_bid_percentage,
            "launchTemplate": {"launchTemplateId": launch_template.launch_template_id}
            if launch_template is not None else None,
            "ec2Configuration": [
                {"imageIdOverride": _image_id(image.image, self), "imageType": self._image_type(image).value}
                for image in self.images
            ] if self.images is not None else None,
        })
        self._resource = CfnComputeEnvironment(
            self, "Resource",
            **self._base_properties(),
            compute_environment_name=compute_environment_name,
            compute_resources=resources,
        )

    def _image_type(self, image: EcsMachineImage) -> EcsMachineImageType:
        if image.image_type is not None:
            return image.image_type
        if FeatureFlags.of(self).is_enabled(_DEFAULT_AL2023):
            return EcsMachineImageType.ECS_AL2023
        return EcsMachineImageType.ECS_AL2

    @staticmethod
    def from_managed_ec2_ecs_compute_environment_arn(
        scope: Construct, id: str, managed_ec2_ecs_compute_environment_arn: str
    ) -> IManagedEc2EcsComputeEnvironment:
        """Import a managed EC2 compute environment by ARN."""
        return _ImportedManagedEc2(scope, id, managed_ec2_ecs_compute_environment_arn)  # type: ignore[return-value]


class _ImportedManagedEc2(Resource):
    """A managed EC2 compute environment defined outside the app."""

    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.compute_environment_arn = arn
        self.compute_environment_name = _name_of(scope, arn)
        self.enabled = True
        self.instance_classes: list[Any] = []
        self.instance_types: list[Any] = []
        self.maxv_cpus = 1
        self.connections: Any = {}
        self.security_groups: list[Any] = []
        self.service_role = None
        self.tags = TagManager(TagType.MAP, "AWS::Batch::ComputeEnvironment")
        self._id = id

    @property
    def compute_environment_ref(self) -> ComputeEnvironmentReference:
        """The compute environment's ARN."""
        return ComputeEnvironmentReference(compute_environment_arn=self.compute_environment_arn)

    def add_instance_class(self, instance_class: Any) -> None:
        """Refused: an imported compute environment cannot change."""
        raise ValidationError(f"cannot add instance class to imported ComputeEnvironment '{self._id}'", self)

    def add_instance_type(self, instance_type: Any) -> None:
        """Refused: an imported compute environment cannot change."""
        raise ValidationError(f"cannot add instance type to imported ComputeEnvironment '{self._id}'", self)


def _subnet_ids(vpc: IVpc, selection: SubnetSelection | None) -> list[str]:
    names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
    kwargs = {n: getattr(selection, n) for n in names if getattr(selection, n) is not None} if selection else {}
    return list(vpc.select_subnets(**kwargs).subnet_ids)


def _name_of(scope: Construct, arn: str) -> str:
    return Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name  # type: ignore[return-value]


class ManagedEc2EksComputeEnvironment(_ManagedEc2ComputeEnvironment):
    """A managed compute environment of EC2 instances for EKS jobs.

    Args:
        scope: the parent construct.
        id: the construct id.
        eks_cluster: the EKS cluster (any object with ``cluster_arn`` and ``cluster_name``).
        kubernetes_namespace: the namespace of the jobs' pods.
        vpc: the VPC of the instances.
        allocation_strategy: how instances are picked (default ``BEST_FIT_PROGRESSIVE``, Spot:
            ``SPOT_PRICE_CAPACITY_OPTIMIZED``; ``BEST_FIT`` is refused).
        default_instance_classes: Batch-chosen instance classes by architecture.
        images: the AMIs (default: the EKS-optimized AMI).
        instance_role: the instances' role (default: a new one).
        launch_template: a launch template for the instances.
        minv_cpus: the fewest vCPUs (default 0).
        placement_group: the placement group of the instances.
        spot_bid_percentage: the most a Spot instance may cost, in percent of On-Demand.
        use_optimal_instance_classes: add ``optimal`` to the instance types (default true).
        instance_classes: instance classes Batch may pick any size of.
        instance_types: instance types Batch may pick.
        maxv_cpus: the most vCPUs (default 256).
        replace_compute_environment: replace the environment on updates that need it (default false).
        security_groups: the security groups (default: a new one).
        spot: use Spot capacity (default false).
        terminate_on_update: terminate running jobs on updates (default false).
        update_timeout: how long jobs may run during an update (default 30 minutes).
        update_to_latest_image_version: use the newest AMI on updates (default true).
        vpc_subnets: the subnets (default: the private subnets).
        compute_environment_name: the name (default: generated).
        enabled: whether it accepts jobs (default true).
        service_role: the role Batch uses (default: the service-linked role).

    Raises:
        ValidationError: ``BEST_FIT``, Spot-only options without ``spot``, a bid outside 0 to 100, ``minv_cpus``
            below 0 or above ``maxv_cpus``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.ManagedEc2EksComputeEnvironment"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        eks_cluster: IEksCluster,
        kubernetes_namespace: str,
        allocation_strategy: AllocationStrategy | None = None,
        default_instance_classes: Sequence[DefaultInstanceClass] | None = None,
        images: Sequence[EksMachineImage] | None = None,
        instance_role: IRole | None = None,
        launch_template: ILaunchTemplate | None = None,
        minv_cpus: int | float | None = None,
        placement_group: IPlacementGroup | None = None,
        spot_bid_percentage: int | float | None = None,
        use_optimal_instance_classes: bool | None = None,
        instance_classes: Sequence[InstanceClass] | None = None,
        instance_types: Sequence[InstanceType] | None = None,
        vpc: IVpc,
        maxv_cpus: int | float | None = None,
        replace_compute_environment: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        spot: bool | None = None,
        terminate_on_update: bool | None = None,
        update_timeout: Duration | None = None,
        update_to_latest_image_version: bool | None = None,
        vpc_subnets: SubnetSelection | None = None,
        compute_environment_name: str | None = None,
        enabled: bool | None = None,
        service_role: IRole | None = None,
    ) -> None:
        super().__init__(
            scope, id, instance_classes=instance_classes, instance_types=instance_types, vpc=vpc,
            maxv_cpus=maxv_cpus, replace_compute_environment=replace_compute_environment,
            security_groups=security_groups, spot=spot, terminate_on_update=terminate_on_update,
            update_timeout=update_timeout, update_to_latest_image_version=update_to_latest_image_version,
            compute_environment_name=compute_environment_name, enabled=enabled, service_role=service_role,
        )
        self.kubernetes_namespace: str = kubernetes_namespace
        self.eks_cluster: IEksCluster = eks_cluster
        self.images: list[EksMachineImage] | None = list(images) if images is not None else None
        self.allocation_strategy: AllocationStrategy | None = _allocation_strategy(self, allocation_strategy, self.spot)
        if self.allocation_strategy is AllocationStrategy.BEST_FIT:
            raise ValidationError(
                f"ManagedEc2EksComputeEnvironment '{id}' uses invalid allocation strategy 'AllocationStrategy.BEST_FIT'",
                self)
        self.spot_bid_percentage: int | float | None = spot_bid_percentage
        self.use_optimal_instance_classes: bool | None = use_optimal_instance_classes
        self._common(instance_role=instance_role, launch_template=launch_template, minv_cpus=minv_cpus,
                     placement_group=placement_group)
        _validate_vcpus(self, self.minv_cpus, self.maxv_cpus)
        _validate_spot(self, self.spot, self.spot_bid_percentage, None)
        subnet_ids = _subnet_ids(vpc, vpc_subnets)
        resources = self._ec2_compute_resources(subnet_ids, use_optimal_instance_classes, default_instance_classes,
                                                placement_group)
        nodeadm = self.images is not None and any(
            self._image_type(image) in (EksMachineImageType.EKS_AL2023, EksMachineImageType.EKS_AL2023_NVIDIA)
            for image in self.images
        )
        resources.update({
            "allocationStrategy": self.allocation_strategy.value,
            "bidPercentage": self.spot_bid_percentage,
            "launchTemplate": {
                "launchTemplateId": launch_template.launch_template_id,
                "userdataType": "EKS_NODEADM" if nodeadm else None,
            } if launch_template is not None else None,
            "ec2Configuration": [
                {"imageIdOverride": _image_id(image.image, self), "imageType": self._image_type(image).value}
                for image in self.images
            ] if self.images is not None else None,
        })
        self._resource = CfnComputeEnvironment(
            self, "Resource",
            **self._base_properties(),
            compute_environment_name=compute_environment_name,
            eks_configuration={"eksClusterArn": eks_cluster.cluster_arn, "kubernetesNamespace": kubernetes_namespace},
            compute_resources=resources,
        )

    def _image_type(self, image: EksMachineImage) -> EksMachineImageType:
        if image.image_type is not None:
            return image.image_type
        if FeatureFlags.of(self).is_enabled(_DEFAULT_AL2023):
            return EksMachineImageType.EKS_AL2023
        return EksMachineImageType.EKS_AL2


class FargateComputeEnvironment(_ManagedComputeEnvironmentBase):
    """A managed compute environment on Fargate.

    Args:
        scope: the parent construct.
        id: the construct id.
        vpc: the VPC of the tasks.
        maxv_cpus: the most vCPUs (default 256).
        replace_compute_environment: replace the environment on updates that need it (default false).
        security_groups: the security groups (default: a new one).
        spot: use Fargate Spot (default false).
        terminate_on_update: terminate running jobs on updates (default false).
        update_timeout: how long jobs may run during an update (default 30 minutes).
        update_to_latest_image_version: use the newest AMI on updates (default true).
        vpc_subnets: the subnets (default: the private subnets).
        compute_environment_name: the name (default: generated).
        enabled: whether it accepts jobs (default true).
        service_role: the role Batch uses (default: the service-linked role).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.FargateComputeEnvironment"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        maxv_cpus: int | float | None = None,
        replace_compute_environment: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        spot: bool | None = None,
        terminate_on_update: bool | None = None,
        update_timeout: Duration | None = None,
        update_to_latest_image_version: bool | None = None,
        vpc_subnets: SubnetSelection | None = None,
        compute_environment_name: str | None = None,
        enabled: bool | None = None,
        service_role: IRole | None = None,
    ) -> None:
        super().__init__(
            scope, id, vpc=vpc, maxv_cpus=maxv_cpus, replace_compute_environment=replace_compute_environment,
            security_groups=security_groups, spot=spot, terminate_on_update=terminate_on_update,
            update_timeout=update_timeout, update_to_latest_image_version=update_to_latest_image_version,
            compute_environment_name=compute_environment_name, enabled=enabled, service_role=service_role,
        )
        subnet_ids = _subnet_ids(vpc, vpc_subnets)
        resources = self._base_compute_resources(subnet_ids)
        resources["type"] = "FARGATE_SPOT" if self.spot else "FARGATE"
        self._resource = CfnComputeEnvironment(
            self, "Resource",
            **self._base_properties(),
            compute_environment_name=compute_environment_name,
            compute_resources=resources,
        )

    @staticmethod
    def from_fargate_compute_environment_arn(
        scope: Construct, id: str, fargate_compute_environment_arn: str
    ) -> IFargateComputeEnvironment:
        """Import a Fargate compute environment by ARN."""
        imported = _ImportedManagedEc2(scope, id, fargate_compute_environment_arn)
        del imported.instance_classes, imported.instance_types
        return imported  # type: ignore[return-value]


class UnmanagedComputeEnvironment(_ComputeEnvironmentBase):
    """An unmanaged compute environment: you manage its instances.

    Args:
        scope: the parent construct.
        id: the construct id.
        unmanagedv_cpus: the vCPUs the environment has (for fairshare scheduling).
        compute_environment_name: the name (default: generated).
        enabled: whether it accepts jobs (default true).
        service_role: the role Batch uses (default: a new one with ``AWSBatchServiceRole``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.UnmanagedComputeEnvironment"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        unmanagedv_cpus: int | float | None = None,
        compute_environment_name: str | None = None,
        enabled: bool | None = None,
        service_role: IRole | None = None,
    ) -> None:
        super().__init__(scope, id, compute_environment_name=compute_environment_name, enabled=enabled,
                         service_role=service_role)
        self.unmanagedv_cp_us: int | float | None = unmanagedv_cpus
        role_arn = service_role.role_arn if service_role is not None else iam().Role(
            self, "BatchServiceRole",
            managed_policies=[iam().ManagedPolicy.from_aws_managed_policy_name("service-role/AWSBatchServiceRole")],
            assumed_by=iam().ServicePrincipal("batch.amazonaws.com"),
        ).role_arn
        self._resource = CfnComputeEnvironment(
            self, "Resource",
            type="unmanaged",
            state="ENABLED" if self.enabled else "DISABLED",
            compute_environment_name=compute_environment_name,
            unmanagedv_cpus=unmanagedv_cpus,
            service_role=role_arn,
        )

    @cached_property
    def compute_environment_arn(self) -> str:  # type: ignore[override]
        """The ARN."""
        return self.get_resource_arn_attribute(
            self._resource.attr_compute_environment_arn,
            {"service": "batch", "resource": "compute-environment", "resource_name": self.physical_name},
        )

    @cached_property
    def compute_environment_name(self) -> str:  # type: ignore[override]
        """The name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @staticmethod
    def from_unmanaged_compute_environment_arn(
        scope: Construct, id: str, unmanaged_compute_environment_arn: str
    ) -> IUnmanagedComputeEnvironment:
        """Import an unmanaged compute environment by ARN."""
        return _ImportedUnmanaged(scope, id, unmanaged_compute_environment_arn)  # type: ignore[return-value]


class _ImportedUnmanaged(_ComputeEnvironmentBase):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id, compute_environment_name=None, enabled=None, service_role=None)
        self.compute_environment_arn = arn
        self.compute_environment_name = _name_of(scope, arn)
        self.unmanagedv_cp_us = None
