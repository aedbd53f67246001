"""AWS Backup constructs (aws-cdk-lib: ``aws_cdk.aws_backup``): vaults, plans, rules, selections, the L1 classes."""

from constructs.internals import check_public_classes
from l1.backup import *  # noqa: F403
from l1.backup import __all__ as _l1_all
from l2.backup._interfaces import IBackupPlan, IBackupVault
from l2.backup._plan import BackupPlan, BackupPlanRule
from l2.backup._selection import BackupResource, BackupSelection
from l2.backup._types import (
    BackupPlanCopyActionProps,
    BackupPlanIndexActionProps,
    BackupPlanProps,
    BackupPlanRuleProps,
    BackupSelectionOptions,
    BackupSelectionProps,
    BackupVaultEvents,
    BackupVaultProps,
    IndexActionResourceType,
    LockConfiguration,
    TagCondition,
    TagOperation,
)
from l2.backup._vault import BackupVault

__all__ = [
    *_l1_all,
    "BackupPlan",
    "BackupPlanCopyActionProps",
    "BackupPlanIndexActionProps",
    "BackupPlanProps",
    "BackupPlanRule",
    "BackupPlanRuleProps",
    "BackupResource",
    "BackupSelection",
    "BackupSelectionOptions",
    "BackupSelectionProps",
    "BackupVault",
    "BackupVaultEvents",
    "BackupVaultProps",
    "IBackupPlan",
    "IBackupVault",
    "IndexActionResourceType",
    "LockConfiguration",
    "TagCondition",
    "TagOperation",
]

check_public_classes(globals())
