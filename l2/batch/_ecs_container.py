"""ECS containers of Batch jobs: ``EcsEc2ContainerDefinition``, ``EcsFargateContainerDefinition``, their volumes
and secrets."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, PhysicalName, Size, ValidationError
from constructs.internals import apply_property_injection
from l1.batch import CfnJobDefinition
from l2._private.iam_module import iam
from l2.batch._private.render import as_list, lazy_list, number_string
from l2.batch._types import SecretVersionInfo, Ulimit, UlimitName

if TYPE_CHECKING:
    from l2.batch._linux_parameters import LinuxParameters
    from l2.ecs import (
        ContainerImage,
        ContainerImageConfig,
        CpuArchitecture,
        FargatePlatformVersion,
        LogDriver,
        LogDriverConfig,
        OperatingSystemFamily,
    )
    from l2.efs import IFileSystem
    from l2.iam import Grant, IGrantable, IRole
    from l2.secretsmanager import ISecret
    from l2.ssm import IParameter


class Secret:
    """A secret given to a container as an environment variable (from Secrets Manager or SSM Parameter Store)."""

    def __init__(self) -> None:
        self._arn = ""
        self._grant: Callable[[IGrantable], Grant] | None = None
        self._has_field: bool | None = None

    @property
    def arn(self) -> str:
        """The ARN of the secret (with the JSON field and version, for Secrets Manager)."""
        return self._arn

    @property
    def has_field(self) -> bool | None:
        """Whether a JSON field of the secret is referenced."""
        return self._has_field

    def grant_read(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` read the secret."""
        if self._grant is None:
            raise NotImplementedError("Secret.grant_read: make secrets with Secret.from_secrets_manager(...), "
                                      "from_secrets_manager_version(...) or from_ssm_parameter(...)")
        return self._grant(grantee)

    @staticmethod
    def from_ssm_parameter(parameter: IParameter) -> Secret:
        """A Parameter Store parameter."""
        return _secret(parameter.parameter_arn, parameter.grant_read, None)

    @staticmethod
    def from_secrets_manager(secret: ISecret, field: str | None = None) -> Secret:
        """A Secrets Manager secret, or one JSON ``field`` of it."""
        arn = f"{secret.secret_arn}:{field}::" if field else secret.secret_arn
        return _secret(arn, secret.grant_read, bool(field))

    @staticmethod
    def from_secrets_manager_version(
        secret: ISecret, version_info: SecretVersionInfo, field: str | None = None
    ) -> Secret:
        """A version (by id or stage) of a Secrets Manager secret, or one JSON ``field`` of it."""
        arn = (f"{secret.secret_arn}:{field or ''}:{version_info.version_stage or ''}:"
               f"{version_info.version_id or ''}")
        return _secret(arn, secret.grant_read, bool(field))


def _secret(arn: str, grant: Callable[[IGrantable], Grant], has_field: bool | None) -> Secret:
    secret = Secret()
    secret._arn = arn
    secret._grant = grant
    secret._has_field = has_field
    return secret


class EcsVolume:
    """A volume of an ECS container: ``EcsVolume.efs(...)`` or ``EcsVolume.host(...)``.

    Args:
        container_path: where the volume is mounted in the container.
        name: the volume's name.
        readonly: mount it read-only (default false).
    """

    def __init__(self, *, container_path: str, name: str, readonly: bool | None = None) -> None:
        self.container_path = container_path
        self.name = name
        self.readonly = readonly

    @staticmethod
    def efs(
        *,
        file_system: IFileSystem,
        access_point_id: str | None = None,
        enable_transit_encryption: bool | None = None,
        root_directory: str | None = None,
        transit_encryption_port: int | float | None = None,
        use_job_role: bool | None = None,
        container_path: str,
        name: str,
        readonly: bool | None = None,
    ) -> EfsVolume:
        """An EFS file system (see ``EfsVolume``)."""
        return EfsVolume(
            file_system=file_system, access_point_id=access_point_id,
            enable_transit_encryption=enable_transit_encryption, root_directory=root_directory,
            transit_encryption_port=transit_encryption_port, use_job_role=use_job_role,
            container_path=container_path, name=name, readonly=readonly,
        )

    @staticmethod
    def host(
        *, host_path: str | None = None, container_path: str, name: str, readonly: bool | None = None
    ) -> HostVolume:
        """A path of the host (see ``HostVolume``)."""
        return HostVolume(host_path=host_path, container_path=container_path, name=name, readonly=readonly)


class EfsVolume(EcsVolume):
    """An EFS file system mounted into an ECS container.

    Args:
        file_system: the file system.
        access_point_id: the access point to mount through.
        enable_transit_encryption: encrypt the data in transit.
        root_directory: the directory of the file system to mount (default ``/``).
        transit_encryption_port: the port of the encrypted traffic.
        use_job_role: authorize with the job role.
        container_path: where the volume is mounted in the container.
        name: the volume's name.
        readonly: mount it read-only (default false).
    """

    def __init__(
        self,
        *,
        file_system: IFileSystem,
        access_point_id: str | None = None,
        enable_transit_encryption: bool | None = None,
        root_directory: str | None = None,
        transit_encryption_port: int | float | None = None,
        use_job_role: bool | None = None,
        container_path: str,
        name: str,
        readonly: bool | None = None,
    ) -> None:
        super().__init__(container_path=container_path, name=name, readonly=readonly)
        self.file_system = file_system
        self.access_point_id = access_point_id
        self.enable_transit_encryption = enable_transit_encryption
        self.root_directory = root_directory
        self.transit_encryption_port = transit_encryption_port
        self.use_job_role = use_job_role

    @staticmethod
    def is_efs_volume(x: Any) -> bool:
        """Whether ``x`` is an ``EfsVolume``."""
        return isinstance(x, EfsVolume)


class HostVolume(EcsVolume):
    """A path of the host mounted into an ECS container.

    Args:
        host_path: the path on the host (default: a Docker-managed path, gone with the container).
        container_path: where the volume is mounted in the container.
        name: the volume's name.
        readonly: mount it read-only (default false).
    """

    def __init__(
        self, *, host_path: str | None = None, container_path: str, name: str, readonly: bool | None = None
    ) -> None:
        super().__init__(container_path=container_path, name=name, readonly=readonly)
        self.host_path = host_path

    @staticmethod
    def is_host_volume(x: Any) -> bool:
        """Whether ``x`` is a ``HostVolume``."""
        return isinstance(x, HostVolume)


class _TaskDefinitionShim:
    """What an ECS image or log driver reads of the task definition it binds to: the execution role."""

    def __init__(self, container: _EcsContainerDefinitionBase) -> None:
        self._container = container

    def obtain_execution_role(self) -> IRole:
        return self._container.execution_role


def _bind_target(container: _EcsContainerDefinitionBase) -> Any:
    """The container as the ``ContainerDefinition`` an ECS image or log driver binds to.

    aws-cdk-lib passes the batch container itself with a ``taskDefinition`` whose only member is
    ``obtainExecutionRole``: that is all images and log drivers read. Here it is an ``ecs.ContainerDefinition`` that
    was never initialized (no construct in the tree), holding only that ``task_definition``.
    """
    from l2.ecs import ContainerDefinition

    target = object.__new__(ContainerDefinition)
    target.__dict__["task_definition"] = _TaskDefinitionShim(container)
    # asset images turn the version consistency of an ECS container off; a batch container has none
    target.__dict__["version_consistency"] = False
    return target


_SSM_CHANNEL_ACTIONS = [
    "ssmmessages:CreateControlChannel",
    "ssmmessages:CreateDataChannel",
    "ssmmessages:OpenControlChannel",
    "ssmmessages:OpenDataChannel",
]


def _flag(value: bool | None) -> str | None:
    return "ENABLED" if value else ("DISABLED" if value is False else None)


class _EcsContainerDefinitionBase(Construct):
    """What the ECS containers share: roles, image, logging, volumes and their rendering."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cpu: int | float,
        image: ContainerImage,
        memory: Size,
        command: Sequence[str] | None,
        enable_execute_command: bool | None,
        environment: Mapping[str, str] | None,
        execution_role: IRole | None,
        job_role: IRole | None,
        linux_parameters: LinuxParameters | None,
        logging: LogDriver | None,
        readonly_root_filesystem: bool | None,
        secrets: Mapping[str, Secret] | None,
        user: str | None,
        volumes: Sequence[EcsVolume] | None,
    ) -> None:
        super().__init__(scope, id)
        self.image: ContainerImage = image
        self.cpu: int | float = cpu
        self.command: list[str] | None = list(command) if command is not None else None
        self.environment: Mapping[str, str] | None = environment
        self.execution_role: IRole = (
            execution_role if execution_role is not None
            else _create_execution_role(self, "ExecutionRole", logging is not None)
        )
        self.enable_execute_command: bool | None = enable_execute_command
        self.job_role: IRole | None = self._job_role_for_ecs_exec(enable_execute_command, job_role)
        self.linux_parameters: LinuxParameters | None = linux_parameters
        self.memory: Size = memory
        self.log_driver_config: LogDriverConfig | None = (
            logging.bind(self, _bind_target(self)) if logging is not None else None
        )
        self.readonly_root_filesystem: bool | None = (
            readonly_root_filesystem if readonly_root_filesystem is not None else False
        )
        self.secrets: Mapping[str, Secret] | None = secrets
        self.user: str | None = user
        self._volumes: list[EcsVolume] = as_list(volumes)
        self._image_config: ContainerImageConfig = image.bind(self, _bind_target(self))

    @property
    def volumes(self) -> list[EcsVolume]:
        """The volumes (a live list: appending mounts one more)."""
        return self._volumes

    def add_volume(self, volume: EcsVolume) -> None:
        """Mount ``volume`` into the container."""
        self._volumes.append(volume)

    def _render_container_definition(self) -> dict[str, Any]:
        """The ``ContainerProperties`` of the job definition (camelCase keys, as aws-cdk-lib's)."""
        env = self.environment or {}
        secrets = None
        if self.secrets is not None:
            secrets = []
            for name, secret in self.secrets.items():
                secret.grant_read(self.execution_role)
                secrets.append({"name": name, "valueFrom": secret.arn})
        log = self.log_driver_config
        return {
            "image": self._image_config.image_name,
            "command": self.command,
            "environment": [{"name": key, "value": env[key]} for key in env],
            "jobRoleArn": self.job_role.role_arn if self.job_role is not None else None,
            "executionRoleArn": self.execution_role.role_arn,
            "linuxParameters": (
                self.linux_parameters.render_linux_parameters() if self.linux_parameters is not None else None
            ),
            "logConfiguration": {
                "logDriver": log.log_driver, "options": log.options, "secretOptions": log.secret_options,
            } if log is not None else None,
            "readonlyRootFilesystem": self.readonly_root_filesystem,
            "resourceRequirements": self._render_resource_requirements(),
            "secrets": secrets,
            "mountPoints": lazy_list(self._volumes, lambda v: CfnJobDefinition.MountPointProperty(
                container_path=v.container_path, read_only=v.readonly, source_volume=v.name,
            )),
            "volumes": lazy_list(self._volumes, self._render_volume),
            "user": self.user,
            "enableExecuteCommand": self.enable_execute_command,
        }

    def _render_volume(self, volume: EcsVolume) -> Any:
        if isinstance(volume, EfsVolume):
            auth = None
            if volume.access_point_id or volume.use_job_role:
                auth = {"accessPointId": volume.access_point_id, "iam": _flag(volume.use_job_role)}
            return CfnJobDefinition.VolumeProperty(
                name=volume.name,
                efs_volume_configuration={
                    "fileSystemId": volume.file_system.file_system_id,
                    "rootDirectory": volume.root_directory,
                    "transitEncryption": _flag(volume.enable_transit_encryption),
                    "transitEncryptionPort": volume.transit_encryption_port,
                    "authorizationConfig": auth,
                },
            )
        if isinstance(volume, HostVolume):
            return CfnJobDefinition.VolumeProperty(name=volume.name, host={"sourcePath": volume.host_path})
        raise ValidationError("unsupported Volume encountered", self)

    def _render_resource_requirements(self) -> list[dict[str, str]]:
        return [
            {"type": "MEMORY", "value": number_string(self.memory.to_mebibytes())},
            {"type": "VCPU", "value": number_string(self.cpu)},
        ]

    def _job_role_for_ecs_exec(self, enable_execute_command: bool | None, job_role: IRole | None) -> IRole | None:
        if not enable_execute_command:
            return job_role
        if job_role is not None:
            _add_ecs_exec_permissions(job_role)
            return job_role
        role = iam().Role(
            self, "JobRole", assumed_by=iam().ServicePrincipal("ecs-tasks.amazonaws.com"),
            role_name=PhysicalName.GENERATE_IF_NEEDED,
        )
        _add_ecs_exec_permissions(role)
        return role  # type: ignore[no-any-return]


def _add_ecs_exec_permissions(role: IRole) -> None:
    i = iam()
    role.add_to_principal_policy(i.PolicyStatement(effect=i.Effect.ALLOW, actions=_SSM_CHANNEL_ACTIONS,
                                                   resources=["*"]))


def _create_execution_role(scope: Construct, id: str, logging: bool) -> IRole:
    role = iam().Role(
        scope, id, assumed_by=iam().ServicePrincipal("ecs-tasks.amazonaws.com"),
        role_name=PhysicalName.GENERATE_IF_NEEDED,
    )
    if not logging:
        from l2 import logs

        logs.LogGroup.from_log_group_name(scope, "batchDefaultLogGroup", "/aws/batch/job").grant_write(role)
    return role  # type: ignore[no-any-return]


class EcsEc2ContainerDefinition(_EcsContainerDefinitionBase):
    """An ECS container of a job that runs on EC2 instances.

    Args:
        scope: the parent construct.
        id: the construct id.
        cpu: the vCPUs.
        image: the image.
        memory: the memory.
        gpu: the GPUs.
        privileged: run privileged (default false).
        ulimits: ulimits.
        command: the command (default: the image's).
        enable_execute_command: allow ECS Exec into the container.
        environment: environment variables.
        execution_role: the role ECS pulls the image and writes logs with (default: a new one).
        job_role: the role the container's code runs with.
        linux_parameters: Linux parameters.
        logging: the log driver (default: ``awslogs`` to ``/aws/batch/job``).
        readonly_root_filesystem: a read-only root filesystem (default false).
        secrets: secrets as environment variables.
        user: the user the container runs as.
        volumes: volumes to mount.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.EcsEc2ContainerDefinition"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        gpu: int | float | None = None,
        privileged: bool | None = None,
        ulimits: Sequence[Ulimit] | None = None,
        cpu: int | float,
        image: ContainerImage,
        memory: Size,
        command: Sequence[str] | None = None,
        enable_execute_command: bool | None = None,
        environment: Mapping[str, str] | None = None,
        execution_role: IRole | None = None,
        job_role: IRole | None = None,
        linux_parameters: LinuxParameters | None = None,
        logging: LogDriver | None = None,
        readonly_root_filesystem: bool | None = None,
        secrets: Mapping[str, Secret] | None = None,
        user: str | None = None,
        volumes: Sequence[EcsVolume] | None = None,
    ) -> None:
        super().__init__(
            scope, id, cpu=cpu, image=image, memory=memory, command=command,
            enable_execute_command=enable_execute_command, environment=environment, execution_role=execution_role,
            job_role=job_role, linux_parameters=linux_parameters, logging=logging,
            readonly_root_filesystem=readonly_root_filesystem, secrets=secrets, user=user, volumes=volumes,
        )
        self.privileged: bool | None = privileged
        self._ulimits: list[Ulimit] = as_list(ulimits)
        self.gpu: int | float | None = gpu

    @property
    def ulimits(self) -> list[Ulimit]:
        """The ulimits (a live list)."""
        return self._ulimits

    def add_ulimit(self, *, hard_limit: int | float, name: UlimitName, soft_limit: int | float) -> None:
        """Add a ulimit."""
        self._ulimits.append(Ulimit(hard_limit=hard_limit, name=name, soft_limit=soft_limit))

    def _render_container_definition(self) -> dict[str, Any]:
        out = super()._render_container_definition()
        out["ulimits"] = lazy_list(self._ulimits, lambda u: CfnJobDefinition.UlimitProperty(
            hard_limit=u.hard_limit, name=u.name.value, soft_limit=u.soft_limit,
        ))
        out["privileged"] = self.privileged
        out["resourceRequirements"] = self._render_resource_requirements()
        return out

    def _render_resource_requirements(self) -> list[dict[str, str]]:
        out = super()._render_resource_requirements()
        if self.gpu:
            out.append({"type": "GPU", "value": number_string(self.gpu)})
        return out


class EcsFargateContainerDefinition(_EcsContainerDefinitionBase):
    """An ECS container of a job that runs on Fargate.

    Args:
        scope: the parent construct.
        id: the construct id.
        cpu: the vCPUs.
        image: the image.
        memory: the memory.
        assign_public_ip: give the task a public IP (default false).
        ephemeral_storage_size: the ephemeral storage, 21 to 200 GiB (default 20 GiB).
        fargate_cpu_architecture: the CPU architecture (default x86-64).
        fargate_operating_system_family: the operating system (default Linux).
        fargate_platform_version: the Fargate platform version (default LATEST).
        command: the command (default: the image's).
        enable_execute_command: allow ECS Exec into the container.
        environment: environment variables.
        execution_role: the role ECS pulls the image and writes logs with (default: a new one).
        job_role: the role the container's code runs with.
        linux_parameters: Linux parameters.
        logging: the log driver (default: ``awslogs`` to ``/aws/batch/job``).
        readonly_root_filesystem: a read-only root filesystem (default false; refused on Windows).
        secrets: secrets as environment variables.
        user: the user the container runs as.
        volumes: volumes to mount.

    Raises:
        ValidationError: a read-only root filesystem on Windows, or ephemeral storage outside 21 to 200 GiB.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-batch.EcsFargateContainerDefinition"
    """The id property injectors register for."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assign_public_ip: bool | None = None,
        ephemeral_storage_size: Size | None = None,
        fargate_cpu_architecture: CpuArchitecture | None = None,
        fargate_operating_system_family: OperatingSystemFamily | None = None,
        fargate_platform_version: FargatePlatformVersion | None = None,
        cpu: int | float,
        image: ContainerImage,
        memory: Size,
        command: Sequence[str] | None = None,
        enable_execute_command: bool | None = None,
        environment: Mapping[str, str] | None = None,
        execution_role: IRole | None = None,
        job_role: IRole | None = None,
        linux_parameters: LinuxParameters | None = None,
        logging: LogDriver | None = None,
        readonly_root_filesystem: bool | None = None,
        secrets: Mapping[str, Secret] | None = None,
        user: str | None = None,
        volumes: Sequence[EcsVolume] | None = None,
    ) -> None:
        super().__init__(
            scope, id, cpu=cpu, image=image, memory=memory, command=command,
            enable_execute_command=enable_execute_command, environment=environment, execution_role=execution_role,
            job_role=job_role, linux_parameters=linux_parameters, logging=logging,
            readonly_root_filesystem=readonly_root_filesystem, secrets=secrets, user=user, volumes=volumes,
        )
        self.assign_public_ip: bool | None = assign_public_ip
        self.fargate_platform_version: FargatePlatformVersion | None = fargate_platform_version
        self.ephemeral_storage_size: Size | None = ephemeral_storage_size
        self.fargate_cpu_architecture: CpuArchitecture | None = fargate_cpu_architecture
        self.fargate_operating_system_family: OperatingSystemFamily | None = fargate_operating_system_family
        family = fargate_operating_system_family
        if family is not None and family.is_windows() and self.readonly_root_filesystem:
            raise ValidationError(
                "Readonly root filesystem is not possible on Windows; write access is required for registry & "
                "system processes to run inside the container", self)
        if ephemeral_storage_size is not None:
            gib = ephemeral_storage_size.to_gibibytes()
            if gib > 200:
                raise ValidationError(
                    f"ECS Fargate container '{id}' specifies 'ephemeralStorageSize' at {number_string(gib)} > 200 GB",
                    self)
            if gib < 21:
                raise ValidationError(
                    f"ECS Fargate container '{id}' specifies 'ephemeralStorageSize' at {number_string(gib)} < 21 GB",
                    self)

    def _render_container_definition(self) -> dict[str, Any]:
        out = super()._render_container_definition()
        size = self.ephemeral_storage_size
        arch = self.fargate_cpu_architecture
        family = self.fargate_operating_system_family
        version = self.fargate_platform_version
        out["ephemeralStorage"] = {"size_in_gib": size.to_gibibytes()} if size is not None else None
        out["fargatePlatformConfiguration"] = {"platformVersion": version.value if version is not None else None}
        out["networkConfiguration"] = {"assignPublicIp": "ENABLED" if self.assign_public_ip else "DISABLED"}
        out["runtimePlatform"] = {
            "cpuArchitecture": arch._cpu_architecture if arch is not None else None,
            "operatingSystemFamily": family._operating_system_family if family is not None else None,
        }
        if family is not None and family.is_windows():
            out["readonlyRootFilesystem"] = None
        return out


apply_property_injection(EcsEc2ContainerDefinition)
apply_property_injection(EcsFargateContainerDefinition)

