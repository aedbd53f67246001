"""App Mesh enums: egress filters, IP preferences, DNS response types, HTTP methods and schemes, retry events,
TLS modes."""

from __future__ import annotations

import enum


class MeshFilterType(enum.Enum):
    """Which outbound traffic a mesh lets through."""

    ALLOW_ALL = "ALLOW_ALL"
    """Any destination."""
    DROP_ALL = "DROP_ALL"
    """Only resources of the mesh and AWS API calls (the service's default)."""


class IpPreference(enum.Enum):
    """Which IP version service discovery and the local application traffic use."""

    IPV4_ONLY = "IPv4_ONLY"
    """IPv4 only."""
    IPV4_PREFERRED = "IPv4_PREFERRED"
    """IPv4 first, then IPv6."""
    IPV6_ONLY = "IPv6_ONLY"
    """IPv6 only."""
    IPV6_PREFERRED = "IPv6_PREFERRED"
    """IPv6 first, then IPv4."""


class DnsResponseType(enum.Enum):
    """What a DNS service discovery resolver hands back."""

    LOAD_BALANCER = "LOADBALANCER"
    """A load-balanced set of endpoints; connections to other endpoints are kept."""
    ENDPOINTS = "ENDPOINTS"
    """Every endpoint; connections to endpoints no longer listed are drained."""


class HttpRouteMethod(enum.Enum):
    """An HTTP request method a route can match."""

    GET = "GET"
    """``GET``."""
    HEAD = "HEAD"
    """``HEAD``."""
    POST = "POST"
    """``POST``."""
    PUT = "PUT"
    """``PUT``."""
    DELETE = "DELETE"
    """``DELETE``."""
    CONNECT = "CONNECT"
    """``CONNECT``."""
    OPTIONS = "OPTIONS"
    """``OPTIONS``."""
    TRACE = "TRACE"
    """``TRACE``."""
    PATCH = "PATCH"
    """``PATCH``."""


class HttpRouteProtocol(enum.Enum):
    """The ``:scheme`` an HTTP/2 route can match."""

    HTTP = "http"
    """Plain HTTP."""
    HTTPS = "https"
    """HTTPS."""


class HttpRetryEvent(enum.Enum):
    """HTTP outcomes a retry policy retries on."""

    SERVER_ERROR = "server-error"
    """Status 500, 501, 502, 503, 504, 505, 506, 507, 508, 510 or 511."""
    GATEWAY_ERROR = "gateway-error"
    """Status 502, 503 or 504."""
    CLIENT_ERROR = "client-error"
    """Status 409."""
    STREAM_ERROR = "stream-error"
    """A refused stream."""


class TcpRetryEvent(enum.Enum):
    """TCP outcomes a retry policy retries on."""

    CONNECTION_ERROR = "connection-error"
    """The connection to the upstream failed."""


class GrpcRetryEvent(enum.Enum):
    """gRPC status codes a retry policy retries on."""

    CANCELLED = "cancelled"
    """The call was cancelled."""
    DEADLINE_EXCEEDED = "deadline-exceeded"
    """The deadline passed."""
    INTERNAL_ERROR = "internal"
    """An internal error."""
    RESOURCE_EXHAUSTED = "resource-exhausted"
    """A resource ran out."""
    UNAVAILABLE = "unavailable"
    """The service is unavailable."""


class TlsMode(enum.Enum):
    """How a listener treats TLS."""

    STRICT = "STRICT"
    """Only TLS connections."""
    PERMISSIVE = "PERMISSIVE"
    """TLS and plain-text connections."""
    DISABLED = "DISABLED"
    """No TLS."""


class _Protocol(enum.Enum):
    HTTP = "http"
    TCP = "tcp"
    HTTP2 = "http2"
    GRPC = "grpc"
