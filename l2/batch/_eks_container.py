"""EKS containers of Batch jobs: ``EksContainerDefinition`` and its volumes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Size
from constructs.internals import apply_property_injection
from l2.batch._private.render import as_list, lazy_list
from l2.batch._types import EmptyDirMediumType, ImagePullPolicy

if TYPE_CHECKING:
    from l2.ecs import ContainerImage, ContainerImageConfig


class EksVolume:
    """A volume of an EKS container: ``EksVolume.empty_dir``, ``host_path`` or ``secret``.

    Args:
        name: the volume's name.
        mount_path: where the volume is mounted in the container.
        readonly: mount it read-only (default false).
    """

    def __init__(self, *, name: str, mount_path: str | None = None, readonly: bool | None = None) -> None:
        self.name = name
        self.container_path: str | None = mount_path
        self.readonly = readonly

    @staticmethod
    def empty_dir(
        *,
        medium: EmptyDirMediumType | None = None,
        size_limit: Size | None = None,
        name: str,
        mount_path: str | None = None,
        readonly: bool | None = None,
    ) -> EmptyDirVolume:
        """An empty directory, gone with the pod (see ``EmptyDirVolume``)."""
        return EmptyDirVolume(medium=medium, size_limit=size_limit, name=name, mount_path=mount_path,
                              readonly=readonly)

    @staticmethod
    def host_path(
        *, host_path: str, name: str, mount_path: str | None = None, readonly: bool | None = None
    ) -> HostPathVolume:
        """A path of the node (see ``HostPathVolume``)."""
        return HostPathVolume(host_path=host_path, name=name, mount_path=mount_path, readonly=readonly)

    @staticmethod
    def secret(
        *,
        secret_name: str,
        optional: bool | None = None,
        name: str,
        mount_path: str | None = None,
        readonly: bool | None = None,
    ) -> SecretPathVolume:
        """A Kubernetes secret (see ``SecretPathVolume``)."""
        return SecretPathVolume(secret_name=secret_name, optional=optional, name=name, mount_path=mount_path,
                                readonly=readonly)


class EmptyDirVolume(EksVolume):
    """An empty directory of the pod.

    Args:
        medium: disk or memory (default disk).
        size_limit: the volume's size limit.
        name: the volume's name.
        mount_path: where the volume is mounted in the container.
        readonly: mount it read-only (default false).
    """

    def __init__(
        self,
        *,
        medium: EmptyDirMediumType | None = None,
        size_limit: Size | None = None,
        name: str,
        mount_path: str | None = None,
        readonly: bool | None = None,
    ) -> None:
        super().__init__(name=name, mount_path=mount_path, readonly=readonly)
        self.medium = medium
        self.size_limit = size_limit

    @staticmethod
    def is_empty_dir_volume(x: Any) -> bool:
        """Whether ``x`` is an ``EmptyDirVolume``."""
        return isinstance(x, EmptyDirVolume)


class HostPathVolume(EksVolume):
    """A path of the node.

    Args:
        host_path: the path on the node.
        name: the volume's name.
        mount_path: where the volume is mounted in the container.
        readonly: mount it read-only (default false).
    """

    def __init__(
        self, *, host_path: str, name: str, mount_path: str | None = None, readonly: bool | None = None
    ) -> None:
        super().__init__(name=name, mount_path=mount_path, readonly=readonly)
        self.path = host_path

    @staticmethod
    def is_host_path_volume(x: Any) -> bool:
        """Whether ``x`` is a ``HostPathVolume``."""
        return isinstance(x, HostPathVolume)


class SecretPathVolume(EksVolume):
    """A Kubernetes secret as files.

    Args:
        secret_name: the secret's name.
        optional: whether the secret may be missing (default true).
        name: the volume's name.
        mount_path: where the volume is mounted in the container.
        readonly: mount it read-only (default false).
    """

    def __init__(
        self,
        *,
        secret_name: str,
        optional: bool | None = None,
        name: str,
        mount_path: str | None = None,
        readonly: bool | None = None,
    ) -> None:
        super().__init__(name=name, mount_path=mount_path, readonly=readonly)
        self.secret_name = secret_name
        self.optional: bool = optional if optional is not None else True

    @staticmethod
    def is_secret_path_volume(x: Any) -> bool:
        """Whether ``x`` is a ``SecretPathVolume``."""
        return isinstance(x, SecretPathVolume)


def _bind_target() -> Any:
    """The ``ContainerDefinition`` an ECS image binds to: aws-cdk-lib passes the EKS container itself, which has no
    task definition (images that read one, such as assets, fail there too). Here: an ``ecs.ContainerDefinition``
    that was never initialized (no construct in the tree)."""
    from l2.ecs import ContainerDefinition

    return object.__new__(ContainerDefinition)


class EksContainerDefinition(Construct):
    """The container of an EKS job.

    Args:
        scope: the parent construct.
        id: the construct id.
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

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.EksContainerDefinition"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        image: ContainerImage,
        args: Sequence[str] | None = None,
        command: Sequence[str] | None = None,
        cpu_limit: int | float | None = None,
        cpu_reservation: int | float | None = None,
        env: Mapping[str, str] | None = None,
        gpu_limit: int | float | None = None,
        gpu_reservation: int | float | None = None,
        image_pull_policy: ImagePullPolicy | None = None,
        memory_limit: Size | None = None,
        memory_reservation: Size | None = None,
        name: str | None = None,
        privileged: bool | None = None,
        readonly_root_filesystem: bool | None = None,
        run_as_group: int | float | None = None,
        run_as_root: bool | None = None,
        run_as_user: int | float | None = None,
        volumes: Sequence[EksVolume] | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.image: ContainerImage = image
        self.args: list[str] | None = list(args) if args is not None else None
        self.command: list[str] | None = list(command) if command is not None else None
        self.env: Mapping[str, str] | None = env
        self.image_pull_policy: ImagePullPolicy | None = image_pull_policy
        self.name: str | None = name
        self.memory_limit: Size | None = memory_limit
        self.memory_reservation: Size | None = memory_reservation
        self.cpu_limit: int | float | None = cpu_limit
        self.cpu_reservation: int | float | None = cpu_reservation
        self.gpu_limit: int | float | None = gpu_limit
        self.gpu_reservation: int | float | None = gpu_reservation
        self.privileged: bool | None = privileged
        self.readonly_root_filesystem: bool | None = readonly_root_filesystem
        self.run_as_group: int | float | None = run_as_group
        self.run_as_root: bool | None = run_as_root
        self.run_as_user: int | float | None = run_as_user
        self._volumes: list[EksVolume] = as_list(volumes)
        self._image_config: ContainerImageConfig = image.bind(self, _bind_target())

    @property
    def volumes(self) -> list[EksVolume]:
        """The volumes (a live list)."""
        return self._volumes

    def add_volume(self, volume: EksVolume) -> None:
        """Mount ``volume`` into the container."""
        self._volumes.append(volume)

    def _render_container_definition(self) -> dict[str, Any]:
        """The container of the job definition's pod (camelCase keys, as aws-cdk-lib's)."""
        from l1.batch import CfnJobDefinition

        env = self.env or {}
        mem_limit = self.memory_limit
        mem_res = self.memory_reservation
        return {
            "image": self._image_config.image_name,
            "command": self.command,
            "args": self.args,
            "env": [{"name": key, "value": env[key]} for key in env],
            "name": self.name,
            "imagePullPolicy": self.image_pull_policy.value if self.image_pull_policy is not None else None,
            "resources": {
                # Kubernetes quantities: numbers or strings (the L1's schema says strings; aws-cdk-lib passes both)
                "limits": _quantities(self.cpu_limit, f"{_mib(mem_limit)}Mi" if mem_limit else None, self.gpu_limit),
                "requests": _quantities(
                    self.cpu_reservation, f"{_mib(mem_res)}Mi" if mem_res else None, self.gpu_reservation
                ),
            },
            "securityContext": {
                "privileged": self.privileged,
                "readOnlyRootFilesystem": self.readonly_root_filesystem,
                "runAsGroup": self.run_as_group,
                "runAsNonRoot": not self.run_as_root,
                "runAsUser": self.run_as_user,
            },
            "volumeMounts": lazy_list(self._volumes, lambda v: CfnJobDefinition.EksContainerVolumeMountProperty(
                name=v.name, mount_path=v.container_path, read_only=v.readonly,
            )),
        }


def _quantities(cpu: int | float | None, memory: str | None, gpu: int | float | None) -> Any:
    from constructs import Lazy

    values = {"cpu": cpu, "memory": memory, "nvidia.com/gpu": gpu}
    return Lazy.any(lambda: {k: v for k, v in values.items() if v is not None})


def _mib(size: Size) -> str:
    from l2.batch._private.render import number_string

    return number_string(size.to_mebibytes())


apply_property_injection(EksContainerDefinition)
