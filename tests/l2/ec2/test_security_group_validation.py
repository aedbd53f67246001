"""SecurityGroup, Peer, Connections, endpoints and flow logs: bad input fails with aws-cdk-lib 2.275.0's messages.

The expected messages were produced by running the same calls against aws-cdk-lib 2.275.0.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Fn, Stack, ValidationError
from l2 import ec2, iam


def _imported_vpc(s: Stack, **more: Any) -> Any:
    return ec2.Vpc.from_vpc_attributes(s, "V", vpc_id="v", availability_zones=["a"], **more)


def _all_traffic_egress(s: Stack) -> None:
    group = ec2.SecurityGroup(s, "G", vpc=_imported_vpc(s), allow_all_outbound=False)
    group.add_egress_rule(ec2.Peer.any_ipv4(), ec2.Port.all_traffic())


def _gateway_without_route_tables(s: Stack) -> None:
    _imported_vpc(s, public_subnet_ids=["p"]).add_gateway_endpoint(
        "E", service=ec2.GatewayVpcEndpointAwsService.S3
    )


def _policy_without_principal(s: Stack) -> None:
    endpoint = ec2.Vpc(s, "Vpc").add_gateway_endpoint("E", service=ec2.GatewayVpcEndpointAwsService.S3)
    endpoint.add_to_policy(iam.PolicyStatement(actions=["s3:*"], resources=["*"]))


def _interface_without_subnets(s: Stack) -> None:
    vpc = _imported_vpc(s, vpc_cidr_block="10.0.0.0/16", public_subnet_ids=["p"])
    vpc.add_interface_endpoint(
        "E", service=ec2.InterfaceVpcEndpointAwsService.SQS, subnets=ec2.SubnetSelection(subnets=[])
    )


def _interface_lookup_without_env(s: Stack) -> None:
    ec2.Vpc(s, "Vpc").add_interface_endpoint(
        "E", service=ec2.InterfaceVpcEndpointAwsService.SQS, lookup_supported_azs=True
    )


CASES: list[tuple[str, Callable[[Stack], Any], str]] = [
    (
        "an all-traffic egress rule",
        _all_traffic_egress,
        'Cannot add an "all traffic" egress rule in this way; set allowAllOutbound=true (for ipv4) or '
        "allowAllIpv6Outbound=true (for ipv6) on the SecurityGroup instead.",
    ),
    (
        "a lookup with a token id",
        lambda s: ec2.SecurityGroup.from_lookup_by_id(s, "G", Fn.import_value("x")),
        "All arguments to look up a security group must be concrete (no Tokens)",
    ),
    (
        "a gateway endpoint without route tables",
        _gateway_without_route_tables,
        "Can't add a gateway endpoint to VPC; route table IDs are not available",
    ),
    ("an endpoint statement without principal", _policy_without_principal, "Statement must have a `Principal`."),
    ("an interface endpoint without subnets", _interface_without_subnets, "Cannot create a VPC Endpoint with no subnets"),
    (
        "an az lookup in an env-agnostic stack",
        _interface_lookup_without_env,
        "Cannot look up VPC endpoint availability zones if account/region are not specified",
    ),
    (
        "a traffic type for a transit gateway",
        lambda s: ec2.FlowLog(
            s, "F", resource_type=ec2.FlowLogResourceType.from_transit_gateway_id("t"),
            traffic_type=ec2.FlowLogTrafficType.ALL,
        ),
        "trafficType is not supported for Transit Gateway and Transit Gateway Attachment",
    ),
    (
        "a ten minute interval for a transit gateway",
        lambda s: ec2.FlowLog(
            s, "F", resource_type=ec2.FlowLogResourceType.from_transit_gateway_id("t"),
            max_aggregation_interval=ec2.FlowLogMaxAggregationInterval.TEN_MINUTES,
        ),
        "maxAggregationInterval must be set to ONE_MINUTE for Transit Gateway and Transit Gateway Attachment",
    ),
]


@pytest.mark.parametrize(("case", "build", "message"), CASES, ids=[c[0] for c in CASES])
def test_fails_with_aws_cdk_lib_message(stack: Stack, case: str, build: Callable[[Stack], Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        build(stack)
    assert err.value.bare_message == message


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: ec2.Peer.ipv4("10.0.0.0"), 'CIDR mask is missing in IPv4: "10.0.0.0". Did you mean "10.0.0.0/32"?'),
        (lambda: ec2.Peer.ipv4("10.0.0/8"), 'Invalid IPv4 CIDR: "10.0.0/8"'),
        (
            lambda: ec2.Peer.ipv6("2001:db8::"),
            'CIDR mask is missing in IPv6: "2001:db8::". Did you mean "2001:db8::/128"?',
        ),
        (lambda: ec2.Peer.ipv6("zz::/8"), 'Invalid IPv6 CIDR: "zz::/8"'),
        (lambda: ec2.Peer.security_group_id("sg-1"), 'Invalid security group ID: "sg-1"'),
        (lambda: ec2.Peer.security_group_id("sg-12345678", "12"), 'Invalid security group owner ID: "12"'),
        (
            lambda: ec2.Connections().allow_default_port_from_any_ipv4(),
            "Cannot call allowDefaultPortFromAnyIpv4(): this resource has no default port",
        ),
        (
            lambda: ec2.Connections().allow_to_default_port(ec2.Connections()),
            "Cannot call allowToDefaultPort(): other resource has no default port",
        ),
    ],
)
def test_peers_and_connections_fail_with_aws_cdk_lib_messages(make: Callable[[], Any], message: str) -> None:
    with pytest.raises(ValidationError) as err:
        make()
    assert err.value.bare_message == message


def test_peers_accept_tokens_unchecked() -> None:
    assert ec2.Peer.ipv4(Fn.import_value("cidr")).can_inline_rule
    assert ec2.Peer.security_group_id(Fn.import_value("sg")).unique_id.startswith("${Token[")


def test_port_with_a_token_is_never_inline() -> None:
    from constructs import Token

    assert not ec2.Port.tcp(Token.as_number(Fn.import_value("p"))).can_inline_rule
    assert ec2.Port.tcp(443).can_inline_rule
    assert str(ec2.Port.tcp_range(80, 81)) == "80-81"


def test_port_requires_a_protocol_enum() -> None:
    with pytest.raises(TypeError):
        ec2.Port(protocol="tcp", string_representation="x")  # type: ignore[arg-type]
