"""Job definitions: ``EcsJobDefinition``, ``EksJobDefinition``, ``MultiNodeJobDefinition``, and retry strategies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    Lazy,
    Resource,
    Stack,
    Token,
    Tokenization,
    ValidationError,
)
from constructs.internals import cached_property
from l1._private.interfaces.batch import JobDefinitionReference as JobDefinitionReference
from l1.batch import CfnJobDefinition
from l2._private.iam_module import iam
from l2.batch._private.render import as_list, lazy_list
from l2.batch._types import Action, DnsPolicy, MultiNodeContainer

if TYPE_CHECKING:
    from l2.batch._eks_container import EksContainerDefinition
    from l2.batch._interfaces import IEcsContainerDefinition, IEksJobDefinition, IJobDefinition, IJobQueue
    from l2.ec2 import InstanceType
    from l2.iam import IGrantable


class Reason:
    """Why a job failed, as a retry strategy matches it: a constant or ``Reason.custom(...)``."""

    NON_ZERO_EXIT_CODE: Reason
    """Any non-zero exit code."""
    CANNOT_PULL_CONTAINER: Reason
    """The image could not be pulled."""
    SPOT_INSTANCE_RECLAIMED: Reason
    """The Spot instance was reclaimed."""

    def __init__(self) -> None:
        self.on_exit_code: str | None = None
        self.on_reason: str | None = None
        self.on_status_reason: str | None = None

    @staticmethod
    def custom(
        *, on_exit_code: str | None = None, on_reason: str | None = None, on_status_reason: str | None = None
    ) -> Reason:
        """A reason matching the given globs (up to 512 characters each)."""
        return _reason(on_exit_code, on_reason, on_status_reason)


def _reason(on_exit_code: str | None, on_reason: str | None, on_status_reason: str | None) -> Reason:
    reason = Reason()
    reason.on_exit_code = on_exit_code
    reason.on_reason = on_reason
    reason.on_status_reason = on_status_reason
    return reason


Reason.NON_ZERO_EXIT_CODE = _reason("*", None, None)
Reason.CANNOT_PULL_CONTAINER = _reason(None, "CannotPullContainerError:*", None)
Reason.SPOT_INSTANCE_RECLAIMED = _reason(None, None, "Host EC2*")


class RetryStrategy:
    """Retry or exit when a job fails for ``on``.

    Args:
        action: retry or exit.
        on: the reason.
    """

    def __init__(self, action: Action, on: Reason) -> None:
        self.action = action
        self.on = on

    @staticmethod
    def of(action: Action, on: Reason) -> RetryStrategy:
        """A retry strategy."""
        return RetryStrategy(action, on)


def _render_retry_strategy(strategy: RetryStrategy) -> Any:
    on = strategy.on
    return CfnJobDefinition.EvaluateOnExitProperty(
        action=strategy.action.value, on_exit_code=on.on_exit_code, on_reason=on.on_reason,
        on_status_reason=on.on_status_reason,
    )


class _JobDefinitionBase(Resource):
    """What every job definition has: parameters, retries, priority, timeout."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        job_definition_name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        retry_attempts: int | float | None = None,
        retry_strategies: Sequence[RetryStrategy] | None = None,
        scheduling_priority: int | float | None = None,
        skip_deregister_on_update: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(scope, id, physical_name=job_definition_name)
        self.parameters: Mapping[str, Any] | None = parameters
        self.retry_attempts: int | float | None = retry_attempts
        self._retry_strategies: list[RetryStrategy] = as_list(retry_strategies)
        self.scheduling_priority: int | float | None = scheduling_priority
        self.timeout: Duration | None = timeout
        self.skip_deregister_on_update: bool | None = skip_deregister_on_update

    job_definition_arn: str
    job_definition_name: str

    @property
    def job_definition_ref(self) -> JobDefinitionReference:
        """The job definition's ARN."""
        return JobDefinitionReference(job_definition_arn=self.job_definition_arn)

    @property
    def retry_strategies(self) -> list[RetryStrategy]:
        """The retry strategies (a live list)."""
        return self._retry_strategies

    def add_retry_strategy(self, strategy: RetryStrategy) -> None:
        """Add a retry strategy."""
        self._retry_strategies.append(strategy)

    def _base_properties(self) -> dict[str, Any]:
        skip = self.skip_deregister_on_update
        return {
            "parameters": self.parameters,
            "retry_strategy": {
                "attempts": self.retry_attempts,
                "evaluateOnExit": lazy_list(self._retry_strategies, _render_retry_strategy),
            },
            "scheduling_priority": self.scheduling_priority,
            "timeout": {"attemptDurationSeconds": self.timeout.to_seconds() if self.timeout is not None else None},
            "resource_retention_policy": {"skipDeregisterOnUpdate": skip} if skip is not None else None,
        }


class _ImportedJobDefinition(_JobDefinitionBase):
    """A job definition defined outside the app."""

    def __init__(self, scope: Construct, id: str, arn: str, name: str) -> None:
        super().__init__(scope, id)
        self.job_definition_arn = arn
        self.job_definition_name = name
        self.enabled = True


def _name_of(scope: Construct, arn: str) -> str:
    return Stack.of(scope).split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name  # type: ignore[return-value]


def _arn(resource: Resource, ref: str) -> str:
    return resource.get_resource_arn_attribute(
        ref, {"service": "batch", "resource": "job-definition", "resource_name": resource.physical_name}
    )


class EcsJobDefinition(_JobDefinitionBase):
    """A job definition of a job in an ECS container (on EC2 or Fargate).

    Args:
        scope: the parent construct.
        id: the construct id.
        container: the container.
        propagate_tags: copy the job's tags to its ECS task.
        job_definition_name: the name (default: generated).
        parameters: default parameters of the command's placeholders.
        retry_attempts: how many times a failed job runs again.
        retry_strategies: when to retry or exit.
        scheduling_priority: the priority under a fairshare policy.
        skip_deregister_on_update: keep the old revision active on updates.
        timeout: how long an attempt may run.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.EcsJobDefinition"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        container: IEcsContainerDefinition,
        propagate_tags: bool | None = None,
        job_definition_name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        retry_attempts: int | float | None = None,
        retry_strategies: Sequence[RetryStrategy] | None = None,
        scheduling_priority: int | float | None = None,
        skip_deregister_on_update: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            scope, id, job_definition_name=job_definition_name, parameters=parameters, retry_attempts=retry_attempts,
            retry_strategies=retry_strategies, scheduling_priority=scheduling_priority,
            skip_deregister_on_update=skip_deregister_on_update, timeout=timeout,
        )
        from l2.batch._ecs_container import EcsEc2ContainerDefinition

        self.container: IEcsContainerDefinition = container
        self.propagate_tags: bool | None = propagate_tags
        self._resource = CfnJobDefinition(
            self, "Resource",
            **self._base_properties(),
            type="container",
            job_definition_name=job_definition_name,
            container_properties=container._render_container_definition(),  # type: ignore[attr-defined]
            platform_capabilities=["EC2" if isinstance(container, EcsEc2ContainerDefinition) else "FARGATE"],
            propagate_tags=propagate_tags,
        )

    @cached_property
    def job_definition_arn(self) -> str:  # type: ignore[override]
        """The ARN."""
        return _arn(self, self._resource.ref)

    @cached_property
    def job_definition_name(self) -> str:  # type: ignore[override]
        """The name (without the revision)."""
        return _name_of(self, self.job_definition_arn).split(":")[0]

    def grant_submit_job(self, identity: IGrantable, queue: IJobQueue) -> None:
        """Let ``identity`` submit jobs of this definition to ``queue``."""
        iam().Grant.add_to_principal(
            actions=["batch:SubmitJob"], grantee=identity, resource_arns=[self.job_definition_arn, queue.job_queue_arn]
        )

    @staticmethod
    def from_job_definition_arn(scope: Construct, id: str, job_definition_arn: str) -> IJobDefinition:
        """Import a job definition by ARN."""
        return _ImportedJobDefinition(scope, id, job_definition_arn,
                                      _name_of(scope, job_definition_arn).split(":")[0])


class EksJobDefinition(_JobDefinitionBase):
    """A job definition of a job in an EKS pod.

    Args:
        scope: the parent construct.
        id: the construct id.
        container: the container.
        dns_policy: the pod's DNS policy.
        service_account: the pod's service account.
        use_host_network: use the node's network (default true).
        job_definition_name: the name (default: generated).
        parameters: default parameters of the command's placeholders.
        retry_attempts: how many times a failed job runs again.
        retry_strategies: when to retry or exit.
        scheduling_priority: the priority under a fairshare policy.
        skip_deregister_on_update: keep the old revision active on updates.
        timeout: how long an attempt may run.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.EksJobDefinition"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        container: EksContainerDefinition,
        dns_policy: DnsPolicy | None = None,
        service_account: str | None = None,
        use_host_network: bool | None = None,
        job_definition_name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        retry_attempts: int | float | None = None,
        retry_strategies: Sequence[RetryStrategy] | None = None,
        scheduling_priority: int | float | None = None,
        skip_deregister_on_update: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            scope, id, job_definition_name=job_definition_name, parameters=parameters, retry_attempts=retry_attempts,
            retry_strategies=retry_strategies, scheduling_priority=scheduling_priority,
            skip_deregister_on_update=skip_deregister_on_update, timeout=timeout,
        )
        self.container: EksContainerDefinition = container
        self.dns_policy: DnsPolicy | None = dns_policy
        self.use_host_network: bool | None = use_host_network
        self.service_account: str | None = service_account
        self._resource = CfnJobDefinition(
            self, "Resource",
            **self._base_properties(),
            type="container",
            job_definition_name=job_definition_name,
            eks_properties={"podProperties": {
                "containers": [container._render_container_definition()],
                "dnsPolicy": dns_policy.value if dns_policy is not None else None,
                "hostNetwork": use_host_network,
                "serviceAccountName": service_account,
                "volumes": lazy_list(container.volumes, self._render_volume),
            }},
        )

    def _render_volume(self, volume: Any) -> Any:
        from l2.batch._eks_container import EmptyDirVolume, HostPathVolume, SecretPathVolume

        if isinstance(volume, EmptyDirVolume):
            limit = volume.size_limit
            return CfnJobDefinition.EksVolumeProperty(name=volume.name, empty_dir={
                "medium": volume.medium.value if volume.medium is not None else None,
                "sizeLimit": f"{Tokenization.stringify_number(limit.to_mebibytes())}Mi" if limit else None,
            })
        if isinstance(volume, HostPathVolume):
            return CfnJobDefinition.EksVolumeProperty(name=volume.name, host_path={"path": volume.path})
        if isinstance(volume, SecretPathVolume):
            return CfnJobDefinition.EksVolumeProperty(name=volume.name, secret={
                "optional": volume.optional, "secretName": volume.secret_name,
            })
        raise ValidationError("unknown volume type", self)

    @cached_property
    def job_definition_arn(self) -> str:  # type: ignore[override]
        """The ARN."""
        return _arn(self, self._resource.ref)

    @cached_property
    def job_definition_name(self) -> str:  # type: ignore[override]
        """The name."""
        return self.get_resource_name_attribute(self._resource.ref)

    @staticmethod
    def from_eks_job_definition_arn(scope: Construct, id: str, eks_job_definition_arn: str) -> IEksJobDefinition:
        """Import an EKS job definition by ARN (its ``container`` is unknown)."""
        imported = _ImportedJobDefinition(scope, id, eks_job_definition_arn, _name_of(scope, eks_job_definition_arn))
        imported.container = {}  # type: ignore[attr-defined]
        return imported  # type: ignore[return-value]


class OptimalInstanceType:
    """The ``optimal`` instance type: Batch picks among the newest C, M and R families.

    An instance is also an ``ec2.InstanceType`` (whose identifier is ``optimal``); the class derives from it on first
    use, so that importing ``l2.batch`` does not load ``l2.ec2``.
    """

    def __new__(cls) -> Any:
        return object.__new__(_optimal_class())

    def __init__(self) -> None:
        from l2.ec2 import InstanceType

        InstanceType.__init__(self, "optimal")  # type: ignore[arg-type]


_OPTIMAL: list[type] = []


def _optimal_class() -> type:
    if not _OPTIMAL:
        from l2.ec2 import InstanceType

        _OPTIMAL.append(type("OptimalInstanceType", (OptimalInstanceType, InstanceType), {"__module__": __name__}))
    return _OPTIMAL[0]


class MultiNodeJobDefinition(_JobDefinitionBase):
    """A job definition of a multi-node parallel job (on EC2).

    Args:
        scope: the parent construct.
        id: the construct id.
        containers: the containers of the node ranges.
        instance_type: the instance type of every node (default: Batch picks).
        main_node: the index of the main node (default 0).
        propagate_tags: copy the job's tags to its ECS tasks.
        job_definition_name: the name (default: generated).
        parameters: default parameters of the command's placeholders.
        retry_attempts: how many times a failed job runs again.
        retry_strategies: when to retry or exit.
        scheduling_priority: the priority under a fairshare policy.
        skip_deregister_on_update: keep the old revision active on updates.
        timeout: how long an attempt may run.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.MultiNodeJobDefinition"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        containers: Sequence[MultiNodeContainer] | None = None,
        instance_type: InstanceType | None = None,
        main_node: int | float | None = None,
        propagate_tags: bool | None = None,
        job_definition_name: str | None = None,
        parameters: Mapping[str, Any] | None = None,
        retry_attempts: int | float | None = None,
        retry_strategies: Sequence[RetryStrategy] | None = None,
        scheduling_priority: int | float | None = None,
        skip_deregister_on_update: bool | None = None,
        timeout: Duration | None = None,
    ) -> None:
        super().__init__(
            scope, id, job_definition_name=job_definition_name, parameters=parameters, retry_attempts=retry_attempts,
            retry_strategies=retry_strategies, scheduling_priority=scheduling_priority,
            skip_deregister_on_update=skip_deregister_on_update, timeout=timeout,
        )
        self._containers: list[MultiNodeContainer] = as_list(containers)
        self.main_node: int | float | None = main_node
        self._instance_type = instance_type
        self.propagate_tags: bool | None = propagate_tags
        self._resource = CfnJobDefinition(
            self, "Resource",
            **self._base_properties(),
            type="multinode",
            job_definition_name=job_definition_name,
            propagate_tags=propagate_tags,
            node_properties={
                "mainNode": main_node if main_node is not None else 0,
                "nodeRangeProperties": lazy_list(self._containers, self._render_node_range),
                "numNodes": Token.as_number(Lazy.any(self._num_nodes)),
            },
            platform_capabilities=["EC2"],
        )
        self.node.add_validation(_Validation(
            lambda: ["multinode job has no containers!"] if not self._containers else []
        ))

    def _render_node_range(self, c: MultiNodeContainer) -> Any:
        container = dict(c.container._render_container_definition())  # type: ignore[attr-defined]
        container["instanceType"] = str(self._instance_type) if self._instance_type is not None else None
        return CfnJobDefinition.NodeRangePropertyProperty(
            target_nodes=f"{Tokenization.stringify_number(c.start_node)}:{Tokenization.stringify_number(c.end_node)}",
            container=container,
        )

    def _num_nodes(self) -> Any:
        if not self._containers:
            return None
        return sum(c.end_node - c.start_node + 1 for c in self._containers)

    @property
    def containers(self) -> list[MultiNodeContainer]:
        """The containers of the node ranges (a live list)."""
        return self._containers

    @property
    def instance_type(self) -> InstanceType:
        """The instance type of every node (``optimal`` when none was given)."""
        if self._instance_type is not None:
            return self._instance_type
        return OptimalInstanceType()  # type: ignore[no-any-return]

    @cached_property
    def job_definition_arn(self) -> str:  # type: ignore[override]
        """The ARN."""
        return _arn(self, self._resource.ref)

    @cached_property
    def job_definition_name(self) -> str:  # type: ignore[override]
        """The name."""
        return self.get_resource_name_attribute(self._resource.ref)

    def add_container(
        self, *, container: IEcsContainerDefinition, end_node: int | float, start_node: int | float
    ) -> None:
        """Run ``container`` on the nodes ``start_node`` to ``end_node``."""
        self._containers.append(MultiNodeContainer(container=container, end_node=end_node, start_node=start_node))

    @staticmethod
    def from_job_definition_arn(scope: Construct, id: str, job_definition_arn: str) -> IJobDefinition:
        """Import a job definition by ARN."""
        return _ImportedJobDefinition(scope, id, job_definition_arn, _name_of(scope, job_definition_arn))


class _Validation:
    def __init__(self, fn: Any) -> None:
        self._fn = fn

    def validate(self) -> list[str]:
        return self._fn()  # type: ignore[no-any-return]
