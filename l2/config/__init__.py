"""AWS Config constructs (aws-cdk-lib: ``aws_cdk.aws_config``): managed, custom-Lambda and Guard rules, the L1 classes."""

from constructs.internals import check_public_classes
from l1.config import *  # noqa: F403
from l1.config import __all__ as _l1_all
from l2.config._managed_rule_identifiers import ManagedRuleIdentifiers
from l2.config._managed_rules import (
    AccessKeysRotated,
    CloudFormationStackDriftDetectionCheck,
    CloudFormationStackNotificationCheck,
)
from l2.config._resource_type import ResourceType
from l2.config._rule import (
    CustomPolicy,
    CustomRule,
    EvaluationMode,
    IRule,
    ManagedRule,
    MaximumExecutionFrequency,
    RuleScope,
)
from l2.config._types import (
    AccessKeysRotatedProps,
    CloudFormationStackDriftDetectionCheckProps,
    CloudFormationStackNotificationCheckProps,
    CustomPolicyProps,
    CustomRuleProps,
    ManagedRuleProps,
    RuleProps,
)

__all__ = [
    *_l1_all,
    "AccessKeysRotated",
    "AccessKeysRotatedProps",
    "CloudFormationStackDriftDetectionCheck",
    "CloudFormationStackDriftDetectionCheckProps",
    "CloudFormationStackNotificationCheck",
    "CloudFormationStackNotificationCheckProps",
    "CustomPolicy",
    "CustomPolicyProps",
    "CustomRule",
    "CustomRuleProps",
    "EvaluationMode",
    "IRule",
    "ManagedRule",
    "ManagedRuleIdentifiers",
    "ManagedRuleProps",
    "MaximumExecutionFrequency",
    "ResourceType",
    "RuleProps",
    "RuleScope",
]

check_public_classes(globals())
