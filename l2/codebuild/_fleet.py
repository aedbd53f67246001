"""``Fleet``: a CodeBuild reserved-capacity fleet, and the enums of fleets and build hosts."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    Arn,
    ArnFormat,
    Construct,
    PhysicalName,
    Resource,
    Size,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l1._private.interfaces.codebuild import FleetReference as FleetReference
from l1.codebuild import CfnFleet
from l2.codebuild._enums import EnvironmentType

if TYPE_CHECKING:
    from l2.ec2 import Connections, InstanceType, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IPrincipal, IRole


class FleetComputeType(enum.Enum):
    """The compute capacity of a fleet's instances."""

    SMALL = "BUILD_GENERAL1_SMALL"
    MEDIUM = "BUILD_GENERAL1_MEDIUM"
    LARGE = "BUILD_GENERAL1_LARGE"
    X_LARGE = "BUILD_GENERAL1_XLARGE"
    X2_LARGE = "BUILD_GENERAL1_2XLARGE"
    ATTRIBUTE_BASED = "ATTRIBUTE_BASED_COMPUTE"
    CUSTOM_INSTANCE_TYPE = "CUSTOM_INSTANCE_TYPE"


class FleetOverflowBehavior(enum.Enum):
    """What happens to builds when the fleet is at capacity: wait, or run on demand."""

    QUEUE = "QUEUE"
    ON_DEMAND = "ON_DEMAND"


class MachineType(enum.Enum):
    """The machine type of an attribute-based fleet."""

    GENERAL = "GENERAL"
    NVME = "NVME"


class HostKernel(enum.Enum):
    """The Linux kernel of the build host."""

    LINUX_KERNEL_4 = "LINUX_KERNEL_4"
    LINUX_KERNEL_6 = "LINUX_KERNEL_6"
    LINUX_KERNEL_LATEST = "LINUX_KERNEL_LATEST"


class DockerServerComputeType(enum.Enum):
    """The compute capacity of a project's Docker server."""

    SMALL = "BUILD_GENERAL1_SMALL"
    MEDIUM = "BUILD_GENERAL1_MEDIUM"
    LARGE = "BUILD_GENERAL1_LARGE"
    X_LARGE = "BUILD_GENERAL1_XLARGE"
    X2_LARGE = "BUILD_GENERAL1_2XLARGE"
    ATTRIBUTE_BASED_COMPUTE = "ATTRIBUTE_BASED_COMPUTE"
    BUILD_LAMBDA_10GB = "BUILD_LAMBDA_10GB"
    BUILD_LAMBDA_1GB = "BUILD_LAMBDA_1GB"
    BUILD_LAMBDA_2GB = "BUILD_LAMBDA_2GB"
    BUILD_LAMBDA_4GB = "BUILD_LAMBDA_4GB"
    BUILD_LAMBDA_8GB = "BUILD_LAMBDA_8GB"
    CUSTOM_INSTANCE_TYPE = "CUSTOM_INSTANCE_TYPE"


@structs.frozen(kw_only=True)
class DockerServerOptions:
    """A Docker server for the project's builds.

    Args:
        compute_type: the server's compute capacity.
        security_groups: the server's security groups.
    """

    compute_type: DockerServerComputeType
    security_groups: Sequence[ISecurityGroup] | None = None


@structs.frozen(kw_only=True)
class ComputeConfiguration:
    """The instances of an ``ATTRIBUTE_BASED`` or ``CUSTOM_INSTANCE_TYPE`` fleet.

    Args:
        disk: the disk size (whole GiB).
        instance_type: the EC2 instance type (``CUSTOM_INSTANCE_TYPE`` only).
        machine_type: the machine type (``ATTRIBUTE_BASED`` only).
        memory: the memory (whole GiB, ``ATTRIBUTE_BASED`` only).
        v_cpu: the vCPU count (``ATTRIBUTE_BASED`` only).
    """

    disk: Size | None = None
    instance_type: InstanceType | None = None
    machine_type: MachineType | None = None
    memory: Size | None = None
    v_cpu: int | float | None = None


@runtime_checkable
class IFleet(Protocol):
    """A CodeBuild fleet: ``Fleet`` or one returned by ``Fleet.from_fleet_arn``."""

    @property
    def fleet_arn(self) -> str:
        """The ARN of the fleet."""
        ...

    @property
    def fleet_name(self) -> str:
        """The name of the fleet."""
        ...

    @property
    def compute_type(self) -> FleetComputeType:
        """The compute type of the fleet's instances."""
        ...

    @property
    def environment_type(self) -> EnvironmentType:
        """The environment type of the fleet."""
        ...


@structs.frozen(kw_only=True)
class FleetProps:
    """The properties of a ``Fleet`` (see ``Fleet`` for each keyword)."""

    base_capacity: int | float
    compute_type: FleetComputeType
    environment_type: EnvironmentType
    compute_configuration: ComputeConfiguration | None = None
    fleet_name: str | None = None
    overflow_behavior: FleetOverflowBehavior | None = None
    role: IRole | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_selection: SubnetSelection | None = None
    vpc: IVpc | None = None


class _ImportedFleet(Resource):
    """A fleet defined outside the app: its compute and environment types are unknown."""

    def __init__(self, scope: Construct, id: str, fleet_arn: str) -> None:
        super().__init__(scope, id)
        from l2 import iam

        self.fleet_arn = fleet_arn
        resource_name = Arn.split(fleet_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
        self.fleet_name = resource_name.split(":")[0]
        self.grant_principal: IPrincipal = iam.UnknownPrincipal(resource=self)

    @property
    def fleet_ref(self) -> FleetReference:
        """The fleet's ARN."""
        return FleetReference(fleet_arn=self.fleet_arn)

    @property
    def compute_type(self) -> FleetComputeType:
        """Unknown for an imported fleet (an error)."""
        raise UnscopedValidationError("Cannot retrieve computeType property from an imported Fleet")

    @property
    def environment_type(self) -> EnvironmentType:
        """Unknown for an imported fleet (an error)."""
        raise UnscopedValidationError("Cannot retrieve environmentType property from an imported Fleet")

    @property
    def compute_configuration(self) -> ComputeConfiguration:
        """Unknown for an imported fleet (an error)."""
        raise UnscopedValidationError("Cannot retrieve computeConfiguration property from an imported Fleet")

    @property
    def connections(self) -> Connections:
        """Unknown for an imported fleet (an error)."""
        raise UnscopedValidationError("Cannot retrieve connections property from an imported Fleet")


class Fleet(Resource):
    """A CodeBuild fleet of reserved build hosts (``AWS::CodeBuild::Fleet``).

    Args:
        base_capacity: the number of instances (at least 1).
        compute_type: the instances' compute capacity.
        environment_type: the environment type (must match the build image of projects using the fleet).
        compute_configuration: the instances of an ``ATTRIBUTE_BASED`` or ``CUSTOM_INSTANCE_TYPE`` fleet.
        fleet_name: a physical name (2 to 128 characters; default generated by CloudFormation).
        overflow_behavior: what happens to builds when the fleet is busy (default CodeBuild's ``QUEUE``).
        role: the fleet's service role (default one created when the fleet needs it, e.g. in a VPC).
        security_groups / subnet_selection / vpc: run the fleet in a VPC (a security group is created if none).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.Fleet"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        base_capacity: int | float,
        compute_type: FleetComputeType,
        environment_type: EnvironmentType,
        compute_configuration: ComputeConfiguration | None = None,
        fleet_name: str | None = None,
        overflow_behavior: FleetOverflowBehavior | None = None,
        role: IRole | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_selection: SubnetSelection | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=fleet_name)
        self._role = role
        if fleet_name and not Token.is_unresolved(fleet_name):
            if len(fleet_name) < 2:
                raise ValidationError(
                    f"Fleet name can not be shorter than 2 characters but has {len(fleet_name)} characters.", self)
            if len(fleet_name) > 128:
                raise ValidationError(
                    f"Fleet name can not be longer than 128 characters but has {len(fleet_name)} characters.", self)
        if (1 if base_capacity is None else base_capacity) < 1:
            raise ValidationError("baseCapacity must be greater than or equal to 1", self)
        config = self._compute_configuration(compute_type, compute_configuration)
        self._connections: Connections | None = None
        vpc_config, dependables = self._configure_vpc(vpc, security_groups, subnet_selection)
        resource = CfnFleet(
            self, "Resource",
            name=fleet_name,
            base_capacity=base_capacity,
            compute_type=compute_type.value,
            environment_type=environment_type.value,
            overflow_behavior=overflow_behavior.value if overflow_behavior is not None else None,
            compute_configuration=config,
            fleet_vpc_config=vpc_config,
            fleet_service_role=self._role.role_arn if self._role is not None else None,
        )
        if dependables:
            resource.node.add_dependency(*dependables)
        if vpc is not None:
            resource.node.add_dependency(*vpc.node.find_all())
        self._resource = resource
        self.compute_type = compute_type
        """The compute type of the fleet's instances."""
        self.environment_type = environment_type
        """The environment type of the fleet."""

    @staticmethod
    def from_fleet_arn(scope: Construct, id: str, fleet_arn: str) -> IFleet:
        """An existing fleet, by ARN."""
        return _ImportedFleet(scope, id, fleet_arn)

    @property
    def fleet_arn(self) -> str:
        """The ARN of the fleet."""
        return self.get_resource_arn_attribute(self._resource.attr_arn, {
            "service": "codebuild", "resource": "fleet", "resource_name": self.physical_name,
            "arn_format": ArnFormat.SLASH_RESOURCE_NAME})

    @property
    def fleet_name(self) -> str:
        """The name of the fleet."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def fleet_ref(self) -> FleetReference:
        """The fleet's ARN."""
        return FleetReference(fleet_arn=self.fleet_arn)

    @property
    def connections(self) -> Connections:
        """The security groups of a fleet in a VPC (an error for a fleet outside a VPC)."""
        if self._connections is None:
            raise ValidationError('Only VPC-associated Fleets have security groups to manage. Supply the "vpc" '
                                  "parameter when creating the Fleet", self)
        return self._connections

    @property
    def grant_principal(self) -> IPrincipal:
        """The fleet's service role (created on first use when none was given)."""
        if self._role is None:
            from l2 import iam

            self._role = iam.Role(self, "Role", role_name=PhysicalName.GENERATE_IF_NEEDED,
                                  assumed_by=iam.ServicePrincipal("codebuild.amazonaws.com"))
        return self._role

    def _compute_configuration(self, compute_type: FleetComputeType,
                               config: ComputeConfiguration | None) -> dict[str, Any] | None:
        if compute_type is FleetComputeType.ATTRIBUTE_BASED:
            if config is None or not (config.disk or config.machine_type or config.memory or config.v_cpu is not None):
                raise ValidationError("At least one compute configuration criteria must be specified if computeType "
                                      "is ATTRIBUTE_BASED", self)
            if config.instance_type is not None:
                raise ValidationError("instanceType can only be specified in computeConfiguration if computeType is "
                                      "CUSTOM_INSTANCE_TYPE", self)
            disk = _int(config.disk.to_gibibytes()) if config.disk is not None else 0
            memory = _int(config.memory.to_gibibytes()) if config.memory is not None else 0
            v_cpu = config.v_cpu if config.v_cpu is not None else 0
            self._validate_positive_integer(disk, "disk size")
            self._validate_positive_integer(memory, "memory size")
            self._validate_positive_integer(v_cpu, "vCPU count")
            return {"disk": disk, "machineType": config.machine_type.value if config.machine_type else None,
                    "memory": memory, "vCpu": v_cpu}
        if compute_type is FleetComputeType.CUSTOM_INSTANCE_TYPE:
            if config is None or config.instance_type is None:
                raise ValidationError("instanceType must be specified in computeConfiguration if computeType is "
                                      "CUSTOM_INSTANCE_TYPE", self)
            if config.machine_type or config.memory or config.v_cpu:
                raise ValidationError("computeConfiguration attributes can only be used if computeType is "
                                      "ATTRIBUTE_BASED", self)
            disk_gib = _int(config.disk.to_gibibytes()) if config.disk is not None else None
            self._validate_positive_integer(disk_gib, "disk size")
            return {"disk": disk_gib, "instanceType": str(config.instance_type)}
        if config is not None:
            raise ValidationError("computeConfiguration can only be specified if computeType is ATTRIBUTE_BASED or "
                                  f"CUSTOM_INSTANCE_TYPE, got: {compute_type.value}", self)
        return None

    def _validate_positive_integer(self, value: float | None, field: str) -> None:
        if value is not None and not Token.is_unresolved(value) and (value < 0 or not float(value).is_integer()):
            raise ValidationError(f"{field} must be a positive integer, got: {value}", self)

    def _configure_vpc(self, vpc: IVpc | None, security_groups: Sequence[ISecurityGroup] | None,
                       subnet_selection: SubnetSelection | None) -> tuple[dict[str, Any] | None, list[Any]]:
        if security_groups and vpc is None:
            raise ValidationError("Cannot configure securityGroups without configuring a VPC", self)
        if subnet_selection is not None and vpc is None:
            raise ValidationError("Cannot configure subnetSelection without configuring a VPC", self)
        if vpc is None:
            return None, []
        from l2 import ec2, iam

        groups = list(security_groups) if security_groups else [ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc)]
        self._connections = ec2.Connections(security_groups=groups)
        names = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")
        selection = {n: getattr(subnet_selection, n) for n in names if getattr(subnet_selection, n, None) is not None}
        subnet_ids = vpc.select_subnets(**selection).subnet_ids
        stack = self.stack
        network_interface_arn = stack.format_arn(service="ec2", resource="network-interface", resource_name="*")
        subnet_arns = [stack.format_arn(service="ec2", resource="subnet", resource_name=s) for s in subnet_ids]
        dependables = []
        result = self.grant_principal.add_to_principal_policy(iam.PolicyStatement(
            actions=["ec2:CreateNetworkInterfacePermission"], resources=[network_interface_arn],
            conditions={"ArnEquals": {"ec2:Subnet": subnet_arns}}))
        if result.policy_dependable is not None:
            dependables.append(result.policy_dependable)
        result = self.grant_principal.add_to_principal_policy(iam.PolicyStatement(
            actions=["ec2:DescribeDhcpOptions", "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroups",
                     "ec2:DescribeSubnets", "ec2:DescribeVpcs", "ec2:CreateNetworkInterface",
                     "ec2:DeleteNetworkInterface", "ec2:ModifyNetworkInterfaceAttribute"],
            resources=["*"]))
        if result.policy_dependable is not None:
            dependables.append(result.policy_dependable)
        return {"vpcId": vpc.vpc_id, "subnets": subnet_ids,
                "securityGroupIds": [g.security_group_id for g in groups]}, dependables


def _int(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
