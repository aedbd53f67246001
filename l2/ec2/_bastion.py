"""``BastionHostLinux``: a small Linux instance to reach private resources through SSM Session Manager."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import CfnOutput, Construct, FeatureFlags, Resource, UnscopedValidationError
from constructs.internals import structs
from l2.ec2._block_devices import BlockDevice
from l2.ec2._cfn_init import CloudFormationInit
from l2.ec2._instance import ApplyCloudFormationInitOptions, Instance
from l2.ec2._instance_types import InstanceArchitecture, InstanceType
from l2.ec2._interfaces import InstanceReference
from l2.ec2._machine_image import AmazonLinuxCpuType, IMachineImage, MachineImage

if TYPE_CHECKING:
    from l2.ec2._interfaces import IPrefixList
    from l2.ec2._peer import IPeer
    from l2.ec2._security_group import ISecurityGroup
    from l2.ec2._vpc import IVpc, SubnetSelection


@structs.frozen(kw_only=True)
class BastionHostLinuxProps:
    """The properties of a ``BastionHostLinux`` (see ``BastionHostLinux`` for each keyword)."""

    vpc: IVpc
    availability_zone: str | None = None
    block_devices: Sequence[BlockDevice] | None = None
    init: CloudFormationInit | None = None
    init_options: ApplyCloudFormationInitOptions | None = None
    instance_name: str | None = None
    instance_type: InstanceType | None = None
    machine_image: IMachineImage | None = None
    require_imdsv2: bool | None = None
    security_group: ISecurityGroup | None = None
    subnet_selection: SubnetSelection | None = None
    user_data_causes_replacement: bool | None = None


def _cpu_type(architecture: InstanceArchitecture) -> AmazonLinuxCpuType:
    if architecture == InstanceArchitecture.ARM_64:
        return AmazonLinuxCpuType.ARM_64
    if architecture == InstanceArchitecture.X86_64:
        return AmazonLinuxCpuType.X86_64
    raise UnscopedValidationError(f"Unsupported instance architecture '{architecture.value}'")


class BastionHostLinux(Resource):
    """A Linux bastion host (``Resource``, an ``Instance``) with the permissions SSM Session Manager needs, and an
    output ``BastionHostId`` with its instance id.

    Args:
        vpc: the VPC.
        subnet_selection: where to launch (default: the VPC's default selection, private subnets first).
        availability_zone: the AZ.
        instance_type: default ``t3.nano``.
        machine_image: default the latest Amazon Linux 2023 (with ``@aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023
            ByDefault``, else Amazon Linux 2) for the type's architecture.
        instance_name: the ``Name`` tag (default ``BastionHost``).
        security_group: default a new one.
        block_devices, init, init_options, require_imdsv2, user_data_causes_replacement: as for ``Instance``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ec2.BastionHostLinux"
    """The id that property injectors of this class name."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vpc: IVpc,
        availability_zone: str | None = None,
        block_devices: Sequence[BlockDevice] | None = None,
        init: CloudFormationInit | None = None,
        init_options: ApplyCloudFormationInitOptions | None = None,
        instance_name: str | None = None,
        instance_type: InstanceType | None = None,
        machine_image: IMachineImage | None = None,
        require_imdsv2: bool | None = None,
        security_group: ISecurityGroup | None = None,
        subnet_selection: SubnetSelection | None = None,
        user_data_causes_replacement: bool | None = None,
    ) -> None:
        from l2 import iam
        from l2.ec2._vpc import SubnetSelection

        super().__init__(scope, id)
        itype = instance_type or InstanceType("t3.nano")
        if FeatureFlags.of(self).is_enabled("@aws-cdk/aws-ec2:bastionHostUseAmazonLinux2023ByDefault"):
            default_image = MachineImage.latest_amazon_linux2023(cpu_type=_cpu_type(itype.architecture))
        else:
            default_image = MachineImage.latest_amazon_linux2(cpu_type=_cpu_type(itype.architecture))
        self.instance = Instance(
            self,
            "Resource",
            vpc=vpc,
            availability_zone=availability_zone,
            security_group=security_group,
            instance_name=instance_name if instance_name is not None else "BastionHost",
            instance_type=itype,
            machine_image=machine_image if machine_image is not None else default_image,
            vpc_subnets=subnet_selection if subnet_selection is not None else SubnetSelection(),
            block_devices=block_devices,
            init=init,
            init_options=init_options,
            require_imdsv2=bool(require_imdsv2),
            user_data_causes_replacement=user_data_causes_replacement,
        )
        self.instance.add_to_role_policy(iam.PolicyStatement(
            actions=["ssmmessages:*", "ssm:UpdateInstanceInformation", "ec2messages:*"], resources=["*"],
        ))
        self.connections = self.instance.connections
        self.role: Any = self.instance.role
        self.grant_principal: Any = self.instance.role
        self.instance_id: str = self.instance.instance_id
        self.instance_private_ip: str = self.instance.instance_private_ip
        self.instance_availability_zone: str = self.instance.instance_availability_zone
        self.instance_private_dns_name: str = self.instance.instance_private_dns_name
        self.instance_public_ip: str = self.instance.instance_public_ip
        self.instance_public_dns_name: str = self.instance.instance_public_dns_name
        CfnOutput(self, "BastionHostId",
                  description="Instance ID of the bastion host. Use this to connect via SSM Session Manager",
                  value=self.instance_id)

    @property
    def instance_ref(self) -> InstanceReference:
        """A reference to the instance."""
        return InstanceReference(instance_id=self.instance_id)

    def allow_ssh_access_from(self, *peer: IPeer | ISecurityGroup | IPrefixList) -> None:
        """Allow SSH (TCP 22) from these peers."""
        from l2.ec2._port import Port

        for p in peer:
            self.connections.allow_from(p, Port.tcp(22), "SSH access")
