"""Attribute-based instance type selection: ``InstanceRequirementsConfig`` and its enums (accelerators, CPU
manufacturers, generations, local storage, bare metal and burstable performance)."""

from __future__ import annotations

import enum
from collections.abc import Sequence

from constructs import Size
from constructs.internals import structs


class AcceleratorManufacturer(enum.Enum):
    """Supported hardware accelerator manufacturers."""

    AWS = "amazon-web-services"
    AMD = "amd"
    NVIDIA = "nvidia"
    XILINX = "xilinx"
    HABANA = "habana"


class AcceleratorName(enum.Enum):
    """Specific hardware accelerator models supported by EC2."""

    A100 = "a100"
    K80 = "k80"
    M60 = "m60"
    RADEON_PRO_V520 = "radeon-pro-v520"
    T4 = "t4"
    V100 = "v100"
    VU9P = "vu9p"
    A10G = "a10g"
    H100 = "h100"
    INFERENTIA = "inferentia"
    K520 = "k520"
    T4G = "t4g"
    L40S = "l40s"
    L4 = "l4"
    GAUDI_HL_205 = "gaudi-hl-205"
    INFERENTIA2 = "inferentia2"
    TRAINIUM = "trainium"
    TRAINIUM2 = "trainium2"
    U30 = "u30"


class AcceleratorType(enum.Enum):
    """Hardware accelerator categories available for EC2 instances."""

    GPU = "gpu"
    FPGA = "fpga"
    INFERENCE = "inference"
    MEDIA = "media"


class BareMetal(enum.Enum):
    """Bare metal support requirements for EC2 instances."""

    INCLUDED = "included"
    REQUIRED = "required"
    EXCLUDED = "excluded"


class BurstablePerformance(enum.Enum):
    """Burstable CPU performance requirements for EC2 instances."""

    INCLUDED = "included"
    REQUIRED = "required"
    EXCLUDED = "excluded"


class CpuManufacturer(enum.Enum):
    """CPU manufacturers supported by EC2 instances."""

    INTEL = "intel"
    AMD = "amd"
    AWS = "amazon-web-services"
    APPLE = "apple"


class InstanceGeneration(enum.Enum):
    """Instance generation categories for EC2."""

    CURRENT = "current"
    PREVIOUS = "previous"


class LocalStorage(enum.Enum):
    """Local storage support requirements for EC2 instances."""

    INCLUDED = "included"
    REQUIRED = "required"
    EXCLUDED = "excluded"


class LocalStorageType(enum.Enum):
    """Types of local storage available for EC2 instances."""

    HDD = "hdd"
    SSD = "ssd"


@structs.frozen(kw_only=True)
class InstanceRequirementsConfig:
    """Instance type requirements: the attributes an instance type must have to be selected.

    Args:
        memory_min / memory_max: the least and most memory an instance type has (default: no maximum).
        v_cpu_count_min / v_cpu_count_max: the least and most vCPUs (default: no maximum).
        accelerator_count_min / accelerator_count_max: how many accelerators (GPUs, FPGAs, Inferentia chips) an
            instance type has; a maximum of 0 excludes accelerated types (default: any).
        accelerator_manufacturers: the accelerator makers accepted (default: any).
        accelerator_names: the accelerator models accepted (default: any).
        accelerator_total_memory_min / accelerator_total_memory_max: the bounds of the accelerators' total memory
            (default: any).
        accelerator_types: the accelerator kinds accepted (default: any).
        allowed_instance_types: the only instance types (wildcards allowed) that may be chosen; not with
            ``excluded_instance_types`` (default: all).
        bare_metal: include, exclude or require bare-metal types (default: excluded).
        baseline_ebs_bandwidth_mbps_min / baseline_ebs_bandwidth_mbps_max: the bounds of the baseline EBS bandwidth,
            in Mbps (default: any).
        burstable_performance: include, exclude or require burstable (T-family) types (default: excluded).
        cpu_manufacturers: the CPU makers accepted (default: any).
        excluded_instance_types: instance types (wildcards allowed) never chosen (default: none).
        instance_generations: current and/or previous generation types (default: both).
        local_storage: include, exclude or require instance-store volumes (default: included).
        local_storage_types: HDD and/or SSD instance storage (default: both).
        max_spot_price_as_percentage_of_optimal_on_demand_price: for Spot, the highest price accepted as a
            percentage of the cheapest On-Demand type that fits; not with
            ``spot_max_price_percentage_over_lowest_price`` (default: AWS's).
        memory_per_v_cpu_min / memory_per_v_cpu_max: the bounds of memory per vCPU (default: any).
        network_bandwidth_gbps_min / network_bandwidth_gbps_max: the bounds of network bandwidth, in Gbps (default:
            any).
        network_interface_count_min / network_interface_count_max: the bounds of the number of network interfaces
            (default: any).
        on_demand_max_price_percentage_over_lowest_price: for On-Demand, how far above the cheapest matching
            current-generation type a price may be, in percent (default 20).
        require_hibernate_support: only types that support hibernation (default false).
        spot_max_price_percentage_over_lowest_price: for Spot, how far above the cheapest matching current-
            generation type a price may be, in percent (default 100).
        total_local_storage_gb_min / total_local_storage_gb_max: the bounds of the total instance storage, in GB
            (default: any).
    """

    memory_min: Size
    v_cpu_count_min: int | float
    accelerator_count_max: int | float | None = None
    accelerator_count_min: int | float | None = None
    accelerator_manufacturers: Sequence[AcceleratorManufacturer] | None = None
    accelerator_names: Sequence[AcceleratorName] | None = None
    accelerator_total_memory_max: Size | None = None
    accelerator_total_memory_min: Size | None = None
    accelerator_types: Sequence[AcceleratorType] | None = None
    allowed_instance_types: Sequence[str] | None = None
    bare_metal: BareMetal | None = None
    baseline_ebs_bandwidth_mbps_max: int | float | None = None
    baseline_ebs_bandwidth_mbps_min: int | float | None = None
    burstable_performance: BurstablePerformance | None = None
    cpu_manufacturers: Sequence[CpuManufacturer] | None = None
    excluded_instance_types: Sequence[str] | None = None
    instance_generations: Sequence[InstanceGeneration] | None = None
    local_storage: LocalStorage | None = None
    local_storage_types: Sequence[LocalStorageType] | None = None
    max_spot_price_as_percentage_of_optimal_on_demand_price: int | float | None = None
    memory_max: Size | None = None
    memory_per_v_cpu_max: Size | None = None
    memory_per_v_cpu_min: Size | None = None
    network_bandwidth_gbps_max: int | float | None = None
    network_bandwidth_gbps_min: int | float | None = None
    network_interface_count_max: int | float | None = None
    network_interface_count_min: int | float | None = None
    on_demand_max_price_percentage_over_lowest_price: int | float | None = None
    require_hibernate_support: bool | None = None
    spot_max_price_percentage_over_lowest_price: int | float | None = None
    total_local_storage_gb_max: int | float | None = None
    total_local_storage_gb_min: int | float | None = None
    v_cpu_count_max: int | float | None = None


