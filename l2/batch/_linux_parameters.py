"""``LinuxParameters``: devices, tmpfs mounts, swap and shared memory of an ECS container."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from constructs import Construct, Size, Token, ValidationError
from l1.batch import CfnJobDefinition
from l2.batch._private.render import lazy_list
from l2.batch._types import Device, Tmpfs


class LinuxParameters(Construct):
    """Linux-specific options of an ECS container.

    Args:
        scope: the parent construct.
        id: the construct id.
        init_process_enabled: run an init process in the container.
        max_swap: the most swap the container may use.
        shared_memory_size: the size of ``/dev/shm``.
        swappiness: how readily pages are swapped, 0 to 100 (default 60; kept only with ``max_swap``).

    Raises:
        ValidationError: a ``swappiness`` that is not an integer from 0 to 100.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        init_process_enabled: bool | None = None,
        max_swap: Size | None = None,
        shared_memory_size: Size | None = None,
        swappiness: int | float | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._devices: list[Device] = []
        self._tmpfs: list[Tmpfs] = []
        if swappiness is not None and not Token.is_unresolved(swappiness) and (
            not float(swappiness).is_integer() or swappiness < 0 or swappiness > 100
        ):
            shown = int(swappiness) if float(swappiness).is_integer() else swappiness
            raise ValidationError(f"swappiness: Must be an integer between 0 and 100; received {shown}.", self)
        self.shared_memory_size: Size | None = shared_memory_size
        self.init_process_enabled: bool | None = init_process_enabled
        self.max_swap: Size | None = max_swap
        self.swappiness: int | float | None = swappiness if max_swap else None

    @property
    def devices(self) -> list[Device]:
        """The devices (deprecated in aws-cdk-lib: use ``add_devices``)."""
        return self._devices

    @property
    def tmpfs(self) -> list[Tmpfs]:
        """The tmpfs mounts (deprecated in aws-cdk-lib: use ``add_tmpfs``)."""
        return self._tmpfs

    def add_devices(self, *device: Device) -> None:
        """Expose host devices to the container."""
        self._devices.extend(device)

    def add_tmpfs(self, *tmpfs: Tmpfs) -> None:
        """Add tmpfs mounts."""
        self._tmpfs.extend(tmpfs)

    def render_linux_parameters(self) -> CfnJobDefinition.LinuxParametersProperty:
        """The ``LinuxParameters`` of the job definition's container."""
        return CfnJobDefinition.LinuxParametersProperty(
            init_process_enabled=self.init_process_enabled,
            shared_memory_size=self.shared_memory_size.to_mebibytes() if self.shared_memory_size else None,
            max_swap=self.max_swap.to_mebibytes() if self.max_swap else None,
            swappiness=self.swappiness,
            devices=lazy_list(self._devices, _render_device),
            tmpfs=lazy_list(self._tmpfs, _render_tmpfs),
        )


def _render_tmpfs(tmpfs: Tmpfs) -> Any:
    return CfnJobDefinition.TmpfsProperty(
        container_path=tmpfs.container_path,
        size=tmpfs.size.to_mebibytes(),
        mount_options=[o.value for o in tmpfs.mount_options] if tmpfs.mount_options is not None else None,
    )


def _render_device(device: Device) -> Any:
    return CfnJobDefinition.DeviceProperty(
        container_path=device.container_path,
        host_path=device.host_path,
        permissions=_values(device.permissions),
    )


def _values(items: Sequence[Any] | None) -> list[str] | None:
    return [i.value for i in items] if items is not None else None
