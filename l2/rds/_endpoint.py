"""``Endpoint``: a database endpoint's host name and port."""

from __future__ import annotations

from constructs import Token


class Endpoint:
    """A host name and port a database listens on.

    Args:
        address: the host name.
        port: the port.
    """

    def __init__(self, address: str, port: int | float) -> None:
        self.hostname = address
        self.port = port

    @property
    def socket_address(self) -> str:
        """``hostname:port``."""
        port = Token.as_string(self.port) if Token.is_unresolved(self.port) else _js_number(self.port)
        return f"{self.hostname}:{port}"


def _js_number(x: int | float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)
