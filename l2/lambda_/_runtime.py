"""Lambda runtimes (``Runtime``, ``RuntimeFamily``) and instruction-set architectures (``Architecture``)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from constructs import Construct, DockerImage


class RuntimeFamily(enum.Enum):
    """The language family of a runtime."""

    NODEJS = 0
    JAVA = 1
    PYTHON = 2
    DOTNET_CORE = 3
    GO = 4
    RUBY = 5
    OTHER = 6


class Runtime:
    """A Lambda runtime, by its CloudFormation name (``Runtime.PYTHON_3_12.name == "python3.12"``).

    Args:
        name: the runtime identifier.
        family: the language family.
        supports_inline_code: whether ``Code.from_inline`` may be used.
        supports_code_guru_profiling / supports_snap_start: feature support flags.
        is_variable: the runtime tracks the latest version (``NODEJS_LATEST``).
        bundling_docker_image: the image assets are bundled in (default ``public.ecr.aws/sam/build-<name>``).
    """

    ALL: ClassVar[list[Runtime]] = []

    NODEJS: ClassVar[Runtime]
    NODEJS_4_3: ClassVar[Runtime]
    NODEJS_6_10: ClassVar[Runtime]
    NODEJS_8_10: ClassVar[Runtime]
    NODEJS_10_X: ClassVar[Runtime]
    NODEJS_12_X: ClassVar[Runtime]
    NODEJS_14_X: ClassVar[Runtime]
    NODEJS_16_X: ClassVar[Runtime]
    NODEJS_18_X: ClassVar[Runtime]
    NODEJS_20_X: ClassVar[Runtime]
    NODEJS_LATEST: ClassVar[Runtime]
    NODEJS_22_X: ClassVar[Runtime]
    NODEJS_24_X: ClassVar[Runtime]
    PYTHON_2_7: ClassVar[Runtime]
    PYTHON_3_6: ClassVar[Runtime]
    PYTHON_3_7: ClassVar[Runtime]
    PYTHON_3_8: ClassVar[Runtime]
    PYTHON_3_9: ClassVar[Runtime]
    PYTHON_3_10: ClassVar[Runtime]
    PYTHON_3_11: ClassVar[Runtime]
    PYTHON_3_12: ClassVar[Runtime]
    PYTHON_3_13: ClassVar[Runtime]
    PYTHON_3_14: ClassVar[Runtime]
    JAVA_8: ClassVar[Runtime]
    JAVA_8_CORRETTO: ClassVar[Runtime]
    JAVA_11: ClassVar[Runtime]
    JAVA_17: ClassVar[Runtime]
    JAVA_21: ClassVar[Runtime]
    JAVA_25: ClassVar[Runtime]
    JAVA_8_AL2023: ClassVar[Runtime]
    JAVA_11_AL2023: ClassVar[Runtime]
    JAVA_17_AL2023: ClassVar[Runtime]
    DOTNET_6: ClassVar[Runtime]
    DOTNET_8: ClassVar[Runtime]
    DOTNET_9: ClassVar[Runtime]
    DOTNET_10: ClassVar[Runtime]
    DOTNET_CORE_1: ClassVar[Runtime]
    DOTNET_CORE_2: ClassVar[Runtime]
    DOTNET_CORE_2_1: ClassVar[Runtime]
    DOTNET_CORE_3_1: ClassVar[Runtime]
    GO_1_X: ClassVar[Runtime]
    RUBY_2_5: ClassVar[Runtime]
    RUBY_2_7: ClassVar[Runtime]
    RUBY_3_2: ClassVar[Runtime]
    RUBY_3_3: ClassVar[Runtime]
    RUBY_3_4: ClassVar[Runtime]
    RUBY_4_0: ClassVar[Runtime]
    PROVIDED: ClassVar[Runtime]
    PROVIDED_AL2: ClassVar[Runtime]
    PROVIDED_AL2023: ClassVar[Runtime]
    FROM_IMAGE: ClassVar[Runtime]

    def __init__(
        self,
        name: str,
        family: RuntimeFamily | None = None,
        *,
        supports_inline_code: bool | None = None,
        supports_code_guru_profiling: bool | None = None,
        supports_snap_start: bool | None = None,
        is_variable: bool | None = None,
        bundling_docker_image: str | None = None,
    ) -> None:
        self.name = name
        # the image name aws-cdk-lib bundles with (its DockerImage objects are not modelled by pycdk)
        self._bundling_image_name = bundling_docker_image or f"public.ecr.aws/sam/build-{name}"
        self.family = family
        self.supports_inline_code: bool = bool(supports_inline_code)
        self.supports_code_guru_profiling: bool = bool(supports_code_guru_profiling)
        self.supports_snap_start: bool = bool(supports_snap_start)
        self.is_variable: bool = bool(is_variable)

    @property
    def bundling_image(self) -> DockerImage:
        """The Docker image assets of this runtime are bundled in (``public.ecr.aws/sam/build-<name>`` unless
        given)."""
        from constructs import DockerImage

        return DockerImage.from_registry(self._bundling_image_name)

    @staticmethod
    def determine_latest_python_runtime(scope: object) -> Runtime:
        """The latest Python runtime aws-cdk-lib 2.275 knows to be available everywhere (``PYTHON_3_13``)."""
        return Runtime.PYTHON_3_13

    def runtime_equals(self, other: Runtime) -> bool:
        """Same name, family and inline-code support."""
        return (
            other.name == self.name
            and other.family == self.family
            and other.supports_inline_code == self.supports_inline_code
        )

    def to_string(self) -> str:
        """The runtime's name."""
        return self.name

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"Runtime({self.name!r})"


def _define() -> None:
    node = {"supports_inline_code": True}
    python = {"supports_inline_code": True, "supports_code_guru_profiling": True}
    snap = {**python, "supports_snap_start": True}
    java = {"supports_code_guru_profiling": True, "supports_snap_start": True}
    java8 = {"supports_code_guru_profiling": True}
    dotnet = {"supports_snap_start": True}
    table: list[tuple[str, str, RuntimeFamily | None, dict[str, bool]]] = [
        ("NODEJS", "nodejs", RuntimeFamily.NODEJS, node),
        ("NODEJS_4_3", "nodejs4.3", RuntimeFamily.NODEJS, node),
        ("NODEJS_6_10", "nodejs6.10", RuntimeFamily.NODEJS, node),
        ("NODEJS_8_10", "nodejs8.10", RuntimeFamily.NODEJS, node),
        ("NODEJS_10_X", "nodejs10.x", RuntimeFamily.NODEJS, node),
        ("NODEJS_12_X", "nodejs12.x", RuntimeFamily.NODEJS, node),
        ("NODEJS_14_X", "nodejs14.x", RuntimeFamily.NODEJS, node),
        ("NODEJS_16_X", "nodejs16.x", RuntimeFamily.NODEJS, node),
        ("NODEJS_18_X", "nodejs18.x", RuntimeFamily.NODEJS, node),
        ("NODEJS_20_X", "nodejs20.x", RuntimeFamily.NODEJS, node),
        ("NODEJS_LATEST", "nodejs24.x", RuntimeFamily.NODEJS, {**node, "is_variable": True}),
        ("NODEJS_22_X", "nodejs22.x", RuntimeFamily.NODEJS, node),
        ("NODEJS_24_X", "nodejs24.x", RuntimeFamily.NODEJS, node),
        ("PYTHON_2_7", "python2.7", RuntimeFamily.PYTHON, node),
        ("PYTHON_3_6", "python3.6", RuntimeFamily.PYTHON, python),
        ("PYTHON_3_7", "python3.7", RuntimeFamily.PYTHON, python),
        ("PYTHON_3_8", "python3.8", RuntimeFamily.PYTHON, python),
        ("PYTHON_3_9", "python3.9", RuntimeFamily.PYTHON, python),
        ("PYTHON_3_10", "python3.10", RuntimeFamily.PYTHON, python),
        ("PYTHON_3_11", "python3.11", RuntimeFamily.PYTHON, python),
        ("PYTHON_3_12", "python3.12", RuntimeFamily.PYTHON, snap),
        ("PYTHON_3_13", "python3.13", RuntimeFamily.PYTHON, snap),
        ("PYTHON_3_14", "python3.14", RuntimeFamily.PYTHON, snap),
        ("JAVA_8", "java8", RuntimeFamily.JAVA, java8),
        ("JAVA_8_CORRETTO", "java8.al2", RuntimeFamily.JAVA, java8),
        ("JAVA_11", "java11", RuntimeFamily.JAVA, java),
        ("JAVA_17", "java17", RuntimeFamily.JAVA, java),
        ("JAVA_21", "java21", RuntimeFamily.JAVA, java),
        ("JAVA_25", "java25", RuntimeFamily.JAVA, java),
        ("JAVA_8_AL2023", "java8.al2023", RuntimeFamily.JAVA, java8),
        ("JAVA_11_AL2023", "java11.al2023", RuntimeFamily.JAVA, java),
        ("JAVA_17_AL2023", "java17.al2023", RuntimeFamily.JAVA, java),
        ("DOTNET_6", "dotnet6", RuntimeFamily.DOTNET_CORE, {}),
        ("DOTNET_8", "dotnet8", RuntimeFamily.DOTNET_CORE, dotnet),
        ("DOTNET_9", "dotnet9", RuntimeFamily.DOTNET_CORE, dotnet),
        ("DOTNET_10", "dotnet10", RuntimeFamily.DOTNET_CORE, dotnet),
        ("DOTNET_CORE_1", "dotnetcore1.0", RuntimeFamily.DOTNET_CORE, {}),
        ("DOTNET_CORE_2", "dotnetcore2.0", RuntimeFamily.DOTNET_CORE, {}),
        ("DOTNET_CORE_2_1", "dotnetcore2.1", RuntimeFamily.DOTNET_CORE, {}),
        ("DOTNET_CORE_3_1", "dotnetcore3.1", RuntimeFamily.DOTNET_CORE, {}),
        ("GO_1_X", "go1.x", RuntimeFamily.GO, {}),
        ("RUBY_2_5", "ruby2.5", RuntimeFamily.RUBY, {}),
        ("RUBY_2_7", "ruby2.7", RuntimeFamily.RUBY, {}),
        ("RUBY_3_2", "ruby3.2", RuntimeFamily.RUBY, {}),
        ("RUBY_3_3", "ruby3.3", RuntimeFamily.RUBY, {}),
        ("RUBY_3_4", "ruby3.4", RuntimeFamily.RUBY, {}),
        ("RUBY_4_0", "ruby4.0", RuntimeFamily.RUBY, {}),
        ("PROVIDED", "provided", RuntimeFamily.OTHER, {}),
        ("PROVIDED_AL2", "provided.al2", RuntimeFamily.OTHER, {}),
        ("PROVIDED_AL2023", "provided.al2023", RuntimeFamily.OTHER, {}),
        ("FROM_IMAGE", "FROM_IMAGE", None, {}),
    ]
    for attr, name, family, flags in table:
        runtime = Runtime(name, family, **flags)
        setattr(Runtime, attr, runtime)
        Runtime.ALL.append(runtime)


_define()


class Architecture:
    """The instruction set of a function (``Architecture.X86_64`` or ``Architecture.ARM_64``).

    Args:
        name: the instruction set as Lambda names it (``x86_64`` or ``arm64``).
        docker_platform: the matching Docker platform (``linux/amd64`` or ``linux/arm64``).
    """

    X86_64: ClassVar[Architecture]
    ARM_64: ClassVar[Architecture]

    def __init__(self, name: str, docker_platform: str) -> None:
        self.name = name
        self.docker_platform = docker_platform

    @staticmethod
    def custom(name: str, docker_platform: str | None = None) -> Architecture:
        """An architecture not yet known to pycdk."""
        return Architecture(name, docker_platform or "linux/amd64")

    def to_string(self) -> str:
        """The architecture's name."""
        return self.name

    def __str__(self) -> str:
        return self.name


Architecture.X86_64 = Architecture("x86_64", "linux/amd64")
Architecture.ARM_64 = Architecture("arm64", "linux/arm64")


def determine_latest_node_runtime(scope: Construct) -> Runtime:
    """The latest Node.js runtime available in ``scope``'s region (the ``latestNodeRuntime`` region fact; default
    ``nodejs24.x``), as a variable runtime; a region-agnostic stack gets the value all regions share, or a mapping."""
    from constructs import Stack
    from l2.region_info import FactName

    name = Stack.of(scope).regional_fact(FactName.LATEST_NODE_RUNTIME, Runtime.NODEJS_24_X.name)
    return Runtime(name, RuntimeFamily.NODEJS, supports_inline_code=True, is_variable=True)
