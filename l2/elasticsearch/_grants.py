"""``DomainGrants``: the permission helpers behind ``Domain.grant_read`` and friends (aws-cdk-lib's ``domain.grants``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from l2.elasticsearch._interfaces import IDomain
    from l2.iam import Grant, IGrantable

READ = ("es:ESHttpGet", "es:ESHttpHead")
WRITE = ("es:ESHttpDelete", "es:ESHttpPost", "es:ESHttpPut", "es:ESHttpPatch")
READ_WRITE = READ + WRITE


class DomainGrants:
    """Grants on one domain: HTTP actions on the domain's ARN (and everything under it), in the grantee's policy.

    Args:
        resource: the domain the grants are on.
    """

    def __init__(self, resource: IDomain) -> None:
        self._resource = resource

    @staticmethod
    def from_domain(resource: IDomain) -> DomainGrants:
        """The grants of the domain ``resource``."""
        return DomainGrants(resource)

    def _arn(self) -> str:
        return self._resource.domain_arn

    def actions(self, grantee: IGrantable, actions: Sequence[str], *, resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the domain (or on ``resource_arns``).

        Args:
            grantee: who gets the permissions.
            actions: the IAM actions.
            resource_arns: the resources (default the domain's ARN).
        """
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=grantee,
            actions=list(actions),
            resource_arns=list(resource_arns) if resource_arns is not None else [self._arn()],
        )

    def _everything(self) -> list[str]:
        arn = self._arn()
        return [arn, arn + "/*"]

    def read(self, grantee: IGrantable) -> Grant:
        """``es:ESHttpGet`` and ``es:ESHttpHead`` on the domain and everything in it."""
        return self.actions(grantee, READ, resource_arns=self._everything())

    def write(self, grantee: IGrantable) -> Grant:
        """``es:ESHttpDelete``, ``Post``, ``Put`` and ``Patch`` on the domain and everything in it."""
        return self.actions(grantee, WRITE, resource_arns=self._everything())

    def read_write(self, grantee: IGrantable) -> Grant:
        """Read and write on the domain and everything in it."""
        return self.actions(grantee, READ_WRITE, resource_arns=self._everything())
