"""``IProfilingGroup``: the interface of new and imported profiling groups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import IResource

if TYPE_CHECKING:
    from l2.iam import Grant, IGrantable


@runtime_checkable
class IProfilingGroup(IResource, Protocol):
    """A CodeGuru Profiler profiling group: ``ProfilingGroup`` or one imported by name or ARN."""

    @property
    def profiling_group_name(self) -> str:
        """The name of the profiling group."""
        ...

    @property
    def profiling_group_arn(self) -> str:
        """The ARN of the profiling group."""
        ...

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Grant ``codeguru-profiler:ConfigureAgent`` and ``PostAgentProfile`` to ``grantee``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant ``codeguru-profiler:GetProfile`` and ``DescribeProfilingGroup`` to ``grantee``."""
        ...
