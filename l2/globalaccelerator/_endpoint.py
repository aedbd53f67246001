"""``RawEndpoint``: an endpoint of an endpoint group given by its id."""

from __future__ import annotations

from typing import Any


class RawEndpoint:
    """An endpoint given by its id (an ALB/NLB ARN, an EC2 instance id, an Elastic IP allocation id).

    Args:
        endpoint_id: the id of the endpoint.
        preserve_client_ip: whether the client's IP address is preserved (ALB and EC2 instance endpoints only).
        region: the region the endpoint is in (default: unknown; the group's region then comes from elsewhere).
        weight: the endpoint's weight, 0 to 255 (default: 128 in the service).
    """

    def __init__(self, *, endpoint_id: str, preserve_client_ip: bool | None = None, region: str | None = None,
                 weight: float | None = None) -> None:
        self._endpoint_id = endpoint_id
        self._preserve_client_ip = preserve_client_ip
        self._weight = weight
        self._region = region

    @property
    def region(self) -> str | None:
        """The region the endpoint is in, if given."""
        return self._region

    def render_endpoint_configuration(self) -> Any:
        """The endpoint's ``EndpointConfiguration``."""
        return {"endpointId": self._endpoint_id, "weight": self._weight,
                "clientIpPreservationEnabled": self._preserve_client_ip}
