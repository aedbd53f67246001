"""``ProfilingGroupGrants``: the permission helpers behind ``ProfilingGroup.grant_*`` (``profiling_group.grants``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from l2._private.iam_module import iam

if TYPE_CHECKING:
    from l1.interfaces.codeguruprofiler import IProfilingGroupRef
    from l2.iam import Grant, IGrantable

PUBLISH_ACTIONS = ("codeguru-profiler:ConfigureAgent", "codeguru-profiler:PostAgentProfile")
READ_ACTIONS = ("codeguru-profiler:GetProfile", "codeguru-profiler:DescribeProfilingGroup")


class ProfilingGroupGrants:
    """Grants on one profiling group: IAM actions on its ARN, in the grantee's identity policy.

    Args:
        resource: the profiling group the grants are on (anything with a ``profiling_group_ref``).
    """

    def __init__(self, resource: IProfilingGroupRef) -> None:
        self._resource = resource

    @staticmethod
    def from_profiling_group(resource: IProfilingGroupRef) -> ProfilingGroupGrants:
        """The grants on the profiling group ``resource``."""
        return ProfilingGroupGrants(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *,
                resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the profiling group (or on ``resource_arns``) to ``grantee``."""
        arns = (list(resource_arns) if resource_arns is not None
                else [self._resource.profiling_group_ref.profiling_group_arn])
        return iam().Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)

    def publish(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` configure the profiling agent and post profiles."""
        return self.actions(grantee, PUBLISH_ACTIONS)

    def read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` read profiles and describe the profiling group."""
        return self.actions(grantee, READ_ACTIONS)
