"""``DomainBase``: what new and imported domains share (grants, metrics)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs.internals import cached_property
from l2._private.search_domain import base
from l2.opensearchservice._grants import DomainGrants

if TYPE_CHECKING:
    from l1.interfaces.opensearchservice import DomainReference


class DomainBase(base.DomainBase):
    """A new or imported OpenSearch domain. Subclasses set ``domain_arn``, ``domain_name``, ``domain_id`` and
    ``domain_endpoint``."""

    domain_id: str

    @cached_property
    def grants(self) -> DomainGrants:
        """The permission helpers of this domain (``DomainGrants``)."""
        return DomainGrants.from_domain(self)

    @property
    def domain_ref(self) -> DomainReference:
        """A reference to this domain (aws-cdk-lib's ``IDomainRef``): its ARN and name."""
        from l1.interfaces.opensearchservice import DomainReference

        return DomainReference(domain_arn=self.domain_arn, domain_name=self.domain_name)
