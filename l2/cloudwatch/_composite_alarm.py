"""``CompositeAlarm`` and ``AlarmRule``: alarms whose state is a boolean rule over other alarms."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Names,
    Stack,
    Token,
    Tokenization,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import cached_property
from l1.cloudwatch import CfnCompositeAlarm

from ._alarm import AlarmBase, IAlarm, IAlarmRef, _ImportedAlarm
from ._private.numbers import js_number


class AlarmState(enum.Enum):
    """The states an alarm rule can test."""

    ALARM = "ALARM"
    OK = "OK"
    INSUFFICIENT_DATA = "INSUFFICIENT_DATA"


@runtime_checkable
class IAlarmRule(Protocol):
    """Anything that renders an alarm rule expression."""

    def render_alarm_rule(self) -> str:
        """The rule expression."""
        ...


class _Rule:
    def __init__(self, render: Any) -> None:
        self._render = render

    def render_alarm_rule(self) -> str:
        return self._render()


class AtLeastThreshold:
    """How many operands of an ``AT_LEAST`` rule must be in the state: a count or a percentage."""

    def _bind(self, operands: Sequence[IAlarm]) -> str:
        raise NotImplementedError

    @staticmethod
    def count(count: float) -> AtLeastThreshold:
        """At least ``count`` operands (an integer from 1 to the number of operands)."""
        return _AtLeastCount(count)

    @staticmethod
    def percentage(percentage: float) -> AtLeastThreshold:
        """At least ``percentage`` percent of the operands (an integer from 1 to 100)."""
        return _AtLeastPercentage(percentage)


class _AtLeastCount(AtLeastThreshold):
    def __init__(self, count: float) -> None:
        self._count = count

    def _bind(self, operands: Sequence[IAlarm]) -> str:
        if Token.is_unresolved(self._count):
            return Tokenization.stringify_number(self._count)
        if self._count < 1 or len(operands) < self._count or not float(self._count).is_integer():
            raise UnscopedValidationError(
                f"count must be an integer between 1 and the number of operands ({len(operands)}), got "
                f"{js_number(self._count)}"
            )
        return js_number(self._count)


class _AtLeastPercentage(AtLeastThreshold):
    def __init__(self, percentage: float) -> None:
        self._percentage = percentage

    def _bind(self, operands: Sequence[IAlarm]) -> str:
        if Token.is_unresolved(self._percentage):
            return f"{Tokenization.stringify_number(self._percentage)}%"
        if self._percentage < 1 or self._percentage > 100 or not float(self._percentage).is_integer():
            raise UnscopedValidationError(f"percentage must be an integer between 1 and 100, got "
                                          f"{js_number(self._percentage)}")
        return f"{js_number(self._percentage)}%"


class AlarmRule:
    """Factories for alarm rule expressions (``ALARM("arn")``, ``(a AND b)``, ``(NOT (a))``)."""

    @staticmethod
    def all_of(*operands: IAlarmRule) -> IAlarmRule:
        """Every operand holds."""
        return AlarmRule._concat("AND", "allOf", operands)

    @staticmethod
    def any_of(*operands: IAlarmRule) -> IAlarmRule:
        """At least one operand holds."""
        return AlarmRule._concat("OR", "anyOf", operands)

    @staticmethod
    def not_(operand: IAlarmRule) -> IAlarmRule:
        """The operand does not hold."""
        return _Rule(lambda: f"(NOT ({operand.render_alarm_rule()}))")

    @staticmethod
    def at_least(alarm_state: AlarmState, *, operands: Sequence[IAlarm], threshold: AtLeastThreshold) -> IAlarmRule:
        """``AT_LEAST(<threshold>, <STATE>, (<arns>))``: enough of ``operands`` are in ``alarm_state``."""
        return AlarmRule._at_least(alarm_state.value, operands, threshold)

    @staticmethod
    def at_least_not(
        alarm_state: AlarmState, *, operands: Sequence[IAlarm], threshold: AtLeastThreshold
    ) -> IAlarmRule:
        """``AT_LEAST(<threshold>, NOT <STATE>, (<arns>))``: enough of ``operands`` are not in ``alarm_state``."""
        return AlarmRule._at_least(f"NOT {alarm_state.value}", operands, threshold)

    @staticmethod
    def _at_least(state: str, operands: Sequence[IAlarm], threshold: AtLeastThreshold) -> IAlarmRule:
        def render() -> str:
            if not operands:
                raise UnscopedValidationError(f"Did not detect any operands for AT_LEAST {state}")
            count = threshold._bind(operands)
            arns = ", ".join(f'"{o.alarm_arn}"' for o in operands)
            return f"AT_LEAST({count}, {state}, ({arns}))"

        return _Rule(render)

    @staticmethod
    def from_boolean(value: bool) -> IAlarmRule:
        """``TRUE`` or ``FALSE``."""
        return _Rule(lambda: str(value).upper())

    @staticmethod
    def from_alarm(alarm: IAlarmRef, alarm_state: AlarmState) -> IAlarmRule:
        """``<STATE>("<alarm arn>")``."""
        return _Rule(lambda: f'{alarm_state.value}("{alarm.alarm_ref.alarm_arn}")')

    @staticmethod
    def from_string(alarm_rule: str) -> IAlarmRule:
        """A rule written out by hand."""
        return _Rule(lambda: alarm_rule)

    @staticmethod
    def _concat(operator: str, name: str, operands: Sequence[IAlarmRule]) -> IAlarmRule:
        def render() -> str:
            if not operands:
                raise UnscopedValidationError(f"Did not detect any operands for AlarmRule.{name}()")
            return "(" + f" {operator} ".join(o.render_alarm_rule() for o in operands) + ")"

        return _Rule(render)


class CompositeAlarm(AlarmBase):
    """A composite alarm (``AWS::CloudWatch::CompositeAlarm``).

    Args:
        alarm_rule: the rule over other alarms.
        composite_alarm_name: the name (default: the construct's unique id).
        alarm_description / actions_enabled: as in CloudFormation.
        actions_suppressor / actions_suppressor_extension_period / actions_suppressor_wait_period: suppress
            actions while another alarm is in ALARM (periods default to 1 minute with a suppressor).

    Raises:
        ValidationError: a rule over 10240 characters, or suppressor periods without a suppressor.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudwatch.CompositeAlarm"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        alarm_rule: IAlarmRule,
        actions_enabled: bool | None = None,
        actions_suppressor: IAlarmRef | None = None,
        actions_suppressor_extension_period: Duration | None = None,
        actions_suppressor_wait_period: Duration | None = None,
        alarm_description: str | None = None,
        composite_alarm_name: str | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=composite_alarm_name or Lazy.string(self._generate_unique_id))
        rule = alarm_rule.render_alarm_rule()
        if len(rule) > 10240:
            raise ValidationError(
                "Alarm Rule expression cannot be greater than 10240 characters, please reduce the conditions in the "
                "Alarm Rule",
                self,
            )
        extension, wait = actions_suppressor_extension_period, actions_suppressor_wait_period
        if actions_suppressor is None:
            if extension is not None or wait is not None:
                raise ValidationError("ActionsSuppressor Extension/Wait Periods require an ActionsSuppressor to be set.",
                                      self)
        else:
            extension = extension or Duration.minutes(1)
            wait = wait or Duration.minutes(1)
        self.alarm_rule = rule
        self.resource: CfnCompositeAlarm = CfnCompositeAlarm(
            self,
            "Resource",
            alarm_name=self.physical_name,
            alarm_rule=rule,
            alarm_description=alarm_description,
            actions_enabled=actions_enabled,
            alarm_actions=Lazy.list(lambda: list(self._alarm_action_arns), omit_empty=True),
            insufficient_data_actions=Lazy.list(lambda: list(self._insufficient_data_action_arns), omit_empty=True),
            ok_actions=Lazy.list(lambda: list(self._ok_action_arns), omit_empty=True),
            actions_suppressor=actions_suppressor.alarm_ref.alarm_arn if actions_suppressor is not None else None,
            actions_suppressor_extension_period=extension.to_seconds() if extension is not None else None,
            actions_suppressor_wait_period=wait.to_seconds() if wait is not None else None,
        )

    def _generate_unique_id(self) -> str:
        name = Names.unique_id(self)
        return name[:120] + name[-120:] if len(name) > 240 else name

    @cached_property
    def alarm_arn(self) -> str:  # type: ignore[override]
        """The alarm's ARN (formatted from the name when used from another environment)."""
        return self.get_resource_arn_attribute(self.resource.attr_arn, {
            "service": "cloudwatch", "resource": "alarm", "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME})

    @cached_property
    def alarm_name(self) -> str:  # type: ignore[override]
        """The alarm's name."""
        return self.get_resource_name_attribute(self.resource.ref)

    @staticmethod
    def from_composite_alarm_arn(scope: Construct, id: str, composite_alarm_arn: str) -> IAlarm:
        """An existing composite alarm, by ARN."""
        return _ImportedAlarm(scope, id, composite_alarm_arn)

    @staticmethod
    def from_composite_alarm_name(scope: Construct, id: str, composite_alarm_name: str) -> IAlarm:
        """An existing composite alarm in this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(service="cloudwatch", resource="alarm", resource_name=composite_alarm_name,
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return _ImportedAlarm(scope, id, arn)
