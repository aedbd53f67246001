"""What the CodeDeploy constructs share: ARNs, name checks and the alarm and rollback settings they render."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Arn, ArnComponents, ArnFormat, Aws, Stack, Token, ValidationError
from l1.codedeploy import CfnDeploymentGroup

if TYPE_CHECKING:
    from constructs import Construct
    from l2.cloudwatch import IAlarmRef
    from l2.codedeploy._group_base import AutoRollbackConfig

_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+=,@-")


def arn_for_application(stack: Stack, application_name: str) -> str:
    """``arn:<partition>:codedeploy:<region>:<account>:application:<name>`` in ``stack``'s environment."""
    return stack.format_arn(service="codedeploy", resource="application", resource_name=application_name,
                            arn_format=ArnFormat.COLON_RESOURCE_NAME)


def arn_for_deployment_config(name: str, resource: Any = None) -> str:
    """A deployment configuration's ARN, in ``resource``'s environment (default the deploying stack's)."""
    return Arn.format(ArnComponents(
        partition=Aws.PARTITION,
        account=resource.env.account if resource is not None else Aws.ACCOUNT_ID,
        region=resource.env.region if resource is not None else Aws.REGION,
        service="codedeploy",
        resource="deploymentconfig",
        resource_name=name,
        arn_format=ArnFormat.COLON_RESOURCE_NAME,
    ))


def validate_name(kind: str, name: str | None) -> list[str]:
    """The problems of an application, deployment group or deployment configuration name (none for a token)."""
    errors: list[str] = []
    if name is None or Token.is_unresolved(name):
        return errors
    if len(name) > 100:
        errors.append(f'{kind} name: "{name}" can be a max of 100 characters.')
    if not name or any(c not in _NAME_CHARS for c in name):
        errors.append(
            f'{kind} name: "{name}" can only contain letters (a-z, A-Z), numbers (0-9), periods (.), underscores (_), '
            "+ (plus signs), = (equals signs), , (commas), @ (at signs), - (minus signs)."
        )
    return errors


def render_alarm_configuration(
    alarms: Sequence[IAlarmRef],
    *,
    ignore_poll_alarm_failure: bool | None,
    remove_alarms: bool,
    ignore_alarm_configuration: bool | None,
) -> CfnDeploymentGroup.AlarmConfigurationProperty | None:
    """The group's ``AlarmConfiguration``.

    With ``@aws-cdk/aws-codedeploy:removeAlarmsFromDeploymentGroup`` a group without alarms says so
    (``Enabled: false``), so that alarms removed from the app are removed from the group too.
    """
    names = [CfnDeploymentGroup.AlarmProperty(name=a.alarm_ref.alarm_name) for a in alarms]
    ignore = bool(ignore_alarm_configuration)
    if remove_alarms:
        return CfnDeploymentGroup.AlarmConfigurationProperty(
            alarms=names or None, enabled=not ignore and bool(names), ignore_poll_alarm_failure=ignore_poll_alarm_failure,
        )
    if not names:
        return None
    return CfnDeploymentGroup.AlarmConfigurationProperty(
        alarms=names, enabled=not ignore, ignore_poll_alarm_failure=ignore_poll_alarm_failure,
    )


def render_auto_rollback_configuration(
    scope: Construct, alarms: Sequence[IAlarmRef], config: AutoRollbackConfig | None,
) -> CfnDeploymentGroup.AutoRollbackConfigurationProperty | None:
    """The group's ``AutoRollbackConfiguration``: failed deployments roll back by default, alarmed ones when the
    group has alarms, stopped ones only when asked."""
    failed = config.failed_deployment if config is not None else None
    stopped = config.stopped_deployment if config is not None else None
    in_alarm = config.deployment_in_alarm if config is not None else None
    events: list[str] = []
    if failed is not False:
        events.append("DEPLOYMENT_FAILURE")
    if stopped is True:
        events.append("DEPLOYMENT_STOP_ON_REQUEST")
    if in_alarm is not False:
        if alarms:
            events.append("DEPLOYMENT_STOP_ON_ALARM")
        elif in_alarm is True:
            raise ValidationError(
                "The auto-rollback setting 'deploymentInAlarm' does not have any effect unless you associate at least "
                "one CloudWatch alarm with the Deployment Group",
                scope,
            )
    if failed is False and stopped is not True and in_alarm is False:
        return CfnDeploymentGroup.AutoRollbackConfigurationProperty(enabled=False)
    if events:
        return CfnDeploymentGroup.AutoRollbackConfigurationProperty(enabled=True, events=events)
    return None


class NameValidation:
    """A node validation: the problems of a resource's physical name (``validate_name``)."""

    def __init__(self, kind: str, name_of: Any) -> None:
        self._kind = kind
        self._name_of = name_of

    def validate(self) -> list[str]:
        """The problems found (none for a generated or token name)."""
        return validate_name(self._kind, self._name_of())
