"""Managed rules with their own constructs: ``AccessKeysRotated`` and the CloudFormation stack checks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs import Construct, Duration, Lazy, Stack, ValidationError
from l2.config._managed_rule_identifiers import ManagedRuleIdentifiers
from l2.config._resource_type import ResourceType
from l2.config._rule import EvaluationMode, ManagedRule, MaximumExecutionFrequency, RuleScope

if TYPE_CHECKING:
    from l2.interfaces.iam import IRoleRef
    from l2.sns import ITopic


class AccessKeysRotated(ManagedRule):
    """Checks that the active IAM access keys were rotated within ``max_age``.

    Args:
        scope: the parent construct.
        id: the construct id.
        max_age: the longest time since the last rotation (default 90 days).
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: ignored: the rule's parameters come from ``max_age``.
        maximum_execution_frequency: how often the rule runs (default 24 hours).
        rule_scope: the resources that trigger the rule (default all).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-config.AccessKeysRotated"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        max_age: Duration | None = None,
        config_rule_name: str | None = None,
        description: str | None = None,
        evaluation_modes: EvaluationMode | None = None,
        input_parameters: Mapping[str, object] | None = None,
        maximum_execution_frequency: MaximumExecutionFrequency | None = None,
        rule_scope: RuleScope | None = None,
    ) -> None:
        super().__init__(
            scope,
            id,
            identifier=ManagedRuleIdentifiers.ACCESS_KEYS_ROTATED,
            config_rule_name=config_rule_name,
            description=description,
            evaluation_modes=evaluation_modes,
            input_parameters={"maxAccessKeyAge": max_age.to_days()} if max_age is not None else {},
            maximum_execution_frequency=maximum_execution_frequency,
            rule_scope=rule_scope,
        )


class CloudFormationStackDriftDetectionCheck(ManagedRule):
    """Checks whether CloudFormation stacks have drifted from their templates.

    Args:
        scope: the parent construct.
        id: the construct id.
        own_stack_only: check only the stack this rule is in (default all stacks).
        role: the role the rule uses to detect drift (default a new one with ``ReadOnlyAccess``).
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: ignored: the rule's parameter is the role's ARN.
        maximum_execution_frequency: how often the rule runs (default 24 hours).
        rule_scope: ignored: the rule is scoped to CloudFormation stacks.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-config.CloudFormationStackDriftDetectionCheck"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        own_stack_only: bool | None = None,
        role: IRoleRef | None = None,
        config_rule_name: str | None = None,
        description: str | None = None,
        evaluation_modes: EvaluationMode | None = None,
        input_parameters: Mapping[str, object] | None = None,
        maximum_execution_frequency: MaximumExecutionFrequency | None = None,
        rule_scope: RuleScope | None = None,
    ) -> None:
        from l2 import iam

        holder: list[IRoleRef] = []
        super().__init__(
            scope,
            id,
            identifier=ManagedRuleIdentifiers.CLOUDFORMATION_STACK_DRIFT_DETECTION_CHECK,
            config_rule_name=config_rule_name,
            description=description,
            evaluation_modes=evaluation_modes,
            input_parameters={"cloudformationRoleArn": Lazy.string(lambda: holder[0].role_ref.role_arn)},
            maximum_execution_frequency=maximum_execution_frequency,
            rule_scope=rule_scope,
        )
        self._rule_scope = RuleScope.from_resource(
            ResourceType.CLOUDFORMATION_STACK, Stack.of(self).stack_id if own_stack_only else None
        )
        the_role: IRoleRef = role if role is not None else iam.Role(
            self,
            "Role",
            assumed_by=iam.ServicePrincipal("config.amazonaws.com"),
            managed_policies=[iam.ManagedPolicy.from_aws_managed_policy_name("ReadOnlyAccess")],
        )
        holder.append(the_role)
        self._role = the_role


class CloudFormationStackNotificationCheck(ManagedRule):
    """Checks that CloudFormation stacks send event notifications to the given SNS topics.

    Args:
        scope: the parent construct.
        id: the construct id.
        topics: up to 5 topics (default none required).
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: ignored: the rule's parameters are the topics.
        maximum_execution_frequency: how often the rule runs (default 24 hours).
        rule_scope: ignored: the rule is scoped to CloudFormation stacks.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-config.CloudFormationStackNotificationCheck"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        topics: Sequence[ITopic] | None = None,
        config_rule_name: str | None = None,
        description: str | None = None,
        evaluation_modes: EvaluationMode | None = None,
        input_parameters: Mapping[str, object] | None = None,
        maximum_execution_frequency: MaximumExecutionFrequency | None = None,
        rule_scope: RuleScope | None = None,
    ) -> None:
        if topics is not None and len(topics) > 5:
            raise ValidationError("At most 5 topics can be specified.", scope)
        super().__init__(
            scope,
            id,
            identifier=ManagedRuleIdentifiers.CLOUDFORMATION_STACK_NOTIFICATION_CHECK,
            config_rule_name=config_rule_name,
            description=description,
            evaluation_modes=evaluation_modes,
            input_parameters=(
                {f"snsTopic{i + 1}": t.topic_arn for i, t in enumerate(topics)} if topics is not None else None
            ),
            maximum_execution_frequency=maximum_execution_frequency,
            rule_scope=RuleScope.from_resources([ResourceType.CLOUDFORMATION_STACK]),
        )
