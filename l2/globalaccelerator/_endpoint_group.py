"""``EndpointGroup``: a group of endpoints of a listener, in one region, new or imported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Lazy, Resource, Stack
from l1.interfaces.globalaccelerator import EndpointGroupReference

if TYPE_CHECKING:
    from l1.globalaccelerator import CfnEndpointGroup
    from l2.ec2 import IPeer, IVpc
    from l2.globalaccelerator._interfaces import IEndpoint, IEndpointGroup, IListener
    from l2.globalaccelerator._types import HealthCheckProtocol, PortOverride

_CONFIG_KEYS = {"endpointId": "endpoint_id", "weight": "weight",
                "clientIpPreservationEnabled": "client_ip_preservation_enabled", "attachmentArn": "attachment_arn"}


def _endpoint_configuration(config: Any) -> Any:
    """An endpoint's rendered configuration (camelCase or snake_case keys) as the L1 property."""
    if not isinstance(config, Mapping):
        return config
    from l1.globalaccelerator import CfnEndpointGroup

    values: dict[str, Any] = {_CONFIG_KEYS.get(str(k), str(k)): v for k, v in config.items() if v is not None}
    return CfnEndpointGroup.EndpointConfigurationProperty(**values)


class _ImportedEndpointGroup(Resource):
    def __init__(self, scope: Construct, id: str, endpoint_group_arn: str) -> None:
        super().__init__(scope, id)
        self.endpoint_group_arn = endpoint_group_arn

    @property
    def endpoint_group_ref(self) -> EndpointGroupReference:
        """A reference to this endpoint group (its ARN)."""
        return EndpointGroupReference(endpoint_group_arn=self.endpoint_group_arn)


class EndpointGroup(Resource):
    """A group of endpoints of a listener, in one region (``AWS::GlobalAccelerator::EndpointGroup``).

    Args:
        scope: the parent construct.
        id: the construct id.
        listener: the listener the group belongs to.
        endpoint_group_name: the group's name, for reference only (default: the resource's logical id).
        endpoints: the endpoints (more with ``add_endpoint``).
        health_check_interval: the time between health checks, 10 or 30 seconds (default: 30 s in the service).
        health_check_path: the path of HTTP(S) health checks (default: ``/`` in the service).
        health_check_port: the port of health checks (default: the listener's port that traffic arrives on).
        health_check_protocol: the protocol of health checks (default: TCP in the service).
        health_check_threshold: the consecutive health checks that change an endpoint's state (default: 3).
        port_overrides: listener ports whose traffic goes to another endpoint port.
        region: the region of the group (default: the region of the first endpoint that knows its own, else the
            stack's).
        traffic_dial_percentage: the share of traffic sent to the group (default: 100 in the service).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-globalaccelerator.EndpointGroup"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        listener: IListener,
        endpoint_group_name: str | None = None,
        endpoints: Sequence[IEndpoint] | None = None,
        health_check_interval: Duration | None = None,
        health_check_path: str | None = None,
        health_check_port: float | None = None,
        health_check_protocol: HealthCheckProtocol | None = None,
        health_check_threshold: float | None = None,
        port_overrides: Sequence[PortOverride] | None = None,
        region: str | None = None,
        traffic_dial_percentage: float | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.globalaccelerator import CfnEndpointGroup

        self._endpoints: list[IEndpoint] = []
        listener_arn = (listener.listener_ref.listener_arn if hasattr(listener, "listener_ref")
                        else listener.listener_arn)
        resource: CfnEndpointGroup = CfnEndpointGroup(
            self, "Resource",
            listener_arn=listener_arn,
            endpoint_group_region=region if region is not None else Lazy.string(self._first_endpoint_region),
            endpoint_configurations=Lazy.any(self._render_endpoints),
            health_check_interval_seconds=(health_check_interval.to_seconds(integral=True)
                                           if health_check_interval is not None else None),
            health_check_path=health_check_path,
            health_check_port=health_check_port,
            health_check_protocol=health_check_protocol.value if health_check_protocol is not None else None,
            threshold_count=health_check_threshold,
            traffic_dial_percentage=traffic_dial_percentage,
            port_overrides=[CfnEndpointGroup.PortOverrideProperty(endpoint_port=o.endpoint_port,
                                                                  listener_port=o.listener_port)
                            for o in port_overrides] if port_overrides is not None else None,
        )
        self.endpoint_group_arn: str = resource.attr_endpoint_group_arn
        self.endpoint_group_name: str = (endpoint_group_name if endpoint_group_name is not None
                                         else resource.logical_id)
        for endpoint in endpoints or ():
            self.add_endpoint(endpoint)

    @property
    def endpoint_group_ref(self) -> EndpointGroupReference:
        """A reference to this endpoint group (its ARN)."""
        return EndpointGroupReference(endpoint_group_arn=self.endpoint_group_arn)

    @property
    def endpoints(self) -> list[IEndpoint]:
        """The endpoints of the group."""
        return list(self._endpoints)

    def add_endpoint(self, endpoint: IEndpoint) -> None:
        """Add ``endpoint`` to the group."""
        self._endpoints.append(endpoint)

    def connections_peer(self, id: str, vpc: IVpc) -> IPeer:
        """The security group Global Accelerator creates in ``vpc`` for client IP preservation, as a peer for
        security group rules (found at deployment by an ``AwsCustomResource`` named ``<id>CustomResource``)."""
        from l2.globalaccelerator._private.security_group_peer import accelerator_security_group_peer

        return accelerator_security_group_peer(self, id, vpc, self)  # type: ignore[return-value]

    def _render_endpoints(self) -> Any:
        if not self._endpoints:
            return None
        return [_endpoint_configuration(e.render_endpoint_configuration()) for e in self._endpoints]

    def _first_endpoint_region(self) -> str:
        for endpoint in self._endpoints:
            if endpoint.region:
                return endpoint.region
        return Stack.of(self).region

    @staticmethod
    def from_endpoint_group_arn(scope: Construct, id: str, endpoint_group_arn: str) -> IEndpointGroup:
        """Import the endpoint group of ARN ``endpoint_group_arn``."""
        return _ImportedEndpointGroup(scope, id, endpoint_group_arn)
