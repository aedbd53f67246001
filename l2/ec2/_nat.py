"""``NatProvider``: what gives private subnets their way out (NAT gateways per AZ)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import Duration, Fn, Token, UnscopedValidationError
from constructs.internals import structs


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

    vpc: Any
    nat_subnets: Sequence[Any]
    private_subnets: Sequence[Any]


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

    @property
    def configured_gateways(self) -> list[GatewayConfig]:
        """The gateways created so far."""
        raise NotImplementedError

    def configure_nat(self, *, vpc: Any, nat_subnets: Sequence[Any], private_subnets: Sequence[Any]) -> None:
        """Create the NAT resources and route the private subnets through them."""
        raise NotImplementedError

    def configure_subnet(self, subnet: Any) -> None:
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

    def configure_nat(self, *, vpc: Any, nat_subnets: Sequence[Any], private_subnets: Sequence[Any]) -> None:
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
        for sub in private_subnets:
            self.configure_subnet(sub)

    def configure_subnet(self, subnet: Any) -> None:
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
