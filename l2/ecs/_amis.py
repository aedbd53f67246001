"""ECS-optimized machine images: Amazon Linux (2, 2023), Windows and Bottlerocket, from public SSM parameters."""

from __future__ import annotations

from typing import TYPE_CHECKING

from constructs import Construct, UnscopedValidationError
from l2.ecs._enums import AmiHardwareType, BottlerocketEcsVariant, WindowsOptimizedVersion

if TYPE_CHECKING:
    from l2.ec2 import AmazonLinuxGeneration, InstanceArchitecture, MachineImageConfig


def _lookup_image(scope: Construct, cached_in_context: bool, parameter_name: str,
                  additional_cache_key: str | None) -> str:
    from l2 import ssm

    if cached_in_context:
        return ssm.StringParameter.value_from_lookup(scope, parameter_name, None,
                                                     additional_cache_key=additional_cache_key)
    return ssm.StringParameter.value_for_typed_string_parameter_v2(scope, parameter_name,
                                                                   ssm.ParameterValueType.AWS_EC2_IMAGE_ID)


def _parameter_name(generation: AmazonLinuxGeneration | None, windows_version: WindowsOptimizedVersion | None,
                    hw_type: AmiHardwareType | None, neuron_2023: bool) -> str:
    from l2.ec2 import AmazonLinuxGeneration

    name = "/aws/service/" + ("ami-windows-latest/" if windows_version else "ecs/optimized-ami/")
    name += "amazon-linux/" if generation is AmazonLinuxGeneration.AMAZON_LINUX else ""
    name += "amazon-linux-2/" if generation is AmazonLinuxGeneration.AMAZON_LINUX_2 else ""
    name += "amazon-linux-2023/" if generation is AmazonLinuxGeneration.AMAZON_LINUX_2023 else ""
    name += f"Windows_Server-{windows_version.value}-English-Full-ECS_Optimized/" if windows_version else ""
    name += "gpu/" if hw_type is AmiHardwareType.GPU else ""
    name += "arm64/" if hw_type is AmiHardwareType.ARM else ""
    if hw_type is AmiHardwareType.NEURON:
        if not neuron_2023:
            name += "inf/"
        elif generation is AmazonLinuxGeneration.AMAZON_LINUX_2:
            name += "inf/"
        elif generation is AmazonLinuxGeneration.AMAZON_LINUX_2023:
            name += "neuron/"
    name += "image_id" if windows_version else "recommended/image_id"
    return name


class _EcsImageBase:
    generation: AmazonLinuxGeneration | None
    windows_version: WindowsOptimizedVersion | None
    _parameter: str
    _cached_in_context: bool
    _additional_cache_key: str | None

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """The image id (an SSM parameter), OS type and user data."""
        from l2.ec2 import MachineImageConfig, OperatingSystemType, UserData

        ami = _lookup_image(scope, self._cached_in_context, self._parameter, self._additional_cache_key)
        os_type = OperatingSystemType.WINDOWS if self.windows_version else OperatingSystemType.LINUX
        return MachineImageConfig(image_id=ami, os_type=os_type, user_data=UserData.for_operating_system(os_type))


def _check_cache_key(cached: bool, key: str | None) -> None:
    if key is not None and not cached:
        raise UnscopedValidationError(
            '"additionalCacheKey" was set but "cachedInContext" is false, so it will have no effect')


class EcsOptimizedAmi(_EcsImageBase):
    """The recommended ECS-optimized Amazon Linux 2 image (aws-cdk-lib's deprecated ``EcsOptimizedAmi``).

    Args:
        generation, hardware_type, windows_version, cached_in_context, additional_cache_key: as
            ``EcsOptimizedImage``'s.
    """

    def __init__(self, *, generation: AmazonLinuxGeneration | None = None,
                 hardware_type: AmiHardwareType | None = None,
                 windows_version: WindowsOptimizedVersion | None = None,
                 cached_in_context: bool | None = None, additional_cache_key: str | None = None) -> None:
        from l2.ec2 import AmazonLinuxGeneration

        self.hw_type = hardware_type or AmiHardwareType.STANDARD
        self.generation = None
        self.windows_version = None
        if generation is not None:
            if generation is AmazonLinuxGeneration.AMAZON_LINUX and self.hw_type is not AmiHardwareType.STANDARD:
                raise UnscopedValidationError(
                    "Amazon Linux does not support special hardware type. Use Amazon Linux 2 instead")
            if windows_version is not None:
                raise UnscopedValidationError('"windowsVersion" and Linux image "generation" cannot be both set')
            self.generation = generation
        elif windows_version is not None:
            if self.hw_type is not AmiHardwareType.STANDARD:
                raise UnscopedValidationError("Windows Server does not support special hardware type")
            self.windows_version = windows_version
        else:
            self.generation = AmazonLinuxGeneration.AMAZON_LINUX_2
        self._parameter = _parameter_name(self.generation, self.windows_version, self.hw_type, False)
        self._cached_in_context = bool(cached_in_context)
        self._additional_cache_key = additional_cache_key
        _check_cache_key(self._cached_in_context, additional_cache_key)


class EcsOptimizedImage(_EcsImageBase):
    """ECS-optimized images (Amazon Linux 2023, 2, 1 and Windows), resolved from public SSM parameters.

    Args:
        generation: the Amazon Linux generation.
        hardware_type: standard, GPU, ARM or Neuron.
        windows_version: the Windows Server version (instead of a generation).
        cached_in_context: look the image up once and keep it in ``cdk.context.json``.
        additional_cache_key: a key added to the context cache entry.
    """

    def __init__(self, *, generation: AmazonLinuxGeneration | None = None,
                 hardware_type: AmiHardwareType | None = None,
                 windows_version: WindowsOptimizedVersion | None = None,
                 cached_in_context: bool | None = None, additional_cache_key: str | None = None) -> None:
        self.hw_type = hardware_type
        self.generation = None
        self.windows_version = None
        if windows_version is not None:
            self.windows_version = windows_version
        elif generation is not None:
            self.generation = generation
        else:
            raise UnscopedValidationError("This error should never be thrown")
        self._parameter = _parameter_name(self.generation, self.windows_version, self.hw_type, True)
        self._cached_in_context = bool(cached_in_context)
        self._additional_cache_key = additional_cache_key
        _check_cache_key(self._cached_in_context, additional_cache_key)

    @staticmethod
    def amazon_linux2023(hardware_type: AmiHardwareType | None = None, *, additional_cache_key: str | None = None,
                         cached_in_context: bool | None = None) -> EcsOptimizedImage:
        """Amazon Linux 2023 (standard, GPU, ARM or Neuron)."""
        from l2.ec2 import AmazonLinuxGeneration

        return EcsOptimizedImage(generation=AmazonLinuxGeneration.AMAZON_LINUX_2023,
                                 hardware_type=hardware_type or AmiHardwareType.STANDARD,
                                 cached_in_context=cached_in_context)

    @staticmethod
    def amazon_linux2(hardware_type: AmiHardwareType | None = None, *, additional_cache_key: str | None = None,
                      cached_in_context: bool | None = None) -> EcsOptimizedImage:
        """Amazon Linux 2 (standard, GPU, ARM or Neuron)."""
        from l2.ec2 import AmazonLinuxGeneration

        return EcsOptimizedImage(generation=AmazonLinuxGeneration.AMAZON_LINUX_2,
                                 hardware_type=hardware_type or AmiHardwareType.STANDARD,
                                 cached_in_context=cached_in_context)

    @staticmethod
    def amazon_linux(*, additional_cache_key: str | None = None,
                     cached_in_context: bool | None = None) -> EcsOptimizedImage:
        """Amazon Linux (1)."""
        from l2.ec2 import AmazonLinuxGeneration

        return EcsOptimizedImage(generation=AmazonLinuxGeneration.AMAZON_LINUX, cached_in_context=cached_in_context)

    @staticmethod
    def windows(windows_version: WindowsOptimizedVersion, *, additional_cache_key: str | None = None,
                cached_in_context: bool | None = None) -> EcsOptimizedImage:
        """Windows Server (full, ECS-optimized)."""
        return EcsOptimizedImage(windows_version=windows_version, cached_in_context=cached_in_context)


class BottleRocketImage:
    """The Bottlerocket image for ECS.

    Args:
        additional_cache_key: a key added to the context cache entry (with ``cached_in_context``).
        architecture: the CPU architecture (default x86_64).
        cached_in_context: look the image up once and keep it in ``cdk.context.json``.
        variant: the Bottlerocket variant (default ``aws-ecs-1``).
    """

    def __init__(self, *, additional_cache_key: str | None = None,
                 architecture: InstanceArchitecture | None = None, cached_in_context: bool | None = None,
                 variant: BottlerocketEcsVariant | None = None) -> None:
        from l2.ec2 import InstanceArchitecture

        self.variant = variant if variant is not None else BottlerocketEcsVariant.AWS_ECS_1
        self.architecture = architecture if architecture is not None else InstanceArchitecture.X86_64
        self._parameter = f"/aws/service/bottlerocket/{self.variant.value}/{self.architecture.value}/latest/image_id"
        self._cached_in_context = bool(cached_in_context)
        self._additional_cache_key = additional_cache_key
        _check_cache_key(self._cached_in_context, additional_cache_key)

    @staticmethod
    def is_bottle_rocket_image(x: object) -> bool:
        """Whether ``x`` is a ``BottleRocketImage``."""
        return isinstance(x, BottleRocketImage)

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """The image id (an SSM parameter), Linux, and empty custom user data."""
        from l2.ec2 import MachineImageConfig, OperatingSystemType, UserData

        return MachineImageConfig(
            image_id=_lookup_image(scope, self._cached_in_context, self._parameter, self._additional_cache_key),
            os_type=OperatingSystemType.LINUX, user_data=UserData.custom(""))
