"""The props structs of the AWS Config rules."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Duration
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.config._rule import EvaluationMode, MaximumExecutionFrequency, RuleScope
    from l2.interfaces.iam import IRoleRef
    from l2.lambda_ import IFunction
    from l2.sns import ITopic



@structs.frozen(kw_only=True)
class RuleProps:
    """What every Config rule takes.

    Args:
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: the rule's parameters.
        maximum_execution_frequency: how often a periodic rule runs (default 24 hours).
        rule_scope: the resources that trigger the rule (default all).
    """

    config_rule_name: str | None = None
    description: str | None = None
    evaluation_modes: EvaluationMode | None = None
    input_parameters: Mapping[str, object] | None = None
    maximum_execution_frequency: MaximumExecutionFrequency | None = None
    rule_scope: RuleScope | None = None


@structs.frozen(kw_only=True)
class ManagedRuleProps:
    """The properties of a ``ManagedRule`` (``RuleProps`` and the identifier).

    Args:
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: the rule's parameters.
        maximum_execution_frequency: how often a periodic rule runs (default 24 hours).
        rule_scope: the resources that trigger the rule (default all).
        identifier: the managed rule's identifier (``ManagedRuleIdentifiers``).
    """

    config_rule_name: str | None = None
    description: str | None = None
    evaluation_modes: EvaluationMode | None = None
    input_parameters: Mapping[str, object] | None = None
    maximum_execution_frequency: MaximumExecutionFrequency | None = None
    rule_scope: RuleScope | None = None
    identifier: str


@structs.frozen(kw_only=True)
class CustomRuleProps:
    """The properties of a ``CustomRule`` (``RuleProps`` and the function and triggers).

    Args:
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: the rule's parameters.
        maximum_execution_frequency: how often a periodic rule runs (default 24 hours).
        rule_scope: the resources that trigger the rule (default all).
        lambda_function: the function that evaluates the rule.
        configuration_changes: evaluate on configuration changes.
        periodic: evaluate periodically.
    """

    config_rule_name: str | None = None
    description: str | None = None
    evaluation_modes: EvaluationMode | None = None
    input_parameters: Mapping[str, object] | None = None
    maximum_execution_frequency: MaximumExecutionFrequency | None = None
    rule_scope: RuleScope | None = None
    lambda_function: IFunction
    configuration_changes: bool | None = None
    periodic: bool | None = None


@structs.frozen(kw_only=True)
class CustomPolicyProps:
    """The properties of a ``CustomPolicy`` (``RuleProps`` and the Guard policy).

    Args:
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: the rule's parameters.
        maximum_execution_frequency: not used by custom policies.
        rule_scope: the resources that trigger the rule (default all).
        policy_text: the Guard policy.
        enable_debug_log: deliver debug logs (default false).
    """

    config_rule_name: str | None = None
    description: str | None = None
    evaluation_modes: EvaluationMode | None = None
    input_parameters: Mapping[str, object] | None = None
    maximum_execution_frequency: MaximumExecutionFrequency | None = None
    rule_scope: RuleScope | None = None
    policy_text: str
    enable_debug_log: bool | None = None


@structs.frozen(kw_only=True)
class AccessKeysRotatedProps:
    """The properties of ``AccessKeysRotated``.

    Args:
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: ignored (the parameters come from ``max_age``).
        maximum_execution_frequency: how often the rule runs (default 24 hours).
        rule_scope: the resources that trigger the rule (default all).
        max_age: the longest time since the last rotation (default 90 days).
    """

    config_rule_name: str | None = None
    description: str | None = None
    evaluation_modes: EvaluationMode | None = None
    input_parameters: Mapping[str, object] | None = None
    maximum_execution_frequency: MaximumExecutionFrequency | None = None
    rule_scope: RuleScope | None = None
    max_age: Duration | None = None


@structs.frozen(kw_only=True)
class CloudFormationStackDriftDetectionCheckProps:
    """The properties of ``CloudFormationStackDriftDetectionCheck``.

    Args:
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: ignored (the parameter is the role's ARN).
        maximum_execution_frequency: how often the rule runs (default 24 hours).
        rule_scope: ignored (the rule is scoped to CloudFormation stacks).
        own_stack_only: check only the stack the rule is in (default all stacks).
        role: the role that detects drift (default a new one with ``ReadOnlyAccess``).
    """

    config_rule_name: str | None = None
    description: str | None = None
    evaluation_modes: EvaluationMode | None = None
    input_parameters: Mapping[str, object] | None = None
    maximum_execution_frequency: MaximumExecutionFrequency | None = None
    rule_scope: RuleScope | None = None
    own_stack_only: bool | None = None
    role: IRoleRef | None = None


@structs.frozen(kw_only=True)
class CloudFormationStackNotificationCheckProps:
    """The properties of ``CloudFormationStackNotificationCheck``.

    Args:
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: ignored (the parameters are the topics).
        maximum_execution_frequency: how often the rule runs (default 24 hours).
        rule_scope: ignored (the rule is scoped to CloudFormation stacks).
        topics: up to 5 SNS topics stacks must notify.
    """

    config_rule_name: str | None = None
    description: str | None = None
    evaluation_modes: EvaluationMode | None = None
    input_parameters: Mapping[str, object] | None = None
    maximum_execution_frequency: MaximumExecutionFrequency | None = None
    rule_scope: RuleScope | None = None
    topics: Sequence[ITopic] | None = None
