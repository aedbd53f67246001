"""SVCB and HTTPS record values: ``Alpn``, ``SvcbRecordValue``, ``HttpsRecordValue``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class Alpn:
    """An application protocol id of an SVCB/HTTPS record's ``alpn`` parameter.

    Args:
        protocol: the ALPN protocol id (such as ``h2`` or ``http/1.1``).
    """

    HTTP1_1: Alpn
    """HTTP/1.1."""
    H2: Alpn
    """HTTP/2."""
    H3: Alpn
    """HTTP/3."""

    def __init__(self, protocol: str) -> None:
        self.protocol = protocol

    @staticmethod
    def of(protocol: str) -> Alpn:
        """Any other protocol id."""
        return Alpn(protocol)


Alpn.HTTP1_1 = Alpn("http1.1")
Alpn.H2 = Alpn("h2")
Alpn.H3 = Alpn("h3")


class _SvcbValueBase:
    def __init__(self, props: dict[str, Any]) -> None:
        self._props = props

    def to_string(self) -> str:
        """The record value, as Route 53 wants it."""
        p = self._props
        parts = [str(_num(p["priority"])), p["target_name"]]
        if p.get("mandatory"):
            parts.append(f'mandatory="{",".join(p["mandatory"])}"')
        if p.get("alpn"):
            parts.append(f'alpn="{",".join(a.protocol for a in p["alpn"])}"')
        if p.get("no_default_alpn"):
            parts.append("no-default-alpn")
        if p.get("port") is not None:
            parts.append(f"port={_num(p['port'])}")
        if p.get("ipv4hint"):
            parts.append(f'ipv4hint="{",".join(p["ipv4hint"])}"')
        if p.get("ipv6hint"):
            parts.append(f'ipv6hint="{",".join(p["ipv6hint"])}"')
        return " ".join(parts)

    def __str__(self) -> str:
        return self.to_string()


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _service(
    alpn: Sequence[Alpn] | None, ipv4hint: Sequence[str] | None, ipv6hint: Sequence[str] | None,
    mandatory: Sequence[str] | None, no_default_alpn: bool | None, port: float | None, priority: float | None,
    target_name: str | None,
) -> dict[str, Any]:
    return {
        "priority": 1 if priority is None else priority, "target_name": "." if target_name is None else target_name,
        "alpn": alpn, "ipv4hint": ipv4hint, "ipv6hint": ipv6hint, "mandatory": mandatory,
        "no_default_alpn": no_default_alpn, "port": port,
    }


class SvcbRecordValue(_SvcbValueBase):
    """One value of an SVCB record (alias or service mode).

    Args:
        props: the value's fields (``priority``, ``target_name`` and the service parameters); use the ``alias`` and
            ``service`` factories rather than building them.
    """

    @staticmethod
    def alias(target_name: str) -> SvcbRecordValue:
        """Alias mode: priority 0, another name that serves."""
        return SvcbRecordValue({"priority": 0, "target_name": target_name})

    @staticmethod
    def service(
        *, alpn: Sequence[Alpn] | None = None, ipv4hint: Sequence[str] | None = None,
        ipv6hint: Sequence[str] | None = None, mandatory: Sequence[str] | None = None,
        no_default_alpn: bool | None = None, port: int | float | None = None, priority: int | float | None = None,
        target_name: str | None = None,
    ) -> SvcbRecordValue:
        """Service mode: the endpoint and its parameters."""
        return SvcbRecordValue(_service(alpn, ipv4hint, ipv6hint, mandatory, no_default_alpn, port, priority,
                                        target_name))


class HttpsRecordValue(_SvcbValueBase):
    """One value of an HTTPS record (alias or service mode).

    Args:
        props: the value's fields (``priority``, ``target_name`` and the service parameters); use the ``alias`` and
            ``service`` factories rather than building them.
    """

    @staticmethod
    def alias(target_name: str) -> HttpsRecordValue:
        """Alias mode: priority 0, another name that serves."""
        return HttpsRecordValue({"priority": 0, "target_name": target_name})

    @staticmethod
    def service(
        *, alpn: Sequence[Alpn] | None = None, ipv4hint: Sequence[str] | None = None,
        ipv6hint: Sequence[str] | None = None, mandatory: Sequence[str] | None = None,
        no_default_alpn: bool | None = None, port: int | float | None = None, priority: int | float | None = None,
        target_name: str | None = None,
    ) -> HttpsRecordValue:
        """Service mode: the endpoint and its parameters."""
        return HttpsRecordValue(_service(alpn, ipv4hint, ipv6hint, mandatory, no_default_alpn, port, priority,
                                         target_name))
