"""Alarm actions: notify a topic, invoke a function, act on an EC2 instance, open an OpsItem or incident, scale."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from constructs import Annotations, Construct, FeatureFlags, Names, Stack
from constructs.internals import structs
from l2._private.iam_module import iam
from l2.cloudwatch import AlarmActionConfig, IAlarm

if TYPE_CHECKING:
    from l2.applicationautoscaling import StepScalingAction as AppScalingStepScalingAction
    from l2.autoscaling import StepScalingAction as AutoScalingStepScalingAction
    from l2.lambda_ import IAlias, IFunction, IVersion
    from l2.sns import ITopic

# aws-cdk-lib's LAMBDA_PERMISSION_LOGICAL_ID_FOR_LAMBDA_ACTION (off unless set in the context)
_PERMISSION_ID_FLAG = "@aws-cdk/aws-cloudwatch-actions:changeLambdaPermissionLogicalIdForLambdaAction"


class SnsAction:
    """Notify an SNS topic when the alarm changes state.

    Args:
        topic: the topic to publish to.
    """

    def __init__(self, topic: ITopic) -> None:
        self.topic = topic

    def bind(self, _scope: Construct, _alarm: IAlarm) -> AlarmActionConfig:
        """The topic's ARN."""
        return AlarmActionConfig(alarm_action_arn=self.topic.topic_arn)


@structs.frozen(kw_only=True)
class LambdaActionProps:
    """Options of a ``LambdaAction``."""

    use_unique_permission_id: bool | None = None
    """Name the function's permission after the alarm's unique id, so several alarms can invoke one function
    (default: false)."""


class LambdaAction:
    """Invoke a Lambda function (or version, or alias) when the alarm changes state.

    The function gets a permission (``<prefix>AlarmPermission``) for ``lambda.alarms.cloudwatch.amazonaws.com``
    to be invoked by the alarm.

    Args:
        lambda_function: the function, version or alias to invoke.
        use_unique_permission_id: name the permission after the alarm's unique id (default: false).
    """

    def __init__(self, lambda_function: IFunction | IVersion | IAlias, *,
                 use_unique_permission_id: bool | None = None) -> None:
        self.lambda_function = lambda_function
        self._unique = use_unique_permission_id

    def bind(self, scope: Construct, alarm: IAlarm) -> AlarmActionConfig:
        """Add the invoke permission to the function; the function's ARN."""
        node = alarm.node  # type: ignore[attr-defined]
        prefix = node.id if FeatureFlags.of(scope).is_enabled(_PERMISSION_ID_FLAG) else ""
        if self._unique:
            prefix = Names.unique_id(alarm)  # type: ignore[arg-type]
        permission_id = f"{prefix}AlarmPermission"
        fn = self.lambda_function
        existing = fn.permissions_node.try_find_child(permission_id)
        alarm_arn = alarm.alarm_ref.alarm_arn
        if existing is None or getattr(existing, "source_arn", None) != alarm_arn:
            if existing is not None and not self._unique:
                Annotations.of(scope).add_warning_v2(
                    "@aws-cdk/aws-cloudwatch-actions:LambdaActionPermissionId",
                    f"Please use 'useUniquePermissionId' on LambdaAction {fn.function_name} to generate unique "
                    "Lambda Permission Id",
                )
            fn.add_permission(
                permission_id,
                source_account=Stack.of(scope).account,
                action="lambda:InvokeFunction",
                source_arn=alarm_arn,
                principal=iam().ServicePrincipal("lambda.alarms.cloudwatch.amazonaws.com"),
            )
        return AlarmActionConfig(alarm_action_arn=fn.function_arn)


class Ec2InstanceAction(enum.Enum):
    """What to do with the EC2 instance the alarm watches."""

    STOP = "stop"
    TERMINATE = "terminate"
    RECOVER = "recover"
    REBOOT = "reboot"


class Ec2Action:
    """Stop, terminate, recover or reboot the EC2 instance the alarm's metric is about.

    Args:
        instance_action: what to do.
    """

    def __init__(self, instance_action: Ec2InstanceAction) -> None:
        self.instance_action = instance_action

    def bind(self, _scope: Construct, _alarm: IAlarm) -> AlarmActionConfig:
        """``arn:<partition>:automate:<region>:ec2:<action>``."""
        stack = Stack.of(_scope)
        return AlarmActionConfig(
            alarm_action_arn=f"arn:{stack.partition}:automate:{stack.region}:ec2:{self.instance_action.value}"
        )


class OpsItemSeverity(enum.Enum):
    """The severity of the OpsItem an ``SsmAction`` creates."""

    CRITICAL = "1"
    HIGH = "2"
    MEDIUM = "3"
    LOW = "4"


class OpsItemCategory(enum.Enum):
    """The category of the OpsItem an ``SsmAction`` creates."""

    AVAILABILITY = "Availability"
    COST = "Cost"
    PERFORMANCE = "Performance"
    RECOVERY = "Recovery"
    SECURITY = "Security"


class SsmAction:
    """Create a Systems Manager OpsItem when the alarm fires.

    Args:
        severity: the OpsItem's severity.
        category: the OpsItem's category (default: none).
    """

    def __init__(self, severity: OpsItemSeverity, category: OpsItemCategory | None = None) -> None:
        self.severity = severity
        self.category = category

    def bind(self, _scope: Construct, _alarm: IAlarm) -> AlarmActionConfig:
        """``arn:<partition>:ssm:<region>:<account>:opsitem:<severity>[#CATEGORY=<category>]``."""
        stack = Stack.of(_scope)
        arn = f"arn:{stack.partition}:ssm:{stack.region}:{stack.account}:opsitem:{self.severity.value}"
        if self.category is not None:
            arn += f"#CATEGORY={self.category.value}"
        return AlarmActionConfig(alarm_action_arn=arn)


class SsmIncidentAction:
    """Start a Systems Manager Incident Manager incident when the alarm fires.

    Args:
        response_plan_name: the name of the response plan.
    """

    def __init__(self, response_plan_name: str) -> None:
        self.response_plan_name = response_plan_name

    def bind(self, _scope: Construct, _alarm: IAlarm) -> AlarmActionConfig:
        """``arn:<partition>:ssm-incidents::<account>:response-plan/<name>``."""
        stack = Stack.of(_scope)
        return AlarmActionConfig(
            alarm_action_arn=f"arn:{stack.partition}:ssm-incidents::{stack.account}:response-plan/"
            f"{self.response_plan_name}"
        )


class ApplicationScalingAction:
    """Run an Application Auto Scaling step-scaling policy when the alarm changes state.

    Args:
        step_scaling_action: the policy (``applicationautoscaling.StepScalingAction``).
    """

    def __init__(self, step_scaling_action: AppScalingStepScalingAction) -> None:
        self.step_scaling_action = step_scaling_action

    def bind(self, _scope: Construct, _alarm: IAlarm) -> AlarmActionConfig:
        """The policy's ARN."""
        return AlarmActionConfig(alarm_action_arn=self.step_scaling_action.scaling_policy_arn)


class AutoScalingAction:
    """Run an EC2 Auto Scaling step-scaling policy when the alarm changes state.

    Args:
        step_scaling_action: the policy (``autoscaling.StepScalingAction``).
    """

    def __init__(self, step_scaling_action: AutoScalingStepScalingAction) -> None:
        self.step_scaling_action = step_scaling_action

    def bind(self, _scope: Construct, _alarm: IAlarm) -> AlarmActionConfig:
        """The policy's ARN."""
        return AlarmActionConfig(alarm_action_arn=self.step_scaling_action.scaling_policy_arn)
