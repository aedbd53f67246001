"""AWS CodeCommit constructs (aws-cdk-lib: ``aws_cdk.aws_codecommit``): ``Repository``, ``Code``, the L1 classes."""

from constructs.internals import check_public_classes
from l1.codecommit import *  # noqa: F403
from l1.codecommit import __all__ as _l1_all
from l2.codecommit._code import Code, CodeConfig
from l2.codecommit._repository import IRepository, ReferenceEvent, Repository, RepositoryGrants
from l2.codecommit._types import (
    OnCommitOptions,
    RepositoryEventTrigger,
    RepositoryNotificationEvents,
    RepositoryNotifyOnOptions,
    RepositoryProps,
    RepositoryTriggerOptions,
)

__all__ = [
    *_l1_all,
    "Code",
    "CodeConfig",
    "IRepository",
    "OnCommitOptions",
    "ReferenceEvent",
    "Repository",
    "RepositoryEventTrigger",
    "RepositoryGrants",
    "RepositoryNotificationEvents",
    "RepositoryNotifyOnOptions",
    "RepositoryProps",
    "RepositoryTriggerOptions",
]

check_public_classes(globals())
