"""The AWS Batch interfaces: what new and imported compute environments, queues, policies and job definitions offer."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import Duration, Size
from constructs.internals import protocols

if TYPE_CHECKING:
    from constructs import TagManager
    from l2.batch._consumable_resource import ConsumableResourceGrants
    from l2.batch._ecs_container import EcsVolume, Secret
    from l2.batch._eks_container import EksContainerDefinition, EksVolume
    from l2.batch._job_definition import RetryStrategy
    from l2.batch._linux_parameters import LinuxParameters
    from l2.batch._types import (
        AllocationStrategy,
        DnsPolicy,
        EcsMachineImage,
        ImagePullPolicy,
        OrderedComputeEnvironment,
        Share,
        Ulimit,
        UlimitName,
    )
    from l2.ec2 import (
        Connections,
        ILaunchTemplate,
        InstanceClass,
        InstanceType,
        IPlacementGroup,
        ISecurityGroup,
        SubnetSelection,
    )
    from l2.ecs import (
        ContainerImage,
        CpuArchitecture,
        FargatePlatformVersion,
        LogDriverConfig,
        OperatingSystemFamily,
    )
    from l2.iam import IRole


@runtime_checkable
class IEksCluster(Protocol):
    """The EKS cluster of an EKS compute environment, as far as AWS Batch reads it (aws-cdk-lib's
    ``aws_eks.ICluster``; pycdk has no EKS L2: any object with these members will do)."""

    @property
    def cluster_arn(self) -> str:
        """The cluster's ARN."""
        ...

    @property
    def cluster_name(self) -> str:
        """The cluster's name."""
        ...


@runtime_checkable
class IComputeEnvironment(Protocol):
    """A compute environment (aws-cdk-lib's ``aws_batch.IComputeEnvironment``)."""

    @property
    def compute_environment_arn(self) -> str:
        """The ARN."""
        ...

    @property
    def compute_environment_name(self) -> str:
        """The name."""
        ...

    @property
    def enabled(self) -> bool:
        """Whether it accepts jobs."""
        ...

    @property
    def service_role(self) -> IRole | None:
        """The role Batch uses."""
        ...


@runtime_checkable
class IManagedComputeEnvironment(IComputeEnvironment, Protocol, metaclass=protocols.OptionalMembersMeta):
    """A managed compute environment (aws-cdk-lib's ``aws_batch.IManagedComputeEnvironment``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({
            "replace_compute_environment", "spot", "terminate_on_update", "update_timeout",
            "update_to_latest_image_version", "vpc_subnets", "service_role",
        })

    @property
    def maxv_cpus(self) -> int | float:
        """The most vCPUs."""
        ...

    @property
    def security_groups(self) -> list[ISecurityGroup]:
        """The security groups."""
        ...

    @property
    def connections(self) -> Connections:
        """The security groups' connections."""
        ...

    @property
    def tags(self) -> TagManager:
        """The tags of the instances."""
        ...

    @property
    def replace_compute_environment(self) -> bool | None:
        """Replace the environment on updates that need it."""
        ...

    @property
    def spot(self) -> bool | None:
        """Whether it uses Spot capacity."""
        ...

    @property
    def terminate_on_update(self) -> bool | None:
        """Terminate running jobs on updates."""
        ...

    @property
    def update_timeout(self) -> Duration | None:
        """How long jobs may run during an update."""
        ...

    @property
    def update_to_latest_image_version(self) -> bool | None:
        """Use the newest AMI on updates."""
        ...

    @property
    def vpc_subnets(self) -> SubnetSelection | None:
        """The subnets."""
        ...


@runtime_checkable
class IFargateComputeEnvironment(IManagedComputeEnvironment, Protocol):
    """A Fargate compute environment (aws-cdk-lib's ``aws_batch.IFargateComputeEnvironment``)."""


@runtime_checkable
class IManagedEc2EcsComputeEnvironment(IManagedComputeEnvironment, Protocol):
    """An EC2 compute environment for ECS jobs (aws-cdk-lib's ``aws_batch.IManagedEc2EcsComputeEnvironment``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({
            "allocation_strategy", "images", "instance_role", "launch_template", "minv_cpus", "placement_group",
            "spot_bid_percentage", "spot_fleet_role", "use_optimal_instance_classes",
        })

    @property
    def instance_classes(self) -> list[InstanceClass]:
        """Instance classes Batch may pick any size of."""
        ...

    @property
    def instance_types(self) -> list[InstanceType]:
        """Instance types Batch may pick."""
        ...

    def add_instance_class(self, instance_class: InstanceClass) -> None:
        """Let Batch pick any size of ``instance_class``."""
        ...

    def add_instance_type(self, instance_type: InstanceType) -> None:
        """Let Batch pick ``instance_type``."""
        ...

    @property
    def allocation_strategy(self) -> AllocationStrategy | None:
        """How instances are picked."""
        ...

    @property
    def images(self) -> list[EcsMachineImage] | None:
        """The AMIs."""
        ...

    @property
    def instance_role(self) -> IRole | None:
        """The instances' role."""
        ...

    @property
    def launch_template(self) -> ILaunchTemplate | None:
        """The launch template."""
        ...

    @property
    def minv_cpus(self) -> int | float | None:
        """The fewest vCPUs."""
        ...

    @property
    def placement_group(self) -> IPlacementGroup | None:
        """The placement group."""
        ...

    @property
    def spot_bid_percentage(self) -> int | float | None:
        """The most a Spot instance may cost, in percent of On-Demand."""
        ...

    @property
    def spot_fleet_role(self) -> IRole | None:
        """The Spot Fleet role."""
        ...

    @property
    def use_optimal_instance_classes(self) -> bool | None:
        """Whether ``optimal`` is among the instance types."""
        ...


@runtime_checkable
class IUnmanagedComputeEnvironment(IComputeEnvironment, Protocol, metaclass=protocols.OptionalMembersMeta):
    """An unmanaged compute environment (aws-cdk-lib's ``aws_batch.IUnmanagedComputeEnvironment``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"unmanagedv_cp_us", "service_role"})

    @property
    def unmanagedv_cp_us(self) -> int | float | None:
        """The vCPUs the environment has (aws-cdk-lib's ``unmanagedvCPUs``)."""
        ...


@runtime_checkable
class ISchedulingPolicy(Protocol):
    """A scheduling policy (aws-cdk-lib's ``aws_batch.ISchedulingPolicy``)."""

    @property
    def scheduling_policy_arn(self) -> str:
        """The ARN."""
        ...

    @property
    def scheduling_policy_name(self) -> str:
        """The name."""
        ...


@runtime_checkable
class IFairshareSchedulingPolicy(ISchedulingPolicy, Protocol, metaclass=protocols.OptionalMembersMeta):
    """A fairshare scheduling policy (aws-cdk-lib's ``aws_batch.IFairshareSchedulingPolicy``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"compute_reservation", "share_decay"})

    @property
    def shares(self) -> list[Share]:
        """The shares."""
        ...

    @property
    def compute_reservation(self) -> int | float | None:
        """The vCPUs kept for inactive share identifiers, in percent."""
        ...

    @property
    def share_decay(self) -> Duration | None:
        """The window of past usage that counts."""
        ...


@runtime_checkable
class IJobQueue(Protocol, metaclass=protocols.OptionalMembersMeta):
    """A job queue (aws-cdk-lib's ``aws_batch.IJobQueue``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"enabled", "scheduling_policy"})

    @property
    def job_queue_arn(self) -> str:
        """The ARN."""
        ...

    @property
    def job_queue_name(self) -> str:
        """The name."""
        ...

    @property
    def compute_environments(self) -> list[OrderedComputeEnvironment]:
        """The compute environments and their order."""
        ...

    @property
    def priority(self) -> int | float:
        """The priority among queues sharing compute environments."""
        ...

    @property
    def enabled(self) -> bool | None:
        """Whether it accepts jobs."""
        ...

    @property
    def scheduling_policy(self) -> ISchedulingPolicy | None:
        """The scheduling policy."""
        ...

    def add_compute_environment(self, compute_environment: IComputeEnvironment, order: int | float) -> None:
        """Add a compute environment with its order."""
        ...


@runtime_checkable
class IJobDefinition(Protocol, metaclass=protocols.OptionalMembersMeta):
    """A job definition (aws-cdk-lib's ``aws_batch.IJobDefinition``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"parameters", "retry_attempts", "scheduling_priority", "timeout"})

    @property
    def job_definition_arn(self) -> str:
        """The ARN."""
        ...

    @property
    def job_definition_name(self) -> str:
        """The name."""
        ...

    @property
    def retry_strategies(self) -> list[RetryStrategy]:
        """When to retry or exit."""
        ...

    def add_retry_strategy(self, strategy: RetryStrategy) -> None:
        """Add a retry strategy."""
        ...

    @property
    def parameters(self) -> Mapping[str, Any] | None:
        """Default parameters of the command's placeholders."""
        ...

    @property
    def retry_attempts(self) -> int | float | None:
        """How many times a failed job runs again."""
        ...

    @property
    def scheduling_priority(self) -> int | float | None:
        """The priority under a fairshare policy."""
        ...

    @property
    def timeout(self) -> Duration | None:
        """How long an attempt may run."""
        ...


@runtime_checkable
class IEksJobDefinition(IJobDefinition, Protocol):
    """An EKS job definition (aws-cdk-lib's ``aws_batch.IEksJobDefinition``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"dns_policy", "service_account", "use_host_network"})

    @property
    def container(self) -> EksContainerDefinition:
        """The container."""
        ...

    @property
    def dns_policy(self) -> DnsPolicy | None:
        """The pod's DNS policy."""
        ...

    @property
    def service_account(self) -> str | None:
        """The pod's service account."""
        ...

    @property
    def use_host_network(self) -> bool | None:
        """Whether the pod uses the node's network."""
        ...


@runtime_checkable
class IEcsContainerDefinition(Protocol, metaclass=protocols.OptionalMembersMeta):
    """An ECS container of a job (aws-cdk-lib's ``aws_batch.IEcsContainerDefinition``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({
            "command", "enable_execute_command", "environment", "job_role", "linux_parameters", "log_driver_config",
            "readonly_root_filesystem", "secrets", "user",
        })

    @property
    def cpu(self) -> int | float:
        """The vCPUs."""
        ...

    @property
    def execution_role(self) -> IRole:
        """The execution role."""
        ...

    @property
    def image(self) -> ContainerImage:
        """The image."""
        ...

    @property
    def memory(self) -> Size:
        """The memory."""
        ...

    @property
    def volumes(self) -> list[EcsVolume]:
        """The volumes."""
        ...

    def add_volume(self, volume: EcsVolume) -> None:
        """Mount a volume."""
        ...

    @property
    def command(self) -> list[str] | None:
        """The command."""
        ...

    @property
    def enable_execute_command(self) -> bool | None:
        """Whether ECS Exec is allowed."""
        ...

    @property
    def environment(self) -> Mapping[str, str] | None:
        """Environment variables."""
        ...

    @property
    def job_role(self) -> IRole | None:
        """The job role."""
        ...

    @property
    def linux_parameters(self) -> LinuxParameters | None:
        """Linux parameters."""
        ...

    @property
    def log_driver_config(self) -> LogDriverConfig | None:
        """The bound log driver's configuration."""
        ...

    @property
    def readonly_root_filesystem(self) -> bool | None:
        """Whether the root filesystem is read-only."""
        ...

    @property
    def secrets(self) -> Mapping[str, Secret] | None:
        """Secrets as environment variables."""
        ...

    @property
    def user(self) -> str | None:
        """The user the container runs as."""
        ...


@runtime_checkable
class IEcsEc2ContainerDefinition(IEcsContainerDefinition, Protocol):
    """An ECS container on EC2 (aws-cdk-lib's ``aws_batch.IEcsEc2ContainerDefinition``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({"gpu", "privileged"})

    @property
    def ulimits(self) -> list[Ulimit]:
        """The ulimits."""
        ...

    def add_ulimit(self, *, hard_limit: int | float, name: UlimitName, soft_limit: int | float) -> None:
        """Add a ulimit."""
        ...

    @property
    def gpu(self) -> int | float | None:
        """The GPUs."""
        ...

    @property
    def privileged(self) -> bool | None:
        """Whether the container runs privileged."""
        ...


@runtime_checkable
class IEcsFargateContainerDefinition(IEcsContainerDefinition, Protocol):
    """An ECS container on Fargate (aws-cdk-lib's ``aws_batch.IEcsFargateContainerDefinition``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({
            "assign_public_ip", "ephemeral_storage_size", "fargate_cpu_architecture",
            "fargate_operating_system_family", "fargate_platform_version",
        })

    @property
    def assign_public_ip(self) -> bool | None:
        """Whether the task gets a public IP."""
        ...

    @property
    def ephemeral_storage_size(self) -> Size | None:
        """The ephemeral storage."""
        ...

    @property
    def fargate_cpu_architecture(self) -> CpuArchitecture | None:
        """The CPU architecture."""
        ...

    @property
    def fargate_operating_system_family(self) -> OperatingSystemFamily | None:
        """The operating system."""
        ...

    @property
    def fargate_platform_version(self) -> FargatePlatformVersion | None:
        """The Fargate platform version."""
        ...


@runtime_checkable
class IEksContainerDefinition(Protocol, metaclass=protocols.OptionalMembersMeta):
    """An EKS container of a job (aws-cdk-lib's ``aws_batch.IEksContainerDefinition``)."""

    if not TYPE_CHECKING:  # not members for mypy
        __optional_members__ = frozenset({
            "args", "command", "cpu_limit", "cpu_reservation", "env", "gpu_limit", "gpu_reservation",
            "image_pull_policy", "memory_limit", "memory_reservation", "name", "privileged", "readonly_root_filesystem",
            "run_as_group", "run_as_root", "run_as_user",
        })

    @property
    def image(self) -> ContainerImage:
        """The image."""
        ...

    @property
    def volumes(self) -> list[EksVolume]:
        """The volumes."""
        ...

    def add_volume(self, volume: EksVolume) -> None:
        """Mount a volume."""
        ...

    @property
    def args(self) -> list[str] | None:
        """The arguments of the entrypoint."""
        ...

    @property
    def command(self) -> list[str] | None:
        """The entrypoint."""
        ...

    @property
    def cpu_limit(self) -> int | float | None:
        """The most vCPUs."""
        ...

    @property
    def cpu_reservation(self) -> int | float | None:
        """The vCPUs reserved."""
        ...

    @property
    def env(self) -> Mapping[str, str] | None:
        """Environment variables."""
        ...

    @property
    def gpu_limit(self) -> int | float | None:
        """The most GPUs."""
        ...

    @property
    def gpu_reservation(self) -> int | float | None:
        """The GPUs reserved."""
        ...

    @property
    def image_pull_policy(self) -> ImagePullPolicy | None:
        """When to pull the image."""
        ...

    @property
    def memory_limit(self) -> Size | None:
        """The most memory."""
        ...

    @property
    def memory_reservation(self) -> Size | None:
        """The memory reserved."""
        ...

    @property
    def name(self) -> str | None:
        """The container's name."""
        ...

    @property
    def privileged(self) -> bool | None:
        """Whether the container runs privileged."""
        ...

    @property
    def readonly_root_filesystem(self) -> bool | None:
        """Whether the root filesystem is read-only."""
        ...

    @property
    def run_as_group(self) -> int | float | None:
        """The group id to run as."""
        ...

    @property
    def run_as_root(self) -> bool | None:
        """Whether running as root is allowed."""
        ...

    @property
    def run_as_user(self) -> int | float | None:
        """The user id to run as."""
        ...


@runtime_checkable
class IConsumableResource(Protocol):
    """A consumable resource (aws-cdk-lib's ``aws_batch.IConsumableResource``)."""

    @property
    def consumable_resource_arn(self) -> str:
        """The ARN."""
        ...

    @property
    def consumable_resource_name(self) -> str:
        """The name."""
        ...

    @property
    def grants(self) -> ConsumableResourceGrants:
        """The grants on the resource."""
        ...

