"""``AlarmMuteRule`` (``AWS::CloudWatch::AlarmMuteRule``): mute alarms on a schedule; ``ScheduleExpression``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol, cast, runtime_checkable

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Resource,
    Stack,
    TimeZone,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import cached_property, structs
from l1.cloudwatch import CfnAlarmMuteRule

from ._alarm import IAlarmRef


@structs.frozen(kw_only=True)
class CalendarDateTime:
    """A date and time (in the schedule's time zone) for alarm mute rules."""

    day: float
    """The day of the month (1-31)."""
    hour: float
    """The hour (0-23)."""
    minute: float
    """The minute (0-59)."""
    month: float
    """The month (1-12)."""
    year: float
    """The year."""


@structs.frozen(kw_only=True)
class CronOptions:
    """The fields of ``ScheduleExpression.cron`` (unset fields are ``*``)."""

    minute: str
    """The minute(s)."""
    day: str | None = None
    """The day(s) of the month (not with ``week_day``)."""
    hour: str | None = None
    """The hour(s)."""
    month: str | None = None
    """The month(s)."""
    time_zone: TimeZone | None = None
    """The time zone of the schedule (default: UTC)."""
    week_day: str | None = None
    """The day(s) of the week (not with ``day``)."""


@structs.frozen(kw_only=True)
class AlarmMuteRuleReference:
    """The ARN of an alarm mute rule (``rule.alarm_mute_rule_ref``)."""

    alarm_mute_rule_arn: str
    """The rule's ARN."""


@runtime_checkable
class IAlarmMuteRule(Protocol):
    """An alarm mute rule, new or imported."""

    @cached_property
    def alarm_mute_rule_arn(self) -> str:
        """The rule's ARN."""
        ...

    @cached_property
    def alarm_mute_rule_name(self) -> str:
        """The rule's name."""
        ...


def _pad(n: Any) -> str:
    text = str(int(n)) if isinstance(n, float) and n.is_integer() else str(n)
    return text.rjust(2, "0")


def _format_date(date: CalendarDateTime) -> str:
    ranges = (("month", 1, 12), ("day", 1, 31), ("hour", 0, 23), ("minute", 0, 59))
    for field, low, high in ranges:
        value = getattr(date, field)
        if not Token.is_unresolved(value) and not low <= value <= high:
            raise UnscopedValidationError(f"InvalidDateTime: The specified date is invalid. ({field} out of range: {low}-{high}).")
    year = str(int(date.year)) if isinstance(date.year, float) and date.year.is_integer() else str(date.year)
    return f"{year}-{_pad(date.month)}-{_pad(date.day)}T{_pad(date.hour)}:{_pad(date.minute)}"


class ScheduleExpression:
    """When an alarm mute rule mutes its alarms: ``at(...)``, ``cron(...)`` or a literal expression.

    Args:
        expression_string: the schedule expression (``at(...)`` or ``cron(...)``).
        time_zone: the time zone the expression is read in (default UTC).
    """

    def __init__(self, expression_string: str = "", time_zone: TimeZone | None = None) -> None:
        self.expression_string = expression_string
        self.time_zone = time_zone

    @staticmethod
    def at(date: CalendarDateTime, time_zone: TimeZone | None = None) -> ScheduleExpression:
        """Once, at ``date`` (``at(2026-01-31T09:00)``).

        Raises:
            UnscopedValidationError: a month, day, hour or minute out of range.
        """
        return ScheduleExpression(f"at({_format_date(date)})", time_zone)

    @staticmethod
    def cron(
        *,
        minute: str,
        day: str | None = None,
        hour: str | None = None,
        month: str | None = None,
        time_zone: TimeZone | None = None,
        week_day: str | None = None,
    ) -> ScheduleExpression:
        """A recurring schedule: ``cron(<minute> <hour> <day> <month> <week_day>)``, unset fields ``*``.

        Raises:
            UnscopedValidationError: both ``day`` and ``week_day``.
        """
        if week_day is not None and day is not None:
            raise UnscopedValidationError("CannotSupplyBothDayAndWeekDay: Cannot supply both 'day' and 'weekDay', use at "
                                          "most one")
        text = f"cron({minute} {hour or '*'} {day or '*'} {month or '*'} {week_day or '*'})"
        return ScheduleExpression(text, time_zone)

    @staticmethod
    def expression(expression: str, time_zone: TimeZone | None = None) -> ScheduleExpression:
        """A schedule expression written out by hand."""
        return ScheduleExpression(expression, time_zone)


class _ImportedAlarmMuteRule(Resource):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.alarm_mute_rule_arn = arn
        self.alarm_mute_rule_name: str = cast(
            str, Stack.of(scope).split_arn(arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
        )
        self.alarm_mute_rule_ref = AlarmMuteRuleReference(alarm_mute_rule_arn=arn)


class AlarmMuteRule(Resource):
    """Mutes alarms' actions on a schedule (``AWS::CloudWatch::AlarmMuteRule``).

    Args:
        duration: how long the alarms stay muted each time the schedule fires (1 minute to 15 days).
        schedule: when the alarms are muted.
        alarms: the alarms to mute (up to 100; more with ``add_alarm``).
        alarm_mute_rule_name: the rule's name (default: generated by CloudFormation).
        description: what the rule is for.
        start / expire: when the rule starts and stops being evaluated.
        tags: tags of the rule.

    Raises:
        ValidationError: a name longer than 255 characters, a duration outside 1 minute to 15 days, or more than
            100 alarms.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudwatch.AlarmMuteRule"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        duration: Duration,
        schedule: ScheduleExpression,
        alarms: Sequence[IAlarmRef] | None = None,
        alarm_mute_rule_name: str | None = None,
        description: str | None = None,
        expire: CalendarDateTime | None = None,
        start: CalendarDateTime | None = None,
        tags: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=alarm_mute_rule_name)
        name = alarm_mute_rule_name
        if name is not None and not Token.is_unresolved(name) and not 1 <= len(name) <= 255:
            raise ValidationError(f"Alarm mute rule name must be between 1 and 255 characters, got {len(name)} "
                                  "characters.", self)
        if not duration.is_unresolved():
            minutes = duration.to_minutes()  # as in aws-cdk-lib: a fraction of a minute fails the conversion
            if minutes < 1:
                raise ValidationError(f"Duration must be greater than or equal to 1 minute, got "
                                      f"{_js(minutes)} minutes.", self)
            days = duration.to_days(integral=False)
            if days > 15:
                raise ValidationError(f"Duration must be less than or equal to 15 days, got {_js(days)} days.", self)
        self._alarms: list[IAlarmRef] = []
        for alarm in alarms or []:
            self.add_alarm(alarm)
        self.alarm_mute_rule: CfnAlarmMuteRule = CfnAlarmMuteRule(
            self,
            "Resource",
            name=alarm_mute_rule_name,
            description=description,
            mute_targets=Lazy.any(self._render_targets),
            rule={"schedule": {"duration": duration.to_iso_string(), "expression": schedule.expression_string,
                               "timezone": schedule.time_zone.timezone_name if schedule.time_zone else None}},
            start_date=_format_date(start) if start is not None else None,
            expire_date=_format_date(expire) if expire is not None else None,
            tags=[{"key": k, "value": v} for k, v in tags.items()] if tags else None,
        )

    def _render_targets(self) -> CfnAlarmMuteRule.MuteTargetsProperty | None:
        if len(self._alarms) > 100:
            raise ValidationError(f"The maximum number of target alarms is 100. Got {len(self._alarms)} alarms.",
                                  self)
        if not self._alarms:
            return None
        return CfnAlarmMuteRule.MuteTargetsProperty(alarm_names=[a.alarm_ref.alarm_name for a in self._alarms])

    @staticmethod
    def from_alarm_mute_rule_arn(scope: Construct, id: str, alarm_mute_rule_arn: str) -> IAlarmMuteRule:
        """An existing alarm mute rule, by ARN."""
        return _ImportedAlarmMuteRule(scope, id, alarm_mute_rule_arn)

    @staticmethod
    def from_alarm_mute_rule_name(scope: Construct, id: str, alarm_mute_rule_name: str) -> IAlarmMuteRule:
        """An existing alarm mute rule in this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(service="cloudwatch", resource="alarm-mute-rule",
                                         resource_name=alarm_mute_rule_name, arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return _ImportedAlarmMuteRule(scope, id, arn)

    @property
    def alarm_mute_rule_ref(self) -> AlarmMuteRuleReference:
        """The rule's ARN."""
        return AlarmMuteRuleReference(alarm_mute_rule_arn=self.alarm_mute_rule_arn)

    @cached_property
    def alarm_mute_rule_arn(self) -> str:
        """The rule's ARN."""
        return self.get_resource_arn_attribute(self.alarm_mute_rule.attr_arn, {
            "service": "cloudwatch", "resource": "alarm-mute-rule", "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME})

    @cached_property
    def alarm_mute_rule_name(self) -> str:
        """The rule's name."""
        return self.get_resource_name_attribute(self.alarm_mute_rule.ref)

    def add_alarm(self, alarm: IAlarmRef) -> None:
        """Mute ``alarm`` too."""
        self._alarms.append(alarm)


def _js(x: float) -> str:
    from ._private.numbers import js_number

    return js_number(x)
