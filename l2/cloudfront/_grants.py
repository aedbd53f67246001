"""``DistributionGrants``: the IAM grants on a distribution."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import Stack

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable


@runtime_checkable
class _IDistributionRef(Protocol):
    @property
    def distribution_id(self) -> str: ...


def _distribution_arn(resource: _IDistributionRef) -> str:
    return Stack.of(resource).format_arn(  # type: ignore[arg-type]
        service="cloudfront", region="", resource="distribution", resource_name=resource.distribution_id
    )


class DistributionGrants:
    """Grants on a distribution (``distribution.grants``).

    Args:
        resource: the distribution.
    """

    def __init__(self, resource: _IDistributionRef) -> None:
        self._resource = resource

    @staticmethod
    def from_distribution(resource: _IDistributionRef) -> DistributionGrants:
        """The grants on ``resource`` (a distribution)."""
        return DistributionGrants(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *,
                resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the distribution (or on ``resource_arns``)."""
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=grantee, actions=list(actions),
            resource_arns=list(resource_arns) if resource_arns is not None else [_distribution_arn(self._resource)],
        )

    def create_invalidation(self, grantee: IGrantable) -> Grant:
        """Grant ``cloudfront:CreateInvalidation`` on the distribution."""
        return self.actions(grantee, ["cloudfront:CreateInvalidation"])
