"""``NatProvider``: what gives private subnets their way out (NAT gateways per AZ)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, Fn, Token, UnscopedValidationError
from constructs.internals import structs

if TYPE_CHECKING:
    from l1.ec2 import CfnEIP
    from l2.ec2._instance import CpuCredits
    from l2.ec2._instance_types import InstanceType
    from l2.ec2._interfaces import IKeyPair
    from l2.ec2._machine_image import IMachineImage
    from l2.ec2._nat_instance import NatInstanceProvider, NatInstanceProviderV2, NatTrafficDirection
    from l2.ec2._security_group import ISecurityGroup
    from l2.ec2._subnet import PrivateSubnet, PublicSubnet
    from l2.ec2._user_data import UserData
    from l2.ec2._vpc import Vpc


@structs.frozen(kw_only=True)
class GatewayConfig:
    """A NAT gateway a provider created.

    Args:
        az: the availability zone it serves.
        gateway_id: the NAT gateway id.
    """

    az: str
    gateway_id: str


@structs.frozen(kw_only=True)
class ConfigureNatOptions:
    """What a VPC hands its NAT provider.

    Args:
        vpc: the VPC.
        nat_subnets: the public subnets to put NAT gateways in (one gateway each).
        private_subnets: the subnets that route their internet traffic through NAT.
    """

    vpc: Vpc
    nat_subnets: Sequence[PublicSubnet]
    private_subnets: Sequence[PrivateSubnet]


class _PrefSet:
    """Values keyed by AZ; an AZ without its own value gets the others in turn."""

    def __init__(self) -> None:
        self._map: dict[str, Any] = {}
        self._vals: list[tuple[str, Any]] = []
        self._next = 0

    def add(self, pref: str, value: Any) -> None:
        self._map[pref] = value
        self._vals.append((pref, value))

    def pick(self, pref: str) -> Any:
        if not self._vals:
            raise UnscopedValidationError("Cannot pick, set is empty")
        if pref in self._map:
            return self._map[pref]
        value = self._vals[self._next % len(self._vals)][1]
        self._next += 1
        return value

    def values(self) -> list[tuple[str, Any]]:
        return self._vals


def _validate_max_drain_duration(duration: Duration | None) -> None:
    if duration is None:
        return
    seconds = duration.to_seconds(integral=False)
    if Token.is_unresolved(seconds):
        return
    shown = int(seconds) if float(seconds).is_integer() else seconds
    if seconds < 1 or seconds > 4000:
        raise UnscopedValidationError(f"`maxDrainDuration` must be between 1 and 4000 seconds, got {shown} seconds.")
    if not float(seconds).is_integer():
        raise UnscopedValidationError(f"`maxDrainDuration` must be a whole number of seconds, got {shown} seconds.")


def _pick_n(i: int, xs: Sequence[str]) -> str:
    if Token.is_unresolved(xs):
        return Fn.select(i, xs)
    if i >= len(xs):
        raise UnscopedValidationError(f"Cannot get element {i} from {','.join(xs)}")
    return xs[i]


class NatProvider:
    """How a VPC provides NAT; use ``NatProvider.gateway()``."""

    @staticmethod
    def gateway(
        *, eip_allocation_ids: Sequence[str] | None = None, max_drain_duration: Duration | None = None
    ) -> NatGatewayProvider:
        """Managed NAT gateways, one per public subnet the VPC picks.

        Args:
            eip_allocation_ids: Elastic IP allocations for the gateways, in order (default: new EIPs).
            max_drain_duration: how long a gateway drains connections when it is replaced (1..4000 s).
        """
        return NatGatewayProvider(eip_allocation_ids=eip_allocation_ids, max_drain_duration=max_drain_duration)

    @staticmethod
    def instance(
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
    ) -> NatInstanceProvider:
        """Deprecated: NAT instances of the (old) NAT AMI; see ``instance_v2``."""
        from l2.ec2._nat_instance import NatInstanceProvider

        return NatInstanceProvider(
            instance_type=instance_type, associate_public_ip_address=associate_public_ip_address,
            credit_specification=credit_specification, default_allowed_traffic=default_allowed_traffic,
            key_name=key_name, key_pair=key_pair, machine_image=machine_image, security_group=security_group,
            user_data=user_data,
        )

    @staticmethod
    def instance_v2(
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
    ) -> NatInstanceProviderV2:
        """NAT instances on Amazon Linux 2023 configured with iptables by user data."""
        from l2.ec2._nat_instance import NatInstanceProviderV2

        return NatInstanceProviderV2(
            instance_type=instance_type, associate_public_ip_address=associate_public_ip_address,
            credit_specification=credit_specification, default_allowed_traffic=default_allowed_traffic,
            key_name=key_name, key_pair=key_pair, machine_image=machine_image, security_group=security_group,
            user_data=user_data,
        )

    @staticmethod
    def regional_gateway(
        *,
        allocation_id: str | None = None,
        availability_zone_addresses: Sequence[AvailabilityZoneAddress] | None = None,
        eip: CfnEIP | None = None,
        max_drain_duration: Duration | None = None,
    ) -> RegionalNatGatewayProvider:
        """One regional NAT gateway for the whole VPC (no public subnets needed).

        Args:
            allocation_id: the Elastic IP allocation (default: AWS allocates addresses).
            availability_zone_addresses: Elastic IPs per AZ (then ``allocation_id`` is ignored).
            max_drain_duration: how long the gateway drains connections when it is replaced (1..4000 s).
        """
        return RegionalNatGatewayProvider(
            allocation_id=allocation_id,
            availability_zone_addresses=availability_zone_addresses,
            eip=eip,
            max_drain_duration=max_drain_duration,
        )

    @property
    def configured_gateways(self) -> list[GatewayConfig]:
        """The gateways created so far."""
        raise NotImplementedError

    def configure_nat(
        self, *, vpc: Vpc, nat_subnets: Sequence[PublicSubnet], private_subnets: Sequence[PrivateSubnet]
    ) -> None:
        """Create the NAT resources and route the private subnets through them."""
        raise NotImplementedError

    def configure_subnet(self, subnet: PrivateSubnet) -> None:
        """Route one private subnet through NAT."""
        raise NotImplementedError


class NatGatewayProvider(NatProvider):
    """NAT through AWS managed NAT gateways.

    Args:
        eip_allocation_ids: Elastic IP allocations for the gateways (default: a new EIP per gateway).
        max_drain_duration: how long a gateway drains connections when it is replaced (1..4000 s).
    """

    def __init__(
        self, *, eip_allocation_ids: Sequence[str] | None = None, max_drain_duration: Duration | None = None
    ) -> None:
        self._eip_allocation_ids = eip_allocation_ids
        self._max_drain_duration = max_drain_duration
        self._gateways = _PrefSet()
        _validate_max_drain_duration(max_drain_duration)

    def configure_nat(
        self, *, vpc: Vpc, nat_subnets: Sequence[PublicSubnet], private_subnets: Sequence[PrivateSubnet]
    ) -> None:
        """Create a NAT gateway in each NAT subnet and a default route to it in each private subnet."""
        ids = self._eip_allocation_ids
        if ids is not None and not Token.is_unresolved(ids) and len(ids) < len(nat_subnets):
            raise UnscopedValidationError(
                f"Not enough NAT gateway EIP allocation IDs ({len(ids)} provided) for the requested subnet count "
                f"({len(nat_subnets)} needed)."
            )
        for i, sub in enumerate(nat_subnets):
            allocation = _pick_n(i, ids) if ids is not None else None
            gateway = sub.add_nat_gateway(allocation, max_drain_duration=self._max_drain_duration)
            self._gateways.add(sub.availability_zone, gateway.ref)
        for private in private_subnets:
            self.configure_subnet(private)

    def configure_subnet(self, subnet: PrivateSubnet) -> None:
        """Route ``subnet``'s internet traffic through the gateway in its AZ (or another one in turn)."""
        from l2.ec2._subnet import RouterType

        gateway_id = self._gateways.pick(subnet.availability_zone)
        subnet.add_route(
            "DefaultRoute",
            router_type=RouterType.NAT_GATEWAY,
            router_id=gateway_id,
            enables_internet_connectivity=True,
        )

    @property
    def configured_gateways(self) -> list[GatewayConfig]:
        """The gateways created, with the AZ each serves."""
        return [GatewayConfig(az=az, gateway_id=gid) for az, gid in self._gateways.values()]


@structs.frozen(kw_only=True)
class AvailabilityZoneAddress:
    """Elastic IPs a regional NAT gateway uses in one availability zone.

    Args:
        allocation_ids: the Elastic IP allocations (at least one).
        availability_zone: the AZ name (or give ``availability_zone_id``).
        availability_zone_id: the AZ id.
    """

    allocation_ids: Sequence[str]
    availability_zone: str | None = None
    availability_zone_id: str | None = None


def _duplicates(values: Sequence[str | None]) -> list[str]:
    seen: set[str] = set()
    dups: list[str] = []
    for v in values:
        if v is None or Token.is_unresolved(v):
            continue
        if v in seen and v not in dups:
            dups.append(v)
        seen.add(v)
    return dups


class RegionalNatGatewayProvider(NatProvider):
    """NAT through one regional NAT gateway that serves every AZ of the VPC.

    Args:
        allocation_id: the Elastic IP allocation (default: AWS allocates addresses).
        availability_zone_addresses: Elastic IPs per AZ (then ``allocation_id`` is ignored).
        max_drain_duration: how long the gateway drains connections when it is replaced (1..4000 s).
        eip: an Elastic IP (``CfnEIP``) the gateway uses; not with ``allocation_id`` (default: none).
    """

    def __init__(
        self,
        *,
        allocation_id: str | None = None,
        availability_zone_addresses: Sequence[AvailabilityZoneAddress] | None = None,
        eip: CfnEIP | None = None,
        max_drain_duration: Duration | None = None,
    ) -> None:
        if allocation_id and eip is not None:
            raise UnscopedValidationError("Cannot specify both `allocationId` and `eip`. Use one or the other.")
        self._eip = eip
        self._allocation_id = allocation_id
        self._addresses = list(availability_zone_addresses) if availability_zone_addresses is not None else None
        self._max_drain_duration = max_drain_duration
        self._nat_gateway: Any = None
        if self._addresses is not None:
            if not self._addresses:
                raise UnscopedValidationError("`availabilityZoneAddresses` cannot be an empty array.")
            if any(not a.availability_zone and not a.availability_zone_id for a in self._addresses):
                raise UnscopedValidationError(
                    "Either `availabilityZone` or `availabilityZoneId` must be specified in `AvailabilityZoneAddress`."
                )
            if any(len(a.allocation_ids) == 0 for a in self._addresses):
                raise UnscopedValidationError("`allocationIds` cannot be an empty array in `AvailabilityZoneAddress`.")
            zones = _duplicates([a.availability_zone for a in self._addresses])
            if zones:
                raise UnscopedValidationError(
                    "An Availability Zone can only appear once in `availabilityZoneAddresses`, got duplicate "
                    f"`availabilityZone`: {', '.join(zones)}."
                )
            zone_ids = _duplicates([a.availability_zone_id for a in self._addresses])
            if zone_ids:
                raise UnscopedValidationError(
                    "An Availability Zone can only appear once in `availabilityZoneAddresses`, got duplicate "
                    f"`availabilityZoneId`: {', '.join(zone_ids)}."
                )
        _validate_max_drain_duration(max_drain_duration)

    def configure_nat(
        self, *, vpc: Vpc, nat_subnets: Sequence[PublicSubnet], private_subnets: Sequence[PrivateSubnet]
    ) -> None:
        """Create the regional NAT gateway and a default route to it in each private subnet."""
        from constructs import Annotations
        from l1.ec2 import CfnNatGateway

        if nat_subnets:
            Annotations.of(vpc).add_warning_v2(
                "@aws-cdk/aws-ec2:regionalNatGatewayNatSubnetsIgnored",
                "`natSubnets` is ignored for Regional NAT Gateway. Regional NAT Gateways do not require public subnets.",
            )
        if self._addresses and (self._allocation_id or self._eip is not None):
            Annotations.of(vpc).add_warning_v2(
                "@aws-cdk/aws-ec2:regionalNatGatewayAllocationIdIgnored",
                "`allocationId` and `eip` are ignored when `availabilityZoneAddresses` is specified.",
            )
        addresses = (
            [
                CfnNatGateway.AvailabilityZoneAddressProperty(
                    allocation_ids=list(a.allocation_ids),
                    availability_zone=a.availability_zone,
                    availability_zone_id=a.availability_zone_id,
                )
                for a in self._addresses
            ]
            if self._addresses is not None
            else None
        )
        duration = self._max_drain_duration
        self._nat_gateway = CfnNatGateway(
            vpc,
            "RegionalNatGateway",
            vpc_id=vpc.vpc_id,
            availability_mode="regional",
            connectivity_type="public",
            allocation_id=None if self._addresses else (
                self._allocation_id if self._allocation_id is not None
                else (self._eip.attr_allocation_id if self._eip is not None else None)
            ),
            availability_zone_addresses=addresses,
            max_drain_duration_seconds=duration.to_seconds() if duration is not None else None,
        )
        self._nat_gateway.node.add_dependency(vpc.internet_connectivity_established)
        for sub in private_subnets:
            self.configure_subnet(sub)

    def configure_subnet(self, subnet: PrivateSubnet) -> None:
        """Route ``subnet``'s internet traffic through the regional gateway."""
        from constructs import ValidationError
        from l2.ec2._subnet import RouterType

        if self._nat_gateway is None:
            raise UnscopedValidationError("Cannot configure subnet before configuring NAT gateway")
        zones = self._listed_zones()
        if zones is not None and not Token.is_unresolved(subnet.availability_zone) and (
            subnet.availability_zone not in zones
        ):
            raise ValidationError(
                f"Subnet is in Availability Zone {subnet.availability_zone}, which is not listed in "
                f"`availabilityZoneAddresses` ({', '.join(zones)}). A Regional NAT Gateway with "
                "`availabilityZoneAddresses` only serves the listed Availability Zones. Add an entry for this zone, "
                "or omit `availabilityZoneAddresses` to let AWS cover every zone automatically.",
                subnet,
            )
        subnet.add_route(
            "DefaultRoute",
            router_type=RouterType.NAT_GATEWAY,
            router_id=self._nat_gateway.attr_nat_gateway_id,
            enables_internet_connectivity=True,
        )

    def _listed_zones(self) -> list[str] | None:
        if self._addresses is None:
            return None
        zones = [a.availability_zone for a in self._addresses]
        if all(z is not None and not Token.is_unresolved(z) for z in zones):
            return [z for z in zones if z is not None]
        return None

    @property
    def configured_gateways(self) -> list[GatewayConfig]:
        """The regional gateway (AZ ``regional``), once created."""
        if self._nat_gateway is None:
            return []
        return [GatewayConfig(az="regional", gateway_id=self._nat_gateway.attr_nat_gateway_id)]
