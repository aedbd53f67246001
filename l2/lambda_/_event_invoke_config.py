"""Asynchronous invocation settings: ``EventInvokeConfig`` and the destination interfaces."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Protocol

from constructs import Construct, Duration, Resource, Token, ValidationError
from constructs.internals import structs
from l1.lambda_ import CfnEventInvokeConfig

if TYPE_CHECKING:
    from l2.lambda_._interfaces import IFunction


class DestinationType(enum.Enum):
    """Whether a destination receives failed or successful invocations."""

    FAILURE = "Failure"
    SUCCESS = "Success"


@structs.frozen(kw_only=True)
class DestinationConfig:
    """What a destination binds to: its ARN.

    Args:
        destination: the ARN of the destination.
    """

    destination: str


class IDestination(Protocol):
    """An on-success or on-failure destination (``aws_lambda_destinations`` in aws-cdk-lib)."""

    def bind(self, scope: Construct, fn: IFunction, *, type: DestinationType) -> DestinationConfig: ...


class EventInvokeConfig(Resource):
    """Retry, age and destination settings for asynchronous invocations of a function (or a qualifier).

    Takes the ``EventInvokeConfigProps`` keyword arguments (see that class for each).

    Raises:
        ValidationError: ``max_event_age`` outside 60-21600 seconds or ``retry_attempts`` outside 0-2.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-lambda.EventInvokeConfig"
    """Identifies this class to property injectors (as in aws-cdk-lib)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        function: IFunction,
        qualifier: str | None = None,
        max_event_age: Duration | None = None,
        on_failure: IDestination | None = None,
        on_success: IDestination | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        super().__init__(scope, id)
        if max_event_age is not None and not max_event_age.is_unresolved() and not (
            60 <= max_event_age.to_seconds() <= 21600
        ):
            raise ValidationError(
                "`maximumEventAge` must represent a `Duration` that is between 60 and 21600 seconds.", self
            )
        if retry_attempts and not Token.is_unresolved(retry_attempts) and not 0 <= retry_attempts <= 2:
            raise ValidationError("`retryAttempts` must be between 0 and 2.", self)
        destination = None
        if on_failure is not None or on_success is not None:
            destination = {}
            if on_failure is not None:
                config = on_failure.bind(self, function, type=DestinationType.FAILURE)
                destination["on_failure"] = {"destination": config.destination}
            if on_success is not None:
                config = on_success.bind(self, function, type=DestinationType.SUCCESS)
                destination["on_success"] = {"destination": config.destination}
        CfnEventInvokeConfig(
            self,
            "Resource",
            destination_config=destination,
            function_name=function.function_name,
            maximum_event_age_in_seconds=max_event_age.to_seconds() if max_event_age is not None else None,
            maximum_retry_attempts=retry_attempts,
            qualifier=qualifier or "$LATEST",
        )
