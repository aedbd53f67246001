"""``UntrustedCodeBoundaryPolicy``: a permissions boundary for projects that build untrusted code.

Loaded on first use (``l2.codebuild.UntrustedCodeBoundaryPolicy``): it subclasses ``iam.ManagedPolicy``.
"""

from __future__ import annotations

from collections.abc import Sequence

from constructs import Construct
from constructs.internals import structs
from l2 import iam

_ACTIONS = [
    "logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents",
    "codebuild:CreateReportGroup", "codebuild:CreateReport", "codebuild:UpdateReport", "codebuild:BatchPutTestCases",
    "codebuild:BatchPutCodeCoverages", "codebuild:StartBuild", "codebuild:StopBuild", "codebuild:RetryBuild",
    "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage", "ecr:BatchCheckLayerAvailability",
    "ec2:CreateNetworkInterfacePermission", "ec2:CreateNetworkInterface", "ec2:DescribeNetworkInterfaces",
    "ec2:DeleteNetworkInterface", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups", "ec2:DescribeDhcpOptions",
    "ec2:DescribeVpcs",
]


@structs.frozen(kw_only=True)
class UntrustedCodeBoundaryPolicyProps:
    """The properties of an ``UntrustedCodeBoundaryPolicy`` (see the class for each keyword)."""

    additional_statements: Sequence[iam.PolicyStatement] | None = None
    managed_policy_name: str | None = None


class UntrustedCodeBoundaryPolicy(iam.ManagedPolicy):
    """A managed policy that bounds a CodeBuild project's role to what a build needs (logs, reports, builds, ECR
    pulls, VPC network interfaces).

    Args:
        additional_statements: more statements the boundary allows.
        managed_policy_name: a physical name (default generated).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codebuild.UntrustedCodeBoundaryPolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(self, scope: Construct, id: str, *,
                 additional_statements: Sequence[iam.PolicyStatement] | None = None,
                 managed_policy_name: str | None = None) -> None:
        super().__init__(scope, id, managed_policy_name=managed_policy_name,
                         description="Permissions Boundary Policy for CodeBuild Projects running untrusted code",
                         statements=[iam.PolicyStatement(actions=list(_ACTIONS), resources=["*"]),
                                     *(additional_statements or [])])
