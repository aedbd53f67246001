"""What virtual nodes, routers and gateways share: timeouts, connection pools, outlier detection, health checks,
access logs, service discovery and backends."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Token, UnscopedValidationError
from constructs.internals import structs
from l2.appmesh._enums import DnsResponseType, IpPreference, _Protocol
from l2.appmesh._interfaces import IVirtualService
from l2.appmesh._private import prune
from l2.appmesh._tls import TlsClientPolicy, render_tls_client_policy

if TYPE_CHECKING:
    from l2.servicediscovery import IService


@structs.frozen(kw_only=True)
class HttpTimeout:
    """Timeouts of HTTP and HTTP/2 traffic.

    Args:
        idle: how long a connection may stay idle (default the service's).
        per_request: how long one request may take (default the service's: 15 seconds).
    """

    idle: Duration | None = None
    per_request: Duration | None = None


@structs.frozen(kw_only=True)
class GrpcTimeout:
    """Timeouts of gRPC traffic.

    Args:
        idle: how long a connection may stay idle (default the service's).
        per_request: how long one request may take (default the service's: 15 seconds).
    """

    idle: Duration | None = None
    per_request: Duration | None = None


@structs.frozen(kw_only=True)
class TcpTimeout:
    """Timeouts of TCP traffic.

    Args:
        idle: how long a connection may stay idle (default the service's).
    """

    idle: Duration | None = None


@structs.frozen(kw_only=True)
class OutlierDetection:
    """When a listener ejects a misbehaving host from the pool.

    Args:
        base_ejection_duration: how long a host stays out at first.
        interval: how often hosts are evaluated.
        max_ejection_percent: the most hosts (percent) that may be out at once (at least one is always ejected).
        max_server_errors: consecutive 5xx responses that eject a host.
    """

    base_ejection_duration: Duration
    interval: Duration
    max_ejection_percent: int | float
    max_server_errors: int | float


@structs.frozen(kw_only=True)
class HttpConnectionPool:
    """Connection limits of an HTTP listener.

    Args:
        max_connections: most open connections.
        max_pending_requests: most requests queued.
    """

    max_connections: int | float
    max_pending_requests: int | float


@structs.frozen(kw_only=True)
class Http2ConnectionPool:
    """Connection limits of an HTTP/2 listener.

    Args:
        max_requests: most concurrent requests.
    """

    max_requests: int | float


@structs.frozen(kw_only=True)
class GrpcConnectionPool:
    """Connection limits of a gRPC listener.

    Args:
        max_requests: most concurrent requests.
    """

    max_requests: int | float


@structs.frozen(kw_only=True)
class TcpConnectionPool:
    """Connection limits of a TCP listener.

    Args:
        max_connections: most open connections.
    """

    max_connections: int | float


def ms(duration: Duration) -> int | float:
    """``duration`` in milliseconds (whole numbers as ints)."""
    value = duration.to_milliseconds()
    return int(value) if float(value).is_integer() else value


def render_ms(duration: Duration | None) -> dict[str, object] | None:
    """``{"unit": "ms", "value": ...}`` (None for no duration)."""
    return {"unit": "ms", "value": ms(duration)} if duration is not None else None


# -- health checks ---------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class HttpHealthCheckOptions:
    """An HTTP or HTTP/2 health check.

    Args:
        healthy_threshold: consecutive successes before healthy, 2 to 10 (default 2).
        interval: time between checks, 5 to 300 seconds (default 5 seconds).
        path: the request path (default ``/``).
        timeout: how long to wait for an answer, 2 to 60 seconds (default 2 seconds).
        unhealthy_threshold: consecutive failures before unhealthy, 2 to 10 (default 2).
    """

    healthy_threshold: int | float | None = None
    interval: Duration | None = None
    path: str | None = None
    timeout: Duration | None = None
    unhealthy_threshold: int | float | None = None


@structs.frozen(kw_only=True)
class GrpcHealthCheckOptions:
    """A gRPC health check.

    Args:
        healthy_threshold: consecutive successes before healthy, 2 to 10 (default 2).
        interval: time between checks, 5 to 300 seconds (default 5 seconds).
        timeout: how long to wait for an answer, 2 to 60 seconds (default 2 seconds).
        unhealthy_threshold: consecutive failures before unhealthy, 2 to 10 (default 2).
    """

    healthy_threshold: int | float | None = None
    interval: Duration | None = None
    timeout: Duration | None = None
    unhealthy_threshold: int | float | None = None


@structs.frozen(kw_only=True)
class TcpHealthCheckOptions:
    """A TCP health check.

    Args:
        healthy_threshold: consecutive successes before healthy, 2 to 10 (default 2).
        interval: time between checks, 5 to 300 seconds (default 5 seconds).
        timeout: how long to wait for an answer, 2 to 60 seconds (default 2 seconds).
        unhealthy_threshold: consecutive failures before unhealthy, 2 to 10 (default 2).
    """

    healthy_threshold: int | float | None = None
    interval: Duration | None = None
    timeout: Duration | None = None
    unhealthy_threshold: int | float | None = None


@structs.frozen(kw_only=True)
class HealthCheckBindOptions:
    """What a listener passes to ``HealthCheck.bind``.

    Args:
        default_port: the port checked (default none: the listener's).
    """

    default_port: int | float | None = None


@structs.frozen(kw_only=True)
class HealthCheckConfig:
    """What ``HealthCheck.bind`` returns: the check for a virtual node and for a virtual gateway.

    Args:
        virtual_gateway_health_check: the check in a virtual gateway listener's shape.
        virtual_node_health_check: the check in a virtual node listener's shape.
    """

    virtual_gateway_health_check: Mapping[str, object] | None = None
    virtual_node_health_check: Mapping[str, object] | None = None


class HealthCheck:
    """A listener's health check (use the factories).

    Args:
        protocol: the protocol the check speaks.
        healthy_threshold: successes before healthy (default 2).
        unhealthy_threshold: failures before unhealthy (default 2).
        interval: time between checks (default 5 seconds).
        timeout: how long to wait for an answer (default 2 seconds).
        path: the HTTP request path (default ``/`` for HTTP and HTTP/2).
    """

    def __init__(self, protocol: _Protocol, healthy_threshold: int | float | None, unhealthy_threshold: int | float |
                 None, interval: Duration | None, timeout: Duration | None, path: str | None = None) -> None:
        self._protocol = protocol
        self._healthy = 2 if healthy_threshold is None else healthy_threshold
        self._unhealthy = 2 if unhealthy_threshold is None else unhealthy_threshold
        self._interval = interval if interval is not None else Duration.seconds(5)
        self._timeout = timeout if timeout is not None else Duration.seconds(2)
        if not 2 <= self._healthy <= 10:
            raise UnscopedValidationError("healthyThreshold must be between 2 and 10")
        if not 2 <= self._unhealthy <= 10:
            raise UnscopedValidationError("unhealthyThreshold must be between 2 and 10")
        if not 5000 <= self._interval.to_milliseconds() <= 300_000:
            raise UnscopedValidationError("interval must be between 5 seconds and 300 seconds")
        if not 2000 <= self._timeout.to_milliseconds() <= 60_000:
            raise UnscopedValidationError("timeout must be between 2 seconds and 60 seconds")
        if path is None and protocol in (_Protocol.HTTP, _Protocol.HTTP2):
            path = "/"
        self._path = path

    @staticmethod
    def http(*, healthy_threshold: int | float | None = None, interval: Duration | None = None,
             path: str | None = None, timeout: Duration | None = None,
             unhealthy_threshold: int | float | None = None) -> HealthCheck:
        """An HTTP health check (see ``HttpHealthCheckOptions``)."""
        return HealthCheck(_Protocol.HTTP, healthy_threshold, unhealthy_threshold, interval, timeout, path)

    @staticmethod
    def http2(*, healthy_threshold: int | float | None = None, interval: Duration | None = None,
              path: str | None = None, timeout: Duration | None = None,
              unhealthy_threshold: int | float | None = None) -> HealthCheck:
        """An HTTP/2 health check (see ``HttpHealthCheckOptions``)."""
        return HealthCheck(_Protocol.HTTP2, healthy_threshold, unhealthy_threshold, interval, timeout, path)

    @staticmethod
    def grpc(*, healthy_threshold: int | float | None = None, interval: Duration | None = None,
             timeout: Duration | None = None, unhealthy_threshold: int | float | None = None) -> HealthCheck:
        """A gRPC health check (see ``GrpcHealthCheckOptions``)."""
        return HealthCheck(_Protocol.GRPC, healthy_threshold, unhealthy_threshold, interval, timeout)

    @staticmethod
    def tcp(*, healthy_threshold: int | float | None = None, interval: Duration | None = None,
            timeout: Duration | None = None, unhealthy_threshold: int | float | None = None) -> HealthCheck:
        """A TCP health check (see ``TcpHealthCheckOptions``)."""
        return HealthCheck(_Protocol.TCP, healthy_threshold, unhealthy_threshold, interval, timeout)

    def bind(self, scope: Construct, *, default_port: int | float | None = None) -> HealthCheckConfig:
        """The check's CloudFormation configuration, checking ``default_port``."""
        rendered = prune({
            "protocol": self._protocol.value,
            "healthyThreshold": self._healthy,
            "unhealthyThreshold": self._unhealthy,
            "intervalMillis": ms(self._interval),
            "timeoutMillis": ms(self._timeout),
            "path": self._path,
            "port": default_port,
        })
        return HealthCheckConfig(virtual_node_health_check=rendered, virtual_gateway_health_check=dict(rendered))


# -- access logs -----------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class LoggingFormatConfig:
    """What ``LoggingFormat.bind`` returns.

    Args:
        format_config: the format in CloudFormation's shape.
    """

    format_config: Mapping[str, object] | None = None


class LoggingFormat:
    """The format of access log lines (use the factories).

    Args:
        rendered: the format in CloudFormation's shape.
    """

    def __init__(self, rendered: Mapping[str, object]) -> None:
        self._rendered = dict(rendered)

    @staticmethod
    def from_text(text: str) -> LoggingFormat:
        """A text pattern."""
        return LoggingFormat({"text": text})

    @staticmethod
    def from_json(json_logging_format: Mapping[str, str]) -> LoggingFormat:
        """JSON lines with these keys and value patterns (at least one)."""
        if not json_logging_format:
            raise UnscopedValidationError("Json key pairs cannot be empty.")
        return LoggingFormat({"json": [{"key": k, "value": v} for k, v in json_logging_format.items()]})

    def bind(self) -> LoggingFormatConfig:
        """The format's CloudFormation configuration."""
        return LoggingFormatConfig(format_config=self._rendered)


@structs.frozen(kw_only=True)
class AccessLogConfig:
    """What ``AccessLog.bind`` returns.

    Args:
        virtual_gateway_access_log: the access log in a virtual gateway's shape.
        virtual_node_access_log: the access log in a virtual node's shape.
    """

    virtual_gateway_access_log: Mapping[str, object] | None = None
    virtual_node_access_log: Mapping[str, object] | None = None


class AccessLog:
    """Where Envoy writes access logs (use the factories).

    Args:
        file_path: the file Envoy writes to.
        logging_format: the line format (default Envoy's).
    """

    def __init__(self, file_path: str, logging_format: LoggingFormat | None) -> None:
        self._path = file_path
        self._format = logging_format

    @staticmethod
    def from_file_path(file_path: str, logging_format: LoggingFormat | None = None) -> AccessLog:
        """Write to ``file_path`` (``/dev/stdout`` for the container's output), in ``logging_format``."""
        return AccessLog(file_path, logging_format)

    def bind(self, scope: Construct) -> AccessLogConfig:
        """The access log's CloudFormation configuration."""
        fmt = self._format.bind().format_config if self._format is not None else None
        rendered = {"file": prune({"path": self._path, "format": fmt})}
        return AccessLogConfig(virtual_node_access_log=rendered, virtual_gateway_access_log=dict(rendered))


# -- service discovery -----------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class MeshServiceDiscovery:
    """Mesh-wide service discovery settings.

    Args:
        ip_preference: the IP version every virtual node of the mesh prefers (default none set).
    """

    ip_preference: IpPreference | None = None


@structs.frozen(kw_only=True)
class ServiceDiscoveryConfig:
    """What ``ServiceDiscovery.bind`` returns.

    Args:
        cloudmap: Cloud Map discovery in CloudFormation's shape.
        dns: DNS discovery in CloudFormation's shape.
    """

    cloudmap: Mapping[str, object] | None = None
    dns: Mapping[str, object] | None = None


class ServiceDiscovery:
    """How clients find a virtual node's instances (use the factories).

    Args:
        dns: DNS discovery in CloudFormation's shape.
        service: the Cloud Map service (Cloud Map discovery).
        attributes: instance attributes Cloud Map filters on.
        ip_preference: the IP version preferred (Cloud Map discovery).
    """

    def __init__(self, dns: Mapping[str, object] | None = None, service: IService | None = None,
                 attributes: Mapping[str, str] | None = None, ip_preference: IpPreference | None = None) -> None:
        self._dns = dns
        self._service = service
        self._attributes = attributes
        self._ip_preference = ip_preference

    @staticmethod
    def dns(hostname: str, response_type: DnsResponseType | None = None,
            ip_preference: IpPreference | None = None) -> ServiceDiscovery:
        """Resolve ``hostname`` through DNS."""
        return ServiceDiscovery(dns=prune({
            "hostname": hostname,
            "responseType": response_type.value if response_type is not None else None,
            "ipPreference": ip_preference.value if ip_preference is not None else None,
        }))

    @staticmethod
    def cloud_map(service: IService, instance_attributes: Mapping[str, str] | None = None,
                  ip_preference: IpPreference | None = None) -> ServiceDiscovery:
        """Ask Cloud Map for the instances of ``service`` (filtered by ``instance_attributes``)."""
        return ServiceDiscovery(service=service, attributes=instance_attributes, ip_preference=ip_preference)

    def bind(self, scope: Construct) -> ServiceDiscoveryConfig:
        """The discovery's CloudFormation configuration."""
        if self._service is None:
            return ServiceDiscoveryConfig(dns=self._dns)
        attrs = self._attributes
        return ServiceDiscoveryConfig(cloudmap=prune({
            "namespaceName": self._service.namespace.namespace_name,
            "serviceName": self._service.service_name,
            "attributes": [{"key": k, "value": v} for k, v in attrs.items()] if attrs is not None else None,
            "ipPreference": self._ip_preference.value if self._ip_preference is not None else None,
        }))


# -- backends --------------------------------------------------------------------------------------------------
@structs.frozen(kw_only=True)
class BackendDefaults:
    """Client settings a virtual node or gateway applies to every backend.

    Args:
        tls_client_policy: TLS towards the backends (default none).
    """

    tls_client_policy: TlsClientPolicy | None = None


@structs.frozen(kw_only=True)
class VirtualServiceBackendOptions:
    """Options of a virtual service backend.

    Args:
        tls_client_policy: TLS towards this backend (default none).
    """

    tls_client_policy: TlsClientPolicy | None = None


@structs.frozen(kw_only=True)
class BackendConfig:
    """What ``Backend.bind`` returns.

    Args:
        virtual_service_backend: the backend in CloudFormation's shape.
    """

    virtual_service_backend: Mapping[str, object]


class Backend:
    """A service a virtual node sends traffic to (use the factories).

    Args:
        virtual_service: the service traffic is sent to.
        tls_client_policy: TLS towards it (default none).
    """

    def __init__(self, virtual_service: IVirtualService, tls_client_policy: TlsClientPolicy | None) -> None:
        self._service = virtual_service
        self._tls = tls_client_policy

    @staticmethod
    def virtual_service(virtual_service: IVirtualService, *,
                        tls_client_policy: TlsClientPolicy | None = None) -> Backend:
        """The virtual service ``virtual_service``."""
        return Backend(virtual_service, tls_client_policy)

    def bind(self, _scope: Construct) -> BackendConfig:
        """The backend's CloudFormation configuration."""
        scope = _scope
        name = self._service.virtual_service_name
        if Token.is_unresolved(name):
            # the physical name, not the Fn::GetAtt: a node providing the service would otherwise depend on it
            name = getattr(self._service, "physical_name", name)
        return BackendConfig(virtual_service_backend={"virtualService": prune({
            "virtualServiceName": name,
            "clientPolicy": {"tls": render_tls_client_policy(scope, self._tls)} if self._tls is not None else None,
        })})


def render_backend_defaults(scope: Construct, defaults: BackendDefaults | None) -> dict[str, object] | None:
    """The ``backendDefaults`` block of a node or gateway spec."""
    if defaults is None:
        return None
    return {"clientPolicy": prune({"tls": render_tls_client_policy(scope, defaults.tls_client_policy)})}


