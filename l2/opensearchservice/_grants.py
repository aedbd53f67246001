"""``DomainGrants``: the permission helpers behind ``Domain.grant_read`` and friends (aws-cdk-lib's ``domain.grants``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l2._private.search_domain import grants

if TYPE_CHECKING:
    from l2.opensearchservice._interfaces import IDomain


class DomainGrants(grants.DomainGrants):
    """Grants on one domain: HTTP actions on the domain's ARN (and everything under it), in the grantee's policy.

    Args:
        resource: the domain the grants are on.
    """

    def __init__(self, resource: IDomain) -> None:
        super().__init__(resource)

    @staticmethod
    def from_domain(resource: IDomain) -> DomainGrants:
        """The grants of the domain ``resource``."""
        return DomainGrants(resource)
