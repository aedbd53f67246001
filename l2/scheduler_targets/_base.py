"""``ScheduleTargetBase``: the role, dead-letter queue and retry policy every schedule target shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Duration, PhysicalName, Stack, Token, UnscopedValidationError
from constructs.internals import structs
from l1.scheduler import CfnSchedule
from l2.scheduler import ScheduleTargetConfig, ScheduleTargetInput

if TYPE_CHECKING:
    from l2.iam import IRole
    from l2.scheduler import ISchedule
    from l2.sqs import IQueue


@structs.frozen(kw_only=True)
class ScheduleTargetBaseProps:
    """What every schedule target accepts.

    Args:
        dead_letter_queue: the queue that receives events the target could not get (default none).
        input: the payload sent to the target (default none).
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: how many times a failed invocation is retried (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    dead_letter_queue: IQueue | None = None
    input: ScheduleTargetInput | None = None
    max_event_age: Duration | None = None
    retry_attempts: int | float | None = None
    role: IRole | None = None


class ScheduleTargetBase:
    """The base of the schedule targets: binds the role, dead-letter queue, retry policy and input.

    Args:
        base_props: the target's common properties.
        target_arn: the ARN the schedule invokes.
    """

    def __init__(self, base_props: ScheduleTargetBaseProps, target_arn: str) -> None:
        self._base_props = base_props
        self._target_arn = target_arn

    def _add_target_action_to_role(self, role: IRole) -> None:
        """Give ``role`` the permissions to invoke the target (each target overrides this)."""
        raise NotImplementedError

    def _bind_base_target_config(self, schedule: ISchedule) -> ScheduleTargetConfig:
        props = self._base_props
        role = props.role if props.role is not None else self._create_or_get_schedule_target_role(schedule)
        self._add_target_action_to_role(role)
        if props.dead_letter_queue is not None:
            from l2 import iam

            role.add_to_principal_policy(
                iam.PolicyStatement(actions=["sqs:SendMessage"], resources=[props.dead_letter_queue.queue_arn])
            )
        return ScheduleTargetConfig(
            arn=self._target_arn,
            role=role,
            dead_letter_config=(
                CfnSchedule.DeadLetterConfigProperty(arn=props.dead_letter_queue.queue_arn)
                if props.dead_letter_queue is not None
                else None
            ),
            retry_policy=_retry_policy(props.max_event_age, props.retry_attempts),
            input=props.input,
        )

    def bind(self, schedule: ISchedule) -> ScheduleTargetConfig:
        """The target's configuration for ``schedule``; creates (or reuses) its role and grants it."""
        return self._bind_base_target_config(schedule)

    def _create_or_get_schedule_target_role(self, schedule: ISchedule) -> IRole:
        import hashlib
        import json

        from l2 import iam

        stack = Stack.of(schedule)
        arn = self._target_arn
        key = json.dumps(stack.resolve(arn), separators=(",", ":")) if Token.is_unresolved(arn) else arn
        role_id = "SchedulerRoleForTarget-" + hashlib.md5(key.encode()).hexdigest()[:6]
        env: Any = getattr(schedule, "env")  # noqa: B009 - every schedule is a Resource
        group = getattr(schedule, "schedule_group", None)
        source_arn = (
            group.schedule_group_arn
            if group is not None
            else stack.format_arn(
                service="scheduler",
                resource="schedule-group",
                region=env.region,
                account=env.account,
                resource_name="default",
            )
        )
        principal = iam.ServicePrincipal(
            "scheduler.amazonaws.com",
            conditions={"StringEquals": {"aws:SourceAccount": env.account, "aws:SourceArn": source_arn}},
        )
        existing: Any = stack.node.try_find_child(role_id)
        if existing is not None:
            existing.assume_role_policy.add_statements(
                iam.PolicyStatement(effect=iam.Effect.ALLOW, principals=[principal], actions=["sts:AssumeRole"])
            )
            return existing  # type: ignore[no-any-return]
        return iam.Role(stack, role_id, role_name=PhysicalName.GENERATE_IF_NEEDED, assumed_by=principal)


def _retry_policy(max_event_age: Duration | None, retry_attempts: int | float | None) -> CfnSchedule.RetryPolicyProperty:
    max_age = Duration.days(1).to_seconds()
    if max_event_age is not None:
        max_age = max_event_age.to_seconds(integral=True)
        if max_age > Duration.days(1).to_seconds():
            raise UnscopedValidationError("Maximum event age is 1 day")
        if max_age < Duration.minutes(1).to_seconds():
            raise UnscopedValidationError("Minimum event age is 1 minute")
    attempts: int | float = 185
    if retry_attempts is not None:
        if retry_attempts < 0:
            raise UnscopedValidationError("Number of retry attempts should be greater or equal than 0")
        if retry_attempts > 185:
            raise UnscopedValidationError("Number of retry attempts should be less or equal than 185")
        attempts = retry_attempts
    return CfnSchedule.RetryPolicyProperty(maximum_event_age_in_seconds=max_age, maximum_retry_attempts=attempts)
