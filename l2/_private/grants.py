"""The shape shared by ``queue.grants``, ``topic.grants`` and the like: IAM actions on the resource's ARN,
plus KMS actions on its key when it is encrypted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from l2._private.iam_module import iam

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable


_UNCHECKED: list[Any] = []


def _to_principal_or_resource() -> Any:
    """``l2.iam``'s unchecked ``Grant.add_to_principal_or_resource`` (IAM is loaded on the first grant)."""
    if not _UNCHECKED:
        iam()  # the package first: its __init__ sets up the checks of its public classes
        from l2.iam._grant import to_principal_or_resource

        _UNCHECKED.append(to_principal_or_resource)
    return _UNCHECKED[0]


class KeyedResourceGrants:
    """Grants on one resource; subclasses say where its ARN and its encryption key are.

    Statements go to the grantee's identity policy, or to the resource policy when the grantee is in another
    account (``iam.Grant.add_to_principal_or_resource``).
    """

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    def _arn(self) -> str:
        raise NotImplementedError

    def _key(self) -> Any:
        raise NotImplementedError

    def actions(
        self,
        grantee: IGrantable,
        actions: Sequence[str],
        *,
        key_actions: Sequence[str] | None = None,
        resource_arns: Sequence[str] | None = None,
    ) -> Grant:
        """Grant ``actions`` on the resource (or ``resource_arns``) and ``key_actions`` on its key."""
        # the grant helpers' public methods check their arguments: the grant is made without checking them again
        result = _to_principal_or_resource()(
            grantee,
            list(actions),
            list(resource_arns) if resource_arns is not None else [self._arn()],
            self._resource,
        )
        key = self._key()
        if key_actions and key is not None:
            key.grant(grantee, *key_actions)
        return result
