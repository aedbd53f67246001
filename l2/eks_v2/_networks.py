"""Overlap checks of the remote (hybrid) node and pod networks of a cluster."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from typing import Any

from constructs import Token, ValidationError


def _overlap(a: str, b: str) -> bool:
    return ipaddress.ip_network(a, strict=False).overlaps(ipaddress.ip_network(b, strict=False))


def _known(cidrs: Sequence[str]) -> list[str]:
    return [c for c in cidrs if not Token.is_unresolved(c)]


def validate_network_cidrs(scope: Any, networks: Sequence[Sequence[str]], kind: str) -> None:
    """No CIDR of a network overlaps another of the same network, nor one of another network."""
    resolved = [_known(n) for n in networks]
    for index, cidrs in enumerate(resolved):
        for i in range(len(cidrs)):
            for j in range(i + 1, len(cidrs)):
                if _overlap(cidrs[i], cidrs[j]):
                    raise ValidationError(f"CIDR {cidrs[i]} should not overlap with another CIDR in remote {kind} "
                                          f"network #{index + 1}", scope)
    for i, first in enumerate(resolved):
        for j in range(i + 1, len(resolved)):
            for a in first:
                for b in resolved[j]:
                    if _overlap(a, b):
                        raise ValidationError(f"CIDR block {a} in remote {kind} network #{i + 1} should not overlap "
                                              f"with CIDR block {b} in remote {kind} network #{j + 1}", scope)


def validate_cross_overlap(scope: Any, nodes: Sequence[Sequence[str]], pods: Sequence[Sequence[str]]) -> None:
    """No remote node CIDR overlaps a remote pod CIDR."""
    for node in nodes:
        for pod in pods:
            for a in _known(node):
                for b in _known(pod):
                    if _overlap(a, b):
                        raise ValidationError(f"Remote node network CIDR block {a} should not overlap with remote pod "
                                              f"network CIDR block {b}", scope)
