"""``MachineImage``: AMIs from SSM parameters (resolved by CloudFormation, at launch, or looked up), AMI maps."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, runtime_checkable

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
from l2.ec2._windows_versions import _DEPRECATED_NAMES, WindowsVersion


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
    """Kernel of Amazon Linux 2023 images (``DEFAULT``, ``KERNEL_6_1``, ``CDK_LATEST``).

    Args:
        version: the version part of the kernel in the SSM parameter name (prefer the class constants).
    """

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
    """Kernel of Amazon Linux 2 images (``DEFAULT``, ``KERNEL_5_10``, ``CDK_LATEST``).

    Args:
        version: the version part of the kernel in the SSM parameter name (prefer the class constants).
    """

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


@runtime_checkable
class IMachineImage(Protocol):
    """An image: ``get_image(scope)`` returns its ``MachineImageConfig``.

    Structural: any object with a ``get_image(scope)`` method is a machine image (a user's own class need not
    derive from this one).
    """

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """The image id, OS and default user data, as seen from ``scope``."""
        ...


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
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        generation: AmazonLinuxGeneration | None = None,
        kernel: AmazonLinuxKernel | None = None,
        storage: AmazonLinuxStorage | None = None,
        user_data: UserData | None = None,
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
        """The AMI of the stack's region (a ``CfnMapping`` lookup in region-agnostic stacks)."""
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


@structs.frozen(kw_only=True)
class GenericLinuxImageProps:
    """Options of ``GenericLinuxImage``.

    Args:
        user_data: the default user data.
    """

    user_data: UserData | None = None


@structs.frozen(kw_only=True)
class GenericWindowsImageProps:
    """Options of ``GenericWindowsImage``.

    Args:
        user_data: the default user data.
    """

    user_data: UserData | None = None


class GenericLinuxImage(_GenericImage):
    """A Linux AMI per region.

    Args:
        ami_map: the AMI id to use in each region, keyed by region name.
        user_data: the user data instances get by default (default: an empty Linux script).
    """

    def __init__(self, ami_map: Mapping[str, str], *, user_data: UserData | None = None) -> None:
        super().__init__(ami_map, OperatingSystemType.LINUX, user_data)


class GenericWindowsImage(_GenericImage):
    """A Windows AMI per region.

    Args:
        ami_map: the AMI id to use in each region, keyed by region name.
        user_data: the user data instances get by default (default: an empty PowerShell script).
    """

    def __init__(self, ami_map: Mapping[str, str], *, user_data: UserData | None = None) -> None:
        super().__init__(ami_map, OperatingSystemType.WINDOWS, user_data)


class GenericSSMParameterImage(IMachineImage):
    """The AMI id held in an SSM parameter, resolved by CloudFormation at deployment.

    Args:
        parameter_name: the SSM parameter holding the AMI id.
        os: the operating system of the image.
        user_data: the user data instances get by default (default: an empty script for ``os``).
    """

    def __init__(self, parameter_name: str, os: OperatingSystemType, user_data: UserData | None = None) -> None:
        self.parameter_name = parameter_name
        self._os = os
        self._user_data = user_data

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """A ``{{resolve:ssm:...}}``-typed parameter reference to the AMI id."""
        from l2 import ssm

        image_id = ssm.StringParameter.value_for_typed_string_parameter_v2(
            scope, self.parameter_name, ssm.ParameterValueType.AWS_EC2_IMAGE_ID
        )
        return MachineImageConfig(image_id=image_id, os_type=self._os,
                                  user_data=self._user_data or _default_user_data(self._os))


@structs.frozen(kw_only=True)
class WindowsImageProps:
    """Options of ``WindowsImage``.

    Args:
        user_data: the default user data.
    """

    user_data: UserData | None = None


class WindowsImage(GenericSSMParameterImage):
    """The latest Windows AMI of a ``WindowsVersion`` (``/aws/service/ami-windows-latest/<version>``).

    Args:
        version: the Windows release and language (``WindowsVersion``).
        user_data: the user data instances get by default (default: an empty PowerShell script).
    """

    def __init__(self, version: WindowsVersion, *, user_data: UserData | None = None) -> None:
        fixed = _DEPRECATED_NAMES.get(version.name)
        name = WindowsVersion[fixed].value if fixed else version.value
        super().__init__("/aws/service/ami-windows-latest/" + name, OperatingSystemType.WINDOWS, user_data)


@structs.frozen(kw_only=True)
class SsmParameterImageOptions:
    """Options of ``MachineImage.from_ssm_parameter`` and ``resolve_ssm_parameter_at_launch``.

    Args:
        additional_cache_key: separates otherwise identical lookups.
        cached_in_context: look the value up at synthesis and keep it in context.
        os: the operating system (default Linux).
        parameter_version: the parameter version (at-launch resolution only).
        user_data: the default user data.
    """

    additional_cache_key: str | None = None
    cached_in_context: bool | None = None
    os: OperatingSystemType | None = None
    parameter_version: str | None = None
    user_data: UserData | None = None


class ResolveSsmParameterAtLaunchImage(IMachineImage):
    """``resolve:ssm:<name>[:version]``: EC2 reads the parameter when the instance launches.

    Takes the keyword arguments of ``SsmParameterImageOptions`` (see that class for each keyword).

    Args:
        parameter_name: the SSM parameter holding the AMI id, read by EC2 at launch.
    """

    def __init__(
        self,
        parameter_name: str,
        *,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        os: OperatingSystemType | None = None,
        parameter_version: str | None = None,
        user_data: UserData | None = None,
    ) -> None:
        self.parameter_name = parameter_name
        self._os = os
        self._version = parameter_version
        self._user_data = user_data

    def get_image(self, _scope: Construct) -> MachineImageConfig:
        """The ``resolve:ssm:`` image id."""
        version = f":{self._version}" if self._version else ""
        os_type = self._os or OperatingSystemType.LINUX
        return MachineImageConfig(
            image_id=f"resolve:ssm:{self.parameter_name}{version}",
            os_type=os_type,
            user_data=self._user_data or _default_user_data(os_type),
        )


@structs.frozen(kw_only=True)
class LookupMachineImageProps:
    """Options of ``LookupMachineImage``.

    Args:
        name: the AMI name pattern (``*`` wildcards).
        additional_cache_key: separates otherwise identical lookups.
        filters: more ``DescribeImages`` filters.
        owners: owner account ids or aliases.
        user_data: the default user data.
        windows: look for Windows images.
    """

    name: str
    additional_cache_key: str | None = None
    filters: Mapping[str, Sequence[str]] | None = None
    owners: Sequence[str] | None = None
    user_data: UserData | None = None
    windows: bool | None = None


class LookupMachineImage(IMachineImage):
    """An AMI found by name at synthesis (the ``ami`` context provider; ``ami-1234`` until the context has it).

    Takes the keyword arguments of ``LookupMachineImageProps`` (see that class for each keyword).
    """

    def __init__(
        self,
        *,
        name: str,
        additional_cache_key: str | None = None,
        filters: Mapping[str, Sequence[str]] | None = None,
        owners: Sequence[str] | None = None,
        user_data: UserData | None = None,
        windows: bool | None = None,
    ) -> None:
        self._props = LookupMachineImageProps(name=name, additional_cache_key=additional_cache_key, filters=filters,
                                              owners=owners, user_data=user_data, windows=windows)

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """Look the AMI up (context) and return it."""
        p = self._props
        flt: dict[str, Any] = {"name": [p.name], "state": ["available"], "image-type": ["machine"]}
        if p.windows:
            flt["platform"] = ["windows"]
        flt.update({k: list(v) for k, v in (p.filters or {}).items()})
        props: dict[str, Any] = {"filters": flt}
        if p.owners is not None:
            props = {"owners": list(p.owners), "filters": flt}
        value = ContextProvider.get_value(
            scope, provider="ami", props=props, dummy_value="ami-1234", additional_cache_key=p.additional_cache_key,
        ).value
        if not isinstance(value, str):
            raise ValidationError(f"Response to AMI lookup invalid, got: {value}", scope)
        os_type = OperatingSystemType.WINDOWS if p.windows else OperatingSystemType.LINUX
        return MachineImageConfig(image_id=value, os_type=os_type,
                                  user_data=p.user_data or UserData.for_operating_system(os_type))


@structs.frozen(kw_only=True)
class AmazonLinuxImageSsmParameterCommonOptions:
    """Options shared by the Amazon Linux SSM-parameter images.

    Args:
        additional_cache_key: separates otherwise identical lookups.
        cached_in_context: look the AMI up at synthesis and keep it in context.
        user_data: the default user data.
        cpu_type: the CPU architecture (default x86_64).
        edition: the edition (default standard).
    """

    additional_cache_key: str | None = None
    cached_in_context: bool | None = None
    user_data: UserData | None = None
    cpu_type: AmazonLinuxCpuType | None = None
    edition: AmazonLinuxEdition | None = None


@structs.frozen(kw_only=True)
class AmazonLinuxImageSsmParameterBaseOptions:
    """Lookup options of an Amazon Linux SSM-parameter image.

    Args:
        additional_cache_key: separates otherwise identical lookups.
        cached_in_context: look the AMI up at synthesis and keep it in context (default true).
        user_data: the default user data.
    """

    additional_cache_key: str | None = None
    cached_in_context: bool | None = None
    user_data: UserData | None = None


@structs.frozen(kw_only=True)
class AmazonLinuxImageSsmParameterBaseProps(AmazonLinuxImageSsmParameterBaseOptions):
    """``AmazonLinuxImageSsmParameterBaseOptions`` plus the parameter name.

    Args:
        parameter_name: the SSM parameter holding the AMI id.
    """

    parameter_name: str


class AmazonLinuxImageSsmParameterBase(IMachineImage):
    """Base of the Amazon Linux images read from an SSM parameter (looked up at synthesis by default).

    Args:
        parameter_name: the SSM parameter holding the AMI id.
        additional_cache_key: an extra key that keeps otherwise identical context lookups apart (default: none).
        cached_in_context: look the AMI id up at synthesis and record it in the context, so that it only
            changes when the context is cleared (default true).
        user_data: the user data instances get by default (default: an empty Linux script).
    """

    def __init__(
        self,
        *,
        parameter_name: str,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> None:
        self._parameter_name = parameter_name
        self._cache_key = additional_cache_key
        self._user_data = user_data
        self.cached_in_context = True if cached_in_context is None else cached_in_context

    def get_image(self, scope: Construct) -> MachineImageConfig:
        """The AMI id (a CloudFormation parameter, or the looked-up value when cached in context)."""
        image_id = _lookup_image(scope, self.cached_in_context, self._parameter_name, self._cache_key)
        return MachineImageConfig(image_id=image_id, os_type=OperatingSystemType.LINUX,
                                  user_data=self._user_data or UserData.for_linux())


class AmazonLinux2022Kernel:
    """Kernel of Amazon Linux 2022 images (``DEFAULT``, ``KERNEL_5_15``, ``CDK_LATEST``).

    Args:
        version: the version part of the kernel in the SSM parameter name (prefer the class constants).
    """

    CDK_LATEST: AmazonLinux2022Kernel
    DEFAULT: AmazonLinux2022Kernel
    KERNEL_5_15: AmazonLinux2022Kernel

    def __init__(self, version: str) -> None:
        self.version = version

    def to_string(self) -> str:
        """The kernel part of the parameter name."""
        return f"kernel-{self.version}"


AmazonLinux2022Kernel.CDK_LATEST = AmazonLinux2022Kernel("5.15")
AmazonLinux2022Kernel.DEFAULT = AmazonLinux2022Kernel("default")
AmazonLinux2022Kernel.KERNEL_5_15 = AmazonLinux2022Kernel("5.15")


def _join(parts: list[str | None]) -> str:
    return "/aws/service/ami-amazon-linux-latest/" + "-".join(p for p in parts if p)


def _edition(edition: AmazonLinuxEdition | None) -> str | None:
    e = edition or AmazonLinuxEdition.STANDARD
    return e.value if e is not AmazonLinuxEdition.STANDARD else None


@structs.frozen(kw_only=True)
class AmazonLinux2ImageSsmParameterProps(AmazonLinuxImageSsmParameterCommonOptions):
    """Options of ``AmazonLinux2ImageSsmParameter``.

    Args:
        kernel: the kernel version (default: the image without a kernel in its name).
        storage: the root volume kind (default general purpose).
        virtualization: the virtualization type (default HVM).
    """

    kernel: AmazonLinux2Kernel | None = None
    storage: AmazonLinuxStorage | None = None
    virtualization: AmazonLinuxVirt | None = None


@structs.frozen(kw_only=True)
class AmazonLinux2022ImageSsmParameterProps(AmazonLinuxImageSsmParameterCommonOptions):
    """Options of ``AmazonLinux2022ImageSsmParameter``.

    Args:
        kernel: the kernel version (default: the image without a kernel in its name).
    """

    kernel: AmazonLinux2022Kernel | None = None


@structs.frozen(kw_only=True)
class AmazonLinux2023ImageSsmParameterProps(AmazonLinuxImageSsmParameterCommonOptions):
    """Options of ``AmazonLinux2023ImageSsmParameter``.

    Args:
        kernel: the kernel version (default ``AmazonLinux2023Kernel.DEFAULT``).
    """

    kernel: AmazonLinux2023Kernel | None = None


class AmazonLinux2ImageSsmParameter(AmazonLinuxImageSsmParameterBase):
    """The latest Amazon Linux 2 image from its SSM parameter.

    Takes the keyword arguments of ``AmazonLinux2ImageSsmParameterProps`` (see that class for each keyword).
    """

    def __init__(
        self,
        *,
        kernel: AmazonLinux2Kernel | None = None,
        storage: AmazonLinuxStorage | None = None,
        virtualization: AmazonLinuxVirt | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> None:
        super().__init__(
            parameter_name=AmazonLinux2ImageSsmParameter.ssm_parameter_name(
                kernel=kernel, storage=storage, virtualization=virtualization, cpu_type=cpu_type, edition=edition),
            additional_cache_key=additional_cache_key, cached_in_context=cached_in_context, user_data=user_data,
        )

    @staticmethod
    def ssm_parameter_name(
        *,
        kernel: AmazonLinux2Kernel | None = None,
        storage: AmazonLinuxStorage | None = None,
        virtualization: AmazonLinuxVirt | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> str:
        """The SSM parameter name of these options."""
        return _join([
            AmazonLinuxGeneration.AMAZON_LINUX_2.value, "ami", _edition(edition),
            kernel.to_string() if kernel is not None else None, (virtualization or AmazonLinuxVirt.HVM).value,
            (cpu_type or AmazonLinuxCpuType.X86_64).value, (storage or AmazonLinuxStorage.GENERAL_PURPOSE).value,
        ])


class AmazonLinux2022ImageSsmParameter(AmazonLinuxImageSsmParameterBase):
    """The latest Amazon Linux 2022 image from its SSM parameter.

    Takes the keyword arguments of ``AmazonLinux2022ImageSsmParameterProps`` (see that class for each keyword).
    """

    def __init__(
        self,
        *,
        kernel: AmazonLinux2022Kernel | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> None:
        super().__init__(
            parameter_name=AmazonLinux2022ImageSsmParameter.ssm_parameter_name(
                kernel=kernel, cpu_type=cpu_type, edition=edition),
            additional_cache_key=additional_cache_key, cached_in_context=cached_in_context, user_data=user_data,
        )

    @staticmethod
    def ssm_parameter_name(
        *,
        kernel: AmazonLinux2022Kernel | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> str:
        """The SSM parameter name of these options."""
        return _join([
            AmazonLinuxGeneration.AMAZON_LINUX_2022.value, "ami", _edition(edition),
            kernel.to_string() if kernel is not None else None, (cpu_type or AmazonLinuxCpuType.X86_64).value,
        ])


class AmazonLinux2023ImageSsmParameter(AmazonLinuxImageSsmParameterBase):
    """The latest Amazon Linux 2023 image from its SSM parameter.

    Takes the keyword arguments of ``AmazonLinux2023ImageSsmParameterProps`` (see that class for each keyword).
    """

    def __init__(
        self,
        *,
        kernel: AmazonLinux2023Kernel | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> None:
        super().__init__(
            parameter_name=AmazonLinux2023ImageSsmParameter.ssm_parameter_name(
                kernel=kernel, cpu_type=cpu_type, edition=edition),
            additional_cache_key=additional_cache_key, cached_in_context=cached_in_context, user_data=user_data,
        )

    @staticmethod
    def ssm_parameter_name(
        *,
        kernel: AmazonLinux2023Kernel | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> str:
        """The SSM parameter name of these options."""
        return _join([
            AmazonLinuxGeneration.AMAZON_LINUX_2023.value, "ami", _edition(edition),
            (kernel or AmazonLinux2023Kernel.DEFAULT).to_string(), (cpu_type or AmazonLinuxCpuType.X86_64).value,
        ])


@structs.frozen(kw_only=True)
class AmazonLinuxImageProps:
    """Options of ``AmazonLinuxImage`` (see ``AmazonLinuxImage``)."""

    additional_cache_key: str | None = None
    cached_in_context: bool | None = None
    cpu_type: AmazonLinuxCpuType | None = None
    edition: AmazonLinuxEdition | None = None
    generation: AmazonLinuxGeneration | None = None
    kernel: AmazonLinuxKernel | None = None
    storage: AmazonLinuxStorage | None = None
    user_data: UserData | None = None
    virtualization: AmazonLinuxVirt | None = None


class MachineImage:
    """Factories of machine images."""

    @staticmethod
    def latest_windows(version: WindowsVersion, *, user_data: UserData | None = None) -> IMachineImage:
        """The latest Windows AMI of ``version``."""
        return WindowsImage(version, user_data=user_data)

    @staticmethod
    def latest_amazon_linux2023(
        *,
        kernel: AmazonLinux2023Kernel | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> IMachineImage:
        """The latest Amazon Linux 2023 (the latest kernel), resolved by CloudFormation from SSM unless cached."""
        return AmazonLinux2023ImageSsmParameter(
            kernel=AmazonLinux2023Kernel.CDK_LATEST, cpu_type=cpu_type, edition=edition,
            additional_cache_key=additional_cache_key, cached_in_context=bool(cached_in_context), user_data=user_data,
        )

    @staticmethod
    def latest_amazon_linux2022(
        *,
        kernel: AmazonLinux2022Kernel | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> IMachineImage:
        """The latest Amazon Linux 2022 (the latest kernel), resolved by CloudFormation from SSM unless cached."""
        return AmazonLinux2022ImageSsmParameter(
            kernel=AmazonLinux2022Kernel.CDK_LATEST, cpu_type=cpu_type, edition=edition,
            additional_cache_key=additional_cache_key, cached_in_context=bool(cached_in_context), user_data=user_data,
        )

    @staticmethod
    def latest_amazon_linux2(
        *,
        kernel: AmazonLinux2Kernel | None = None,
        storage: AmazonLinuxStorage | None = None,
        virtualization: AmazonLinuxVirt | None = None,
        cpu_type: AmazonLinuxCpuType | None = None,
        edition: AmazonLinuxEdition | None = None,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        user_data: UserData | None = None,
    ) -> IMachineImage:
        """The latest Amazon Linux 2 (the latest kernel), resolved by CloudFormation from SSM unless cached."""
        return AmazonLinux2ImageSsmParameter(
            kernel=AmazonLinux2Kernel.CDK_LATEST, storage=storage, virtualization=virtualization, cpu_type=cpu_type,
            edition=edition, additional_cache_key=additional_cache_key, cached_in_context=bool(cached_in_context),
            user_data=user_data,
        )

    @staticmethod
    def latest_amazon_linux(
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
    ) -> IMachineImage:
        """Deprecated: an ``AmazonLinuxImage`` of the given options."""
        return AmazonLinuxImage(
            additional_cache_key=additional_cache_key, cached_in_context=cached_in_context, cpu_type=cpu_type,
            edition=edition, generation=generation, kernel=kernel, storage=storage, user_data=user_data,
            virtualization=virtualization,
        )

    @staticmethod
    def generic_linux(ami_map: Mapping[str, str], *, user_data: UserData | None = None) -> IMachineImage:
        """A Linux AMI per region (a ``CfnMapping`` in env-agnostic stacks)."""
        return GenericLinuxImage(ami_map, user_data=user_data)

    @staticmethod
    def generic_windows(ami_map: Mapping[str, str], *, user_data: UserData | None = None) -> IMachineImage:
        """A Windows AMI per region (a ``CfnMapping`` in env-agnostic stacks)."""
        return GenericWindowsImage(ami_map, user_data=user_data)

    @staticmethod
    def from_ssm_parameter(
        parameter_name: str,
        *,
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        os: OperatingSystemType | None = None,
        parameter_version: str | None = None,
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
        additional_cache_key: str | None = None,
        cached_in_context: bool | None = None,
        os: OperatingSystemType | None = None,
        parameter_version: str | None = None,
        user_data: UserData | None = None,
    ) -> IMachineImage:
        """``resolve:ssm:<name>[:version]``: EC2 reads the parameter when the instance launches."""
        return ResolveSsmParameterAtLaunchImage(parameter_name, os=os, parameter_version=parameter_version,
                                                user_data=user_data)

    @staticmethod
    def lookup(
        *,
        name: str,
        additional_cache_key: str | None = None,
        filters: Mapping[str, Sequence[str]] | None = None,
        owners: Sequence[str] | None = None,
        user_data: UserData | None = None,
        windows: bool | None = None,
    ) -> IMachineImage:
        """An AMI looked up by name at synthesis (context provider ``ami``)."""
        return LookupMachineImage(name=name, additional_cache_key=additional_cache_key, filters=filters,
                                  owners=owners, user_data=user_data, windows=windows)
