"""EKS enums: aws-cdk-lib's ``aws_eks_v2`` enumerations."""

from __future__ import annotations

import enum


class AccessEntryType(enum.Enum):
    """Kinds of EKS access entry."""

    STANDARD = "STANDARD"
    """A standard entry, the only kind that takes access policies."""
    FARGATE_LINUX = "FARGATE_LINUX"
    """For the pod execution role of Fargate Linux pods."""
    EC2_LINUX = "EC2_LINUX"
    """For the node role of EC2 Linux nodes."""
    EC2_WINDOWS = "EC2_WINDOWS"
    """For the node role of EC2 Windows nodes."""
    EC2 = "EC2"
    """For the node role of EKS Auto Mode nodes."""
    HYBRID_LINUX = "HYBRID_LINUX"
    """For the node role of EKS Hybrid Nodes."""
    HYPERPOD_LINUX = "HYPERPOD_LINUX"
    """For the node role of SageMaker HyperPod nodes."""


class AccessScopeType(enum.Enum):
    """How far an access policy reaches."""

    NAMESPACE = "namespace"
    """Only the listed namespaces."""
    CLUSTER = "cluster"
    """The whole cluster."""


class AlbScheme(enum.Enum):
    """Scheme of the load balancers made for ``Ingress`` resources."""

    INTERNAL = "internal"
    """Internal: private IP addresses only."""
    INTERNET_FACING = "internet-facing"
    """Internet-facing: a public DNS name, reachable from the internet."""


class CapacityType(enum.Enum):
    """How the instances of a managed node group are bought."""

    SPOT = "SPOT"
    """Spot Instances."""
    ON_DEMAND = "ON_DEMAND"
    """On-Demand Instances."""
    CAPACITY_BLOCK = "CAPACITY_BLOCK"
    """Instances of a Capacity Block reservation."""


class ClusterLoggingTypes(enum.Enum):
    """Control plane log types."""

    API = "api"
    """The API server's requests."""
    AUDIT = "audit"
    """Audit records of access through the Kubernetes API."""
    AUTHENTICATOR = "authenticator"
    """Authentication of requests to the cluster."""
    CONTROLLER_MANAGER = "controllerManager"
    """The controller manager."""
    SCHEDULER = "scheduler"
    """The scheduler."""


class CoreDnsComputeType(enum.Enum):
    """Where CoreDNS runs."""

    EC2 = "ec2"
    """On EC2 nodes."""
    FARGATE = "fargate"
    """On Fargate."""


class CpuArch(enum.Enum):
    """CPU architecture of a node image."""

    ARM_64 = "arm64"
    """ARM 64-bit."""
    X86_64 = "x86_64"
    """x86 64-bit."""


class DefaultCapacityType(enum.Enum):
    """Kind of the capacity a cluster starts with."""

    NODEGROUP = "NODEGROUP"
    """A managed node group."""
    EC2 = "EC2"
    """A self-managed EC2 Auto Scaling group."""
    AUTOMODE = "AUTOMODE"
    """EKS Auto Mode: EKS runs the nodes."""


class IdentityType(enum.Enum):
    """How a Kubernetes service account gets its IAM role."""

    IRSA = "IRSA"
    """IAM roles for service accounts (OIDC federation)."""
    POD_IDENTITY = "POD_IDENTITY"
    """EKS Pod Identity (association through the Pod Identity Agent)."""


class IpFamily(enum.Enum):
    """IP family of a cluster's pod and service addresses."""

    IP_V4 = "ipv4"
    """IPv4 addresses."""
    IP_V6 = "ipv6"
    """IPv6 addresses."""


class MachineImageType(enum.Enum):
    """Image family of self-managed nodes."""

    AMAZON_LINUX_2 = "AMAZON_LINUX_2"
    """The EKS-optimized Amazon Linux 2 AMI."""
    BOTTLEROCKET = "BOTTLEROCKET"
    """The Bottlerocket AMI."""


class NodeType(enum.Enum):
    """Kind of instance a node image is built for."""

    STANDARD = "Standard"
    """General-purpose instances."""
    GPU = "GPU"
    """Instances with GPUs."""
    INFERENTIA = "INFERENTIA"
    """AWS Inferentia instances."""
    TRAINIUM = "TRAINIUM"
    """AWS Trainium instances."""


class NodegroupAmiType(enum.Enum):
    """AMI types of managed node groups (OS, architecture, accelerator drivers)."""

    AL2_X86_64 = "AL2_x86_64"
    """AL2, x86-64."""
    AL2_X86_64_GPU = "AL2_x86_64_GPU"
    """AL2 with GPU drivers, x86-64."""
    AL2_ARM_64 = "AL2_ARM_64"
    """AL2, ARM64."""
    BOTTLEROCKET_ARM_64 = "BOTTLEROCKET_ARM_64"
    """Bottlerocket, ARM64."""
    BOTTLEROCKET_X86_64 = "BOTTLEROCKET_x86_64"
    """Bottlerocket, x86-64."""
    BOTTLEROCKET_ARM_64_NVIDIA = "BOTTLEROCKET_ARM_64_NVIDIA"
    """Bottlerocket with NVIDIA drivers, ARM64."""
    BOTTLEROCKET_X86_64_NVIDIA = "BOTTLEROCKET_x86_64_NVIDIA"
    """Bottlerocket with NVIDIA drivers, x86-64."""
    BOTTLEROCKET_ARM_64_FIPS = "BOTTLEROCKET_ARM_64_FIPS"
    """Bottlerocket in FIPS mode, ARM64."""
    BOTTLEROCKET_X86_64_FIPS = "BOTTLEROCKET_x86_64_FIPS"
    """Bottlerocket in FIPS mode, x86-64."""
    WINDOWS_CORE_2019_X86_64 = "WINDOWS_CORE_2019_x86_64"
    """Windows Server 2019 Core, x86-64."""
    WINDOWS_CORE_2022_X86_64 = "WINDOWS_CORE_2022_x86_64"
    """Windows Server 2022 Core, x86-64."""
    WINDOWS_FULL_2019_X86_64 = "WINDOWS_FULL_2019_x86_64"
    """Windows Server 2019 Full, x86-64."""
    WINDOWS_FULL_2022_X86_64 = "WINDOWS_FULL_2022_x86_64"
    """Windows Server 2022 Full, x86-64."""
    AL2023_X86_64_STANDARD = "AL2023_x86_64_STANDARD"
    """AL2023, x86-64."""
    AL2023_X86_64_NEURON = "AL2023_x86_64_NEURON"
    """AL2023 with Neuron drivers (Inferentia, Trainium), x86-64."""
    AL2023_X86_64_NVIDIA = "AL2023_x86_64_NVIDIA"
    """AL2023 with NVIDIA drivers, x86-64."""
    AL2023_ARM_64_NVIDIA = "AL2023_ARM_64_NVIDIA"
    """AL2023 with NVIDIA drivers, ARM64."""
    AL2023_ARM_64_STANDARD = "AL2023_ARM_64_STANDARD"
    """AL2023, ARM64."""


class PatchType(enum.Enum):
    """The ``--type`` of a ``kubectl patch``."""

    JSON = "json"
    """A JSON Patch (RFC 6902)."""
    MERGE = "merge"
    """A JSON merge patch (RFC 7386)."""
    STRATEGIC = "strategic"
    """A Kubernetes strategic merge patch."""


class TaintEffect(enum.Enum):
    """What a node taint does to pods that do not tolerate it."""

    NO_SCHEDULE = "NO_SCHEDULE"
    """NoSchedule: new pods are not scheduled on the node."""
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    """PreferNoSchedule: the scheduler avoids the node when it can."""
    NO_EXECUTE = "NO_EXECUTE"
    """NoExecute: running pods are evicted and new ones not scheduled."""

