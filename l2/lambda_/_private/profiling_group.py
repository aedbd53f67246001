"""The CodeGuru profiling group ``Function(profiling=True)`` creates.

aws-cdk-lib builds an ``aws_codeguruprofiler.ProfilingGroup`` (compute platform ``AWSLambda``); pycdk has no L2
for that service yet, so this is the part of it a function needs: the resource, its name and ARN, and
``grant_publish``.
"""

from __future__ import annotations

from typing import Any

from constructs import ArnFormat, Construct, Lazy, Names, Resource


class LambdaProfilingGroup(Resource):
    """A profiling group for one function (the inner resource's construct id is ``ProfilingGroup``)."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id, physical_name=Lazy.string(self._generate_unique_id))
        from l1.codeguruprofiler import CfnProfilingGroup

        resource = CfnProfilingGroup(self, "ProfilingGroup", profiling_group_name=self.physical_name,
                                     compute_platform="AWSLambda")
        self.profiling_group_name: str = self.get_resource_name_attribute(resource.ref)
        self.profiling_group_arn: str = self.get_resource_arn_attribute(resource.attr_arn, {
            "service": "codeguru-profiler",
            "resource": "profilingGroup",
            "resource_name": self.physical_name,
            "arn_format": ArnFormat.SLASH_RESOURCE_NAME,
        })

    def _generate_unique_id(self) -> str:
        name = Names.unique_id(self)
        if len(name) > 240:
            return name[:120] + name[-120:]
        return name

    def grant_publish(self, grantee: Any) -> Any:
        """Allow ``grantee`` to configure the agent and post profiles."""
        from l2 import iam

        return iam.Grant.add_to_principal(
            grantee=grantee,
            actions=["codeguru-profiler:ConfigureAgent", "codeguru-profiler:PostAgentProfile"],
            resource_arns=[self.profiling_group_arn],
        )
