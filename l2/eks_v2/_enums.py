"""EKS enums: aws-cdk-lib's ``aws_eks_v2`` enumerations."""

from __future__ import annotations

import enum


class AccessEntryType(enum.Enum):
    """Represents the different types of access entries that can be used in an Amazon EKS cluster."""

    STANDARD = "STANDARD"
    """Represents a standard access entry."""
    FARGATE_LINUX = "FARGATE_LINUX"
    """Represents a Fargate Linux access entry."""
    EC2_LINUX = "EC2_LINUX"
    """Represents an EC2 Linux access entry."""
    EC2_WINDOWS = "EC2_WINDOWS"
    """Represents an EC2 Windows access entry."""
    EC2 = "EC2"
    """Represents an EC2 access entry for EKS Auto Mode."""
    HYBRID_LINUX = "HYBRID_LINUX"
    """Represents a Hybrid Linux access entry for EKS Hybrid Nodes."""
    HYPERPOD_LINUX = "HYPERPOD_LINUX"
    """Represents a HyperPod Linux access entry for Amazon SageMaker HyperPod."""


class AccessScopeType(enum.Enum):
    """Represents the scope type of an access policy."""

    NAMESPACE = "namespace"
    """The policy applies to a specific namespace within the cluster."""
    CLUSTER = "cluster"
    """The policy applies to the entire cluster."""


class AlbScheme(enum.Enum):
    """ALB Scheme."""

    INTERNAL = "internal"
    """The nodes of an internal load balancer have only private IP addresses."""
    INTERNET_FACING = "internet-facing"
    """An internet-facing load balancer has a publicly resolvable DNS name, so it can route requests from clients over the internet to the EC2 instances that are registered with the load balancer."""


class CapacityType(enum.Enum):
    """Capacity type of the managed node group."""

    SPOT = "SPOT"
    """spot instances."""
    ON_DEMAND = "ON_DEMAND"
    """on-demand instances."""
    CAPACITY_BLOCK = "CAPACITY_BLOCK"
    """capacity block instances."""


class ClusterLoggingTypes(enum.Enum):
    """EKS cluster logging types."""

    API = "api"
    """Logs pertaining to API requests to the cluster."""
    AUDIT = "audit"
    """Logs pertaining to cluster access via the Kubernetes API."""
    AUTHENTICATOR = "authenticator"
    """Logs pertaining to authentication requests into the cluster."""
    CONTROLLER_MANAGER = "controllerManager"
    """Logs pertaining to state of cluster controllers."""
    SCHEDULER = "scheduler"
    """Logs pertaining to scheduling decisions."""


class CoreDnsComputeType(enum.Enum):
    """The type of compute resources to use for CoreDNS."""

    EC2 = "ec2"
    """Deploy CoreDNS on EC2 instances."""
    FARGATE = "fargate"
    """Deploy CoreDNS on Fargate-managed instances."""


class CpuArch(enum.Enum):
    """CPU architecture."""

    ARM_64 = "arm64"
    """arm64 CPU type."""
    X86_64 = "x86_64"
    """x86_64 CPU type."""


class DefaultCapacityType(enum.Enum):
    """The default capacity type for the cluster."""

    NODEGROUP = "NODEGROUP"
    """managed node group."""
    EC2 = "EC2"
    """EC2 autoscaling group."""
    AUTOMODE = "AUTOMODE"
    """EKS Auto Mode: compute managed by EKS."""


class IdentityType(enum.Enum):
    """Enum representing the different identity types that can be used for a Kubernetes service account."""

    IRSA = "IRSA"
    """Use the IAM Roles for Service Accounts (IRSA) identity type."""
    POD_IDENTITY = "POD_IDENTITY"
    """Use the EKS Pod Identities identity type."""


class IpFamily(enum.Enum):
    """EKS cluster IP family."""

    IP_V4 = "ipv4"
    """Use IPv4 for pods and services in your cluster."""
    IP_V6 = "ipv6"
    """Use IPv6 for pods and services in your cluster."""


class MachineImageType(enum.Enum):
    """The machine image type."""

    AMAZON_LINUX_2 = "AMAZON_LINUX_2"
    """Amazon EKS-optimized Linux AMI."""
    BOTTLEROCKET = "BOTTLEROCKET"
    """Bottlerocket AMI."""


class NodeType(enum.Enum):
    """Whether the worker nodes should support GPU or just standard instances."""

    STANDARD = "Standard"
    """Standard instances."""
    GPU = "GPU"
    """GPU instances."""
    INFERENTIA = "INFERENTIA"
    """Inferentia instances."""
    TRAINIUM = "TRAINIUM"
    """Trainium instances."""


class NodegroupAmiType(enum.Enum):
    """The AMI type for your node group."""

    AL2_X86_64 = "AL2_x86_64"
    """Amazon Linux 2 (x86-64)."""
    AL2_X86_64_GPU = "AL2_x86_64_GPU"
    """Amazon Linux 2 with GPU support."""
    AL2_ARM_64 = "AL2_ARM_64"
    """Amazon Linux 2 (ARM-64)."""
    BOTTLEROCKET_ARM_64 = "BOTTLEROCKET_ARM_64"
    """Bottlerocket Linux (ARM-64)."""
    BOTTLEROCKET_X86_64 = "BOTTLEROCKET_x86_64"
    """Bottlerocket (x86-64)."""
    BOTTLEROCKET_ARM_64_NVIDIA = "BOTTLEROCKET_ARM_64_NVIDIA"
    """Bottlerocket Linux with Nvidia-GPU support (ARM-64)."""
    BOTTLEROCKET_X86_64_NVIDIA = "BOTTLEROCKET_x86_64_NVIDIA"
    """Bottlerocket with Nvidia-GPU support (x86-64)."""
    BOTTLEROCKET_ARM_64_FIPS = "BOTTLEROCKET_ARM_64_FIPS"
    """Bottlerocket Linux (ARM-64) with FIPS enabled."""
    BOTTLEROCKET_X86_64_FIPS = "BOTTLEROCKET_x86_64_FIPS"
    """Bottlerocket (x86-64) with FIPS enabled."""
    WINDOWS_CORE_2019_X86_64 = "WINDOWS_CORE_2019_x86_64"
    """Windows Core 2019 (x86-64)."""
    WINDOWS_CORE_2022_X86_64 = "WINDOWS_CORE_2022_x86_64"
    """Windows Core 2022 (x86-64)."""
    WINDOWS_FULL_2019_X86_64 = "WINDOWS_FULL_2019_x86_64"
    """Windows Full 2019 (x86-64)."""
    WINDOWS_FULL_2022_X86_64 = "WINDOWS_FULL_2022_x86_64"
    """Windows Full 2022 (x86-64)."""
    AL2023_X86_64_STANDARD = "AL2023_x86_64_STANDARD"
    """Amazon Linux 2023 (x86-64)."""
    AL2023_X86_64_NEURON = "AL2023_x86_64_NEURON"
    """Amazon Linux 2023 with AWS Neuron drivers (x86-64)."""
    AL2023_X86_64_NVIDIA = "AL2023_x86_64_NVIDIA"
    """Amazon Linux 2023 with NVIDIA drivers (x86-64)."""
    AL2023_ARM_64_NVIDIA = "AL2023_ARM_64_NVIDIA"
    """Amazon Linux 2023 with NVIDIA drivers (ARM-64)."""
    AL2023_ARM_64_STANDARD = "AL2023_ARM_64_STANDARD"
    """Amazon Linux 2023 (ARM-64)."""


class PatchType(enum.Enum):
    """Values for ``kubectl patch`` --type argument."""

    JSON = "json"
    """JSON Patch, RFC 6902."""
    MERGE = "merge"
    """JSON Merge patch."""
    STRATEGIC = "strategic"
    """Strategic merge patch."""


class TaintEffect(enum.Enum):
    """Effect types of kubernetes node taint."""

    NO_SCHEDULE = "NO_SCHEDULE"
    """NoSchedule."""
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    """PreferNoSchedule."""
    NO_EXECUTE = "NO_EXECUTE"
    """NoExecute."""

