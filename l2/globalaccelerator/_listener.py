"""``Listener``: a listener of an accelerator, new or imported."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Resource
from l1.interfaces.globalaccelerator import ListenerReference
from l2.globalaccelerator._types import ClientAffinity, ConnectionProtocol

if TYPE_CHECKING:
    from l2.globalaccelerator._endpoint_group import EndpointGroup
    from l2.globalaccelerator._interfaces import IAccelerator, IEndpoint, IListener
    from l2.globalaccelerator._types import HealthCheckProtocol, PortOverride, PortRange


class _ImportedListener(Resource):
    def __init__(self, scope: Construct, id: str, listener_arn: str) -> None:
        super().__init__(scope, id)
        self.listener_arn = listener_arn

    @property
    def listener_ref(self) -> ListenerReference:
        """A reference to this listener (its ARN)."""
        return ListenerReference(listener_arn=self.listener_arn)


class Listener(Resource):
    """A listener of an accelerator (``AWS::GlobalAccelerator::Listener``).

    Args:
        scope: the parent construct.
        id: the construct id.
        accelerator: the accelerator the listener belongs to.
        port_ranges: the port ranges the listener listens on.
        client_affinity: whether a client keeps reaching the same endpoint (default: ``ClientAffinity.NONE``).
        listener_name: the listener's name, for reference only (default: the resource's logical id).
        protocol: the protocol (default: ``ConnectionProtocol.TCP``).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-globalaccelerator.Listener"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        accelerator: IAccelerator,
        port_ranges: Sequence[PortRange],
        client_affinity: ClientAffinity | None = None,
        listener_name: str | None = None,
        protocol: ConnectionProtocol | None = None,
    ) -> None:
        super().__init__(scope, id)
        from l1.globalaccelerator import CfnListener

        accelerator_arn = (accelerator.accelerator_ref.accelerator_arn if hasattr(accelerator, "accelerator_ref")
                           else accelerator.accelerator_arn)
        resource = CfnListener(
            self, "Resource", accelerator_arn=accelerator_arn,
            port_ranges=[CfnListener.PortRangeProperty(
                from_port=r.from_port, to_port=r.to_port if r.to_port is not None else r.from_port)
                for r in port_ranges],
            protocol=(protocol or ConnectionProtocol.TCP).value,
            client_affinity=(client_affinity or ClientAffinity.NONE).value,
        )
        self.listener_arn: str = resource.attr_listener_arn
        self.listener_name: str = listener_name if listener_name is not None else resource.logical_id

    @property
    def listener_ref(self) -> ListenerReference:
        """A reference to this listener (its ARN)."""
        return ListenerReference(listener_arn=self.listener_arn)

    def add_endpoint_group(
        self,
        id: str,
        *,
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
    ) -> EndpointGroup:
        """A new endpoint group of this listener (see ``EndpointGroup`` for the keywords)."""
        from l2.globalaccelerator._endpoint_group import EndpointGroup

        return EndpointGroup(
            self, id, listener=self, endpoint_group_name=endpoint_group_name, endpoints=endpoints,
            health_check_interval=health_check_interval, health_check_path=health_check_path,
            health_check_port=health_check_port, health_check_protocol=health_check_protocol,
            health_check_threshold=health_check_threshold, port_overrides=port_overrides, region=region,
            traffic_dial_percentage=traffic_dial_percentage)

    @staticmethod
    def from_listener_arn(scope: Construct, id: str, listener_arn: str) -> IListener:
        """Import the listener of ARN ``listener_arn``."""
        return _ImportedListener(scope, id, listener_arn)
