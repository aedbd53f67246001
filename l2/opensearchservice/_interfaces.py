"""``IDomain``: what new and imported OpenSearch domains offer."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from l1._private.interfaces.opensearchservice import IDomainRef
from l2._private.search_domain.interfaces import SearchDomain


@runtime_checkable
class IDomain(IDomainRef, SearchDomain, Protocol):
    """An OpenSearch domain: ``Domain`` or one from ``Domain.from_domain_attributes`` / ``from_domain_endpoint``."""

    @property
    def domain_id(self) -> str:
        """The domain's id."""
        ...
