"""EventBridge Scheduler tasks: ``EventBridgeSchedulerCreateScheduleTask``, its target and ``Schedule``."""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    task_kwargs,
)

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.kms import IKey
    from l2.sqs import IQueue


class ActionAfterCompletion(enum.Enum):
    """What EventBridge Scheduler does with a schedule after its last invocation."""

    NONE = "NONE"
    """Keep the schedule."""
    DELETE = "DELETE"
    """Delete the schedule."""


def _utc(value: datetime.datetime) -> datetime.datetime:
    """The UTC fields of an aware datetime (jsii refuses naive ones; the JavaScript side runs in UTC)."""
    if value.tzinfo is None:
        raise TypeError("Naive datetimes are not supported, please add a timzone.")
    return value.astimezone(datetime.UTC).replace(tzinfo=None)


def _iso(value: datetime.datetime | None) -> str | None:
    """``Date.toISOString()``: UTC with milliseconds."""
    if value is None:
        return None
    value = _utc(value)
    return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class Schedule:
    """When a schedule runs: at one time, at a rate, or on a cron expression.

    Args:
        expression_string: the schedule expression (``at(...)``, ``rate(...)`` or ``cron(...)``)
    """

    def __init__(self, expression_string: str) -> None:
        self._expression_string = expression_string

    @property
    def expression_string(self) -> str:
        """The schedule expression."""
        return self._expression_string

    @staticmethod
    def one_time(time: datetime.datetime) -> Schedule:
        """Once, at ``time`` (``yyyy-mm-ddThh:mm:ss``, in UTC)."""
        return Schedule(_utc(time).strftime("%Y-%m-%dT%H:%M:%S"))

    @staticmethod
    def rate(duration: Duration) -> Schedule:
        """Every ``duration`` (at least a minute), in whole days, hours or minutes."""
        if duration.to_milliseconds() < Duration.minutes(1).to_milliseconds():
            raise UnscopedValidationError("Duration cannot be less than 1 minute")

        def maybe(value: float, unit: str) -> str | None:
            return f"{_num(value)} {unit}" if value > 0 and float(value).is_integer() else None

        rate = maybe(duration.to_days(integral=False), "days")
        if rate is None:
            rate = maybe(duration.to_hours(integral=False), "hours")
        if rate is None:
            rate = maybe(duration.to_minutes(integral=True), "minutes")
        return Schedule(f"rate({rate})")

    @staticmethod
    def cron(
        *,
        day: str | None = None,
        hour: str | None = None,
        minute: str | None = None,
        month: str | None = None,
        week_day: str | None = None,
        year: str | None = None,
    ) -> Schedule:
        """A cron expression (fields left out are ``*``; ``day`` and ``week_day`` exclude each other)."""
        if week_day is not None and day is not None:
            raise UnscopedValidationError("Cannot supply both 'day' and 'weekDay', use at most one")
        day_field = day if day is not None else ("?" if week_day is not None else "*")
        return Schedule(f"cron({minute or '*'} {hour or '*'} {day_field} {month or '*'} {week_day or '?'} "
                        f"{year or '*'})")


@structs.frozen(kw_only=True)
class CronOptions:
    """Options to configure a cron expression.

    Attributes:
        day: The day of the month to run this rule at
        hour: The hour to run this rule at
        minute: The minute to run this rule at
        month: The month to run this rule at
        week_day: The day of the week to run this rule at
        year: The year to run this rule at
    """

    day: str | None = None
    hour: str | None = None
    minute: str | None = None
    month: str | None = None
    week_day: str | None = None
    year: str | None = None


@structs.frozen(kw_only=True)
class RetryPolicy:
    """The information about the retry policy settings.

    Attributes:
        maximum_event_age: The maximum amount of time to continue to make retry attempts
        maximum_retry_attempts: The maximum number of retry attempts to make before the request fails
    """

    maximum_event_age: Duration
    maximum_retry_attempts: float


@structs.frozen(kw_only=True)
class EventBridgeSchedulerTargetProps:
    """Properties for ``EventBridgeSchedulerTarget``.

    Attributes:
        arn: The Amazon Resource Name (ARN) of the target
        role: The IAM role that EventBridge Scheduler will use for this target when the schedule is invoked
        dead_letter_queue: Dead letter queue for failed events
        input: The input to the target
        retry_policy: The retry policy settings
    """

    arn: str
    role: IRole
    dead_letter_queue: IQueue | None = None
    input: str | None = None
    retry_policy: RetryPolicy | None = None


class EventBridgeSchedulerTarget:
    """The target of a schedule created by ``EventBridgeSchedulerCreateScheduleTask``.

    Args:
        arn: The target's ARN
        role: The role EventBridge Scheduler assumes to invoke the target
        dead_letter_queue: The queue for the events the target fails to receive
        input: The text or JSON the target receives
        retry_policy: How EventBridge Scheduler retries
    """

    def __init__(
        self,
        *,
        arn: str,
        role: IRole,
        dead_letter_queue: IQueue | None = None,
        input: str | None = None,
        retry_policy: RetryPolicy | None = None,
    ) -> None:
        if input is not None and not Token.is_unresolved(input) and len(input) < 1:
            raise UnscopedValidationError("Input must be at least 1 character long.")
        if retry_policy is not None:
            attempts = field(retry_policy, "maximum_retry_attempts")
            age = field(retry_policy, "maximum_event_age")
            if not float(attempts).is_integer() or attempts < 0 or attempts > 185:
                raise UnscopedValidationError(
                    f"MaximumRetryAttempts must be an integer between 0 and 185, got {_num(attempts)}")
            if age.to_milliseconds() < Duration.seconds(60).to_milliseconds() or age.to_seconds() > 86400:
                raise UnscopedValidationError("MaximumEventAgeInSeconds must be between 60 and 86400 seconds")
        self.arn = arn
        self.role = role
        self.input = input
        self.retry_policy = retry_policy
        self.dead_letter_queue = dead_letter_queue

    def render_target_object(self) -> Any:
        """The ``Target`` of the CreateSchedule call."""
        retry = self.retry_policy
        return {
            "Arn": self.arn,
            "RoleArn": self.role.role_arn,
            "Input": self.input,
            "RetryPolicy": {
                "MaximumEventAgeInSeconds": field(retry, "maximum_event_age").to_seconds(),
                "MaximumRetryAttempts": field(retry, "maximum_retry_attempts"),
            } if retry is not None else None,
            "DeadLetterConfig": {"Arn": self.dead_letter_queue.queue_arn}
            if self.dead_letter_queue is not None else None,
        }


@structs.frozen(kw_only=True)
class EventBridgeSchedulerCreateScheduleTaskJsonPathProps:
    """Properties for creating an AWS EventBridge Scheduler schedule using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        schedule: The schedule that defines when the schedule will trigger
        schedule_name: Schedule name
        target: The schedule's target
        action_after_completion: Specifies the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target
        client_token: Unique, case-sensitive identifier to ensure the idempotency of the request
        description: The description for the schedule
        enabled: Specifies whether the schedule is enabled or disabled
        end_date: The date, in UTC, before which the schedule can invoke its target
        flexible_time_window: The maximum time window during which a schedule can be invoked
        group_name: The name of the schedule group to associate with this schedule
        kms_key: The customer managed KMS key that EventBridge Scheduler will use to encrypt and decrypt payload
        start_date: The date, in UTC, after which the schedule can begin invoking its target
        timezone: The timezone in which the scheduling expression is evaluated
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    schedule: Schedule
    schedule_name: str
    target: EventBridgeSchedulerTarget
    action_after_completion: ActionAfterCompletion | None = None
    client_token: str | None = None
    description: str | None = None
    enabled: bool | None = None
    end_date: datetime.datetime | None = None
    flexible_time_window: Duration | None = None
    group_name: str | None = None
    kms_key: IKey | None = None
    start_date: datetime.datetime | None = None
    timezone: str | None = None


@structs.frozen(kw_only=True)
class EventBridgeSchedulerCreateScheduleTaskJsonataProps:
    """Properties for creating an AWS EventBridge Scheduler schedule using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        schedule: The schedule that defines when the schedule will trigger
        schedule_name: Schedule name
        target: The schedule's target
        action_after_completion: Specifies the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target
        client_token: Unique, case-sensitive identifier to ensure the idempotency of the request
        description: The description for the schedule
        enabled: Specifies whether the schedule is enabled or disabled
        end_date: The date, in UTC, before which the schedule can invoke its target
        flexible_time_window: The maximum time window during which a schedule can be invoked
        group_name: The name of the schedule group to associate with this schedule
        kms_key: The customer managed KMS key that EventBridge Scheduler will use to encrypt and decrypt payload
        start_date: The date, in UTC, after which the schedule can begin invoking its target
        timezone: The timezone in which the scheduling expression is evaluated
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    schedule: Schedule
    schedule_name: str
    target: EventBridgeSchedulerTarget
    action_after_completion: ActionAfterCompletion | None = None
    client_token: str | None = None
    description: str | None = None
    enabled: bool | None = None
    end_date: datetime.datetime | None = None
    flexible_time_window: Duration | None = None
    group_name: str | None = None
    kms_key: IKey | None = None
    start_date: datetime.datetime | None = None
    timezone: str | None = None


@structs.frozen(kw_only=True)
class EventBridgeSchedulerCreateScheduleTaskProps:
    """Properties for creating an AWS EventBridge Scheduler schedule.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        schedule: The schedule that defines when the schedule will trigger
        schedule_name: Schedule name
        target: The schedule's target
        action_after_completion: Specifies the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target
        client_token: Unique, case-sensitive identifier to ensure the idempotency of the request
        description: The description for the schedule
        enabled: Specifies whether the schedule is enabled or disabled
        end_date: The date, in UTC, before which the schedule can invoke its target
        flexible_time_window: The maximum time window during which a schedule can be invoked
        group_name: The name of the schedule group to associate with this schedule
        kms_key: The customer managed KMS key that EventBridge Scheduler will use to encrypt and decrypt payload
        start_date: The date, in UTC, after which the schedule can begin invoking its target
        timezone: The timezone in which the scheduling expression is evaluated
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    schedule: Schedule
    schedule_name: str
    target: EventBridgeSchedulerTarget
    action_after_completion: ActionAfterCompletion | None = None
    client_token: str | None = None
    description: str | None = None
    enabled: bool | None = None
    end_date: datetime.datetime | None = None
    flexible_time_window: Duration | None = None
    group_name: str | None = None
    kms_key: IKey | None = None
    start_date: datetime.datetime | None = None
    timezone: str | None = None


class EventBridgeSchedulerCreateScheduleTask(TaskStateBase):
    """Create a new AWS EventBridge Scheduler schedule.

    Args:
        schedule: The schedule that defines when the schedule will trigger
        schedule_name: Schedule name
        target: The schedule's target
        action_after_completion: Specifies the action that EventBridge Scheduler applies to the schedule after the schedule completes invoking the target
        client_token: Unique, case-sensitive identifier to ensure the idempotency of the request
        description: The description for the schedule
        enabled: Specifies whether the schedule is enabled or disabled
        end_date: The date, in UTC, before which the schedule can invoke its target
        flexible_time_window: The maximum time window during which a schedule can be invoked
        group_name: The name of the schedule group to associate with this schedule
        kms_key: The customer managed KMS key that EventBridge Scheduler will use to encrypt and decrypt payload
        start_date: The date, in UTC, after which the schedule can begin invoking its target
        timezone: The timezone in which the scheduling expression is evaluated
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        schedule: Schedule,
        schedule_name: str,
        target: EventBridgeSchedulerTarget,
        action_after_completion: ActionAfterCompletion | None = None,
        client_token: str | None = None,
        description: str | None = None,
        enabled: bool | None = None,
        end_date: datetime.datetime | None = None,
        flexible_time_window: Duration | None = None,
        group_name: str | None = None,
        kms_key: IKey | None = None,
        start_date: datetime.datetime | None = None,
        timezone: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> EventBridgeSchedulerCreateScheduleTask:
        """Create an AWS EventBridge Scheduler schedule using JSONPath."""
        kwargs = task_kwargs(locals())
        return EventBridgeSchedulerCreateScheduleTask(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        schedule: Schedule,
        schedule_name: str,
        target: EventBridgeSchedulerTarget,
        action_after_completion: ActionAfterCompletion | None = None,
        client_token: str | None = None,
        description: str | None = None,
        enabled: bool | None = None,
        end_date: datetime.datetime | None = None,
        flexible_time_window: Duration | None = None,
        group_name: str | None = None,
        kms_key: IKey | None = None,
        start_date: datetime.datetime | None = None,
        timezone: str | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> EventBridgeSchedulerCreateScheduleTask:
        """Create an AWS EventBridge Scheduler schedule using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EventBridgeSchedulerCreateScheduleTask(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        schedule: Schedule,
        schedule_name: str,
        target: EventBridgeSchedulerTarget,
        action_after_completion: ActionAfterCompletion | None = None,
        client_token: str | None = None,
        description: str | None = None,
        enabled: bool | None = None,
        end_date: datetime.datetime | None = None,
        flexible_time_window: Duration | None = None,
        group_name: str | None = None,
        kms_key: IKey | None = None,
        start_date: datetime.datetime | None = None,
        timezone: str | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(props)

    def _setup(self, props: TaskProps) -> None:
        from l2 import iam

        self._validate(props)
        if props.kms_key is not None:
            props.kms_key.grant_decrypt(props.target.role)
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        self._task_policies = [
            iam.PolicyStatement(resources=[Stack.of(self).format_arn(
                service="scheduler", resource="schedule",
                resource_name=f"{props.group_name or 'default'}/{props.schedule_name}")],
                actions=["scheduler:CreateSchedule"]),
            iam.PolicyStatement(resources=[props.target.role.role_arn], actions=["iam:PassRole"]),
        ]

    def _validate(self, props: TaskProps) -> None:
        if props.start_date and props.end_date and props.start_date >= props.end_date:
            raise ValidationError("'startDate' must be before 'endDate'", self)
        token = props.client_token
        if token is not None and not Token.is_unresolved(token):
            if len(token) > 64 or len(token) < 1:
                raise ValidationError(f"ClientToken must be between 1 and 64 characters long. Got: {len(token)}", self)
            if not re.fullmatch(r"[a-zA-Z0-9\-_]+", token):
                raise ValidationError("ClientToken must consist of alphanumeric characters, dashes, and underscores "
                                      f"only, Got: {token}", self)
        description = props.description
        if description is not None and not Token.is_unresolved(description) and len(description) > 512:
            raise ValidationError(f"Description must be less than 512 characters long. Got: {len(description)}",
                                  self)
        window = props.flexible_time_window
        if window is not None and (window.to_milliseconds() < Duration.minutes(1).to_milliseconds()
                                   or window.to_minutes() > 1440):
            raise ValidationError("FlexibleTimeWindow must be between 1 and 1440 minutes", self)
        group = props.group_name
        if group is not None and not Token.is_unresolved(group):
            if len(group) < 1 or len(group) > 64:
                raise ValidationError(f"GroupName must be between 1 and 64 characters long. Got: {len(group)}", self)
            if not re.fullmatch(r"[a-zA-Z0-9\-_.]+", group):
                raise ValidationError("GroupName must consist of alphanumeric characters, dashes, underscores, and "
                                      f"periods only, Got: {group}", self)
        tz = props.timezone
        if tz is not None and not Token.is_unresolved(tz) and (len(tz) < 1 or len(tz) > 50):
            raise ValidationError(f"Timezone must be between 1 and 50 characters long. Got: {len(tz)}", self)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        window = props.flexible_time_window
        return {
            "Resource": integration_resource_arn("aws-sdk:scheduler", "createSchedule", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "ActionAfterCompletion": (props.action_after_completion or ActionAfterCompletion.NONE).value,
                "ClientToken": props.client_token,
                "Description": props.description,
                "EndDate": _iso(props.end_date),
                "FlexibleTimeWindow": {"Mode": "FLEXIBLE" if window else "OFF",
                                       "MaximumWindowInMinutes": window.to_minutes() if window else None},
                "GroupName": props.group_name,
                "KmsKeyArn": props.kms_key.key_arn if props.kms_key is not None else None,
                "Name": props.schedule_name,
                "ScheduleExpression": props.schedule.expression_string,
                "ScheduleExpressionTimezone": props.timezone,
                "StartDate": _iso(props.start_date),
                "State": "ENABLED" if props.enabled is None or props.enabled else "DISABLED",
                "Target": props.target.render_target_object(),
            }, query_language),
        }

