"""The options of a portfolio's product constraints and the template rules of a launch template constraint."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from constructs import ICfnRuleConditionExpression, IResolvable
from constructs.internals import structs
from l2.servicecatalog._common import MessageLanguage

if TYPE_CHECKING:
    from l2.iam import IRole


@structs.frozen(kw_only=True)
class TemplateRuleAssertion:
    """One assertion of a template rule.

    Args:
        assert_: the condition the parameters must satisfy.
        description: shown when the assertion fails.
    """

    # IResolvable too: the core's Fn.condition_* results are intrinsics, not ICfnRuleConditionExpression subclasses
    assert_: ICfnRuleConditionExpression | IResolvable
    description: str | None = None


@structs.frozen(kw_only=True)
class TemplateRule:
    """A rule on a product's template parameters (a launch template constraint).

    Args:
        rule_name: the rule's name.
        assertions: what the parameters must satisfy.
        condition: when the rule applies (default always).
    """

    assertions: Sequence[TemplateRuleAssertion]
    rule_name: str
    condition: ICfnRuleConditionExpression | IResolvable | None = None


@structs.frozen(kw_only=True)
class CommonConstraintOptions:
    """Options every constraint takes.

    Args:
        description: the constraint's description (at most 2000 characters).
        message_language: the language of Service Catalog's messages (default English).
    """

    description: str | None = None
    message_language: MessageLanguage | None = None


@structs.frozen(kw_only=True)
class CloudFormationRuleConstraintOptions(CommonConstraintOptions):
    """Options of a launch template constraint.

    Args:
        rule: the template rule.
    """

    rule: TemplateRule


@structs.frozen(kw_only=True)
class StackSetsConstraintOptions(CommonConstraintOptions):
    """Options of a StackSet constraint.

    Args:
        accounts: the accounts products deploy to.
        regions: the regions products deploy to.
        admin_role: the StackSet administration role.
        execution_role_name: the execution role's name in the target accounts.
        allow_stack_set_instance_operations: let end users manage the stack instances (default false).
    """

    accounts: Sequence[str]
    admin_role: IRole
    execution_role_name: str
    regions: Sequence[str]
    allow_stack_set_instance_operations: bool | None = None


@structs.frozen(kw_only=True)
class TagUpdateConstraintOptions(CommonConstraintOptions):
    """Options of a resource update (tag update) constraint.

    Args:
        allow: let end users update the tags of provisioned products (default true).
    """

    allow: bool | None = None
