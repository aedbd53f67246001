"""The structs of aws-cdk-lib's earlier AWS Batch task (``RunBatchJob``, removed): ``ContainerOverrides`` and
``JobDependency``. aws-cdk-lib still exports them; ``BatchSubmitJob`` takes ``BatchContainerOverrides`` and
``BatchJobDependency``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from l2.ec2 import InstanceType


@structs.frozen(kw_only=True)
class ContainerOverrides:
    """The overrides that should be sent to a container.

    Attributes:
        command: The command to send to the container that overrides the default command from the Docker image or the job definition
        environment: The environment variables to send to the container
        gpu_count: The number of physical GPUs to reserve for the container
        instance_type: The instance type to use for a multi-node parallel job
        memory: The number of MiB of memory reserved for the job
        vcpus: The number of vCPUs to reserve for the container
    """

    command: Sequence[str] | None = None
    environment: Mapping[str, str] | None = None
    gpu_count: float | None = None
    instance_type: InstanceType | None = None
    memory: float | None = None
    vcpus: float | None = None


@structs.frozen(kw_only=True)
class JobDependency:
    """An object representing an AWS Batch job dependency.

    Attributes:
        job_id: The job ID of the AWS Batch job associated with this dependency
        type: The type of the job dependency
    """

    job_id: str | None = None
    type: str | None = None
