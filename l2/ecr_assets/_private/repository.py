"""The repository an image asset is pushed to, as an imported ECR repository (``DockerImageAsset.repository``).

pycdk has no ECR L2 yet; this is what aws-cdk-lib's ``ecr.Repository.from_repository_name`` gives an asset: the
name, its ARN in the stack's account and region, and the URI built from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from constructs import ArnFormat, Construct, Resource, Stack, Tags, Token, TokenComparison

if TYPE_CHECKING:
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement

PULL_ACTIONS = ("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage")
PUSH_ACTIONS = (
    "ecr:CompleteLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:InitiateLayerUpload",
    "ecr:BatchCheckLayerAvailability",
    "ecr:PutImage",
)


@runtime_checkable
class IRepository(Protocol):
    """An ECR repository (the part of aws-cdk-lib's ``aws_ecr.IRepository`` an image asset offers)."""

    repository_name: str
    repository_arn: str

    @property
    def repository_uri(self) -> str: ...

    def repository_uri_for_tag(self, tag: str | None = None) -> str: ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant: ...

    def grant_pull(self, grantee: IGrantable) -> Grant: ...

    def grant_push(self, grantee: IGrantable) -> Grant: ...

    def grant_pull_push(self, grantee: IGrantable) -> Grant: ...

    def grant_read(self, grantee: IGrantable) -> Grant: ...


class ImportedRepository(Resource):
    """A repository known by name (construct id ``Repository`` under the asset)."""

    def __init__(self, scope: Construct, id: str, repository_name: str) -> None:
        super().__init__(scope, id)
        self.repository_name = repository_name
        self.repository_arn: str = Stack.of(scope).format_arn(
            service="ecr", resource="repository", resource_name=repository_name
        )

    @property
    def repository_uri(self) -> str:
        """``<account>.dkr.ecr.<region>.<url suffix>/<name>``."""
        return self.repository_uri_for_tag()

    def repository_uri_for_tag(self, tag: str | None = None) -> str:
        """The repository URI with ``:<tag>`` appended (when given)."""
        parts = self.stack.split_arn(self.repository_arn, ArnFormat.SLASH_RESOURCE_NAME)
        suffix = f":{tag}" if tag else ""
        return f"{parts.account}.dkr.ecr.{parts.region}.{self.stack.url_suffix}/{self.repository_name}{suffix}"

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """An imported repository's policy cannot be changed: nothing is added."""
        from l2 import iam

        return iam.AddToResourcePolicyResult(statement_added=False)

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this repository (the grantee's identity policy, as it cannot be changed here).

        A role or user of this app in another account is tagged ``aws-cdk:id`` (aws-cdk-lib's cross-account
        grant, whose resource-policy half an imported repository cannot take).
        """
        from l2 import iam

        cross_account = self._cross_account_principal(grantee)
        if cross_account is not None:
            principal_stack = Stack.of(cross_account)
            role_tag = f"{principal_stack.stack_name}_{cross_account.node.addr}"
            Tags.of(cross_account).add("aws-cdk:id", role_tag)
            self.add_to_resource_policy(
                iam.PolicyStatement(
                    actions=list(actions),
                    principals=[iam.AccountPrincipal(principal_stack.account)],
                    conditions={"StringEquals": {"aws:PrincipalTag/aws-cdk:id": role_tag}},
                )
            )
            return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=[self.repository_arn])
        return iam.Grant.add_to_principal_or_resource(
            grantee=grantee, actions=list(actions), resource_arns=[self.repository_arn], resource_self_arns=[],
            resource=self,
        )

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Describe the repository and its images."""
        return self.grant(grantee, "ecr:DescribeRepositories", "ecr:DescribeImages")

    def grant_pull(self, grantee: IGrantable) -> Grant:
        """Pull images (and get an authorization token, on ``*``)."""
        return self._with_token(grantee, self.grant(grantee, *PULL_ACTIONS))

    def grant_push(self, grantee: IGrantable) -> Grant:
        """Push images (and get an authorization token, on ``*``)."""
        return self._with_token(grantee, self.grant(grantee, *PUSH_ACTIONS))

    def grant_pull_push(self, grantee: IGrantable) -> Grant:
        """Pull and push images (and get an authorization token, on ``*``)."""
        return self._with_token(grantee, self.grant(grantee, *PULL_ACTIONS, *PUSH_ACTIONS))

    def _cross_account_principal(self, grantee: IGrantable) -> Construct | None:
        """The grantee's principal when it is a resource of this app in another, known account (not depended on)."""
        principal = grantee.grant_principal
        account = getattr(principal, "principal_account", None)
        if not account:
            return None
        comparison = Token.compare_strings(self.env.account, account)
        if comparison in (TokenComparison.BOTH_UNRESOLVED, TokenComparison.SAME):
            return None
        if not isinstance(principal, Construct) or not Resource.is_owned_resource(principal):
            return None
        if Stack.of(principal) in self.stack.dependencies:
            return None
        return principal

    @staticmethod
    def _with_token(grantee: IGrantable, grant: Grant) -> Grant:
        from l2 import iam

        iam.Grant.add_to_principal(grantee=grantee, actions=["ecr:GetAuthorizationToken"], resource_arns=["*"])
        return grant
