"""AWS Batch enums and structs: allocation strategies, machine images, volumes' options, props of every construct."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, Size
from constructs.internals import structs

if TYPE_CHECKING:
    from l2.batch._ecs_container import EcsVolume, Secret
    from l2.batch._eks_container import EksContainerDefinition, EksVolume
    from l2.batch._interfaces import (
        IComputeEnvironment,
        IEcsContainerDefinition,
        IEksCluster,
        ISchedulingPolicy,
    )
    from l2.batch._job_definition import RetryStrategy
    from l2.batch._linux_parameters import LinuxParameters
    from l2.ec2 import (
        ILaunchTemplate,
        IMachineImage,
        InstanceClass,
        InstanceType,
        IPlacementGroup,
        ISecurityGroup,
        IVpc,
        SubnetSelection,
    )
    from l2.ecs import (
        ContainerImage,
        CpuArchitecture,
        FargatePlatformVersion,
        LogDriver,
        OperatingSystemFamily,
    )
    from l2.efs import IFileSystem
    from l2.iam import IRole


# -- enums ----------------------------------------------------------------------------------------------------------


class Action(enum.Enum):
    """What a retry strategy does when its reason matches."""

    EXIT = "EXIT"
    RETRY = "RETRY"


class AllocationStrategy(enum.Enum):
    """How a managed compute environment picks instances."""

    BEST_FIT = "BEST_FIT"
    BEST_FIT_PROGRESSIVE = "BEST_FIT_PROGRESSIVE"
    SPOT_CAPACITY_OPTIMIZED = "SPOT_CAPACITY_OPTIMIZED"
    SPOT_PRICE_CAPACITY_OPTIMIZED = "SPOT_PRICE_CAPACITY_OPTIMIZED"


class ConsumableResourceType(enum.Enum):
    """Whether a consumable resource comes back once a job is done with it."""

    REPLENISHABLE = "REPLENISHABLE"
    NON_REPLENISHABLE = "NON_REPLENISHABLE"


class DefaultInstanceClass(enum.Enum):
    """The instance classes Batch picks by itself, by architecture."""

    X86_64 = "default_x86_64"
    ARM64 = "default_arm64"


class DevicePermission(enum.Enum):
    """What a container may do with a host device."""

    READ = "read"
    WRITE = "write"
    MKNOD = "mknod"


class DnsPolicy(enum.Enum):
    """The DNS policy of an EKS job's pod."""

    DEFAULT = "Default"
    CLUSTER_FIRST = "ClusterFirst"
    CLUSTER_FIRST_WITH_HOST_NET = "ClusterFirstWithHostNet"


class EcsMachineImageType(enum.Enum):
    """The kind of AMI an ECS compute environment runs."""

    ECS_AL2 = "ECS_AL2"
    ECS_AL2023 = "ECS_AL2023"
    ECS_AL2_NVIDIA = "ECS_AL2_NVIDIA"
    ECS_AL2023_NVIDIA = "ECS_AL2023_NVIDIA"


class EksMachineImageType(enum.Enum):
    """The kind of AMI an EKS compute environment runs."""

    EKS_AL2 = "EKS_AL2"
    EKS_AL2_NVIDIA = "EKS_AL2_NVIDIA"
    EKS_AL2023 = "EKS_AL2023"
    EKS_AL2023_NVIDIA = "EKS_AL2023_NVIDIA"


class EmptyDirMediumType(enum.Enum):
    """Where an ``emptyDir`` volume lives: the node's disk or memory."""

    DISK = ""
    MEMORY = "Memory"


class ImagePullPolicy(enum.Enum):
    """When the kubelet pulls a container's image."""

    ALWAYS = "Always"
    IF_NOT_PRESENT = "IfNotPresent"
    NEVER = "Never"


class JobStateTimeLimitActionsAction(enum.Enum):
    """What happens to a job stuck in a state past its time limit."""

    CANCEL = "CANCEL"
    TERMINATE = "TERMINATE"


class JobStateTimeLimitActionsReason(enum.Enum):
    """Why a job is stuck."""

    INSUFFICIENT_INSTANCE_CAPACITY = "CAPACITY:INSUFFICIENT_INSTANCE_CAPACITY"
    COMPUTE_ENVIRONMENT_MAX_RESOURCE = "MISCONFIGURATION:COMPUTE_ENVIRONMENT_MAX_RESOURCE"
    JOB_RESOURCE_REQUIREMENT = "MISCONFIGURATION:JOB_RESOURCE_REQUIREMENT"


class JobStateTimeLimitActionsState(enum.Enum):
    """The job state a time limit applies to."""

    RUNNABLE = "RUNNABLE"


class TmpfsMountOption(enum.Enum):
    """A mount option of a tmpfs mount."""

    DEFAULTS = "defaults"
    RO = "ro"
    RW = "rw"
    SUID = "suid"
    NOSUID = "nosuid"
    DEV = "dev"
    NODEV = "nodev"
    EXEC = "exec"
    NOEXEC = "noexec"
    SYNC = "sync"
    ASYNC = "async"
    DIRSYNC = "dirsync"
    REMOUNT = "remount"
    MAND = "mand"
    NOMAND = "nomand"
    ATIME = "atime"
    NOATIME = "noatime"
    DIRATIME = "diratime"
    NODIRATIME = "nodiratime"
    BIND = "bind"
    RBIND = "rbind"
    UNBINDABLE = "unbindable"
    RUNBINDABLE = "runbindable"
    PRIVATE = "private"
    RPRIVATE = "rprivate"
    SHARED = "shared"
    RSHARED = "rshared"
    SLAVE = "slave"
    RSLAVE = "rslave"
    RELATIME = "relatime"
    NORELATIME = "norelatime"
    STRICTATIME = "strictatime"
    NOSTRICTATIME = "nostrictatime"
    MODE = "mode"
    UID = "uid"
    GID = "gid"
    NR_INODES = "nr_inodes"
    NR_BLOCKS = "nr_blocks"
    MPOL = "mpol"


class UlimitName(enum.Enum):
    """The resource a ulimit limits."""

    CORE = "core"
    CPU = "cpu"
    DATA = "data"
    FSIZE = "fsize"
    LOCKS = "locks"
    MEMLOCK = "memlock"
    MSGQUEUE = "msgqueue"
    NICE = "nice"
    NOFILE = "nofile"
    NPROC = "nproc"
    RSS = "rss"
    RTPRIO = "rtprio"
    RTTIME = "rttime"
    SIGPENDING = "sigpending"
    STACK = "stack"


# -- small structs --------------------------------------------------------------------------------------------------


@structs.frozen(kw_only=True)
class CustomReason:
    """The conditions of a custom retry reason (each a glob, up to 512 characters).

    Args:
        on_exit_code: match the job's exit code.
        on_reason: match the job's reason.
        on_status_reason: match the job's status reason.
    """

    on_exit_code: str | None = None
    on_reason: str | None = None
    on_status_reason: str | None = None


@structs.frozen(kw_only=True)
class Device:
    """A host device exposed to a container.

    Args:
        host_path: the device's path on the host.
        container_path: its path in the container (default: the host path).
        permissions: what the container may do with it (default: read, write and mknod).
    """

    host_path: str
    container_path: str | None = None
    permissions: Sequence[DevicePermission] | None = None


@structs.frozen(kw_only=True)
class EcsMachineImage:
    """An AMI of an ECS compute environment.

    Args:
        image: the AMI (default: the Batch-chosen ECS-optimized AMI).
        image_type: its kind (default: ``ECS_AL2``, ``ECS_AL2023`` under ``@aws-cdk/aws-batch:defaultToAL2023``).
    """

    image: IMachineImage | None = None
    image_type: EcsMachineImageType | None = None


@structs.frozen(kw_only=True)
class EksMachineImage:
    """An AMI of an EKS compute environment.

    Args:
        image: the AMI (default: the Batch-chosen EKS-optimized AMI).
        image_type: its kind (default: ``EKS_AL2``, ``EKS_AL2023`` under ``@aws-cdk/aws-batch:defaultToAL2023``).
    """

    image: IMachineImage | None = None
    image_type: EksMachineImageType | None = None


@structs.frozen(kw_only=True)
class JobStateTimeLimitAction:
    """What to do with a job that stays too long in a state.

    Args:
        max_time: how long (600 to 86,400 seconds).
        reason: the reason the job is stuck.
        action: what to do (default ``CANCEL``).
        state: the state (default ``RUNNABLE``).
    """

    max_time: Duration
    reason: JobStateTimeLimitActionsReason
    action: JobStateTimeLimitActionsAction | None = None
    state: JobStateTimeLimitActionsState | None = None


@structs.frozen(kw_only=True)
class MultiNodeContainer:
    """The container of a range of nodes of a multi-node job.

    Args:
        container: the container.
        end_node: the last node of the range.
        start_node: the first node of the range.
    """

    container: IEcsContainerDefinition
    end_node: int | float
    start_node: int | float


@structs.frozen(kw_only=True)
class OrderedComputeEnvironment:
    """A compute environment of a job queue, with its order (lower tried first).

    Args:
        compute_environment: the compute environment.
        order: its order.
    """

    compute_environment: IComputeEnvironment
    order: int | float


@structs.frozen(kw_only=True)
class SecretVersionInfo:
    """A version of a Secrets Manager secret.

    Args:
        version_id: the version id.
        version_stage: the version stage.
    """

    version_id: str | None = None
    version_stage: str | None = None


@structs.frozen(kw_only=True)
class Share:
    """A share of a fairshare scheduling policy.

    Args:
        share_identifier: the share identifier (jobs name it in ``shareIdentifier``).
        weight_factor: its weight: a lower weight gets more of the compute.
    """

    share_identifier: str
    weight_factor: int | float


@structs.frozen(kw_only=True)
class Tmpfs:
    """A tmpfs mount of a container.

    Args:
        container_path: the mount point.
        size: its size.
        mount_options: the mount options.
    """

    container_path: str
    size: Size
    mount_options: Sequence[TmpfsMountOption] | None = None


@structs.frozen(kw_only=True)
class Ulimit:
    """A ulimit of a container.

    Args:
        hard_limit: the hard limit.
        name: the resource.
        soft_limit: the soft limit.
    """

    hard_limit: int | float
    name: UlimitName
    soft_limit: int | float


# -- volume options -------------------------------------------------------------------------------------------------


@structs.frozen(kw_only=True)
class EcsVolumeOptions:
    """The options of every ECS volume.

    Args:
        container_path: where the volume is mounted in the container.
        name: the volume's name.
        readonly: mount it read-only (default false).
    """

    container_path: str
    name: str
    readonly: bool | None = None


@structs.frozen(kw_only=True)
class EfsVolumeOptions(EcsVolumeOptions):
    """The options of an EFS volume (see ``EcsVolumeOptions``).

    Args:
        file_system: the file system.
        access_point_id: the access point to mount through.
        enable_transit_encryption: encrypt the data in transit.
        root_directory: the directory of the file system to mount (default ``/``).
        transit_encryption_port: the port of the encrypted traffic.
        use_job_role: authorize with the job role.
    """

    file_system: IFileSystem
    access_point_id: str | None = None
    enable_transit_encryption: bool | None = None
    root_directory: str | None = None
    transit_encryption_port: int | float | None = None
    use_job_role: bool | None = None


@structs.frozen(kw_only=True)
class HostVolumeOptions(EcsVolumeOptions):
    """The options of a host volume (see ``EcsVolumeOptions``).

    Args:
        host_path: the path on the host (default: a Docker-managed path, gone with the container).
    """

    host_path: str | None = None


@structs.frozen(kw_only=True)
class EksVolumeOptions:
    """The options of every EKS volume.

    Args:
        name: the volume's name.
        mount_path: where the volume is mounted in the container.
        readonly: mount it read-only (default false).
    """

    name: str
    mount_path: str | None = None
    readonly: bool | None = None


@structs.frozen(kw_only=True)
class EmptyDirVolumeOptions(EksVolumeOptions):
    """The options of an ``emptyDir`` volume (see ``EksVolumeOptions``).

    Args:
        medium: disk or memory (default disk).
        size_limit: the volume's size limit.
    """

    medium: EmptyDirMediumType | None = None
    size_limit: Size | None = None


@structs.frozen(kw_only=True)
class HostPathVolumeOptions(EksVolumeOptions):
    """The options of a ``hostPath`` volume (see ``EksVolumeOptions``).

    Args:
        host_path: the path on the node.
    """

    host_path: str


@structs.frozen(kw_only=True)
class SecretPathVolumeOptions(EksVolumeOptions):
    """The options of a Kubernetes secret volume (see ``EksVolumeOptions``).

    Args:
        secret_name: the secret's name.
        optional: whether the secret may be missing (default true).
    """

    secret_name: str
    optional: bool | None = None


# -- construct props ------------------------------------------------------------------------------------------------


@structs.frozen(kw_only=True)
class ComputeEnvironmentProps:
    """The props of every compute environment.

    Args:
        compute_environment_name: the name (default: generated).
        enabled: whether it accepts jobs (default true).
        service_role: the role Batch uses (default: the service-linked role).
    """

    compute_environment_name: str | None = None
    enabled: bool | None = None
    service_role: IRole | None = None


@structs.frozen(kw_only=True)
class ManagedComputeEnvironmentProps(ComputeEnvironmentProps):
    """The props of a managed compute environment (see ``ComputeEnvironmentProps``).

    Args:
        vpc: the VPC of the instances.
        maxv_cpus: the most vCPUs (default 256).
        replace_compute_environment: replace the environment on updates that need it (default false).
        security_groups: the security groups (default: a new one).
        spot: use Spot capacity (default false).
        terminate_on_update: terminate running jobs on updates (default false).
        update_timeout: how long jobs may run during an update (default 30 minutes).
        update_to_latest_image_version: use the newest AMI on updates (default true).
        vpc_subnets: the subnets (default: the private subnets).
    """

    vpc: IVpc
    maxv_cpus: int | float | None = None
    replace_compute_environment: bool | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    spot: bool | None = None
    terminate_on_update: bool | None = None
    update_timeout: Duration | None = None
    update_to_latest_image_version: bool | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class FargateComputeEnvironmentProps(ManagedComputeEnvironmentProps):
    """The props of a ``FargateComputeEnvironment`` (see ``ManagedComputeEnvironmentProps``)."""


@structs.frozen(kw_only=True)
class ManagedEc2ComputeEnvironmentProps(ManagedComputeEnvironmentProps):
    """The props of an EC2 managed compute environment (see ``ManagedComputeEnvironmentProps``).

    Args:
        instance_classes: instance classes Batch may pick any size of.
        instance_types: instance types Batch may pick.
    """

    instance_classes: Sequence[InstanceClass] | None = None
    instance_types: Sequence[InstanceType] | None = None


@structs.frozen(kw_only=True)
class ManagedEc2EcsComputeEnvironmentProps(ManagedEc2ComputeEnvironmentProps):
    """The props of a ``ManagedEc2EcsComputeEnvironment`` (see ``ManagedEc2ComputeEnvironmentProps``).

    Args:
        allocation_strategy: how instances are picked (default ``BEST_FIT_PROGRESSIVE``, Spot:
            ``SPOT_PRICE_CAPACITY_OPTIMIZED``).
        default_instance_classes: Batch-chosen instance classes by architecture.
        images: the AMIs (default: the ECS-optimized AMI).
        instance_role: the instances' role (default: a new one with ``AmazonEC2ContainerServiceforEC2Role``).
        launch_template: a launch template for the instances.
        minv_cpus: the fewest vCPUs (default 0).
        placement_group: the placement group of the instances.
        spot_bid_percentage: the most a Spot instance may cost, in percent of On-Demand.
        spot_fleet_role: the Spot Fleet role (default: a new one with ``BEST_FIT``).
        use_optimal_instance_classes: add ``optimal`` to the instance types (default true).
    """

    allocation_strategy: AllocationStrategy | None = None
    default_instance_classes: Sequence[DefaultInstanceClass] | None = None
    images: Sequence[EcsMachineImage] | None = None
    instance_role: IRole | None = None
    launch_template: ILaunchTemplate | None = None
    minv_cpus: int | float | None = None
    placement_group: IPlacementGroup | None = None
    spot_bid_percentage: int | float | None = None
    spot_fleet_role: IRole | None = None
    use_optimal_instance_classes: bool | None = None


@structs.frozen(kw_only=True)
class ManagedEc2EksComputeEnvironmentProps(ManagedEc2ComputeEnvironmentProps):
    """The props of a ``ManagedEc2EksComputeEnvironment`` (see ``ManagedEc2ComputeEnvironmentProps``).

    Args:
        eks_cluster: the EKS cluster.
        kubernetes_namespace: the namespace of the jobs' pods.
        allocation_strategy: how instances are picked (default ``BEST_FIT_PROGRESSIVE``, Spot:
            ``SPOT_PRICE_CAPACITY_OPTIMIZED``; ``BEST_FIT`` is refused).
        default_instance_classes: Batch-chosen instance classes by architecture.
        images: the AMIs (default: the EKS-optimized AMI).
        instance_role: the instances' role (default: a new one).
        launch_template: a launch template for the instances.
        minv_cpus: the fewest vCPUs (default 0).
        placement_group: the placement group of the instances.
        spot_bid_percentage: the most a Spot instance may cost, in percent of On-Demand.
        use_optimal_instance_classes: add ``optimal`` to the instance types (default true).
    """

    eks_cluster: IEksCluster
    kubernetes_namespace: str
    allocation_strategy: AllocationStrategy | None = None
    default_instance_classes: Sequence[DefaultInstanceClass] | None = None
    images: Sequence[EksMachineImage] | None = None
    instance_role: IRole | None = None
    launch_template: ILaunchTemplate | None = None
    minv_cpus: int | float | None = None
    placement_group: IPlacementGroup | None = None
    spot_bid_percentage: int | float | None = None
    use_optimal_instance_classes: bool | None = None


@structs.frozen(kw_only=True)
class UnmanagedComputeEnvironmentProps(ComputeEnvironmentProps):
    """The props of an ``UnmanagedComputeEnvironment`` (see ``ComputeEnvironmentProps``).

    Args:
        unmanagedv_cpus: the vCPUs the environment has (for fairshare scheduling).
    """

    unmanagedv_cpus: int | float | None = None


@structs.frozen(kw_only=True)
class ConsumableResourceProps:
    """The props of a ``ConsumableResource``.

    Args:
        total_quantity: how much of the resource there is.
        consumable_resource_name: the name (default: generated).
        resource_type: replenishable or not (default replenishable).
        tags: tags of the resource.
    """

    total_quantity: int | float
    consumable_resource_name: str | None = None
    resource_type: ConsumableResourceType | None = None
    tags: Mapping[str, str] | None = None


@structs.frozen(kw_only=True)
class FairshareSchedulingPolicyProps:
    """The props of a ``FairshareSchedulingPolicy``.

    Args:
        compute_reservation: the share of vCPUs kept for share identifiers not yet active (percent).
        scheduling_policy_name: the name (default: generated).
        share_decay: the window of past usage that counts.
        shares: the shares.
    """

    compute_reservation: int | float | None = None
    scheduling_policy_name: str | None = None
    share_decay: Duration | None = None
    shares: Sequence[Share] | None = None


@structs.frozen(kw_only=True)
class JobQueueProps:
    """The props of a ``JobQueue``.

    Args:
        compute_environments: the compute environments and their order.
        enabled: whether it accepts jobs (default true).
        job_queue_name: the name (default: generated).
        job_state_time_limit_actions: what to do with jobs stuck in a state.
        priority: the priority among queues sharing compute environments (default 1; higher first).
        scheduling_policy: a fairshare scheduling policy (default: first in, first out).
    """

    compute_environments: Sequence[OrderedComputeEnvironment] | None = None
    enabled: bool | None = None
    job_queue_name: str | None = None
    job_state_time_limit_actions: Sequence[JobStateTimeLimitAction] | None = None
    priority: int | float | None = None
    scheduling_policy: ISchedulingPolicy | None = None


@structs.frozen(kw_only=True)
class JobDefinitionProps:
    """The props of every job definition.

    Args:
        job_definition_name: the name (default: generated).
        parameters: default parameters of the job's command placeholders.
        retry_attempts: how many times a failed job runs again (default: none).
        retry_strategies: when to retry or exit.
        scheduling_priority: the priority under a fairshare policy.
        skip_deregister_on_update: keep the old revision active on updates.
        timeout: how long an attempt may run.
    """

    job_definition_name: str | None = None
    parameters: Mapping[str, Any] | None = None
    retry_attempts: int | float | None = None
    retry_strategies: Sequence[RetryStrategy] | None = None
    scheduling_priority: int | float | None = None
    skip_deregister_on_update: bool | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class EcsJobDefinitionProps(JobDefinitionProps):
    """The props of an ``EcsJobDefinition`` (see ``JobDefinitionProps``).

    Args:
        container: the container.
        propagate_tags: copy the job's tags to its ECS task.
    """

    container: IEcsContainerDefinition
    propagate_tags: bool | None = None


@structs.frozen(kw_only=True)
class EksJobDefinitionProps(JobDefinitionProps):
    """The props of an ``EksJobDefinition`` (see ``JobDefinitionProps``).

    Args:
        container: the container.
        dns_policy: the pod's DNS policy.
        service_account: the pod's service account.
        use_host_network: use the node's network (default true).
    """

    container: EksContainerDefinition
    dns_policy: DnsPolicy | None = None
    service_account: str | None = None
    use_host_network: bool | None = None


@structs.frozen(kw_only=True)
class MultiNodeJobDefinitionProps(JobDefinitionProps):
    """The props of a ``MultiNodeJobDefinition`` (see ``JobDefinitionProps``).

    Args:
        containers: the containers of the node ranges.
        instance_type: the instance type of every node (default: Batch picks).
        main_node: the index of the main node (default 0).
        propagate_tags: copy the job's tags to its ECS tasks.
    """

    containers: Sequence[MultiNodeContainer] | None = None
    instance_type: InstanceType | None = None
    main_node: int | float | None = None
    propagate_tags: bool | None = None


@structs.frozen(kw_only=True)
class LinuxParametersProps:
    """The props of ``LinuxParameters``.

    Args:
        init_process_enabled: run an init process in the container.
        max_swap: the most swap the container may use.
        shared_memory_size: the size of ``/dev/shm``.
        swappiness: how readily pages are swapped, 0 to 100 (default 60; only with ``max_swap``).
    """

    init_process_enabled: bool | None = None
    max_swap: Size | None = None
    shared_memory_size: Size | None = None
    swappiness: int | float | None = None


@structs.frozen(kw_only=True)
class EcsContainerDefinitionProps:
    """The props of every ECS container.

    Args:
        cpu: the vCPUs.
        image: the image.
        memory: the memory.
        command: the command (default: the image's).
        enable_execute_command: allow ECS Exec into the container (a job role with the SSM channel actions).
        environment: environment variables.
        execution_role: the role ECS pulls the image and writes logs with (default: a new one).
        job_role: the role the container's code runs with.
        linux_parameters: Linux parameters.
        logging: the log driver (default: ``awslogs`` to ``/aws/batch/job``).
        readonly_root_filesystem: a read-only root filesystem (default false).
        secrets: secrets as environment variables.
        user: the user the container runs as.
        volumes: volumes to mount.
    """

    cpu: int | float
    image: ContainerImage
    memory: Size
    command: Sequence[str] | None = None
    enable_execute_command: bool | None = None
    environment: Mapping[str, str] | None = None
    execution_role: IRole | None = None
    job_role: IRole | None = None
    linux_parameters: LinuxParameters | None = None
    logging: LogDriver | None = None
    readonly_root_filesystem: bool | None = None
    secrets: Mapping[str, Secret] | None = None
    user: str | None = None
    volumes: Sequence[EcsVolume] | None = None


@structs.frozen(kw_only=True)
class EcsEc2ContainerDefinitionProps(EcsContainerDefinitionProps):
    """The props of an ``EcsEc2ContainerDefinition`` (see ``EcsContainerDefinitionProps``).

    Args:
        gpu: the GPUs.
        privileged: run privileged (default false).
        ulimits: ulimits.
    """

    gpu: int | float | None = None
    privileged: bool | None = None
    ulimits: Sequence[Ulimit] | None = None


@structs.frozen(kw_only=True)
class EcsFargateContainerDefinitionProps(EcsContainerDefinitionProps):
    """The props of an ``EcsFargateContainerDefinition`` (see ``EcsContainerDefinitionProps``).

    Args:
        assign_public_ip: give the task a public IP (default false).
        ephemeral_storage_size: the ephemeral storage, 21 to 200 GiB (default 20 GiB).
        fargate_cpu_architecture: the CPU architecture (default x86-64).
        fargate_operating_system_family: the operating system (default Linux).
        fargate_platform_version: the Fargate platform version (default LATEST).
    """

    assign_public_ip: bool | None = None
    ephemeral_storage_size: Size | None = None
    fargate_cpu_architecture: CpuArchitecture | None = None
    fargate_operating_system_family: OperatingSystemFamily | None = None
    fargate_platform_version: FargatePlatformVersion | None = None


@structs.frozen(kw_only=True)
class EksContainerDefinitionProps:
    """The props of an ``EksContainerDefinition``.

    Args:
        image: the image.
        args: the arguments of the entrypoint.
        command: the entrypoint (default: the image's).
        cpu_limit: the most vCPUs.
        cpu_reservation: the vCPUs reserved.
        env: environment variables.
        gpu_limit: the most GPUs.
        gpu_reservation: the GPUs reserved.
        image_pull_policy: when to pull the image.
        memory_limit: the most memory.
        memory_reservation: the memory reserved.
        name: the container's name.
        privileged: run privileged (default false).
        readonly_root_filesystem: a read-only root filesystem (default false).
        run_as_group: the group id to run as.
        run_as_root: allow running as root (default false).
        run_as_user: the user id to run as.
        volumes: volumes to mount.
    """

    image: ContainerImage
    args: Sequence[str] | None = None
    command: Sequence[str] | None = None
    cpu_limit: int | float | None = None
    cpu_reservation: int | float | None = None
    env: Mapping[str, str] | None = None
    gpu_limit: int | float | None = None
    gpu_reservation: int | float | None = None
    image_pull_policy: ImagePullPolicy | None = None
    memory_limit: Size | None = None
    memory_reservation: Size | None = None
    name: str | None = None
    privileged: bool | None = None
    readonly_root_filesystem: bool | None = None
    run_as_group: int | float | None = None
    run_as_root: bool | None = None
    run_as_user: int | float | None = None
    volumes: Sequence[EksVolume] | None = None
