"""``ScheduleTargetInput`` (the payload a schedule sends its target) and ``ContextAttribute``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from constructs import Stack, Token

if TYPE_CHECKING:
    from l2.scheduler._schedule import ISchedule


class ScheduleTargetInput:
    """The input a schedule passes to its target: ``from_text`` or ``from_object`` (sent as JSON).

    Args:
        value: the payload: a string (tokens and ``ContextAttribute`` placeholders allowed) or, with ``to_json``, any
            JSON-serializable object.
        to_json: serialize ``value`` as JSON when binding (default false: send it as text).
    """

    def __init__(self, value: Any = None, to_json: bool = False) -> None:
        self._value = value
        self._to_json = to_json

    @staticmethod
    def from_text(text: str) -> ScheduleTargetInput:
        """Send ``text`` as it is (tokens and ``ContextAttribute`` placeholders allowed)."""
        return ScheduleTargetInput(text, False)

    @staticmethod
    def from_object(obj: Any) -> ScheduleTargetInput:
        """Send ``obj`` serialized as JSON (tokens in it are resolved at deployment)."""
        return ScheduleTargetInput(obj, True)

    def bind(self, schedule: ISchedule) -> str:
        """The input string for ``schedule``'s target."""
        if self._to_json:
            return Stack.of(schedule).to_json_string(self._value)
        value = self._value
        return value if isinstance(value, str) else Token.as_string(value)


class _ContextAttributeMeta(type):
    @property
    def schedule_arn(cls) -> str:
        """The ARN of the schedule (``<aws.scheduler.schedule-arn>``)."""
        return ContextAttribute.from_name("schedule-arn")

    @property
    def scheduled_time(cls) -> str:
        """The time the schedule was invoked (``<aws.scheduler.scheduled-time>``)."""
        return ContextAttribute.from_name("scheduled-time")

    @property
    def execution_id(cls) -> str:
        """The unique id of this invocation (``<aws.scheduler.execution-id>``)."""
        return ContextAttribute.from_name("execution-id")

    @property
    def attempt_number(cls) -> str:
        """The attempt number of this invocation (``<aws.scheduler.attempt-number>``)."""
        return ContextAttribute.from_name("attempt-number")


class ContextAttribute(metaclass=_ContextAttributeMeta):
    """Placeholders EventBridge Scheduler replaces in a target's input (``ContextAttribute.schedule_arn`` ...).

    Args:
        name: the context attribute's name, such as ``schedule-arn`` (rendered as ``<aws.scheduler.<name>>``).
    """

    schedule_arn: str
    scheduled_time: str
    execution_id: str
    attempt_number: str

    def __init__(self, name: str) -> None:
        self.name = name

    @staticmethod
    def from_name(name: str) -> str:
        """The placeholder of the context attribute ``name`` (``<aws.scheduler.<name>>``)."""
        return ContextAttribute(name).to_string()

    def to_string(self) -> str:
        """The placeholder text."""
        return f"<aws.scheduler.{self.name}>"

    def __str__(self) -> str:
        return self.to_string()
