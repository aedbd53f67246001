"""``LogGroupGrants``: the permission helpers behind ``LogGroup.grant_*`` (aws-cdk-lib's ``log_group.grants``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable
    from l2.logs._interfaces import ILogGroup

WRITE_ACTIONS = ("logs:CreateLogStream", "logs:PutLogEvents")
READ_ACTIONS = (
    "logs:FilterLogEvents",
    "logs:GetLogEvents",
    "logs:GetLogGroupFields",
    "logs:DescribeLogGroups",
    "logs:DescribeLogStreams",
)


class LogGroupGrants:
    """Grants on one log group: IAM actions on its ARN (to the resource policy for another account's grantee).

    Args:
        resource: the log group the grants are on (an ``ILogGroup``).
    """

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    @staticmethod
    def from_log_group(resource: ILogGroup) -> LogGroupGrants:
        """The grants of the log group ``resource``."""
        return LogGroupGrants(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *, resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the group (or on ``resource_arns``)."""
        from l2 import iam

        arns = list(resource_arns) if resource_arns is not None else [self._resource.log_group_arn]
        if hasattr(self._resource, "add_to_resource_policy"):
            return iam.Grant.add_to_principal_or_resource(
                grantee=grantee, actions=list(actions), resource_arns=arns, resource=self._resource)
        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)

    def read(self, grantee: IGrantable) -> Grant:
        """Read events and describe the group and its streams."""
        return self.actions(grantee, READ_ACTIONS)

    def write(self, grantee: IGrantable) -> Grant:
        """Create streams and put events."""
        return self.actions(grantee, WRITE_ACTIONS)
