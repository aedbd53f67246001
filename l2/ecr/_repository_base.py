"""``RepositoryBase``: what new and imported repositories share (URIs, events, grants)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Resource, Stack, Tags, Token, TokenComparison
from l1._private.interfaces.ecr import RepositoryReference as RepositoryReference

if TYPE_CHECKING:
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement

PULL_ACTIONS = ("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage")
PUSH_ACTIONS = (
    "ecr:CompleteLayerUpload",
    "ecr:UploadLayerPart",
    "ecr:InitiateLayerUpload",
    "ecr:BatchCheckLayerAvailability",
    "ecr:PutImage",
)


class RepositoryBase(Resource):
    """A new or imported ECR repository. Subclasses set ``repository_name`` and ``repository_arn``."""

    repository_name: str
    repository_arn: str

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        account: str | None = None,
        environment_from_arn: str | None = None,
        physical_name: str | None = None,
        region: str | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            account=account,
            environment_from_arn=environment_from_arn,
            physical_name=physical_name,
            region=region,
        )

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the repository's resource policy (subclasses decide whether it can change)."""
        raise NotImplementedError

    @property
    def repository_ref(self) -> RepositoryReference:
        """The repository's name and ARN."""
        return RepositoryReference(repository_arn=self.repository_arn, repository_name=self.repository_name)

    # -- URIs ---------------------------------------------------------------------------------------------------
    @property
    def registry_uri(self) -> str:
        """``<account>.dkr.ecr.<region>.<url suffix>``: the registry the repository is in."""
        parts = self.stack.split_arn(self.repository_arn, ArnFormat.SLASH_RESOURCE_NAME)
        return f"{parts.account}.dkr.ecr.{parts.region}.{self.stack.url_suffix}"

    @property
    def repository_uri(self) -> str:
        """``<registry uri>/<name>``."""
        return self.repository_uri_for_tag()

    def repository_uri_for_tag(self, tag: str | None = None) -> str:
        """The repository URI with ``:<tag>`` appended (when given)."""
        return self._uri_with_suffix(f":{tag}" if tag else "")

    def repository_uri_for_digest(self, digest: str | None = None) -> str:
        """The repository URI with ``@<digest>`` appended (when given)."""
        return self._uri_with_suffix(f"@{digest}" if digest else "")

    def repository_uri_for_tag_or_digest(self, tag_or_digest: str | None = None) -> str:
        """``repository_uri_for_digest`` for a ``sha256:`` value, else ``repository_uri_for_tag``."""
        if tag_or_digest and tag_or_digest.startswith("sha256:"):
            return self.repository_uri_for_digest(tag_or_digest)
        return self.repository_uri_for_tag(tag_or_digest)

    def _uri_with_suffix(self, suffix: str) -> str:
        return f"{self.registry_uri}/{self.repository_name}{suffix}"

    # -- events -------------------------------------------------------------------------------------------------
    def _rule(
        self,
        id: str,
        target: IRuleTarget | None,
        cross_stack_scope: Construct | None,
        description: str | None,
        event_pattern: EventPattern | Mapping[str, Any] | None,
        rule_name: str | None,
        *,
        add_target: bool = True,
    ) -> Rule:
        from l2 import events

        rule = events.Rule(
            self,
            id,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,  # type: ignore[arg-type]  # a mapping becomes the struct
            rule_name=rule_name,
        )
        if add_target:
            rule.add_target(target)
        return rule

    def on_event(
        self,
        id: str,
        *,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """An EventBridge rule for every ECR event of this repository.

        Args:
            id: the rule's construct id (under this repository).
            target: send matching events there (default no target).
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of the repository pattern.
            rule_name: a physical name for the rule.
        """
        rule = self._rule(id, target, cross_stack_scope, description, event_pattern, rule_name, add_target=False)
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.ecr"], "detail": {"repository-name": [self.repository_name]}}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.ecr"])
            rule.add_event_pattern(detail={"repository-name": [self.repository_name]})
        rule.add_target(target)  # after the pattern, as aws-cdk-lib's on_event
        return rule

    def on_cloud_trail_event(
        self,
        id: str,
        *,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """An EventBridge rule for the CloudTrail API calls on this repository (a trail must record them).

        Args:
            id: the rule's construct id (under this repository).
            target: send matching events there (default no target).
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of the CloudTrail pattern.
            rule_name: a physical name for the rule.
        """
        rule = self._rule(id, target, cross_stack_scope, description, event_pattern, rule_name)
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.ecr"], "detailType": ["AWS API Call via CloudTrail"],
            "detail": {"requestParameters": {"repositoryName": [self.repository_name]}}}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.ecr"])
            rule.add_event_pattern(detail_type=["AWS API Call via CloudTrail"])
            rule.add_event_pattern(detail={"requestParameters": {"repositoryName": [self.repository_name]}})
        return rule

    def on_cloud_trail_image_pushed(
        self,
        id: str,
        *,
        image_tag: str | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """Like ``on_cloud_trail_event``, for ``PutImage`` calls only (of ``image_tag``, when given).

        Args:
            id: the rule's construct id (under this repository).
            image_tag: only pushes of this tag (default every push).
            target: send matching events there (default no target).
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of the push pattern.
            rule_name: a physical name for the rule.
        """
        rule = self.on_cloud_trail_event(
            id,
            target=target,
            cross_stack_scope=cross_stack_scope,
            description=description,
            event_pattern=event_pattern,
            rule_name=rule_name,
        )
        rule.add_event_pattern(
            detail={"requestParameters": {"imageTag": [image_tag] if image_tag else None}, "eventName": ["PutImage"]}
        )
        return rule

    def on_image_scan_completed(
        self,
        id: str,
        *,
        image_tags: Sequence[str] | None = None,
        target: IRuleTarget | None = None,
        cross_stack_scope: Construct | None = None,
        description: str | None = None,
        event_pattern: EventPattern | None = None,
        rule_name: str | None = None,
    ) -> Rule:
        """An EventBridge rule for completed image scans of this repository (of ``image_tags``, when given).

        Args:
            id: the rule's construct id (under this repository).
            image_tags: only scans of images with these tags (default every image).
            target: send matching events there (default no target).
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of the scan pattern.
            rule_name: a physical name for the rule.
        """
        rule = self._rule(id, target, cross_stack_scope, description, event_pattern, rule_name)
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.ecr"], "detailType": ["ECR Image Scan"],
            "detail": {"repository-name": [self.repository_name], "scan-status": ["COMPLETE"],
                       "image-tags": list(image_tags) if image_tags else None}}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.ecr"])
            rule.add_event_pattern(detail_type=["ECR Image Scan"])
            rule.add_event_pattern(
                detail={
                    "repository-name": [self.repository_name],
                    "scan-status": ["COMPLETE"],
                    "image-tags": list(image_tags) if image_tags else None,
                }
            )
        return rule

    # -- grants -------------------------------------------------------------------------------------------------
    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this repository (the resource policy when the grantee is in another account).

        Args:
            grantee: who gets the permissions.
            actions: the ``ecr:`` actions.
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
        return self._with_token(grantee, self.grant(grantee, *PULL_ACTIONS, *PUSH_ACTIONS[:3], PUSH_ACTIONS[4]))

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
