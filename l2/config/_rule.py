"""AWS Config rules: ``ManagedRule``, ``CustomRule``, ``CustomPolicy``, their scope, evaluation modes and events."""

from __future__ import annotations

import base64
import enum
import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, runtime_checkable

from constructs import ArnFormat, Construct, Lazy, Resource, Stack, ValidationError
from l1.config import CfnConfigRule
from l2.interfaces.config import ConfigRuleReference

if TYPE_CHECKING:
    from l2.config._resource_type import ResourceType
    from l2.events import EventPattern, IRuleTarget, Rule
    from l2.lambda_ import IFunction


class EvaluationMode:
    """When a rule evaluates resources: after deployment (detective), before (proactive) or both.

    Args:
        modes: the evaluation modes (``DETECTIVE``, ``PROACTIVE``).
    """

    DETECTIVE: ClassVar[EvaluationMode]
    """Evaluate resources that are already deployed."""
    PROACTIVE: ClassVar[EvaluationMode]
    """Evaluate resources before they are deployed."""
    DETECTIVE_AND_PROACTIVE: ClassVar[EvaluationMode]
    """Both."""

    def __init__(self, modes: Sequence[str]) -> None:
        self._modes = list(modes)

    @property
    def modes(self) -> list[str]:
        """The evaluation modes."""
        return self._modes


EvaluationMode.DETECTIVE = EvaluationMode(["DETECTIVE"])
EvaluationMode.PROACTIVE = EvaluationMode(["PROACTIVE"])
EvaluationMode.DETECTIVE_AND_PROACTIVE = EvaluationMode(["DETECTIVE", "PROACTIVE"])


class MaximumExecutionFrequency(enum.Enum):
    """How often a periodic rule runs."""

    ONE_HOUR = "One_Hour"
    THREE_HOURS = "Three_Hours"
    SIX_HOURS = "Six_Hours"
    TWELVE_HOURS = "Twelve_Hours"
    TWENTY_FOUR_HOURS = "TwentyFour_Hours"


class RuleScope:
    """The resources whose changes trigger a rule: by type (and id), or by tag (use the ``from_*`` methods).

    Args:
        resource_id: the id of the one resource in scope (default: every resource of the types).
        resource_types: the resource types in scope (default: no type restriction).
        tag_key: the tag key the resources in scope carry (default: no tag restriction).
        tag_value: the value that tag must have (default: any value).
    """

    def __init__(
        self,
        resource_id: str | None = None,
        resource_types: Sequence[ResourceType] | None = None,
        tag_key: str | None = None,
        tag_value: str | None = None,
    ) -> None:
        self._resource_id = resource_id
        self._resource_types = list(resource_types) if resource_types is not None else None
        self._key = tag_key
        self._value = tag_value

    @staticmethod
    def from_resource(resource_type: ResourceType, resource_id: str | None = None) -> RuleScope:
        """One resource type, optionally one resource of it."""
        return RuleScope(resource_id, [resource_type])

    @staticmethod
    def from_resources(resource_types: Sequence[ResourceType]) -> RuleScope:
        """Resources of these types."""
        return RuleScope(None, resource_types)

    @staticmethod
    def from_tag(key: str, value: str | None = None) -> RuleScope:
        """Resources with this tag (and value)."""
        return RuleScope(None, None, key, value)

    @property
    def resource_id(self) -> str | None:
        """The resource id."""
        return self._resource_id

    @property
    def resource_types(self) -> list[ResourceType] | None:
        """The resource types."""
        return self._resource_types

    @property
    def key(self) -> str | None:
        """The tag key."""
        return self._key

    @property
    def value(self) -> str | None:
        """The tag value."""
        return self._value


def _render_scope(scope: RuleScope | None) -> Any:
    if scope is None:
        return None
    types = scope.resource_types
    return CfnConfigRule.ScopeProperty(
        compliance_resource_id=scope.resource_id,
        compliance_resource_types=[t.compliance_resource_type for t in types] if types is not None else None,
        tag_key=scope.key,
        tag_value=scope.value,
    )


@runtime_checkable
class IRule(Protocol):
    """An AWS Config rule (aws-cdk-lib's ``aws_config.IRule``)."""

    @property
    def config_rule_name(self) -> str:
        """The rule's name."""
        ...

    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """An EventBridge rule for the rule's events."""
        ...

    def on_compliance_change(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """An EventBridge rule for the rule's compliance changes."""
        ...

    def on_re_evaluation_status(self, id: str, *, target: IRuleTarget | None = None,
                                cross_stack_scope: Construct | None = None, description: str | None = None,
                                event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """An EventBridge rule for the rule's re-evaluation status."""
        ...


class _UnknownArnReference:
    """The reference of an imported rule: its name only."""

    __slots__ = ("_name", "_scope")

    def __init__(self, name: str, scope: Construct) -> None:
        self._name = name
        self._scope = scope

    @property
    def config_rule_name(self) -> str:
        return self._name

    @property
    def config_rule_arn(self) -> str:
        raise ValidationError("Cannot get the ARN of this ConfigRule; it has been created without knowledge of its id",
                              self._scope)


class _RuleBase(Resource):
    """What new and imported rules share: their EventBridge rules."""

    config_rule_name: str

    def on_event(self, id: str, *, target: IRuleTarget | None = None, cross_stack_scope: Construct | None = None,
                 description: str | None = None, event_pattern: EventPattern | None = None,
                 rule_name: str | None = None) -> Rule:
        """An EventBridge rule for every AWS Config event of this rule.

        Args:
            id: the rule's construct id (under this Config rule).
            target: send matching events there (default no target).
            cross_stack_scope: where the rule's supporting constructs go for a target in another stack.
            description: the rule's description.
            event_pattern: extra filtering on top of this rule's pattern.
            rule_name: a physical name for the rule.
        """
        from l2 import events

        rule = events.Rule(self, id, cross_stack_scope=cross_stack_scope, description=description,
                           event_pattern=event_pattern, rule_name=rule_name)
        from constructs.internals import analytics_call, analytics_quiet

        # aws-cdk-lib makes one call (pycdk one a key: the pattern keeps its key order)
        analytics_call(rule, "addEventPattern", [{
            "source": ["aws.config"], "detail": {"configRuleName": [self.config_rule_name]}}])
        with analytics_quiet():
            rule.add_event_pattern(source=["aws.config"])
            rule.add_event_pattern(detail={"configRuleName": [self.config_rule_name]})
        rule.add_target(target)
        return rule

    def on_compliance_change(self, id: str, *, target: IRuleTarget | None = None,
                             cross_stack_scope: Construct | None = None, description: str | None = None,
                             event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """An EventBridge rule for "Config Rules Compliance Change" events (arguments as ``on_event``)."""
        rule = self.on_event(id, target=target, cross_stack_scope=cross_stack_scope, description=description,
                             event_pattern=event_pattern, rule_name=rule_name)
        rule.add_event_pattern(detail_type=["Config Rules Compliance Change"])
        return rule

    def on_re_evaluation_status(self, id: str, *, target: IRuleTarget | None = None,
                                cross_stack_scope: Construct | None = None, description: str | None = None,
                                event_pattern: EventPattern | None = None, rule_name: str | None = None) -> Rule:
        """An EventBridge rule for "Config Rules Re-evaluation Status" events (arguments as ``on_event``)."""
        rule = self.on_event(id, target=target, cross_stack_scope=cross_stack_scope, description=description,
                             event_pattern=event_pattern, rule_name=rule_name)
        rule.add_event_pattern(detail_type=["Config Rules Re-evaluation Status"])
        return rule

    @property
    def config_rule_ref(self) -> ConfigRuleReference:
        """The rule's name (its ARN is unknown for an imported rule)."""
        return _UnknownArnReference(self.config_rule_name, self)  # type: ignore[return-value]


class _ImportedRule(_RuleBase):
    def __init__(self, scope: Construct, id: str, config_rule_name: str) -> None:
        super().__init__(scope, id)
        self.config_rule_name = config_rule_name


class _RuleNew(_RuleBase):
    """What the rules defined here share."""

    config_rule_arn: str
    config_rule_id: str
    config_rule_compliance_type: str
    _rule_scope: RuleScope | None = None
    _is_managed: bool | None = None
    _is_custom_with_changes: bool | None = None

    @staticmethod
    def from_config_rule_name(scope: Construct, id: str, config_rule_name: str) -> IRule:
        """Import a rule by name."""
        return _ImportedRule(scope, id, config_rule_name)

    @property
    def config_rule_ref(self) -> ConfigRuleReference:
        """The rule's name and ARN."""
        arn = Stack.of(self).format_arn(
            service="config",
            account=self.env.account,
            region=self.env.region,
            resource="config-rule",
            resource_name=self.config_rule_id,
            arn_format=ArnFormat.SLASH_RESOURCE_NAME,
        )
        return ConfigRuleReference(config_rule_arn=arn, config_rule_name=self.config_rule_name)

    def _make_rule(self, *, description: str | None, input_parameters: Mapping[str, object] | None,
                   maximum_execution_frequency: MaximumExecutionFrequency | None, source: Any,
                   evaluation_modes: EvaluationMode | None) -> None:
        rule = CfnConfigRule(
            self,
            "Resource",
            config_rule_name=self.physical_name,
            description=description,
            input_parameters=input_parameters,
            maximum_execution_frequency=(
                maximum_execution_frequency.value if maximum_execution_frequency is not None else None
            ),
            scope=Lazy.any(lambda: _render_scope(self._rule_scope)),
            source=source,
            evaluation_modes=(
                [CfnConfigRule.EvaluationModeConfigurationProperty(mode=m) for m in evaluation_modes.modes]
                if evaluation_modes is not None
                else None
            ),
        )
        self.config_rule_name = rule.ref
        self.config_rule_arn = rule.attr_arn
        self.config_rule_id = rule.attr_config_rule_id
        self.config_rule_compliance_type = rule.attr_compliance_type


class ManagedRule(_RuleNew):
    """An AWS managed Config rule.

    Args:
        scope: the parent construct.
        id: the construct id.
        identifier: the managed rule's identifier (``ManagedRuleIdentifiers``).
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: the rule's parameters.
        maximum_execution_frequency: how often a periodic rule runs (default 24 hours).
        rule_scope: the resources that trigger the rule (default all).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-config.ManagedRule"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        identifier: str,
        config_rule_name: str | None = None,
        description: str | None = None,
        evaluation_modes: EvaluationMode | None = None,
        input_parameters: Mapping[str, object] | None = None,
        maximum_execution_frequency: MaximumExecutionFrequency | None = None,
        rule_scope: RuleScope | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=config_rule_name)
        self._rule_scope = rule_scope
        self._make_rule(
            description=description,
            input_parameters=input_parameters,
            maximum_execution_frequency=maximum_execution_frequency,
            source=CfnConfigRule.SourceProperty(owner="AWS", source_identifier=identifier),
            evaluation_modes=evaluation_modes,
        )
        self._is_managed = True


def _change_details() -> list[Any]:
    return [
        CfnConfigRule.SourceDetailProperty(event_source="aws.config",
                                           message_type="ConfigurationItemChangeNotification"),
        CfnConfigRule.SourceDetailProperty(event_source="aws.config",
                                           message_type="OversizedConfigurationItemChangeNotification"),
    ]


class CustomRule(_RuleNew):
    """A Config rule evaluated by a Lambda function.

    Args:
        scope: the parent construct.
        id: the construct id.
        lambda_function: the function that evaluates the rule.
        configuration_changes: evaluate on configuration changes (this or ``periodic`` must be true).
        periodic: evaluate periodically.
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: the rule's parameters.
        maximum_execution_frequency: how often a periodic rule runs (default 24 hours).
        rule_scope: the resources that trigger the rule (default all).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-config.CustomRule"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        lambda_function: IFunction,
        configuration_changes: bool | None = None,
        periodic: bool | None = None,
        config_rule_name: str | None = None,
        description: str | None = None,
        evaluation_modes: EvaluationMode | None = None,
        input_parameters: Mapping[str, object] | None = None,
        maximum_execution_frequency: MaximumExecutionFrequency | None = None,
        rule_scope: RuleScope | None = None,
    ) -> None:
        from l2 import iam

        super().__init__(scope, id, physical_name=config_rule_name)
        if not configuration_changes and not periodic:
            raise ValidationError("At least one of `configurationChanges` or `periodic` must be set to true.", self)
        details: list[Any] = []
        self._rule_scope = rule_scope
        if configuration_changes:
            details.extend(_change_details())
        if periodic:
            details.append(CfnConfigRule.SourceDetailProperty(
                event_source="aws.config",
                maximum_execution_frequency=(
                    maximum_execution_frequency.value if maximum_execution_frequency is not None else None
                ),
                message_type="ScheduledNotification",
            ))
        stack = Stack.of(self)
        # aws-cdk-lib hashes the account and region (its function-name member is a method JSON leaves out)
        key = json.dumps({"accountId": stack.resolve(self.env.account), "region": stack.resolve(self.env.region)},
                         separators=(",", ":"), ensure_ascii=False)
        digest = base64.b64encode(hashlib.sha256(key.encode("utf-8")).digest()).decode("ascii")
        permission_id = f"CustomRulePermission{digest}"
        if lambda_function.permissions_node.try_find_child(permission_id) is None:
            lambda_function.add_permission(permission_id, principal=iam.ServicePrincipal("config.amazonaws.com"),
                                           source_account=self.env.account)
        if lambda_function.role is not None:
            lambda_function.role.add_managed_policy(
                iam.ManagedPolicy.from_aws_managed_policy_name("service-role/AWSConfigRulesExecutionRole")
            )
        self.node.add_dependency(lambda_function)
        self._make_rule(
            description=description,
            input_parameters=input_parameters,
            maximum_execution_frequency=maximum_execution_frequency,
            source=CfnConfigRule.SourceProperty(owner="CUSTOM_LAMBDA", source_details=details,
                                                source_identifier=lambda_function.function_arn),
            evaluation_modes=evaluation_modes,
        )
        if configuration_changes:
            self._is_custom_with_changes = True


class CustomPolicy(_RuleNew):
    """A Config rule written in Guard (a custom policy).

    Args:
        scope: the parent construct.
        id: the construct id.
        policy_text: the Guard policy (1 to 10,000 characters).
        enable_debug_log: deliver debug logs (default false).
        config_rule_name: the rule's name (default generated).
        description: the rule's description.
        evaluation_modes: detective, proactive or both (default detective).
        input_parameters: the rule's parameters.
        maximum_execution_frequency: not used by custom policies.
        rule_scope: the resources that trigger the rule (default all).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-config.CustomPolicy"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        policy_text: str,
        enable_debug_log: bool | None = None,
        config_rule_name: str | None = None,
        description: str | None = None,
        evaluation_modes: EvaluationMode | None = None,
        input_parameters: Mapping[str, object] | None = None,
        maximum_execution_frequency: MaximumExecutionFrequency | None = None,
        rule_scope: RuleScope | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=config_rule_name)
        if not policy_text:
            raise ValidationError("Policy Text cannot be empty.", self)
        if len(policy_text) > 10000:
            raise ValidationError("Policy Text is limited to 10,000 characters or less.", self)
        self._rule_scope = rule_scope
        self._make_rule(
            description=description,
            input_parameters=input_parameters,
            maximum_execution_frequency=None,
            source=CfnConfigRule.SourceProperty(
                owner="CUSTOM_POLICY",
                source_details=_change_details(),
                custom_policy_details=CfnConfigRule.CustomPolicyDetailsProperty(
                    enable_debug_log_delivery=enable_debug_log, policy_runtime="guard-2.x.x", policy_text=policy_text
                ),
            ),
            evaluation_modes=evaluation_modes,
        )
        self._is_custom_with_changes = True
