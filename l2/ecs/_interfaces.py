"""The ECS interfaces: clusters, task definitions, services, load balancer targets and extensions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from l1._private.interfaces.ecs import IClusterRef, IServiceRef, ITaskDefinitionRef

if TYPE_CHECKING:
    from constructs import Construct
    from l2.autoscaling import IAutoScalingGroup
    from l2.ec2 import Connections, IVpc
    from l2.ecs._enums import Compatibility, NetworkMode
    from l2.ecs._structs import (
        DeploymentLifecycleHookTargetConfig,
        ExecuteCommandConfiguration,
    )
    from l2.ecs._task_definition import TaskDefinition
    from l2.iam import IRole
    from l2.servicediscovery import INamespace


@runtime_checkable
class ICluster(IClusterRef, Protocol):
    """An ECS cluster, new or imported."""

    @property
    def cluster_name(self) -> str:
        """The cluster's name."""
        ...

    @property
    def cluster_arn(self) -> str:
        """The cluster's ARN."""
        ...

    @property
    def vpc(self) -> IVpc:
        """The cluster's VPC."""
        ...

    @property
    def connections(self) -> Connections:
        """The security groups of the cluster's EC2 capacity."""
        ...

    @property
    def has_ec2_capacity(self) -> bool:
        """Whether the cluster has EC2 capacity."""
        ...

    @property
    def default_cloud_map_namespace(self) -> INamespace | None:
        """The default Cloud Map namespace."""
        ...

    @property
    def autoscaling_group(self) -> IAutoScalingGroup | None:
        """The default Auto Scaling group."""
        ...

    @property
    def execute_command_configuration(self) -> ExecuteCommandConfiguration | None:
        """The execute-command configuration."""
        ...


@runtime_checkable
class ITaskDefinition(ITaskDefinitionRef, Protocol):
    """A task definition, new or imported."""

    @property
    def task_definition_arn(self) -> str:
        """The task definition's ARN."""
        ...

    @property
    def compatibility(self) -> Compatibility:
        """Where the task runs."""
        ...

    @property
    def network_mode(self) -> NetworkMode:
        """The network mode."""
        ...

    @property
    def task_role(self) -> IRole:
        """The task role."""
        ...

    @property
    def execution_role(self) -> IRole | None:
        """The execution role."""
        ...

    @property
    def is_ec2_compatible(self) -> bool:
        """Runs on EC2 capacity."""
        ...

    @property
    def is_fargate_compatible(self) -> bool:
        """Runs on Fargate."""
        ...

    @property
    def is_external_compatible(self) -> bool:
        """Runs on external instances."""
        ...

    @property
    def is_managed_instances_compatible(self) -> bool:
        """Runs on ECS Managed Instances."""
        ...


@runtime_checkable
class IEc2TaskDefinition(ITaskDefinition, Protocol):
    """A task definition for EC2."""


@runtime_checkable
class IFargateTaskDefinition(ITaskDefinition, Protocol):
    """A task definition for Fargate."""


@runtime_checkable
class IExternalTaskDefinition(ITaskDefinition, Protocol):
    """A task definition for external instances."""


@runtime_checkable
class ITaskDefinitionExtension(Protocol):
    """Something that configures a task definition (``task_definition.add_extension``)."""

    def extend(self, task_definition: TaskDefinition) -> None:
        """Apply the extension."""
        ...


@runtime_checkable
class IService(IServiceRef, Protocol):
    """An ECS service, new or imported."""

    @property
    def service_arn(self) -> str:
        """The service's ARN."""
        ...

    @property
    def service_name(self) -> str:
        """The service's name."""
        ...


@runtime_checkable
class IBaseService(IService, Protocol):
    """A service with its cluster."""

    @property
    def cluster(self) -> ICluster:
        """The cluster the service runs in."""
        ...


@runtime_checkable
class IEc2Service(IService, Protocol):
    """A service on EC2 capacity."""


@runtime_checkable
class IFargateService(IService, Protocol):
    """A service on Fargate."""


@runtime_checkable
class IExternalService(IService, Protocol):
    """A service on external instances."""


@runtime_checkable
class IEcsLoadBalancerTarget(Protocol):
    """One container port of a service, registered with a load balancer."""

    @property
    def connections(self) -> Connections:
        """The service's connections."""
        ...

    def attach_to_application_target_group(self, target_group: Any) -> Any:
        """Register with an ALB target group."""
        ...

    def attach_to_network_target_group(self, target_group: Any) -> Any:
        """Register with an NLB target group."""
        ...


@runtime_checkable
class IAlternateTarget(Protocol):
    """The alternate target group of a blue/green deployment."""

    def bind(self, scope: Construct) -> Any:
        """The target's configuration."""
        ...


@runtime_checkable
class IDeploymentLifecycleHookTarget(Protocol):
    """A target invoked at a stage of a deployment."""

    def bind(self, scope: Construct) -> DeploymentLifecycleHookTargetConfig:
        """The hook's configuration."""
        ...


