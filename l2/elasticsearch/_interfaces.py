"""``IDomain``: what new and imported Elasticsearch domains offer."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from l2._private.search_domain.interfaces import SearchDomain


@runtime_checkable
class IDomain(SearchDomain, Protocol):
    """An Elasticsearch domain: ``Domain`` or one from ``Domain.from_domain_attributes`` / ``from_domain_endpoint``."""
