"""The structs of ECS task targets (``EcsTask`` options) and of target tags."""

from __future__ import annotations

from collections.abc import Sequence

from constructs.internals import structs


@structs.frozen(kw_only=True)
class TaskEnvironmentVariable:
    """An environment variable of a container override.

    Args:
        name: the variable's name.
        value: its value.
    """

    name: str
    value: str


@structs.frozen(kw_only=True)
class ContainerOverride:
    """Overrides of one container of an ECS task target.

    Args:
        container_name: the container.
        command: the command (default: the task definition's).
        cpu: CPU units (default: the task definition's).
        environment: extra environment variables.
        memory_limit: hard memory limit in MiB.
        memory_reservation: soft memory limit in MiB.
    """

    container_name: str
    command: Sequence[str] | None = None
    cpu: float | None = None
    environment: Sequence[TaskEnvironmentVariable] | None = None
    memory_limit: float | None = None
    memory_reservation: float | None = None


@structs.frozen(kw_only=True)
class EphemeralStorageOverride:
    """The ephemeral storage of a Fargate task.

    Args:
        size_in_gib: the size of the task's ephemeral storage in GiB, from 21 to 200.
    """

    size_in_gib: float


@structs.frozen(kw_only=True)
class InferenceAcceleratorOverride:
    """An Elastic Inference accelerator override.

    Args:
        device_name: the accelerator's name.
        device_type: the accelerator's type.
    """

    device_name: str
    device_type: str


@structs.frozen(kw_only=True)
class Tag:
    """A tag of the tasks an ECS target starts.

    Args:
        key: the tag key.
        value: the tag value.
    """

    key: str
    value: str
