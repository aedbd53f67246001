"""NAT instances: ``NatInstanceProvider`` (the old NAT AMI), ``NatInstanceProviderV2`` (Amazon Linux 2023 with
iptables), ``NatInstanceImage`` and ``NatTrafficDirection``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import UnscopedValidationError
from constructs.internals import structs
from l2.ec2._connections import Connections
from l2.ec2._instance import CpuCredits
from l2.ec2._instance_types import InstanceArchitecture, InstanceType
from l2.ec2._machine_image import (
    AmazonLinuxCpuType,
    AmazonLinuxGeneration,
    AmazonLinuxImage,
    IMachineImage,
    LookupMachineImage,
)
from l2.ec2._nat import GatewayConfig, NatProvider, _PrefSet
from l2.ec2._user_data import UserData

if TYPE_CHECKING:
    from l2.ec2._instance import Instance
    from l2.ec2._interfaces import IKeyPair
    from l2.ec2._security_group import ISecurityGroup
    from l2.ec2._subnet import PrivateSubnet, PublicSubnet
    from l2.ec2._vpc import Vpc


class NatTrafficDirection(enum.Enum):
    """The traffic the NAT instances' security group allows by default."""

    OUTBOUND_ONLY = "OUTBOUND_ONLY"
    INBOUND_AND_OUTBOUND = "INBOUND_AND_OUTBOUND"
    NONE = "NONE"


@structs.frozen(kw_only=True)
class NatInstanceProps:
    """The properties of the NAT instance providers (see ``NatInstanceProviderV2``)."""

    instance_type: InstanceType
    associate_public_ip_address: bool | None = None
    credit_specification: CpuCredits | None = None
    default_allowed_traffic: NatTrafficDirection | None = None
    key_name: str | None = None
    key_pair: IKeyPair | None = None
    machine_image: IMachineImage | None = None
    security_group: ISecurityGroup | None = None
    user_data: UserData | None = None


class NatInstanceImage(LookupMachineImage):
    """The latest NAT AMI of Amazon (``amzn-ami-vpc-nat-*``), looked up at synthesis."""

    def __init__(self) -> None:
        super().__init__(name="amzn-ami-vpc-nat-*", owners=["amazon"])


def _outbound(direction: NatTrafficDirection) -> bool:
    return direction in (NatTrafficDirection.INBOUND_AND_OUTBOUND, NatTrafficDirection.OUTBOUND_ONLY)


class _NatInstanceProviderBase(NatProvider):
    _V2 = False

    def __init__(
        self,
        *,
        instance_type: InstanceType,
        associate_public_ip_address: bool | None = None,
        credit_specification: CpuCredits | None = None,
        default_allowed_traffic: NatTrafficDirection | None = None,
        key_name: str | None = None,
        key_pair: IKeyPair | None = None,
        machine_image: IMachineImage | None = None,
        security_group: ISecurityGroup | None = None,
        user_data: UserData | None = None,
    ) -> None:
        if key_name and key_pair is not None:
            raise UnscopedValidationError("Cannot specify both of 'keyName' and 'keyPair'; prefer 'keyPair'")
        self._props = NatInstanceProps(
            instance_type=instance_type, associate_public_ip_address=associate_public_ip_address,
            credit_specification=credit_specification, default_allowed_traffic=default_allowed_traffic,
            key_name=key_name, key_pair=key_pair, machine_image=machine_image, security_group=security_group,
            user_data=user_data,
        )
        self._gateways = _PrefSet()
        self._security_group: ISecurityGroup | None = None
        self._connections: Connections | None = None

    def _image(self) -> IMachineImage:
        raise NotImplementedError

    def _instance_extras(self, vpc: Any) -> dict[str, Any]:
        raise NotImplementedError

    def configure_nat(
        self, *, vpc: Vpc, nat_subnets: Sequence[PublicSubnet], private_subnets: Sequence[PrivateSubnet]
    ) -> None:
        """Create a NAT instance in each NAT subnet and route the private subnets through them."""
        from l2.ec2._instance import Instance
        from l2.ec2._port import Port
        from l2.ec2._security_group import SecurityGroup
        from l2.ec2._vpc import SubnetSelection

        p = self._props
        direction = p.default_allowed_traffic or NatTrafficDirection.INBOUND_AND_OUTBOUND
        image = self._image()
        self._security_group = p.security_group if p.security_group is not None else SecurityGroup(
            vpc, "NatSecurityGroup", vpc=vpc, description="Security Group for NAT instances",
            allow_all_outbound=_outbound(direction),
        )
        self._connections = Connections(security_groups=[self._security_group])
        if direction == NatTrafficDirection.INBOUND_AND_OUTBOUND:
            self._connections.allow_from_any_ipv4(Port.all_traffic())
        extras = self._instance_extras(vpc)
        for sub in nat_subnets:
            kwargs: dict[str, Any] = {}
            if p.key_name is not None:
                kwargs["key_name"] = p.key_name
            instance = Instance(
                sub, "NatInstance", instance_type=p.instance_type, machine_image=image, source_dest_check=False,
                vpc=vpc, vpc_subnets=SubnetSelection(subnets=[sub]), security_group=self._security_group,
                key_pair=p.key_pair, credit_specification=p.credit_specification, **kwargs, **extras,
            )
            self._gateways.add(sub.availability_zone, instance)
        for private in private_subnets:
            self.configure_subnet(private)

    @property
    def security_group(self) -> ISecurityGroup:
        """The NAT instances' security group (after the provider was given to a VPC)."""
        if self._security_group is None:
            raise UnscopedValidationError("Pass the NatInstanceProvider to a Vpc before accessing 'securityGroup'")
        return self._security_group

    @property
    def connections(self) -> Connections:
        """The NAT instances' connections (after the provider was given to a VPC)."""
        if self._connections is None:
            raise UnscopedValidationError("Pass the NatInstanceProvider to a Vpc before accessing 'connections'")
        return self._connections

    @property
    def configured_gateways(self) -> list[GatewayConfig]:
        """The NAT instances, with the AZ each serves."""
        return [GatewayConfig(az=az, gateway_id=i.instance_id) for az, i in self._gateways.values()]

    def configure_subnet(self, subnet: PrivateSubnet) -> None:
        """Route ``subnet``'s internet traffic through the NAT instance of its AZ (or another one in turn)."""
        from l2.ec2._subnet import RouterType

        instance = self._gateways.pick(subnet.availability_zone)
        subnet.add_route("DefaultRoute", router_type=RouterType.INSTANCE, router_id=instance.instance_id,
                         enables_internet_connectivity=True)


class NatInstanceProvider(_NatInstanceProviderBase):
    """Deprecated: NAT instances of the NAT AMI (``NatInstanceImage``), with a role ``NatRole``.

    Args:
        instance_type: the instance type.
        machine_image: default ``NatInstanceImage()`` (a lookup).
        default_allowed_traffic: what the new security group allows (default inbound and outbound).
        security_group: use this security group instead of a new one.
        key_name / key_pair: SSH access.
        credit_specification: the CPU credit option.
        associate_public_ip_address, user_data: accepted; like aws-cdk-lib, this provider does not use them.
    """

    def _image(self) -> IMachineImage:
        return self._props.machine_image if self._props.machine_image is not None else NatInstanceImage()

    def _instance_extras(self, vpc: Any) -> dict[str, Any]:
        from l2 import iam

        return {"role": iam.Role(vpc, "NatRole", assumed_by=iam.ServicePrincipal("ec2.amazonaws.com"))}


class NatInstanceProviderV2(_NatInstanceProviderBase):
    """NAT instances on Amazon Linux 2023, configured as NAT by iptables user data.

    Args:
        instance_type: the instance type (its architecture picks the image).
        machine_image: default the latest Amazon Linux 2023.
        user_data: default ``DEFAULT_USER_DATA_COMMANDS``.
        associate_public_ip_address: give the instances public IPs.
        default_allowed_traffic: what the new security group allows (default inbound and outbound).
        security_group: use this security group instead of a new one.
        key_name / key_pair: SSH access.
        credit_specification: the CPU credit option.
    """

    DEFAULT_USER_DATA_COMMANDS = [
        "yum install iptables-services -y",
        "systemctl enable iptables",
        "systemctl start iptables",
        'echo "net.ipv4.ip_forward=1" > /etc/sysctl.d/custom-ip-forwarding.conf',
        "sudo sysctl -p /etc/sysctl.d/custom-ip-forwarding.conf",
        "sudo /sbin/iptables -t nat -A POSTROUTING -o $(route | awk '/^default/{print $NF}') -j MASQUERADE",
        "sudo /sbin/iptables -F FORWARD",
        "sudo service iptables save",
    ]
    """The user data commands that make an Amazon Linux 2023 instance a NAT instance."""

    def _image(self) -> IMachineImage:
        if self._props.machine_image is not None:
            return self._props.machine_image
        arm = self._props.instance_type.architecture == InstanceArchitecture.ARM_64
        return AmazonLinuxImage(generation=AmazonLinuxGeneration.AMAZON_LINUX_2023,
                                cpu_type=AmazonLinuxCpuType.ARM_64 if arm else None)

    def _instance_extras(self, vpc: Any) -> dict[str, Any]:
        user_data = self._props.user_data
        if user_data is None:
            user_data = UserData.for_linux()
            user_data.add_commands(*self.DEFAULT_USER_DATA_COMMANDS)
        return {"associate_public_ip_address": self._props.associate_public_ip_address, "user_data": user_data}

    @property
    def gateway_instances(self) -> list[Instance]:
        """The NAT instances."""
        return [i for _, i in self._gateways.values()]
