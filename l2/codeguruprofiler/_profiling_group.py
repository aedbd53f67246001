"""``ProfilingGroup``: a CodeGuru Profiler profiling group, new or imported."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from constructs import ArnFormat, Construct, Lazy, Names, Resource, Stack
from constructs.internals import cached_property, structs
from l1.interfaces.codeguruprofiler import ProfilingGroupReference
from l2.codeguruprofiler._grants import ProfilingGroupGrants

if TYPE_CHECKING:
    from l2.codeguruprofiler._interfaces import IProfilingGroup
    from l2.iam import Grant, IGrantable


class ComputePlatform(enum.Enum):
    """Where the profiled application runs."""

    AWS_LAMBDA = "AWSLambda"
    """The application runs on AWS Lambda."""
    DEFAULT = "Default"
    """Any other compute platform (EC2, on-premises, ...)."""


@structs.frozen(kw_only=True)
class ProfilingGroupProps:
    """The properties of a ``ProfilingGroup`` (see that class for each keyword)."""

    compute_platform: ComputePlatform | None = None
    """The compute platform of the profiling group (default: ``ComputePlatform.DEFAULT``)."""
    profiling_group_name: str | None = None
    """A name for the profiling group (default: generated from the construct path)."""


class _ProfilingGroupBase(Resource):
    """What new and imported profiling groups share: the reference and the grants."""

    profiling_group_name: str
    profiling_group_arn: str

    @cached_property
    def grants(self) -> ProfilingGroupGrants:
        """The grant methods of this profiling group."""
        return ProfilingGroupGrants(self)

    @property
    def profiling_group_ref(self) -> ProfilingGroupReference:
        """A reference to this profiling group (its name and ARN)."""
        return ProfilingGroupReference(profiling_group_arn=self.profiling_group_arn,
                                       profiling_group_name=self.profiling_group_name)

    def grant_publish(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` configure the agent and post profiles (``grants.publish``)."""
        return self.grants.publish(grantee)

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` get profiles and describe the group (``grants.read``)."""
        return self.grants.read(grantee)


class _ImportedProfilingGroup(_ProfilingGroupBase):
    def __init__(self, scope: Construct, id: str, profiling_group_arn: str) -> None:
        super().__init__(scope, id, environment_from_arn=profiling_group_arn)
        self.profiling_group_arn = profiling_group_arn
        name = Stack.of(scope).split_arn(profiling_group_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        self.profiling_group_name = name if name is not None else ""


class ProfilingGroup(_ProfilingGroupBase):
    """A new CodeGuru Profiler profiling group (``AWS::CodeGuruProfiler::ProfilingGroup``).

    Args:
        scope: the parent construct.
        id: the construct id.
        compute_platform: the compute platform of the profiling group (default: ``ComputePlatform.DEFAULT``,
            rendered as no property).
        profiling_group_name: a name for the profiling group (default: the construct's unique id, at most 240
            characters).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codeguruprofiler.ProfilingGroup"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        compute_platform: ComputePlatform | None = None,
        profiling_group_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=profiling_group_name if profiling_group_name is not None
                         else Lazy.string(self._generate_unique_id))
        from l1.codeguruprofiler import CfnProfilingGroup

        resource = CfnProfilingGroup(
            self, "ProfilingGroup", profiling_group_name=self.physical_name,
            compute_platform=compute_platform.value if compute_platform is not None else None)
        self.profiling_group_name = self.get_resource_name_attribute(resource.ref)
        self.profiling_group_arn = self.get_resource_arn_attribute(resource.attr_arn, {
            "service": "codeguru-profiler",
            "resource": "profilingGroup",
            "resource_name": self.physical_name,
        })

    def _generate_unique_id(self) -> str:
        name = Names.unique_id(self)
        return name[:120] + name[-120:] if len(name) > 240 else name

    @staticmethod
    def from_profiling_group_name(scope: Construct, id: str, profiling_group_name: str) -> IProfilingGroup:
        """Import the profiling group named ``profiling_group_name`` in the stack's account and region."""
        arn = Stack.of(scope).format_arn(service="codeguru-profiler", resource="profilingGroup",
                                         resource_name=profiling_group_name)
        return ProfilingGroup.from_profiling_group_arn(scope, id, arn)

    @staticmethod
    def from_profiling_group_arn(scope: Construct, id: str, profiling_group_arn: str) -> IProfilingGroup:
        """Import the profiling group of ARN ``profiling_group_arn``."""
        return _ImportedProfilingGroup(scope, id, profiling_group_arn)
