"""The targets: ``InstanceIdTarget``/``InstanceTarget``, ``IpTarget``, ``LambdaTarget`` and the ALB targets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l2.elasticloadbalancingv2 import LoadBalancerTargetProps, TargetType

if TYPE_CHECKING:
    from l2.ec2 import IInstance
    from l2.elasticloadbalancingv2 import (
        ApplicationListener,
        IApplicationLoadBalancerRef,
        IApplicationTargetGroup,
        INetworkTargetGroup,
    )
    from l2.lambda_ import IFunction


class InstanceIdTarget:
    """An EC2 instance, by id.

    Args:
        instance_id: the instance id.
        port: the port (default the target group's).
    """

    def __init__(self, instance_id: str, port: int | float | None = None) -> None:
        self.instance_id = instance_id
        self.port = port

    def attach_to_application_target_group(self, target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        """Register this instance with an Application Load Balancer target group."""
        return self._attach()

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register this instance with a Network Load Balancer target group."""
        return self._attach()

    def _attach(self) -> LoadBalancerTargetProps:
        return LoadBalancerTargetProps(
            target_type=TargetType.INSTANCE, target_json={"id": self.instance_id, "port": self.port}
        )


class InstanceTarget(InstanceIdTarget):
    """An EC2 instance.

    Args:
        instance: the instance.
        port: the port (default the target group's).
    """

    def __init__(self, instance: IInstance, port: int | float | None = None) -> None:
        super().__init__(instance.instance_id, port)


class IpTarget:
    """An IP address.

    Args:
        ip_address: the address (in the VPC, or a private address reachable from it).
        port: the port (default the target group's).
        availability_zone: ``all`` for an address outside the VPC.
    """

    def __init__(
        self, ip_address: str, port: int | float | None = None, availability_zone: str | None = None
    ) -> None:
        self.ip_address = ip_address
        self.port = port
        self.availability_zone = availability_zone

    def attach_to_application_target_group(self, target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        """Register this address with an Application Load Balancer target group."""
        return self._attach()

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register this address with a Network Load Balancer target group."""
        return self._attach()

    def _attach(self) -> LoadBalancerTargetProps:
        return LoadBalancerTargetProps(
            target_type=TargetType.IP,
            target_json={"id": self.ip_address, "port": self.port, "availabilityZone": self.availability_zone},
        )


class LambdaTarget:
    """A Lambda function (the load balancer gets permission to invoke it).

    Args:
        fn: the function.
    """

    def __init__(self, fn: IFunction) -> None:
        self.fn = fn

    def attach_to_application_target_group(self, target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        """Register this function with an Application Load Balancer target group."""
        return self._attach(target_group)

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register this function with a Network Load Balancer target group."""
        return self._attach(target_group)

    def _attach(self, target_group: object) -> LoadBalancerTargetProps:
        from l2 import iam

        self.fn.grant_invoke(iam.ServicePrincipal("elasticloadbalancing.amazonaws.com")).apply_before(
            target_group  # type: ignore[arg-type]
        )
        return LoadBalancerTargetProps(target_type=TargetType.LAMBDA, target_json={"id": self.fn.function_arn})


class AlbArnTarget:
    """An Application Load Balancer behind a Network Load Balancer, by ARN.

    Args:
        alb_arn: the ALB's ARN.
        port: the ALB listener's port.
    """

    def __init__(self, alb_arn: str, port: int | float) -> None:
        self.alb_arn = alb_arn
        self.port = port

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register the ALB with a Network Load Balancer target group."""
        return self._attach(target_group)

    def _attach(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        return LoadBalancerTargetProps(target_type=TargetType.ALB, target_json={"id": self.alb_arn, "port": self.port})


class AlbTarget(AlbArnTarget):
    """An Application Load Balancer behind a Network Load Balancer.

    Args:
        alb: the ALB.
        port: the ALB listener's port.
    """

    def __init__(self, alb: IApplicationLoadBalancerRef, port: int | float) -> None:
        super().__init__(alb.load_balancer_arn, port)


class AlbListenerTarget(AlbArnTarget):
    """An Application Load Balancer listener behind a Network Load Balancer (the target group waits for it).

    Args:
        alb_listener: the ALB listener.
    """

    def __init__(self, alb_listener: ApplicationListener) -> None:
        super().__init__(alb_listener.load_balancer.load_balancer_arn, alb_listener.port)
        self.alb_listener = alb_listener

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register the ALB with a Network Load Balancer target group, after the listener exists."""
        target_group.node.add_dependency(self.alb_listener)  # type: ignore[attr-defined]
        return self._attach(target_group)
