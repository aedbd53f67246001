"""ELBv2 enums: protocols, IP address types, SSL policies, target types, routing and metric codes."""

from __future__ import annotations

import enum


class IpAddressType(enum.Enum):
    """The IP addresses a load balancer (or its listeners) use."""

    IPV4 = "ipv4"
    DUAL_STACK = "dualstack"
    DUAL_STACK_WITHOUT_PUBLIC_IPV4 = "dualstack-without-public-ipv4"


class Protocol(enum.Enum):
    """A load balancing protocol."""

    HTTP = "HTTP"
    HTTPS = "HTTPS"
    TCP = "TCP"
    TLS = "TLS"
    UDP = "UDP"
    TCP_UDP = "TCP_UDP"


class ApplicationProtocol(enum.Enum):
    """An Application Load Balancer protocol."""

    HTTP = "HTTP"
    HTTPS = "HTTPS"


class ApplicationProtocolVersion(enum.Enum):
    """The protocol version of an Application Load Balancer target group."""

    GRPC = "GRPC"
    HTTP1 = "HTTP1"
    HTTP2 = "HTTP2"


class SslPolicy(enum.Enum):
    """The TLS security policy of an HTTPS/TLS listener."""

    RECOMMENDED_TLS = "ELBSecurityPolicy-TLS13-1-2-2021-06"
    TLS13_12_PQ = "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09"
    RECOMMENDED = "ELBSecurityPolicy-2016-08"
    TLS13_RES = "ELBSecurityPolicy-TLS13-1-2-Res-2021-06"
    TLS13_EXT1 = "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06"
    TLS13_EXT2 = "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06"
    TLS13_10 = "ELBSecurityPolicy-TLS13-1-0-2021-06"
    TLS13_11 = "ELBSecurityPolicy-TLS13-1-1-2021-06"
    TLS13_13 = "ELBSecurityPolicy-TLS13-1-3-2021-06"
    TLS13_13_PQ = "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09"
    TLS13_12_RES_PQ = "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09"
    TLS13_12_EXT1_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09"
    TLS13_12_EXT2_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09"
    TLS13_10_PQ = "ELBSecurityPolicy-TLS13-1-0-PQ-2025-09"
    FIPS_TLS13_13 = "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04"
    FIPS_TLS13_12_RES = "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04"
    FIPS_TLS13_12 = "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"
    FIPS_TLS13_12_EXT0 = "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04"
    FIPS_TLS13_12_EXT1 = "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04"
    FIPS_TLS13_12_EXT2 = "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04"
    FIPS_TLS13_11 = "ELBSecurityPolicy-TLS13-1-1-FIPS-2023-04"
    FIPS_TLS13_10 = "ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04"
    FIPS_TLS13_13_PQ = "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09"
    FIPS_TLS13_12_PQ = "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09"
    FIPS_TLS13_12_RES_PQ = "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09"
    FIPS_TLS13_12_EXT0_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09"
    FIPS_TLS13_12_EXT1_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09"
    FIPS_TLS13_12_EXT2_PQ = "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09"
    FIPS_TLS13_10_PQ = "ELBSecurityPolicy-TLS13-1-0-FIPS-PQ-2025-09"
    FORWARD_SECRECY_TLS12_RES_GCM = "ELBSecurityPolicy-FS-1-2-Res-2020-10"
    FORWARD_SECRECY_TLS12_RES = "ELBSecurityPolicy-FS-1-2-Res-2019-08"
    FORWARD_SECRECY_TLS12 = "ELBSecurityPolicy-FS-1-2-2019-08"
    FORWARD_SECRECY_TLS11 = "ELBSecurityPolicy-FS-1-1-2019-08"
    FORWARD_SECRECY = "ELBSecurityPolicy-FS-2018-06"
    TLS12 = "ELBSecurityPolicy-TLS-1-2-2017-01"
    TLS12_EXT = "ELBSecurityPolicy-TLS-1-2-Ext-2018-06"
    TLS11 = "ELBSecurityPolicy-TLS-1-1-2017-01"
    LEGACY = "ELBSecurityPolicy-TLS-1-0-2015-04"


class TargetType(enum.Enum):
    """How targets are registered with a target group."""

    INSTANCE = "instance"
    IP = "ip"
    LAMBDA = "lambda"
    ALB = "alb"


class AlpnPolicy(enum.Enum):
    """The Application-Layer Protocol Negotiation policy of a TLS listener."""

    HTTP1_ONLY = "HTTP1Only"
    HTTP2_ONLY = "HTTP2Only"
    HTTP2_OPTIONAL = "HTTP2Optional"
    HTTP2_PREFERRED = "HTTP2Preferred"
    NONE = "None"


class TargetGroupLoadBalancingAlgorithmType(enum.Enum):
    """How an Application Load Balancer picks a target of a target group."""

    ROUND_ROBIN = "round_robin"
    LEAST_OUTSTANDING_REQUESTS = "least_outstanding_requests"
    WEIGHTED_RANDOM = "weighted_random"


class DesyncMitigationMode(enum.Enum):
    """How an Application Load Balancer handles requests that might be an HTTP desync risk."""

    MONITOR = "monitor"
    DEFENSIVE = "defensive"
    STRICTEST = "strictest"


class XffHeaderProcessingMode(enum.Enum):
    """How an Application Load Balancer treats the ``X-Forwarded-For`` header."""

    APPEND = "append"
    PRESERVE = "preserve"
    REMOVE = "remove"


class ClientRoutingPolicy(enum.Enum):
    """How a Network Load Balancer's DNS routes clients across Availability Zones."""

    AVAILABILITY_ZONE_AFFINITY = "availability_zone_affinity"
    PARTIAL_AVAILABILITY_ZONE_AFFINITY = "partial_availability_zone_affinity"
    ANY_AVAILABILITY_ZONE = "any_availability_zone"


class MutualAuthenticationMode(enum.Enum):
    """The mutual TLS mode of an HTTPS listener."""

    OFF = "off"
    PASS_THROUGH = "passthrough"
    VERIFY = "verify"


class UnauthenticatedAction(enum.Enum):
    """What an ``authenticate_oidc`` action does with an unauthenticated request."""

    DENY = "deny"
    ALLOW = "allow"
    AUTHENTICATE = "authenticate"


class TargetGroupIpAddressType(enum.Enum):
    """The IP address type of a target group's targets."""

    IPV4 = "ipv4"
    IPV6 = "ipv6"


class RevocationType(enum.Enum):
    """The kind of a trust store revocation list."""

    CRL = "CRL"


class HttpCodeElb(enum.Enum):
    """An HTTP status-code metric the load balancer itself generates."""

    ELB_3XX_COUNT = "HTTPCode_ELB_3XX_Count"
    ELB_4XX_COUNT = "HTTPCode_ELB_4XX_Count"
    ELB_5XX_COUNT = "HTTPCode_ELB_5XX_Count"
    ELB_500_COUNT = "HTTPCode_ELB_500_Count"
    ELB_502_COUNT = "HTTPCode_ELB_502_Count"
    ELB_503_COUNT = "HTTPCode_ELB_503_Count"
    ELB_504_COUNT = "HTTPCode_ELB_504_Count"


class HttpCodeTarget(enum.Enum):
    """An HTTP status-code metric generated by the targets."""

    TARGET_2XX_COUNT = "HTTPCode_Target_2XX_Count"
    TARGET_3XX_COUNT = "HTTPCode_Target_3XX_Count"
    TARGET_4XX_COUNT = "HTTPCode_Target_4XX_Count"
    TARGET_5XX_COUNT = "HTTPCode_Target_5XX_Count"
