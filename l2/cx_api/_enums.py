"""The enums of the cloud assembly API; their values are the strings aws-cdk-lib uses."""

from __future__ import annotations

import enum


class SynthesisMessageLevel(enum.StrEnum):
    """The level of a synthesis message.

    The values are the strings the core's ``SynthesisMessage.level`` holds (``"info"``, ``"warning"``,
    ``"error"``), so either compares equal to the other.
    """

    INFO = "info"
    """Information."""
    WARNING = "warning"
    """A warning."""
    ERROR = "error"
    """An error: synthesis fails."""


class LoadBalancerIpAddressType(enum.Enum):
    """The IP address type of a looked-up load balancer."""

    IPV4 = "ipv4"
    """IPv4 only."""
    DUAL_STACK = "dualstack"
    """IPv4 and IPv6."""
    DUAL_STACK_WITHOUT_PUBLIC_IPV4 = "dualstack-without-public-ipv4"
    """IPv6, and IPv4 without public addresses."""


class VpcSubnetGroupType(enum.Enum):
    """The type of a subnet group of a looked-up VPC."""

    PUBLIC = "Public"
    """Public subnets."""
    PRIVATE = "Private"
    """Private subnets (with outbound internet access)."""
    ISOLATED = "Isolated"
    """Isolated subnets."""
