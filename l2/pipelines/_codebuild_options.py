"""``CodeBuildOptions``: defaults for the CodeBuild projects a CodePipeline creates."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.codebuild import BuildEnvironment, BuildSpec, Cache, IFileSystemLocation, LoggingOptions
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import PolicyStatement


@structs.frozen(kw_only=True)
class CodeBuildOptions:
    """Settings applied to CodeBuild projects of the pipeline (merged over its defaults).

    Args:
        build_environment: the build image, compute type and environment variables.
        cache: the build cache (default none).
        file_system_locations: file systems mounted in the build (default none).
        logging: where build logs go (default CloudWatch Logs).
        partial_build_spec: a build spec merged into the generated one.
        role_policy: statements added to the project role.
        security_groups: security groups of the project in a VPC.
        subnet_selection: which subnets of the VPC the project uses.
        timeout: how long a build may run (default one hour).
        vpc: the VPC the project runs in (default none).
    """

    build_environment: BuildEnvironment | None = None
    cache: Cache | None = None
    file_system_locations: Sequence[IFileSystemLocation] | None = None
    logging: LoggingOptions | None = None
    partial_build_spec: BuildSpec | None = None
    role_policy: Sequence[PolicyStatement] | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_selection: SubnetSelection | None = None
    timeout: Duration | None = None
    vpc: IVpc | None = None
