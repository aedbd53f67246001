"""``PromQLAlarm``: an alarm evaluated by a PromQL query (``AWS::CloudWatch::Alarm`` with ``EvaluationCriteria``)."""

from __future__ import annotations

from constructs import ArnFormat, Construct, Duration, Lazy, Stack, Token, ValidationError
from constructs.internals import cached_property
from l1.cloudwatch import CfnAlarm

from ._alarm import AlarmBase, IAlarm, _ImportedAlarm


def _seconds(d: Duration | None) -> float | None:
    return d.to_seconds() if d is not None else None


class PromQLAlarm(AlarmBase):
    """An alarm whose state comes from a PromQL query.

    Args:
        evaluation_interval: how often the query is evaluated (10 seconds to 1 hour).
        query: the PromQL query (1 to 10000 characters).
        pending_period: how long the query must breach before ALARM (0 to 1 day; default: CloudWatch's).
        recovery_period: how long the query must not breach before OK (0 to 1 day; default: CloudWatch's).
        alarm_name / alarm_description / actions_enabled: as in CloudFormation.

    Raises:
        ValidationError: a value out of its range.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-cloudwatch.PromQLAlarm"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        evaluation_interval: Duration,
        query: str,
        actions_enabled: bool | None = None,
        alarm_description: str | None = None,
        alarm_name: str | None = None,
        pending_period: Duration | None = None,
        recovery_period: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=alarm_name)
        interval = evaluation_interval.to_seconds()
        if not Token.is_unresolved(interval) and not 10 <= interval <= 3600:
            raise ValidationError(f"evaluationInterval must be between 10 and 3600 seconds, got {interval}", self)
        pending = _seconds(pending_period)
        if pending is not None and not Token.is_unresolved(pending) and not 0 <= pending <= 86400:
            raise ValidationError(f"pendingPeriod must be between 0 and 86400 seconds, got {pending}", self)
        recovery = _seconds(recovery_period)
        if recovery is not None and not Token.is_unresolved(recovery) and not 0 <= recovery <= 86400:
            raise ValidationError(f"recoveryPeriod must be between 0 and 86400 seconds, got {recovery}", self)
        if not Token.is_unresolved(query) and not 1 <= len(query) <= 10000:
            raise ValidationError(f"query must be between 1 and 10000 characters, got {len(query)}", self)
        self.alarm: CfnAlarm = CfnAlarm(
            self,
            "Resource",
            alarm_description=alarm_description,
            alarm_name=self.physical_name if alarm_name is not None else None,
            actions_enabled=actions_enabled,
            alarm_actions=Lazy.list(lambda: list(self._alarm_action_arns), omit_empty=True),
            insufficient_data_actions=Lazy.list(lambda: list(self._insufficient_data_action_arns), omit_empty=True),
            ok_actions=Lazy.list(lambda: list(self._ok_action_arns), omit_empty=True),
            evaluation_criteria={"prom_ql_criteria": {"query": query, "pending_period": pending,
                                                      "recovery_period": recovery}},
            evaluation_interval=interval,
        )

    @staticmethod
    def from_prom_ql_alarm_arn(scope: Construct, id: str, alarm_arn: str) -> IAlarm:
        """An existing PromQL alarm, by ARN."""
        return _ImportedAlarm(scope, id, alarm_arn)

    @staticmethod
    def from_prom_ql_alarm_name(scope: Construct, id: str, alarm_name: str) -> IAlarm:
        """An existing PromQL alarm in this stack's account and region, by name."""
        arn = Stack.of(scope).format_arn(service="cloudwatch", resource="alarm", resource_name=alarm_name,
                                         arn_format=ArnFormat.COLON_RESOURCE_NAME)
        return _ImportedAlarm(scope, id, arn)

    @cached_property
    def alarm_arn(self) -> str:  # type: ignore[override]
        """The alarm's ARN."""
        return self.get_resource_arn_attribute(self.alarm.attr_arn, {
            "service": "cloudwatch", "resource": "alarm", "resource_name": self.physical_name,
            "arn_format": ArnFormat.COLON_RESOURCE_NAME})

    @cached_property
    def alarm_name(self) -> str:  # type: ignore[override]
        """The alarm's name."""
        return self.get_resource_name_attribute(self.alarm.ref)
