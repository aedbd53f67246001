"""CodeCommit enums and structs: trigger events, notification events, the options of ``on_commit``,
``notify_on`` and ``notify``, the repository's properties."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import Construct
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.codecommit._code import Code
    from l2.codestarnotifications import DetailType
    from l2.events import EventPattern, IRuleTarget
    from l2.kms import IKey


class RepositoryEventTrigger(enum.Enum):
    """The repository events a trigger (``Repository.notify``) runs for."""

    ALL = "all"
    UPDATE_REF = "updateReference"
    CREATE_REF = "createReference"
    DELETE_REF = "deleteReference"


class RepositoryNotificationEvents(enum.Enum):
    """The CodeStar Notifications event types of a repository."""

    COMMIT_COMMENT = "codecommit-repository-comments-on-commits"
    PULL_REQUEST_COMMENT = "codecommit-repository-comments-on-pull-requests"
    APPROVAL_STATUS_CHANGED = "codecommit-repository-approvals-status-changed"
    APPROVAL_RULE_OVERRIDDEN = "codecommit-repository-approvals-rule-override"
    PULL_REQUEST_CREATED = "codecommit-repository-pull-request-created"
    PULL_REQUEST_SOURCE_UPDATED = "codecommit-repository-pull-request-source-updated"
    PULL_REQUEST_STATUS_CHANGED = "codecommit-repository-pull-request-status-changed"
    PULL_REQUEST_MERGED = "codecommit-repository-pull-request-merged"
    BRANCH_OR_TAG_CREATED = "codecommit-repository-branches-and-tags-created"
    BRANCH_OR_TAG_DELETED = "codecommit-repository-branches-and-tags-deleted"
    BRANCH_OR_TAG_UPDATED = "codecommit-repository-branches-and-tags-updated"


@structs.frozen(kw_only=True)
class OnCommitOptions:
    """Options of ``on_commit``.

    Args:
        cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
        description: the rule's description.
        event_pattern: extra filtering on top of the commit pattern.
        rule_name: a physical name for the rule.
        target: send matching events there.
        branches: only commits to these branches (default every branch).
    """

    cross_stack_scope: Construct | None = None
    description: str | None = None
    event_pattern: EventPattern | None = None
    rule_name: str | None = None
    target: IRuleTarget | None = None
    branches: Sequence[str] | None = None


@structs.frozen(kw_only=True)
class RepositoryNotifyOnOptions:
    """Options of ``notify_on``.

    Args:
        created_by: the name or alias of the rule's creator.
        detail_type: ``FULL`` (default) or ``BASIC`` notifications.
        enabled: whether notifications are sent (default the service's: enabled).
        notification_rule_name: the rule's name (default generated from the construct path).
        events: the event types that notify.
    """

    created_by: str | None = None
    detail_type: DetailType | None = None
    enabled: bool | None = None
    notification_rule_name: str | None = None
    events: Sequence[RepositoryNotificationEvents]


@structs.frozen(kw_only=True)
class RepositoryTriggerOptions:
    """Options of ``Repository.notify``.

    Args:
        branches: only events of these branches (default every branch).
        custom_data: extra data sent with each event.
        events: the events that run the trigger (default ``ALL``).
        name: the trigger's name, unique in the repository (default ``<path>/<arn>``).
    """

    branches: Sequence[str] | None = None
    custom_data: str | None = None
    events: Sequence[RepositoryEventTrigger] | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class RepositoryProps:
    """The properties of a ``Repository`` (see ``Repository`` for each keyword)."""

    repository_name: str
    code: Code | None = None
    description: str | None = None
    kms_key: IKey | None = None
