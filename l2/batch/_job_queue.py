"""``JobQueue``: where jobs wait for a compute environment; and ``FairshareSchedulingPolicy``."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import ArnFormat, Construct, Duration, Resource, Stack, ValidationError
from constructs.internals import cached_property
from l1._private.interfaces.batch import JobQueueReference as JobQueueReference
from l1._private.interfaces.batch import SchedulingPolicyReference as SchedulingPolicyReference
from l1.batch import CfnJobQueue, CfnSchedulingPolicy
from l2.batch._private.render import as_list, lazy_list
from l2.batch._types import (
    JobStateTimeLimitAction,
    JobStateTimeLimitActionsAction,
    JobStateTimeLimitActionsState,
    OrderedComputeEnvironment,
    Share,
)

if TYPE_CHECKING:
    from l2.batch._interfaces import (
        IComputeEnvironment,
        IFairshareSchedulingPolicy,
        IJobQueue,
        ISchedulingPolicy,
    )


class _Validation:
    def __init__(self, fn: Any) -> None:
        self._fn = fn

    def validate(self) -> list[str]:
        return self._fn()  # type: ignore[no-any-return]


def _validate_ordered(environments: list[OrderedComputeEnvironment]) -> list[str]:
    seen: list[Any] = []
    for ce in environments:
        if ce.order in seen:
            return ["assigns the same order to different ComputeEnvironments"]
        seen.append(ce.order)
    return ["This JobQueue does not link any ComputeEnvironments"] if not seen else []


class JobQueue(Resource):
    """A job queue: jobs wait in it for its compute environments.

    Args:
        scope: the parent construct.
        id: the construct id.
        compute_environments: the compute environments and their order (at least one, by synthesis).
        enabled: whether it accepts jobs (default true).
        job_queue_name: the name (default: generated).
        job_state_time_limit_actions: what to do with jobs stuck in a state.
        priority: the priority among queues sharing compute environments (default 1; higher first).
        scheduling_policy: a fairshare scheduling policy (default: first in, first out).

    Raises:
        ValidationError: a time limit outside 600 to 86,400 seconds.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.JobQueue"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        compute_environments: Sequence[OrderedComputeEnvironment] | None = None,
        enabled: bool | None = None,
        job_queue_name: str | None = None,
        job_state_time_limit_actions: Sequence[JobStateTimeLimitAction] | None = None,
        priority: int | float | None = None,
        scheduling_policy: ISchedulingPolicy | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=job_queue_name)
        self._compute_environments: list[OrderedComputeEnvironment] = as_list(compute_environments)
        self.priority: int | float = priority if priority is not None else 1
        self.enabled: bool | None = enabled
        self._scheduling_policy = scheduling_policy
        self._resource = CfnJobQueue(
            self, "Resource",
            compute_environment_order=lazy_list(self._compute_environments, lambda ce: (
                CfnJobQueue.ComputeEnvironmentOrderProperty(
                    compute_environment=ce.compute_environment.compute_environment_arn, order=ce.order,
                ))),
            priority=self.priority,
            job_queue_name=job_queue_name,
            state="ENABLED" if (enabled if enabled is not None else True) else "DISABLED",
            scheduling_policy_arn=scheduling_policy.scheduling_policy_arn if scheduling_policy is not None else None,
            job_state_time_limit_actions=self._render_time_limit_actions(job_state_time_limit_actions),
        )
        self.node.add_validation(_Validation(lambda: _validate_ordered(self._compute_environments)))

    def _render_time_limit_actions(self, actions: Sequence[JobStateTimeLimitAction] | None) -> Any:
        if not actions:
            return None
        out = []
        for index, action in enumerate(actions):
            seconds = action.max_time.to_seconds()
            if seconds < 600 or seconds > 86400:
                raise ValidationError(
                    f"maxTime must be between 600 and 86400 seconds, got {int(seconds)} seconds at "
                    f"jobStateTimeLimitActions[{index}]", self)
            out.append({
                "action": (action.action or JobStateTimeLimitActionsAction.CANCEL).value,
                "maxTimeSeconds": seconds,
                "reason": action.reason.value,
                "state": (action.state or JobStateTimeLimitActionsState.RUNNABLE).value,
            })
        return out

    @cached_property
    def job_queue_arn(self) -> str:
        """The ARN."""
        return self.get_resource_arn_attribute(
            self._resource.attr_job_queue_arn,
            {"service": "batch", "resource": "job-queue", "resource_name": self.physical_name},
        )

    @cached_property
    def job_queue_name(self) -> str:
        """The name."""
        return Stack.of(self).split_arn(self.job_queue_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name  # type: ignore[return-value]

    @property
    def job_queue_ref(self) -> JobQueueReference:
        """The job queue's ARN."""
        return JobQueueReference(job_queue_arn=self.job_queue_arn)

    @property
    def compute_environments(self) -> list[OrderedComputeEnvironment]:
        """The compute environments and their order (a live list)."""
        return self._compute_environments

    @property
    def scheduling_policy(self) -> ISchedulingPolicy | None:
        """The scheduling policy."""
        return self._scheduling_policy

    def add_compute_environment(self, compute_environment: IComputeEnvironment, order: int | float) -> None:
        """Add a compute environment with its order (lower tried first)."""
        self._compute_environments.append(
            OrderedComputeEnvironment(compute_environment=compute_environment, order=order)
        )

    @staticmethod
    def from_job_queue_arn(scope: Construct, id: str, job_queue_arn: str) -> IJobQueue:
        """Import a job queue by ARN."""
        return _ImportedJobQueue(scope, id, job_queue_arn)  # type: ignore[return-value]


class _ImportedJobQueue(Resource):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.compute_environments: list[OrderedComputeEnvironment] = []
        self.priority = 1
        self.job_queue_arn = arn
        self.job_queue_name = Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        self._id = id

    @property
    def job_queue_ref(self) -> JobQueueReference:
        """The job queue's ARN."""
        return JobQueueReference(job_queue_arn=self.job_queue_arn)

    def add_compute_environment(self, compute_environment: IComputeEnvironment, order: int | float) -> None:
        """Refused: an imported job queue cannot change."""
        raise ValidationError(f"cannot add ComputeEnvironments to imported JobQueue '{self._id}'", self)


class FairshareSchedulingPolicy(Resource):
    """A fairshare scheduling policy: jobs of shares with lower weights get more of the compute.

    Args:
        scope: the parent construct.
        id: the construct id.
        compute_reservation: the share of vCPUs kept for share identifiers not yet active (percent).
        scheduling_policy_name: the name (default: generated).
        share_decay: the window of past usage that counts.
        shares: the shares.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.FairshareSchedulingPolicy"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        compute_reservation: int | float | None = None,
        scheduling_policy_name: str | None = None,
        share_decay: Duration | None = None,
        shares: Sequence[Share] | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=scheduling_policy_name)
        self.compute_reservation: int | float | None = compute_reservation
        self.share_decay: Duration | None = share_decay
        self._shares: list[Share] = as_list(shares)
        self._resource = CfnSchedulingPolicy(
            self, "Resource",
            fairshare_policy={
                "computeReservation": compute_reservation,
                "shareDecaySeconds": share_decay.to_seconds() if share_decay is not None else None,
                "shareDistribution": lazy_list(self._shares, lambda share: CfnSchedulingPolicy.ShareAttributesProperty(
                    share_identifier=share.share_identifier, weight_factor=share.weight_factor,
                ), omit_empty=False),
            },
            name=scheduling_policy_name,
        )

    @cached_property
    def scheduling_policy_arn(self) -> str:
        """The ARN."""
        return self.get_resource_arn_attribute(
            self._resource.attr_arn,
            {"service": "batch", "resource": "scheduling-policy", "resource_name": self.physical_name},
        )

    @cached_property
    def scheduling_policy_name(self) -> str:
        """The name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @property
    def scheduling_policy_ref(self) -> SchedulingPolicyReference:
        """The scheduling policy's ARN."""
        return SchedulingPolicyReference(scheduling_policy_arn=self.scheduling_policy_arn)

    @property
    def shares(self) -> list[Share]:
        """The shares (a live list)."""
        return self._shares

    def add_share(self, *, share_identifier: str, weight_factor: int | float) -> None:
        """Add a share."""
        self._shares.append(Share(share_identifier=share_identifier, weight_factor=weight_factor))

    @staticmethod
    def from_fairshare_scheduling_policy_arn(
        scope: Construct, id: str, fairshare_scheduling_policy_arn: str
    ) -> IFairshareSchedulingPolicy:
        """Import a fairshare scheduling policy by ARN."""
        return _ImportedSchedulingPolicy(scope, id, fairshare_scheduling_policy_arn)  # type: ignore[return-value]


class _ImportedSchedulingPolicy(Resource):
    def __init__(self, scope: Construct, id: str, arn: str) -> None:
        super().__init__(scope, id)
        self.scheduling_policy_arn = arn
        self.scheduling_policy_name = Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        self.shares: list[Share] = []

    @property
    def scheduling_policy_ref(self) -> SchedulingPolicyReference:
        """The scheduling policy's ARN."""
        return SchedulingPolicyReference(scheduling_policy_arn=self.scheduling_policy_arn)
