"""ECS enums: network and IPC modes, compatibilities, log driver options, deployment settings and the rest."""

from __future__ import annotations

import enum


class AlarmBehavior(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.AlarmBehavior``."""

    ROLLBACK_ON_ALARM = "ROLLBACK_ON_ALARM"
    FAIL_ON_ALARM = "FAIL_ON_ALARM"


class AmiHardwareType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.AmiHardwareType``."""

    STANDARD = "Standard"
    GPU = "GPU"
    ARM = "ARM64"
    NEURON = "Neuron"


class AvailabilityZoneRebalancing(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.AvailabilityZoneRebalancing``."""

    ENABLED = "ENABLED"
    DISABLED = "DISABLED"


class AwsLogDriverMode(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.AwsLogDriverMode``."""

    BLOCKING = "blocking"
    NON_BLOCKING = "non-blocking"


class BinPackResource(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.BinPackResource``."""

    CPU = "CPU"
    MEMORY = "MEMORY"


class BottlerocketEcsVariant(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.BottlerocketEcsVariant``."""

    AWS_ECS_1 = "aws-ecs-1"
    AWS_ECS_1_NVIDIA = "aws-ecs-1-nvidia"
    AWS_ECS_2 = "aws-ecs-2"
    AWS_ECS_2_NVIDIA = "aws-ecs-2-nvidia"


class Capability(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.Capability``."""

    ALL = "ALL"
    AUDIT_CONTROL = "AUDIT_CONTROL"
    AUDIT_WRITE = "AUDIT_WRITE"
    BLOCK_SUSPEND = "BLOCK_SUSPEND"
    CHOWN = "CHOWN"
    DAC_OVERRIDE = "DAC_OVERRIDE"
    DAC_READ_SEARCH = "DAC_READ_SEARCH"
    FOWNER = "FOWNER"
    FSETID = "FSETID"
    IPC_LOCK = "IPC_LOCK"
    IPC_OWNER = "IPC_OWNER"
    KILL = "KILL"
    LEASE = "LEASE"
    LINUX_IMMUTABLE = "LINUX_IMMUTABLE"
    MAC_ADMIN = "MAC_ADMIN"
    MAC_OVERRIDE = "MAC_OVERRIDE"
    MKNOD = "MKNOD"
    NET_ADMIN = "NET_ADMIN"
    NET_BIND_SERVICE = "NET_BIND_SERVICE"
    NET_BROADCAST = "NET_BROADCAST"
    NET_RAW = "NET_RAW"
    SETFCAP = "SETFCAP"
    SETGID = "SETGID"
    SETPCAP = "SETPCAP"
    SETUID = "SETUID"
    SYS_ADMIN = "SYS_ADMIN"
    SYS_BOOT = "SYS_BOOT"
    SYS_CHROOT = "SYS_CHROOT"
    SYS_MODULE = "SYS_MODULE"
    SYS_NICE = "SYS_NICE"
    SYS_PACCT = "SYS_PACCT"
    SYS_PTRACE = "SYS_PTRACE"
    SYS_RAWIO = "SYS_RAWIO"
    SYS_RESOURCE = "SYS_RESOURCE"
    SYS_TIME = "SYS_TIME"
    SYS_TTY_CONFIG = "SYS_TTY_CONFIG"
    SYSLOG = "SYSLOG"
    WAKE_ALARM = "WAKE_ALARM"


class CapacityOptionType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.CapacityOptionType``."""

    ON_DEMAND = "ON_DEMAND"
    SPOT = "SPOT"


class Compatibility(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.Compatibility``."""

    EC2 = "EC2"
    FARGATE = "FARGATE"
    EC2_AND_FARGATE = "EC2_AND_FARGATE"
    EXTERNAL = "EXTERNAL"
    MANAGED_INSTANCES = "MANAGED_INSTANCES"
    EC2_AND_MANAGED_INSTANCES = "EC2_AND_MANAGED_INSTANCES"
    FARGATE_AND_MANAGED_INSTANCES = "FARGATE_AND_MANAGED_INSTANCES"
    FARGATE_AND_EC2_AND_MANAGED_INSTANCES = "FARGATE_AND_EC2_AND_MANAGED_INSTANCES"


class ContainerDependencyCondition(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.ContainerDependencyCondition``."""

    START = "START"
    COMPLETE = "COMPLETE"
    SUCCESS = "SUCCESS"
    HEALTHY = "HEALTHY"


class ContainerInsights(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.ContainerInsights``."""

    ENABLED = "enabled"
    DISABLED = "disabled"
    ENHANCED = "enhanced"


class DeploymentControllerType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.DeploymentControllerType``."""

    ECS = "ECS"
    CODE_DEPLOY = "CODE_DEPLOY"
    EXTERNAL = "EXTERNAL"


class DeploymentLifecycleStage(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.DeploymentLifecycleStage``."""

    RECONCILE_SERVICE = "RECONCILE_SERVICE"
    PRE_SCALE_UP = "PRE_SCALE_UP"
    POST_SCALE_UP = "POST_SCALE_UP"
    TEST_TRAFFIC_SHIFT = "TEST_TRAFFIC_SHIFT"
    POST_TEST_TRAFFIC_SHIFT = "POST_TEST_TRAFFIC_SHIFT"
    PRODUCTION_TRAFFIC_SHIFT = "PRODUCTION_TRAFFIC_SHIFT"
    POST_PRODUCTION_TRAFFIC_SHIFT = "POST_PRODUCTION_TRAFFIC_SHIFT"


class DeploymentStrategy(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.DeploymentStrategy``."""

    ROLLING = "ROLLING"
    BLUE_GREEN = "BLUE_GREEN"
    LINEAR = "LINEAR"
    CANARY = "CANARY"


class DevicePermission(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.DevicePermission``."""

    READ = "read"
    WRITE = "write"
    MKNOD = "mknod"


class EbsPropagatedTagSource(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.EbsPropagatedTagSource``."""

    SERVICE = "SERVICE"
    TASK_DEFINITION = "TASK_DEFINITION"


class EnvironmentFileType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.EnvironmentFileType``."""

    S3 = "s3"


class ExecuteCommandLogging(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.ExecuteCommandLogging``."""

    NONE = "NONE"
    DEFAULT = "DEFAULT"
    OVERRIDE = "OVERRIDE"


class FargatePlatformVersion(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.FargatePlatformVersion``."""

    LATEST = "LATEST"
    VERSION1_4 = "1.4.0"
    VERSION1_3 = "1.3.0"
    VERSION1_2 = "1.2.0"
    VERSION1_1 = "1.1.0"
    VERSION1_0 = "1.0.0"


class FileSystemType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.FileSystemType``."""

    EXT3 = "ext3"
    EXT4 = "ext4"
    XFS = "xfs"
    NTFS = "ntfs"


class FirelensConfigFileType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.FirelensConfigFileType``."""

    S3 = "s3"
    FILE = "file"


class FirelensLogRouterType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.FirelensLogRouterType``."""

    FLUENTBIT = "fluentbit"
    FLUENTD = "fluentd"


class GelfCompressionType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.GelfCompressionType``."""

    GZIP = "gzip"
    ZLIB = "zlib"
    NONE = "none"


class InstanceMonitoring(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.InstanceMonitoring``."""

    BASIC = "BASIC"
    DETAILED = "DETAILED"


class IpcMode(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.IpcMode``."""

    NONE = "none"
    HOST = "host"
    TASK = "task"


class LaunchType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.LaunchType``."""

    EC2 = "EC2"
    FARGATE = "FARGATE"
    EXTERNAL = "EXTERNAL"


class MachineImageType(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.MachineImageType``."""

    AMAZON_LINUX_2 = "AMAZON_LINUX_2"
    BOTTLEROCKET = "BOTTLEROCKET"


class NetworkMode(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.NetworkMode``."""

    NONE = "none"
    BRIDGE = "bridge"
    AWS_VPC = "awsvpc"
    HOST = "host"
    NAT = "nat"


class PidMode(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.PidMode``."""

    HOST = "host"
    TASK = "task"


class PropagateManagedInstancesTags(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.PropagateManagedInstancesTags``."""

    CAPACITY_PROVIDER = "CAPACITY_PROVIDER"
    NONE = "NONE"


class PropagatedTagSource(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.PropagatedTagSource``."""

    SERVICE = "SERVICE"
    TASK_DEFINITION = "TASK_DEFINITION"
    NONE = "NONE"


class Protocol(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.Protocol``."""

    TCP = "tcp"
    UDP = "udp"


class Scope(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.Scope``."""

    TASK = "task"
    SHARED = "shared"


class ServiceConnectAccessLogFormat(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.ServiceConnectAccessLogFormat``."""

    TEXT = "TEXT"
    JSON = "JSON"


class SplunkLogFormat(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.SplunkLogFormat``."""

    INLINE = "inline"
    JSON = "json"
    RAW = "raw"


class TmpfsMountOption(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.TmpfsMountOption``."""

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
    """aws-cdk-lib"s ``aws_ecs.UlimitName``."""

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


class VersionConsistency(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.VersionConsistency``."""

    ENABLED = "enabled"
    DISABLED = "disabled"


class WindowsOptimizedVersion(enum.Enum):
    """aws-cdk-lib"s ``aws_ecs.WindowsOptimizedVersion``."""

    SERVER_2025 = "2025"
    SERVER_2022 = "2022"
    SERVER_2019 = "2019"
    SERVER_2016 = "2016"
