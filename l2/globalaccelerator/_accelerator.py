"""``Accelerator``: a Global Accelerator accelerator, new or imported."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Names, Resource, Token, ValidationError
from l1.interfaces.globalaccelerator import AcceleratorReference

if TYPE_CHECKING:
    from l2.globalaccelerator._interfaces import IAccelerator
    from l2.globalaccelerator._listener import Listener
    from l2.globalaccelerator._types import ClientAffinity, ConnectionProtocol, IpAddressType, PortRange


class _ImportedAccelerator(Resource):
    def __init__(self, scope: Construct, id: str, *, accelerator_arn: str, dns_name: str,
                 dual_stack_dns_name: str | None, ipv4_addresses: Sequence[str] | None,
                 ipv6_addresses: Sequence[str] | None) -> None:
        super().__init__(scope, id)
        self.accelerator_arn = accelerator_arn
        self.dns_name = dns_name
        self.dual_stack_dns_name = dual_stack_dns_name
        self.ipv4_addresses = list(ipv4_addresses) if ipv4_addresses is not None else None
        self.ipv6_addresses = list(ipv6_addresses) if ipv6_addresses is not None else None

    @property
    def accelerator_ref(self) -> AcceleratorReference:
        """A reference to this accelerator (its ARN)."""
        return AcceleratorReference(accelerator_arn=self.accelerator_arn)


class Accelerator(Resource):
    """A Global Accelerator accelerator (``AWS::GlobalAccelerator::Accelerator``).

    Args:
        scope: the parent construct.
        id: the construct id.
        accelerator_name: the name of the accelerator, 1 to 64 characters (default: a unique name from the
            construct path).
        enabled: whether the accelerator is enabled (default: true).
        ip_addresses: one or two static IPv4 addresses from your own pool (BYOIP) (default: addresses from the
            Amazon pool).
        ip_address_type: the IP address type (default: IPv4 in the service).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-globalaccelerator.Accelerator"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        accelerator_name: str | None = None,
        enabled: bool | None = None,
        ip_addresses: Sequence[str] | None = None,
        ip_address_type: IpAddressType | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.globalaccelerator import CfnAccelerator

        if accelerator_name is not None and not Token.is_unresolved(accelerator_name) and not (
                1 <= len(accelerator_name) <= 64):
            raise ValidationError(f"Invalid acceleratorName value {accelerator_name}, must have length between 1 "
                                  f"and 64, got: {len(accelerator_name)}", self)
        if ip_addresses is not None and not 1 <= len(ip_addresses) <= 2:
            raise ValidationError(f"Invalid ipAddresses value [{','.join(ip_addresses)}], you can specify one or "
                                  f"two addresses, got: {len(ip_addresses)}", self)
        name = accelerator_name if accelerator_name is not None else Names.unique_resource_name(self, max_length=64)
        resource = CfnAccelerator(self, "Resource", enabled=True if enabled is None else enabled, name=name,
                                  ip_addresses=list(ip_addresses) if ip_addresses is not None else None,
                                  ip_address_type=ip_address_type.value if ip_address_type is not None else None)
        self.accelerator_arn: str = resource.attr_accelerator_arn
        self.dns_name: str = resource.attr_dns_name
        self.dual_stack_dns_name: str = resource.attr_dual_stack_dns_name
        self.ipv4_addresses: list[str] = resource.attr_ipv4_addresses
        self.ipv6_addresses: list[str] = resource.attr_ipv6_addresses

    @property
    def accelerator_ref(self) -> AcceleratorReference:
        """A reference to this accelerator (its ARN)."""
        return AcceleratorReference(accelerator_arn=self.accelerator_arn)

    def add_listener(
        self,
        id: str,
        *,
        port_ranges: Sequence[PortRange],
        client_affinity: ClientAffinity | None = None,
        listener_name: str | None = None,
        protocol: ConnectionProtocol | None = None,
    ) -> Listener:
        """A new listener of this accelerator (see ``Listener`` for the keywords)."""
        from l2.globalaccelerator._listener import Listener

        return Listener(self, id, accelerator=self, port_ranges=port_ranges, client_affinity=client_affinity,
                        listener_name=listener_name, protocol=protocol)

    @staticmethod
    def from_accelerator_attributes(
        scope: Construct,
        id: str,
        *,
        accelerator_arn: str,
        dns_name: str,
        dual_stack_dns_name: str | None = None,
        ipv4_addresses: Sequence[str] | None = None,
        ipv6_addresses: Sequence[str] | None = None,
    ) -> IAccelerator:
        """Import an existing accelerator."""
        return _ImportedAccelerator(scope, id, accelerator_arn=accelerator_arn, dns_name=dns_name,
                                    dual_stack_dns_name=dual_stack_dns_name, ipv4_addresses=ipv4_addresses,
                                    ipv6_addresses=ipv6_addresses)
