"""``IRepository``: what every ECR repository, new or imported, offers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from l1._private.interfaces.ecr import IRepositoryRef

if TYPE_CHECKING:
    from constructs import Construct
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import AddToResourcePolicyResult, Grant, IGrantable, PolicyStatement


@runtime_checkable
class IRepository(IRepositoryRef, Protocol):
    """An ECR repository (aws-cdk-lib's ``aws_ecr.IRepository``)."""

    @property
    def repository_name(self) -> str:
        """The repository's name."""
        ...

    @property
    def repository_arn(self) -> str:
        """The repository's ARN."""
        ...

    @property
    def repository_uri(self) -> str:
        """``<account>.dkr.ecr.<region>.<url suffix>/<name>``."""
        ...

    @property
    def registry_uri(self) -> str:
        """``<account>.dkr.ecr.<region>.<url suffix>``."""
        ...

    def repository_uri_for_tag(self, tag: str | None = None) -> str:
        """The URI with ``:<tag>``."""
        ...

    def repository_uri_for_digest(self, digest: str | None = None) -> str:
        """The URI with ``@<digest>``."""
        ...

    def repository_uri_for_tag_or_digest(self, tag_or_digest: str | None = None) -> str:
        """The URI with a tag or a ``sha256:`` digest."""
        ...

    def add_to_resource_policy(self, statement: PolicyStatement) -> AddToResourcePolicyResult:
        """Add a statement to the repository policy (dropped for imported repositories)."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the repository."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Describe the repository and its images."""
        ...

    def grant_pull(self, grantee: IGrantable) -> Grant:
        """Pull images."""
        ...

    def grant_push(self, grantee: IGrantable) -> Grant:
        """Push images."""
        ...

    def grant_pull_push(self, grantee: IGrantable) -> Grant:
        """Pull and push images."""
        ...

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
        """A rule for every ECR event of the repository."""
        ...

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
        """A rule for the CloudTrail API calls on the repository."""
        ...

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
        """A rule for ``PutImage`` calls."""
        ...

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
        """A rule for completed image scans."""
        ...
