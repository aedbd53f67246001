"""``MachineImage``: AMIs from SSM parameters (resolved by CloudFormation, at launch, or looked up), AMI maps."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from constructs import (
    Aws,
    CfnMapping,
    Construct,
    ContextProvider,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import structs
from l2.ec2._user_data import UserData


class OperatingSystemType(enum.Enum):
    """The operating system family of an image."""

    LINUX = 0
    WINDOWS = 1
    UNKNOWN = 2


class AmazonLinuxGeneration(enum.Enum):
    """Amazon Linux generations."""

    AMAZON_LINUX = "amzn"
    AMAZON_LINUX_2 = "amzn2"
    AMAZON_LINUX_2022 = "al2022"
    AMAZON_LINUX_2023 = "al2023"


class AmazonLinuxCpuType(enum.Enum):
    """CPU architectures of Amazon Linux images."""

    ARM_64 = "arm64"
    X86_64 = "x86_64"


class AmazonLinuxEdition(enum.Enum):
    """Amazon Linux editions."""

    STANDARD = "standard"
    MINIMAL = "minimal"


class AmazonLinuxVirt(enum.Enum):
    """Virtualization types of Amazon Linux images."""

    HVM = "hvm"
    PV = "pv"


class AmazonLinuxStorage(enum.Enum):
    """Root storage of Amazon Linux images."""

    EBS = "ebs"
    S3 = "s3"
    GENERAL_PURPOSE = "gp2"


class AmazonLinuxKernel(enum.Enum):
    """Kernels of ``AmazonLinuxImage`` (2022/2023 pick theirs)."""

    KERNEL5_X = "kernel-5.10"
    KERNEL6_1 = "kernel-6.1"


class AmazonLinux2023Kernel:
    """Kernel of Amazon Linux 2023 images (``DEFAULT``, ``KERNEL_6_1``, ``CDK_LATEST``)."""

    CDK_LATEST: AmazonLinux2023Kernel
    DEFAULT: AmazonLinux2023Kernel
    KERNEL_6_1: AmazonLinux2023Kernel

    def __init__(self, version: str) -> None:
        self.version = version

    def to_string(self) -> str | None:
        """The kernel part of the parameter name."""
        return f"kernel-{self.version}"


AmazonLinux2023Kernel.CDK_LATEST = AmazonLinux2023Kernel("6.1")
AmazonLinux2023Kernel.DEFAULT = AmazonLinux2023Kernel("default")
AmazonLinux2023Kernel.KERNEL_6_1 = AmazonLinux2023Kernel("6.1")


class AmazonLinux2Kernel:
    """Kernel of Amazon Linux 2 images (``DEFAULT``, ``KERNEL_5_10``, ``CDK_LATEST``)."""

    CDK_LATEST: AmazonLinux2Kernel
    DEFAULT: AmazonLinux2Kernel
    KERNEL_5_10: AmazonLinux2Kernel

    def __init__(self, version: str) -> None:
        self.version = version

    def to_string(self) -> str | None:
        """The kernel part of the parameter name (none for the default kernel)."""
        return None if self.version == "default" else f"kernel-{self.version}"


AmazonLinux2Kernel.CDK_LATEST = AmazonLinux2Kernel("5.10")
AmazonLinux2Kernel.DEFAULT = AmazonLinux2Kernel("default")
AmazonLinux2Kernel.KERNEL_5_10 = AmazonLinux2Kernel("5.10")


@structs.frozen(kw_only=True)
class MachineImageConfig:
    """What ``get_image`` returns.

    Args:
        image_id: the AMI id (often a token).
        os_type: the operating system family.
        user_data: the image's default user data.
    """

    image_id: str
    os_type: OperatingSystemType
    user_data: UserData


def _lookup_image(scope: Construct, cached_in_context: bool, parameter_name: str, additional_cache_key: str | None) -> str:
    if cached_in_context:
        props: dict[str, Any] = {"parameterName": parameter_name}
        if additional_cache_key is not None:
            props["additionalCacheKey"] = additional_cache_key
        return str(ContextProvider.get_value(
            scope, provider="ssm", props=props, dummy_value=f"dummy-value-for-{parameter_name}"
        ).value)
    from l2 import ssm

    return ssm.StringParameter.value_for_typed_string_parameter_v2(
        scope, parameter_name, ssm.ParameterValueType.AWS_EC2_IMAGE_ID
    )


def _default_user_data(os_type: OperatingSystemType) -> UserData:
    return UserData.for_windows() if os_type is OperatingSystemType.WINDOWS else UserData.for_linux()


class IMachineImage:
    """An image: ``get_image(scope)`` returns its ``MachineImageConfig``."""

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """The image id, OS and default user data, as seen from ``scope``."""
        raise NotImplementedError


class _SsmImage(IMachineImage):
    def __init__(self, parameter_name: str, os_type: OperatingSystemType, user_data: UserData | None,
                 cached_in_context: bool, additional_cache_key: str | None) -> None:
        self.parameter_name = parameter_name
        self._os = os_type
        self._user_data = user_data
        self.cached_in_context = cached_in_context
        self._cache_key = additional_cache_key

    def get_image(self, scope: Construct) -> MachineImageConfig:
        image_id = _lookup_image(scope, self.cached_in_context, self.parameter_name, self._cache_key)
        return MachineImageConfig(
            image_id=image_id, os_type=self._os, user_data=self._user_data or _default_user_data(self._os)
        )


def _al2023_parameter(edition: AmazonLinuxEdition | None, kernel: AmazonLinux2023Kernel | None,
                      cpu_type: AmazonLinuxCpuType | None) -> str:
    edition = edition or AmazonLinuxEdition.STANDARD
    parts = [
        AmazonLinuxGeneration.AMAZON_LINUX_2023.value,
        "ami",
        edition.value if edition is not AmazonLinuxEdition.STANDARD else None,
        (kernel or AmazonLinux2023Kernel.DEFAULT).to_string(),
        (cpu_type or AmazonLinuxCpuType.X86_64).value,
    ]
    return "/aws/service/ami-amazon-linux-latest/" + "-".join(p for p in parts if p)


def _al2_parameter(edition: AmazonLinuxEdition | None, kernel: AmazonLinux2Kernel | None,
                   virtualization: AmazonLinuxVirt | None, cpu_type: AmazonLinuxCpuType | None,
                   storage: AmazonLinuxStorage | None) -> str:
    edition = edition or AmazonLinuxEdition.STANDARD
    parts = [
        AmazonLinuxGeneration.AMAZON_LINUX_2.value,
        "ami",
        edition.value if edition is not AmazonLinuxEdition.STANDARD else None,
        kernel.to_string() if kernel is not None else None,
        (virtualization or AmazonLinuxVirt.HVM).value,
        (cpu_type or AmazonLinuxCpuType.X86_64).value,
        (storage or AmazonLinuxStorage.GENERAL_PURPOSE).value,
    ]
    return "/aws/service/ami-amazon-linux-latest/" + "-".join(p for p in parts if p)


class AmazonLinuxImage(_SsmImage):
    """The latest image of an Amazon Linux generation (default: the original Amazon Linux), from SSM.

    Args:
        generation: the generation.
        edition, kernel, virtualization, storage, cpu_type: parts of the SSM parameter name.
        user_data: the default user data.
        cached_in_context: look the AMI up once and keep it in context (default false: resolved at deploy).
        additional_cache_key: separates otherwise identical lookups.
    """

    def __init__(
        self,
        *,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        generation: AmazonLinuxGeneration | None = None,
        kernel: AmazonLinuxKernel | None = None,
        storage: AmazonLinuxStorage | None = None,
        user_data: UserData | None = None,
        virtualization: AmazonLinuxVirt | None = None,
    ) -> None:
        super().__init__(
            AmazonLinuxImage.ssm_parameter_name(
                cpu_type=cpu_type, edition=edition, generation=generation, kernel=kernel, storage=storage,
                virtualization=virtualization,
            ),
            OperatingSystemType.LINUX, user_data, bool(cached_in_context), additional_cache_key,
        )

    @staticmethod
    def ssm_parameter_name(
        *,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        generation: AmazonLinuxGeneration | None = None,
        kernel: AmazonLinuxKernel | None = None,
        storage: AmazonLinuxStorage | None = None,
        virtualization: AmazonLinuxVirt | None = None,
    ) -> str:
        """The SSM parameter that holds the latest AMI of these options."""
        generation = generation or AmazonLinuxGeneration.AMAZON_LINUX
        edition = edition or AmazonLinuxEdition.STANDARD
        kernel_part = kernel.value if kernel else None
        virt_part = storage_part = None
        for newer, fixed_kernel in (
            (AmazonLinuxGeneration.AMAZON_LINUX_2022, AmazonLinuxKernel.KERNEL5_X),
            (AmazonLinuxGeneration.AMAZON_LINUX_2023, AmazonLinuxKernel.KERNEL6_1),
        ):
            if generation is newer:
                label = "2022" if newer is AmazonLinuxGeneration.AMAZON_LINUX_2022 else "2023"
                kernel_part = fixed_kernel.value
                if storage:
                    raise UnscopedValidationError(
                        f"Storage parameter does not exist in SSM parameter name for Amazon Linux {label}."
                    )
                if virtualization:
                    raise UnscopedValidationError(
                        f"Virtualization parameter does not exist in SSM parameter name for Amazon Linux {label}."
                    )
                break
        else:
            virt_part = (virtualization or AmazonLinuxVirt.HVM).value
            storage_part = (storage or AmazonLinuxStorage.GENERAL_PURPOSE).value
        parts = [
            generation.value,
            "ami",
            edition.value if edition is not AmazonLinuxEdition.STANDARD else None,
            kernel_part,
            virt_part,
            (cpu_type or AmazonLinuxCpuType.X86_64).value,
            storage_part,
        ]
        return "/aws/service/ami-amazon-linux-latest/" + "-".join(p for p in parts if p is not None)


class _GenericImage(IMachineImage):
    def __init__(self, ami_map: Mapping[str, str], os_type: OperatingSystemType, user_data: UserData | None) -> None:
        self._ami_map = dict(ami_map)
        self._os = os_type
        self._user_data = user_data

    def get_image(self, scope: Construct) -> MachineImageConfig:
        user_data = self._user_data or _default_user_data(self._os)
        region = Stack.of(scope).region
        if Token.is_unresolved(region):
            mapping = {rgn: {"ami": ami} for rgn, ami in self._ami_map.items()}
            image_id = CfnMapping(scope, "AmiMap", mapping=mapping).find_in_map(Aws.REGION, "ami")
            return MachineImageConfig(image_id=image_id, os_type=self._os, user_data=user_data)
        image_id = self._ami_map.get(region) if region != "test-region" else "ami-12345"
        if not image_id:
            raise ValidationError(f"Unable to find AMI in AMI map: no AMI specified for region '{region}'", scope)
        return MachineImageConfig(image_id=image_id, os_type=self._os, user_data=user_data)


class MachineImage:
    """Factories of machine images."""

    @staticmethod
    def latest_amazon_linux2023(
        *,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        kernel: AmazonLinux2023Kernel | None = None,
        user_data: UserData | None = None,
    ) -> IMachineImage:
        """The latest Amazon Linux 2023 (kernel 6.1), resolved by CloudFormation from SSM unless cached."""
        del kernel  # the latest kernel is always used, as in aws-cdk-lib
        return _SsmImage(
            _al2023_parameter(edition, AmazonLinux2023Kernel.CDK_LATEST, cpu_type),
            OperatingSystemType.LINUX, user_data, bool(cached_in_context), additional_cache_key,
        )

    @staticmethod
    def latest_amazon_linux2(
        *,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        kernel: AmazonLinux2Kernel | None = None,
        storage: AmazonLinuxStorage | None = None,
        user_data: UserData | None = None,
        virtualization: AmazonLinuxVirt | None = None,
    ) -> IMachineImage:
        """The latest Amazon Linux 2 (kernel 5.10), resolved by CloudFormation from SSM unless cached."""
        del kernel
        return _SsmImage(
            _al2_parameter(edition, AmazonLinux2Kernel.CDK_LATEST, virtualization, cpu_type, storage),
            OperatingSystemType.LINUX, user_data, bool(cached_in_context), additional_cache_key,
        )

    @staticmethod
    def latest_amazon_linux(**props: Any) -> IMachineImage:
        """Deprecated: an ``AmazonLinuxImage`` of the given options."""
        return AmazonLinuxImage(**props)

    @staticmethod
    def generic_linux(ami_map: Mapping[str, str], *, user_data: UserData | None = None) -> IMachineImage:
        """A Linux AMI per region (a ``CfnMapping`` in env-agnostic stacks)."""
        return _GenericImage(ami_map, OperatingSystemType.LINUX, user_data)

    @staticmethod
    def generic_windows(ami_map: Mapping[str, str], *, user_data: UserData | None = None) -> IMachineImage:
        """A Windows AMI per region (a ``CfnMapping`` in env-agnostic stacks)."""
        return _GenericImage(ami_map, OperatingSystemType.WINDOWS, user_data)

    @staticmethod
    def from_ssm_parameter(
        parameter_name: str,
        *,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        os: OperatingSystemType | None = None,
        user_data: UserData | None = None,
    ) -> IMachineImage:
        """The AMI id held in an SSM parameter (resolved at deploy, or looked up when ``cached_in_context``)."""
        return _SsmImage(
            parameter_name, os or OperatingSystemType.LINUX, user_data, bool(cached_in_context), additional_cache_key
        )

    @staticmethod
    def resolve_ssm_parameter_at_launch(
        parameter_name: str,
        *,
        os: OperatingSystemType | None = None,
        parameter_version: str | None = None,
        user_data: UserData | None = None,
    ) -> IMachineImage:
        """``resolve:ssm:<name>[:version]``: EC2 reads the parameter when the instance launches."""
        return _AtLaunchImage(parameter_name, os or OperatingSystemType.LINUX, parameter_version, user_data)


class _AtLaunchImage(IMachineImage):
    def __init__(self, name: str, os_type: OperatingSystemType, version: str | None, user_data: UserData | None) -> None:
        self._name = name
        self._os = os_type
        self._version = version
        self._user_data = user_data

    def get_image(self, scope: Construct) -> MachineImageConfig:
        version = f":{self._version}" if self._version else ""
        return MachineImageConfig(
            image_id=f"resolve:ssm:{self._name}{version}",
            os_type=self._os,
            user_data=self._user_data or _default_user_data(self._os),
        )
