"""``Endpoint``: the address and port of a DocumentDB cluster or instance."""

from __future__ import annotations

from constructs import Token, UnscopedValidationError


def _js_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class Endpoint:
    """A connection endpoint.

    Args:
        address: the host name.
        port: the port (1 to 65535, or a token).
    """

    MIN_PORT = 1
    MAX_PORT = 65535

    def __init__(self, address: str, port: int | float) -> None:
        if not Token.is_unresolved(port) and not (
            float(port).is_integer() and Endpoint.MIN_PORT <= port <= Endpoint.MAX_PORT
        ):
            raise UnscopedValidationError(
                f"Port must be an integer between [{Endpoint.MIN_PORT}, {Endpoint.MAX_PORT}] but got: "
                f"{_js_number(port)}"
            )
        self._hostname = address
        self._port = port

    @property
    def hostname(self) -> str:
        """The host name."""
        return self._hostname

    @property
    def port(self) -> int | float:
        """The port."""
        return self._port

    @property
    def socket_address(self) -> str:
        """``hostname:port``."""
        return f"{self._hostname}:{self.port_as_string()}"

    def port_as_string(self) -> str:
        """The port as a string (a string token for a port token)."""
        if Token.is_unresolved(self._port):
            return Token.as_string(self._port)
        return _js_number(self._port)
