"""Classic ``LoadBalancer`` validation and defaults (expected values from aws-cdk-lib 2.275)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from constructs import Stack, ValidationError
from l2 import ec2
from l2 import elasticloadbalancing as elb


def _vpc(stack: Stack) -> ec2.Vpc:
    return ec2.Vpc(stack, "Vpc", max_azs=1, restrict_default_security_group=False)


def test_listener_on_unknown_port_needs_a_protocol(stack: Stack) -> None:
    lb = elb.LoadBalancer(stack, "LB", vpc=_vpc(stack))
    with pytest.raises(ValidationError, match=r"Please supply protocol to go with port 8080") as err:
        lb.add_listener(external_port=8080)
    assert "S/LB" in str(err.value)


def test_listener_in_props_on_unknown_port_needs_a_protocol(stack: Stack) -> None:
    with pytest.raises(ValidationError, match=r"Please supply protocol to go with port 22"):
        elb.LoadBalancer(stack, "LB", vpc=_vpc(stack), listeners=[elb.LoadBalancerListener(external_port=22)])


def test_wrong_target_type_is_a_type_error(stack: Stack) -> None:
    lb = elb.LoadBalancer(stack, "LB", vpc=_vpc(stack))
    with pytest.raises(TypeError, match="target"):
        lb.add_target("i-1234")  # type: ignore[arg-type]


def test_protocol_must_be_the_enum(stack: Stack) -> None:
    lb = elb.LoadBalancer(stack, "LB", vpc=_vpc(stack))
    with pytest.raises(TypeError, match="external_protocol"):
        lb.add_listener(external_port=25, external_protocol="tcp")  # type: ignore[arg-type]


def test_defaults_without_listeners(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    # aws-cdk-lib renders an internal, cross-zone LB with an empty listener list and no Instances
    elb.LoadBalancer(stack, "LB", vpc=_vpc(stack))
    props = synth(stack)["Resources"]["LB8A12904C"]["Properties"]
    assert props["Scheme"] == "internal"
    assert props["CrossZone"] is True
    assert props["Listeners"] == []
    assert "Instances" not in props
    assert "HealthCheck" not in props


def test_health_check_of_a_tcp_port_has_no_path(stack: Stack, synth: Callable[[Stack], dict[str, Any]]) -> None:
    elb.LoadBalancer(stack, "LB", vpc=_vpc(stack), health_check=elb.HealthCheck(port=22, path="/ignored"))
    check = synth(stack)["Resources"]["LB8A12904C"]["Properties"]["HealthCheck"]
    assert check == {"HealthyThreshold": "2", "Interval": "30", "Target": "TCP:22", "Timeout": "5",
                     "UnhealthyThreshold": "5"}


def test_codedeploy_classic_takes_a_classic_load_balancer(stack: Stack) -> None:
    from l2 import codedeploy

    lb = elb.LoadBalancer(stack, "LB", vpc=_vpc(stack))
    assert codedeploy.LoadBalancer.classic(lb).name == lb.load_balancer_name
    with pytest.raises(TypeError, match="load_balancer"):
        codedeploy.LoadBalancer.classic("my-lb")  # type: ignore[arg-type]


def test_auto_scaling_group_attaches_to_a_classic_load_balancer_only(
    stack: Stack, synth: Callable[[Stack], dict[str, Any]]
) -> None:
    from l2 import autoscaling

    vpc = _vpc(stack)
    asg = autoscaling.AutoScalingGroup(
        stack, "Fleet", vpc=vpc, instance_type=ec2.InstanceType("t3.micro"),
        machine_image=ec2.MachineImage.generic_linux({"us-east-1": "ami-12345678"}),
    )
    with pytest.raises(TypeError, match="load_balancer"):
        asg.attach_to_classic_lb("my-lb")  # type: ignore[arg-type]
    elb.LoadBalancer(stack, "LB", vpc=vpc, targets=[asg])
    group = next(
        r for r in synth(stack)["Resources"].values() if r["Type"] == "AWS::AutoScaling::AutoScalingGroup"
    )
    assert group["Properties"]["LoadBalancerNames"] == [{"Ref": "LB8A12904C"}]


def test_an_awsvpc_ecs_service_cannot_be_a_classic_target(stack: Stack) -> None:
    from l2 import ecs

    vpc = _vpc(stack)
    task_definition = ecs.FargateTaskDefinition(stack, "TD")
    task_definition.add_container(
        "web", image=ecs.ContainerImage.from_registry("x"), port_mappings=[ecs.PortMapping(container_port=80)]
    )
    service = ecs.FargateService(
        stack, "Svc", cluster=ecs.Cluster(stack, "C", vpc=vpc), task_definition=task_definition
    )
    lb = elb.LoadBalancer(stack, "LB", vpc=vpc)
    with pytest.raises(ValidationError, match="Cannot use a Classic Load Balancer if NetworkMode is AwsVpc") as err:
        lb.add_target(service)
    assert "S/Svc" in str(err.value)
    with pytest.raises(TypeError, match="load_balancer"):
        service.attach_to_classic_lb("my-lb")  # type: ignore[arg-type]
