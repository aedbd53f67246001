"""``RuntimeNetworkConfiguration``: where an agent runtime's network interfaces live."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from l2.ec2 import Connections


class RuntimeNetworkConfiguration:
    """The network mode of a runtime; build one with ``using_public_network``."""

    def __init__(self, network_mode: str) -> None:
        self.network_mode = network_mode
        """The network mode (``PUBLIC``)."""
        self.connections: Connections | None = None
        """The connections of the runtime's network interfaces (none in public mode)."""

    @staticmethod
    def using_public_network() -> RuntimeNetworkConfiguration:
        """The public network (the default)."""
        return RuntimeNetworkConfiguration("PUBLIC")

    def _render(self, connections: Connections | None = None) -> dict[str, Any]:
        return {"network_mode": self.network_mode}
