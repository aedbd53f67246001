"""``WaitConditionHandle`` and ``WaitCondition``: pause a stack's creation until signals arrive (pycdk's typed L2
over ``AWS::CloudFormation::WaitConditionHandle`` / ``AWS::CloudFormation::WaitCondition``)."""

from __future__ import annotations

from constructs import Construct, Duration, Resource, Token, ValidationError
from l1.cloudformation import CfnWaitCondition, CfnWaitConditionHandle

MAX_TIMEOUT_SECONDS = 43200
"""CloudFormation's limit on a wait condition's ``Timeout`` (12 hours)."""


class WaitConditionHandle(Resource):
    """A wait condition handle (``AWS::CloudFormation::WaitConditionHandle``): a presigned URL that receives the
    success or failure signals of a ``WaitCondition``."""

    def __init__(self, scope: Construct, id: str) -> None:
        super().__init__(scope, id)
        self._resource = CfnWaitConditionHandle(self, "Resource")

    @property
    def url(self) -> str:
        """The presigned URL signals are sent to (the handle's ``Ref``)."""
        return self._resource.ref

    @property
    def handle_id(self) -> str:
        """The handle's ``Ref`` (the presigned URL), as ``WaitCondition``'s ``Handle`` expects it."""
        return self._resource.ref


class WaitCondition(Resource):
    """A wait condition (``AWS::CloudFormation::WaitCondition``): stack creation waits until ``count`` success
    signals reach the handle, or fails after ``timeout``.

    Args:
        timeout: how long to wait, 1 second to 12 hours in whole seconds.
        count: the number of success signals needed (default 1; at least 1).
        handle: the handle receiving the signals (default: a new ``WaitConditionHandle`` named ``Handle``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        timeout: Duration,
        count: int | None = None,
        handle: WaitConditionHandle | None = None,
    ) -> None:
        super().__init__(scope, id)
        if count is not None and not Token.is_unresolved(count) and count < 1:
            raise ValidationError(f"WaitCondition count must be at least 1 (got {count}): the number of success "
                                  "signals stack creation waits for", self)
        seconds = timeout.to_seconds()
        if not Token.is_unresolved(seconds) and not 1 <= seconds <= MAX_TIMEOUT_SECONDS:
            raise ValidationError(
                f"WaitCondition timeout must be between 1 second and {MAX_TIMEOUT_SECONDS} seconds (12 hours), "
                f"got {timeout.to_human_string()}", self)
        self.handle: WaitConditionHandle = handle if handle is not None else WaitConditionHandle(self, "Handle")
        self.count: int = count if count is not None else 1
        self.timeout: Duration = timeout
        self._resource = CfnWaitCondition(
            self, "Resource", count=self.count, handle=self.handle.handle_id, timeout=str(seconds)
            if not Token.is_unresolved(seconds) else Token.as_string(seconds),
        )

    @property
    def data(self) -> str:
        """The JSON object of the signals' ``UniqueId`` → ``Data`` (``Fn::GetAtt`` ``Data``)."""
        return Token.as_string(self._resource.attr_data)

    @property
    def wait_condition_id(self) -> str:
        """The wait condition's ``Ref``."""
        return self._resource.ref
