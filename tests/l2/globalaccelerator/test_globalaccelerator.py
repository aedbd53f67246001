"""``l2.globalaccelerator`` and ``l2.globalaccelerator_endpoints``: validation messages (aws-cdk-lib 2.275's),
interfaces and the endpoint group's region."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2 import ec2
from l2 import elasticloadbalancingv2 as elbv2
from l2 import globalaccelerator as ga
from l2 import globalaccelerator_endpoints as endpoints


def test_accelerator_name_length(stack: Stack) -> None:
    with pytest.raises(ValidationError) as info:
        ga.Accelerator(stack, "A", accelerator_name="x" * 65)
    assert str(info.value) == (f"Invalid acceleratorName value {'x' * 65}, must have length between 1 and 64, "
                               "got: 65\n    at path [S/A]")


def test_ip_addresses_count(stack: Stack) -> None:
    with pytest.raises(ValidationError) as info:
        ga.Accelerator(stack, "A", ip_addresses=["1.1.1.1", "2.2.2.2", "3.3.3.3"])
    assert str(info.value) == ("Invalid ipAddresses value [1.1.1.1,2.2.2.2,3.3.3.3], you can specify one or two "
                               "addresses, got: 3\n    at path [S/A]")


def test_endpoint_weight_range(stack: Stack) -> None:
    vpc = ec2.Vpc(stack, "Vpc", max_azs=2, nat_gateways=0)
    nlb = elbv2.NetworkLoadBalancer(stack, "NLB", vpc=vpc)
    with pytest.raises(ValidationError) as info:
        endpoints.NetworkLoadBalancerEndpoint(nlb, weight=256)
    assert str(info.value) == "'weight' must be between 0 and 255, got: 256\n    at path [S/NLB]"


def test_group_region_comes_from_the_first_endpoint_that_knows_it(
        stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    listener = ga.Accelerator(stack, "A").add_listener("L", port_ranges=[ga.PortRange(from_port=80)])
    listener.add_endpoint_group("G", endpoints=[ga.RawEndpoint(endpoint_id="i-1"),
                                                ga.RawEndpoint(endpoint_id="i-2", region="us-west-2")])
    listener.add_endpoint_group("Stack")
    groups = {k: r["Properties"] for k, r in synth(stack)["Resources"].items()
              if r["Type"] == "AWS::GlobalAccelerator::EndpointGroup"}
    regions = sorted(str(p["EndpointGroupRegion"]) for p in groups.values())
    assert regions == ["us-west-2", "{'Ref': 'AWS::Region'}"]
    assert [p.get("EndpointConfigurations") for p in groups.values() if p["EndpointGroupRegion"] == "us-west-2"] == [
        [{"EndpointId": "i-1"}, {"EndpointId": "i-2"}]]


def test_interfaces(stack: Stack) -> None:
    accelerator = ga.Accelerator(stack, "A")
    listener = accelerator.add_listener("L", port_ranges=[ga.PortRange(from_port=80)])
    group = listener.add_endpoint_group("G")
    assert isinstance(accelerator, ga.IAccelerator)
    assert isinstance(listener, ga.IListener)
    assert isinstance(group, ga.IEndpointGroup)
    assert isinstance(ga.RawEndpoint(endpoint_id="i-1"), ga.IEndpoint)
    assert isinstance(ga.Listener.from_listener_arn(stack, "IL", "arn:aws:globalaccelerator::1:accelerator/a/listener/l"),
                      ga.IListener)
