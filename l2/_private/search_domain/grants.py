"""The implementation of both services' ``DomainGrants`` (aws-cdk-lib's ``domain.grants``): HTTP actions on a
domain's ARN (and everything under it), in the grantee's policy.

The class is named as the public classes built on it, so that the argument checks of its methods name them as
they did when each service wrote its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs.internals import check_public_classes

if TYPE_CHECKING:
    from l2._private.search_domain.interfaces import SearchDomain
    from l2.iam import Grant, IGrantable

READ = ("es:ESHttpGet", "es:ESHttpHead")
WRITE = ("es:ESHttpDelete", "es:ESHttpPost", "es:ESHttpPut", "es:ESHttpPatch")
READ_WRITE = READ + WRITE


class DomainGrants:
    """Grants on one domain; each service's ``DomainGrants`` adds its constructor and ``from_domain``."""

    def __init__(self, resource: SearchDomain) -> None:
        self._resource = resource

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


check_public_classes({"DomainGrants": DomainGrants})  # the methods the services' classes inherit check their arguments
