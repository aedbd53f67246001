"""Interfaces of services whose L2s pycdk does not have yet, reduced to what the integrations read.

aws-cdk-lib's ``HttpAlbIntegration`` takes an ``elbv2.IApplicationListener``, ``HttpNlbIntegration`` an
``elbv2.INetworkListener``, ``HttpServiceDiscoveryIntegration`` a ``servicediscovery.IServiceRef`` and
``HttpStepFunctionsIntegration`` a ``stepfunctions.StateMachine``. These protocols let any object with the same
attributes (the L2s once they exist, or small stand-ins) be used.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class IApplicationListener(Protocol):
    """An Application Load Balancer listener: its ARN (and, for a listener of a load balancer defined in the app,
    ``load_balancer.vpc``)."""

    @property
    def listener_arn(self) -> str: ...


@runtime_checkable
class INetworkListener(Protocol):
    """A Network Load Balancer listener: its ARN (and, for a listener of a load balancer defined in the app,
    ``load_balancer.vpc``)."""

    @property
    def listener_arn(self) -> str: ...


@runtime_checkable
class IServiceRef(Protocol):
    """A Cloud Map service: its ARN."""

    @property
    def service_arn(self) -> str: ...


@runtime_checkable
class IStateMachine(Protocol):
    """A Step Functions state machine: its ARN, name and (for ``StateMachine``) type."""

    @property
    def state_machine_arn(self) -> str: ...

    @property
    def state_machine_name(self) -> str: ...


def listener_vpc(listener: Any) -> Any:
    """The VPC of a listener's load balancer, when the listener knows it (a listener defined in the app)."""
    load_balancer = getattr(listener, "load_balancer", None)
    return getattr(load_balancer, "vpc", None) if load_balancer is not None else None
