"""``Repository``: a CodeCommit repository, new or imported, with its events, notifications and grants."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import ArnFormat, Construct, Lazy, Resource, Stack, ValidationError
from l1.codecommit import CfnRepository
from l2.codecommit._types import RepositoryEventTrigger, RepositoryNotificationEvents

if TYPE_CHECKING:
    from l2.codecommit._code import Code
    from l2.codestarnotifications import (
        DetailType,
        INotificationRule,
        INotificationRuleTarget,
        NotificationRuleSourceConfig,
    )
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.iam import Grant, IGrantable
    from l2.kms import IKey


class _ClassProperty:
    def __init__(self, path: str) -> None:
        self._path = path

    def __get__(self, obj: object, owner: type) -> str:
        from l2.events import EventField

        return EventField.from_path(self._path)


class ReferenceEvent:
    """Fields of a CodeCommit reference event, as tokens for a rule target's input."""

    commit_id = _ClassProperty("$.detail.commitId")
    """The commit id (``$.detail.commitId``)."""
    event_type = _ClassProperty("$.detail.event")
    """The event type (``$.detail.event``)."""
    reference_full_name = _ClassProperty("$.detail.referenceFullName")
    """The full reference name, e.g. ``refs/heads/main`` (``$.detail.referenceFullName``)."""
    reference_name = _ClassProperty("$.detail.referenceName")
    """The reference name, e.g. ``main`` (``$.detail.referenceName``)."""
    reference_type = _ClassProperty("$.detail.referenceType")
    """The reference type, e.g. ``branch`` (``$.detail.referenceType``)."""
    repository_id = _ClassProperty("$.detail.repositoryId")
    """The repository id (``$.detail.repositoryId``)."""
    repository_name = _ClassProperty("$.detail.repositoryName")
    """The repository name (``$.detail.repositoryName``)."""


@runtime_checkable
class IRepository(Protocol):
    """A CodeCommit repository (aws-cdk-lib's ``aws_codecommit.IRepository``)."""

    @property
    def repository_arn(self) -> str:
        """The repository's ARN."""
        ...

    @property
    def repository_name(self) -> str:
        """The repository's name."""
        ...

    @property
    def repository_clone_url_http(self) -> str:
        """The HTTPS clone URL."""
        ...

    @property
    def repository_clone_url_ssh(self) -> str:
        """The SSH clone URL."""
        ...

    @property
    def repository_clone_url_grc(self) -> str:
        """The git-remote-codecommit clone URL."""
        ...

    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """A rule for every event of the repository."""
        ...

    def on_state_change(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for repository state changes."""
        ...

    def on_reference_created(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for created branches and tags."""
        ...

    def on_reference_updated(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for pushes."""
        ...

    def on_reference_deleted(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for deleted branches and tags."""
        ...

    def on_pull_request_state_change(self, id: str, *, target: IRuleTarget | None = None,
                                     cross_stack_scope: Construct | None = None, description: str | None = None,
                                     event_pattern: EventPattern | None = None,
                                     rule_name: str | None = None) -> Rule:
        """A rule for pull request state changes."""
        ...

    def on_comment_on_pull_request(self, id: str, *, target: IRuleTarget | None = None,
                                   cross_stack_scope: Construct | None = None, description: str | None = None,
                                   event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for comments on pull requests."""
        ...

    def on_comment_on_commit(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for comments on commits."""
        ...

    def on_commit(self, id: str, *, branches: Sequence[str] | None = None, target: IRuleTarget | None = None,
                  cross_stack_scope: Construct | None = None, description: str | None = None,
                  event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for commits (to ``branches``)."""
        ...

    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on the repository."""
        ...

    def grant_pull(self, grantee: IGrantable) -> Grant:
        """Grant ``git pull``."""
        ...

    def grant_pull_push(self, grantee: IGrantable) -> Grant:
        """Grant ``git pull`` and ``git push``."""
        ...

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant pull and read access."""
        ...

    def notify_on(self, id: str, target: INotificationRuleTarget, *,
                  events: Sequence[RepositoryNotificationEvents], created_by: str | None = None,
                  detail_type: DetailType | None = None, enabled: bool | None = None,
                  notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for ``events``."""
        ...

    def notify_on_pull_request_comment(self, id: str, target: INotificationRuleTarget, *,
                                       created_by: str | None = None, detail_type: DetailType | None = None,
                                       enabled: bool | None = None,
                                       notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for pull request comments."""
        ...

    def notify_on_approval_status_changed(self, id: str, target: INotificationRuleTarget, *,
                                          created_by: str | None = None, detail_type: DetailType | None = None,
                                          enabled: bool | None = None,
                                          notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for approval status changes."""
        ...

    def notify_on_approval_rule_overridden(self, id: str, target: INotificationRuleTarget, *,
                                           created_by: str | None = None, detail_type: DetailType | None = None,
                                           enabled: bool | None = None,
                                           notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for overridden approval rules."""
        ...

    def notify_on_pull_request_created(self, id: str, target: INotificationRuleTarget, *,
                                       created_by: str | None = None, detail_type: DetailType | None = None,
                                       enabled: bool | None = None,
                                       notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for new pull requests."""
        ...

    def notify_on_pull_request_merged(self, id: str, target: INotificationRuleTarget, *,
                                      created_by: str | None = None, detail_type: DetailType | None = None,
                                      enabled: bool | None = None,
                                      notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for merged pull requests."""
        ...

    def notify_on_branch_or_tag_created(self, id: str, target: INotificationRuleTarget, *,
                                        created_by: str | None = None, detail_type: DetailType | None = None,
                                        enabled: bool | None = None,
                                        notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for created branches and tags."""
        ...

    def notify_on_branch_or_tag_deleted(self, id: str, target: INotificationRuleTarget, *,
                                        created_by: str | None = None, detail_type: DetailType | None = None,
                                        enabled: bool | None = None,
                                        notification_rule_name: str | None = None) -> INotificationRule:
        """A notification rule for deleted branches and tags."""
        ...


class RepositoryGrants:
    """The permission helpers of a repository (``repository.grants``).

    Args:
        resource: the repository the grants are on (an ``IRepository``).
    """

    def __init__(self, resource: Any) -> None:
        self._resource = resource

    @staticmethod
    def from_repository(resource: Any) -> RepositoryGrants:
        """The grants of the repository ``resource``."""
        return RepositoryGrants(resource)

    def actions(self, grantee: IGrantable, actions: Sequence[str], *,
                resource_arns: Sequence[str] | None = None) -> Grant:
        """Grant ``actions`` on the repository (or ``resource_arns``).

        Args:
            grantee: who gets the permissions.
            actions: the ``codecommit:`` actions.
            resource_arns: the resources (default the repository).
        """
        from l2 import iam

        arns = list(resource_arns) if resource_arns is not None else [self._resource.repository_arn]
        return iam.Grant.add_to_principal(grantee=grantee, actions=list(actions), resource_arns=arns)

    def pull(self, grantee: IGrantable) -> Grant:
        """``codecommit:GitPull``."""
        return self.actions(grantee, ["codecommit:GitPull"])

    def pull_push(self, grantee: IGrantable) -> Grant:
        """``codecommit:GitPull`` and ``codecommit:GitPush``."""
        return self.actions(grantee, ["codecommit:GitPull", "codecommit:GitPush"])

    def read(self, grantee: IGrantable) -> Grant:
        """Pull, plus ``Get*``, ``Describe*`` and approval rule evaluation."""
        return self.actions(
            grantee,
            ["codecommit:GitPull", "codecommit:EvaluatePullRequestApprovalRules", "codecommit:Get*",
             "codecommit:Describe*"],
        )


class _RepositoryReference:
    def __init__(self, *, repository_arn: str, repository_name: str) -> None:
        self.repository_arn = repository_arn
        self.repository_name = repository_name


def _clone_url(stack: Stack, name: str, protocol: str, region: str | None = None) -> str:
    if protocol == "grc":
        return f"codecommit::{region or stack.region}://{name}"
    return f"{protocol}://git-codecommit.{region or stack.region}.{stack.url_suffix}/v1/repos/{name}"


class RepositoryBase(Resource):
    """A new or imported repository. Subclasses set the ARN, name and clone URLs."""

    repository_arn: str
    repository_name: str
    repository_clone_url_http: str
    repository_clone_url_ssh: str
    repository_clone_url_grc: str

    @property
    def repository_ref(self) -> _RepositoryReference:
        """The repository's ARN and name (aws-cdk-lib's ``RepositoryReference``)."""
        return _RepositoryReference(repository_arn=self.repository_arn, repository_name=self.repository_name)

    @property
    def grants(self) -> RepositoryGrants:
        """The permission helpers of this repository."""
        return RepositoryGrants.from_repository(self)

    # -- events -------------------------------------------------------------------------------------------------
    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """An EventBridge rule for every CodeCommit event of this repository.

        Args:
            id: the rule's construct id (under this repository).
            target: send matching events there (default no target).
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of the repository pattern.
            rule_name: a physical name for the rule.
        """
        from l2 import events

        rule = events.Rule(self, id, cross_stack_scope=cross_stack_scope, description=description,
                           event_pattern=event_pattern, rule_name=rule_name)
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.codecommit"], "resources": [self.repository_arn]}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.codecommit"])
            rule.add_event_pattern(resources=[self.repository_arn])
        rule.add_target(target)
        return rule

    def on_state_change(self, id: str, *, target: IRuleTarget | None = None,
                        cross_stack_scope: Construct | None = None, description: str | None = None,
                        event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for "CodeCommit Repository State Change" events (arguments as ``on_event``)."""
        rule = self.on_event(id, target=target, cross_stack_scope=cross_stack_scope, description=description,
                             event_pattern=event_pattern, rule_name=rule_name)
        rule.add_event_pattern(detail_type=["CodeCommit Repository State Change"])
        return rule

    def _on_reference(self, id: str, kinds: list[str], **options: Any) -> Rule:
        rule = self.on_state_change(id, **options)
        rule.add_event_pattern(detail={"event": kinds})
        return rule

    def on_reference_created(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for created branches and tags (arguments as ``on_event``)."""
        return self._on_reference(id, ["referenceCreated"], target=target, cross_stack_scope=cross_stack_scope,
                                  description=description, event_pattern=event_pattern, rule_name=rule_name)

    def on_reference_updated(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for pushes to new or existing branches (arguments as ``on_event``)."""
        return self._on_reference(id, ["referenceCreated", "referenceUpdated"], target=target,
                                  cross_stack_scope=cross_stack_scope, description=description,
                                  event_pattern=event_pattern, rule_name=rule_name)

    def on_reference_deleted(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for deleted branches and tags (arguments as ``on_event``)."""
        return self._on_reference(id, ["referenceDeleted"], target=target, cross_stack_scope=cross_stack_scope,
                                  description=description, event_pattern=event_pattern, rule_name=rule_name)

    def _on_detail_type(self, id: str, detail_type: str, **options: Any) -> Rule:
        rule = self.on_event(id, **options)
        rule.add_event_pattern(detail_type=[detail_type])
        return rule

    def on_pull_request_state_change(self, id: str, *, target: IRuleTarget | None = None,
                                     cross_stack_scope: Construct | None = None, description: str | None = None,
                                     event_pattern: EventPattern | None = None,
                                     rule_name: str | None = None) -> Rule:
        """A rule for pull request state changes (arguments as ``on_event``)."""
        return self._on_detail_type(id, "CodeCommit Pull Request State Change", target=target,
                                    cross_stack_scope=cross_stack_scope, description=description,
                                    event_pattern=event_pattern, rule_name=rule_name)

    def on_comment_on_pull_request(self, id: str, *, target: IRuleTarget | None = None,
                                   cross_stack_scope: Construct | None = None, description: str | None = None,
                                   event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for comments on pull requests (arguments as ``on_event``)."""
        return self._on_detail_type(id, "CodeCommit Comment on Pull Request", target=target,
                                    cross_stack_scope=cross_stack_scope, description=description,
                                    event_pattern=event_pattern, rule_name=rule_name)

    def on_comment_on_commit(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for comments on commits (arguments as ``on_event``)."""
        return self._on_detail_type(id, "CodeCommit Comment on Commit", target=target,
                                    cross_stack_scope=cross_stack_scope, description=description,
                                    event_pattern=event_pattern, rule_name=rule_name)

    def on_commit(self, id: str, *, branches: Sequence[str] | None = None, target: IRuleTarget | None = None,
                  cross_stack_scope: Construct | None = None, description: str | None = None,
                  event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """A rule for commits pushed (to ``branches``; other arguments as ``on_event``).

        Args:
            id: the rule's construct id.
            branches: only these branches (default every branch).
            target: send matching events there.
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering.
            rule_name: a physical name for the rule.
        """
        rule = self.on_reference_updated(id, target=target, cross_stack_scope=cross_stack_scope,
                                         description=description, event_pattern=event_pattern, rule_name=rule_name)
        if branches:
            rule.add_event_pattern(detail={"referenceName": list(branches)})
        return rule

    # -- grants -------------------------------------------------------------------------------------------------
    def grant(self, grantee: IGrantable, *actions: str) -> Grant:
        """Grant ``actions`` on this repository to ``grantee``'s identity policy."""
        return self.grants.actions(grantee, list(actions))

    def grant_pull(self, grantee: IGrantable) -> Grant:
        """Grant ``codecommit:GitPull``."""
        return self.grants.pull(grantee)

    def grant_pull_push(self, grantee: IGrantable) -> Grant:
        """Grant ``codecommit:GitPull`` and ``codecommit:GitPush``."""
        return self.grants.pull_push(grantee)

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Grant pull plus ``Get*``/``Describe*`` and approval rule evaluation."""
        return self.grants.read(grantee)

    # -- notifications ------------------------------------------------------------------------------------------
    def notify_on(self, id: str, target: INotificationRuleTarget, *,
                  events: Sequence[RepositoryNotificationEvents], created_by: str | None = None,
                  detail_type: DetailType | None = None, enabled: bool | None = None,
                  notification_rule_name: str | None = None) -> INotificationRule:
        """A CodeStar Notifications rule that notifies ``target`` of ``events``.

        Args:
            id: the rule's construct id (under this repository).
            target: an SNS topic or a chat channel.
            events: the event types.
            created_by: the name or alias of the rule's creator.
            detail_type: ``FULL`` (default) or ``BASIC``.
            enabled: whether notifications are sent (default the service's: enabled).
            notification_rule_name: the rule's name (default generated).
        """
        from l2.codestarnotifications import NotificationRule

        # aws-cdk-lib's {...options, source, targets} (options in jsii's order: events last)
        return NotificationRule(self, id, created_by=created_by, detail_type=detail_type, enabled=enabled,
                                notification_rule_name=notification_rule_name, events=[e.value for e in events],
                                source=self, targets=[target])

    def _notify(self, id: str, target: INotificationRuleTarget, event: RepositoryNotificationEvents,
                options: dict[str, Any]) -> INotificationRule:
        options.pop("self", None)
        options.pop("__class__", None)
        return self.notify_on(id, target, events=[event], **options)

    def notify_on_pull_request_comment(self, id: str, target: INotificationRuleTarget, *,
                                       created_by: str | None = None, detail_type: DetailType | None = None,
                                       enabled: bool | None = None,
                                       notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of pull request comments (options as ``notify_on``)."""
        return self._notify(id, target, RepositoryNotificationEvents.PULL_REQUEST_COMMENT, _opts(locals()))

    def notify_on_approval_status_changed(self, id: str, target: INotificationRuleTarget, *,
                                          created_by: str | None = None, detail_type: DetailType | None = None,
                                          enabled: bool | None = None,
                                          notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of approval status changes (options as ``notify_on``)."""
        return self._notify(id, target, RepositoryNotificationEvents.APPROVAL_STATUS_CHANGED, _opts(locals()))

    def notify_on_approval_rule_overridden(self, id: str, target: INotificationRuleTarget, *,
                                           created_by: str | None = None, detail_type: DetailType | None = None,
                                           enabled: bool | None = None,
                                           notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of overridden approval rules (options as ``notify_on``)."""
        return self._notify(id, target, RepositoryNotificationEvents.APPROVAL_RULE_OVERRIDDEN, _opts(locals()))

    def notify_on_pull_request_created(self, id: str, target: INotificationRuleTarget, *,
                                       created_by: str | None = None, detail_type: DetailType | None = None,
                                       enabled: bool | None = None,
                                       notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of new pull requests (options as ``notify_on``)."""
        return self._notify(id, target, RepositoryNotificationEvents.PULL_REQUEST_CREATED, _opts(locals()))

    def notify_on_pull_request_merged(self, id: str, target: INotificationRuleTarget, *,
                                      created_by: str | None = None, detail_type: DetailType | None = None,
                                      enabled: bool | None = None,
                                      notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of merged pull requests (options as ``notify_on``)."""
        return self._notify(id, target, RepositoryNotificationEvents.PULL_REQUEST_MERGED, _opts(locals()))

    def notifiy_on_pull_request_merged(self, id: str, target: INotificationRuleTarget, *,
                                       created_by: str | None = None, detail_type: DetailType | None = None,
                                       enabled: bool | None = None,
                                       notification_rule_name: str | None = None) -> INotificationRule:
        """Deprecated spelling of ``notify_on_pull_request_merged``."""
        return self._notify(id, target, RepositoryNotificationEvents.PULL_REQUEST_MERGED, _opts(locals()))

    def notify_on_branch_or_tag_created(self, id: str, target: INotificationRuleTarget, *,
                                        created_by: str | None = None, detail_type: DetailType | None = None,
                                        enabled: bool | None = None,
                                        notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of created branches and tags (options as ``notify_on``)."""
        return self._notify(id, target, RepositoryNotificationEvents.BRANCH_OR_TAG_CREATED, _opts(locals()))

    def notify_on_branch_or_tag_deleted(self, id: str, target: INotificationRuleTarget, *,
                                        created_by: str | None = None, detail_type: DetailType | None = None,
                                        enabled: bool | None = None,
                                        notification_rule_name: str | None = None) -> INotificationRule:
        """Notify ``target`` of deleted branches and tags (options as ``notify_on``)."""
        return self._notify(id, target, RepositoryNotificationEvents.BRANCH_OR_TAG_DELETED, _opts(locals()))

    def bind_as_notification_rule_source(self, _scope: Construct) -> NotificationRuleSourceConfig:
        """The repository as the source of a notification rule: its ARN."""
        from l2.codestarnotifications import NotificationRuleSourceConfig

        return NotificationRuleSourceConfig(source_arn=self.repository_arn)


def _opts(values: dict[str, Any]) -> dict[str, Any]:
    return {k: values[k] for k in ("created_by", "detail_type", "enabled", "notification_rule_name")}


class _ImportedRepository(RepositoryBase):
    def __init__(self, scope: Construct, id: str, *, arn: str, name: str, region: str | None,
                 account: str | None = None, env_region: str | None = None) -> None:
        super().__init__(scope, id, account=account, region=env_region)
        stack = Stack.of(scope)
        self.repository_arn = arn
        self.repository_name = name
        self.repository_clone_url_http = _clone_url(stack, name, "https", region)
        self.repository_clone_url_ssh = _clone_url(stack, name, "ssh", region)
        self.repository_clone_url_grc = _clone_url(stack, name, "grc", region)


class Repository(RepositoryBase):
    """A CodeCommit repository.

    Args:
        scope: the parent construct.
        id: the construct id.
        repository_name: the repository's name (required by the service).
        code: the contents to initialize the repository with (default empty).
        description: a description.
        kms_key: the key that encrypts the repository (default an AWS managed key).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-codecommit.Repository"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        repository_name: str,
        code: Code | None = None,
        description: str | None = None,
        kms_key: IKey | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=repository_name)
        self._triggers: list[CfnRepository.RepositoryTriggerProperty] = []
        self._trigger_names: list[str] = []
        resource = CfnRepository(
            self,
            "Resource",
            repository_name=repository_name,
            repository_description=description,
            triggers=Lazy.any(lambda: self._triggers, omit_empty_array=True),
            code=code.bind(self).code if code is not None else None,
            kms_key_id=kms_key.key_arn if kms_key is not None else None,
        )
        self.repository_name = self.get_resource_name_attribute(resource.attr_name)
        self.repository_arn = self.get_resource_arn_attribute(
            resource.attr_arn, {"service": "codecommit", "resource": self.physical_name}
        )
        self.repository_clone_url_http = resource.attr_clone_url_http
        self.repository_clone_url_ssh = resource.attr_clone_url_ssh
        self.repository_clone_url_grc = _clone_url(Stack.of(self), self.repository_name, "grc")

    @staticmethod
    def from_repository_arn(scope: Construct, id: str, repository_arn: str) -> IRepository:
        """An existing repository, by ARN (``arn:aws:codecommit:<region>:<account>:<name>``).

        Args:
            scope: the parent construct.
            id: the construct id.
            repository_arn: the repository's ARN.
        """
        parts = Stack.of(scope).split_arn(repository_arn, ArnFormat.NO_RESOURCE_NAME)
        return _ImportedRepository(scope, id, arn=repository_arn, name=parts.resource, region=parts.region,
                                   account=parts.account, env_region=parts.region)

    @staticmethod
    def from_repository_name(scope: Construct, id: str, repository_name: str) -> IRepository:
        """An existing repository of this stack's account and region, by name.

        Args:
            scope: the parent construct.
            id: the construct id.
            repository_name: the repository's name.
        """
        arn = Stack.of(scope).format_arn(service="codecommit", resource=repository_name)
        return _ImportedRepository(scope, id, arn=arn, name=repository_name, region=None)

    def notify(self, arn: str, *, branches: Sequence[str] | None = None, custom_data: str | None = None,
               events: Sequence[RepositoryEventTrigger] | None = None, name: str | None = None) -> Repository:
        """Add a trigger that notifies ``arn`` (an SNS topic or a Lambda function) of repository events.

        Args:
            arn: the ARN to notify.
            branches: only events of these branches (default every branch).
            custom_data: extra data sent with each event.
            events: the events that run the trigger (default ``ALL``; ``ALL`` among others means ``ALL``).
            name: the trigger's name, unique in the repository (default ``<path>/<arn>``).
        """
        evts = list(events) if events else None
        if evts and len(evts) > 1 and RepositoryEventTrigger.ALL in evts:
            evts = [RepositoryEventTrigger.ALL]
        name = name or f"{self.node.path}/{arn}"
        if name in self._trigger_names:
            raise ValidationError(
                f"Unable to set repository trigger named {name} because trigger names must be unique", self
            )
        self._trigger_names.append(name)
        self._triggers.append(
            CfnRepository.RepositoryTriggerProperty(
                destination_arn=arn,
                name=name,
                custom_data=custom_data,
                branches=list(branches) if branches is not None else None,
                events=[e.value for e in (evts or [RepositoryEventTrigger.ALL])],
            )
        )
        return self
