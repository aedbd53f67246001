"""VPN gateways and connections: bad input fails with aws-cdk-lib 2.275.0's messages (word for word).

The expected messages were produced by running the same calls against aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2 import ec2


def _connect(**options: Any) -> Callable[[Stack], Any]:
    return lambda s: ec2.Vpc(s, "V").add_vpn_connection("C", **options)


def _enable_twice(s: Stack) -> None:
    ec2.Vpc(s, "V", vpn_gateway=True).enable_vpn_gateway(type="ipsec.1")


Tunnel = ec2.VpnTunnelOption

CASES: list[tuple[str, Callable[[Stack], Any], str]] = [
    ("an invalid ip", _connect(ip="1.2.3"), "The `ip` 1.2.3 is not a valid IPv4 address."),
    (
        "three tunnels",
        _connect(ip="1.2.3.4", tunnel_options=[Tunnel(), Tunnel(), Tunnel()]),
        "Cannot specify more than two `tunnelOptions`",
    ),
    (
        "a reserved inside cidr",
        _connect(ip="1.2.3.4", tunnel_options=[Tunnel(tunnel_inside_cidr="169.254.1.0/30")]),
        "The `tunnelInsideCidr` 169.254.1.0/30 for tunnel 1 is a reserved inside CIDR.",
    ),
    (
        "an inside cidr that is not a /30",
        _connect(ip="1.2.3.4", tunnel_options=[Tunnel(tunnel_inside_cidr="169.254.10.0/29")]),
        "The `tunnelInsideCidr` 169.254.10.0/29 for tunnel 1 is not a size /30 CIDR block from the 169.254.0.0/16 "
        "range.",
    ),
    (
        "a bad pre-shared key",
        _connect(ip="1.2.3.4", tunnel_options=[Tunnel(pre_shared_key="0abc")]),
        "The `preSharedKey` 0abc for tunnel 1 is invalid. Allowed characters are alphanumeric characters and ._. "
        "Must be between 8 and 64 characters in length and cannot start with zero (0).",
    ),
    (
        "one inside cidr for both tunnels",
        _connect(
            ip="1.2.3.4",
            tunnel_options=[Tunnel(tunnel_inside_cidr="169.254.10.0/30"), Tunnel(tunnel_inside_cidr="169.254.10.0/30")],
        ),
        "Same 169.254.10.0/30 `tunnelInsideCidr` cannot be used for both tunnels.",
    ),
    ("enabling the gateway twice", _enable_twice, "The VPN Gateway has already been enabled."),
    (
        "an asn without a gateway",
        lambda s: ec2.Vpc(s, "V", vpn_gateway=False, vpn_gateway_asn=65000),
        "Cannot specify `vpnConnections` or `vpnGatewayAsn` when `vpnGateway` is set to false.",
    ),
]


@pytest.mark.parametrize(("case", "build", "message"), CASES, ids=[c[0] for c in CASES])
def test_fails_with_aws_cdk_lib_message(stack: Stack, case: str, build: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        build(stack)
    assert err.value.bare_message == message
