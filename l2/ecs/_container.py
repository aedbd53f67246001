"""``ContainerDefinition``: one container of a task definition, with its ports, mounts, environment, secrets,
logging, health check and Linux parameters; ``LinuxParameters``; the FireLens log router."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack, Token, UnscopedValidationError, ValidationError
from l2.ecs._enums import (
    Capability,
    ContainerDependencyCondition,
    FirelensConfigFileType,
    NetworkMode,
    Protocol,
    VersionConsistency,
)
from l2.ecs._misc import AppProtocol, CredentialSpec, EnvironmentFile, Secret
from l2.ecs._structs import (
    ContainerDependency,
    Device,
    FirelensConfig,
    FirelensOptions,
    HealthCheck,
    Host,
    MountPoint,
    PortMapping,
    SystemControl,
    Tmpfs,
    Ulimit,
    VolumeFrom,
)

if TYPE_CHECKING:
    from constructs import Size
    from l2.ecs._images import ContainerImage
    from l2.ecs._log_drivers import LogDriver
    from l2.ecs._structs import LogDriverConfig
    from l2.ecs._task_definition import TaskDefinition
    from l2.iam import PolicyStatement


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(w[:1].upper() + w[1:] for w in rest)


def _pm_kwargs(pm: PortMapping) -> dict[str, Any]:
    from constructs.internals import structs

    return structs.asdict(pm, recurse=False)


def _drop_empty(value: Any) -> Any:
    """``None`` for an empty list (aws-cdk-lib's lazy lists omit them)."""
    return value if value else None


class PortMap:
    """Checks a port mapping against the task's network mode.

    Args:
        networkmode: the task's network mode.
        container_port, app_protocol, container_port_range, host_port, name, protocol: the port mapping (see
            ``PortMapping``).
    """

    def __init__(
        self,
        networkmode: NetworkMode,
        *,
        container_port: int | float,
        app_protocol: AppProtocol | None = None,
        container_port_range: str | None = None,
        host_port: int | float | None = None,
        name: str | None = None,
        protocol: Protocol | None = None,
    ) -> None:
        self.networkmode = networkmode
        self.portmapping = PortMapping(container_port=container_port, app_protocol=app_protocol,
                                       container_port_range=container_port_range, host_port=host_port, name=name,
                                       protocol=protocol)

    def validate(self) -> None:
        """Raise for a mapping the network mode does not allow."""
        pm, mode = self.portmapping, self.networkmode
        use_range = ContainerDefinition.CONTAINER_PORT_USE_RANGE
        if pm.name == "":
            raise UnscopedValidationError("Port mapping name cannot be an empty string.")
        if pm.container_port == use_range and pm.container_port_range is None:
            raise UnscopedValidationError(f"The containerPortRange must be set when containerPort is equal to {use_range}")
        if pm.container_port != use_range and pm.container_port_range is not None:
            raise UnscopedValidationError('Cannot set "containerPort" and "containerPortRange" at the same time.')
        if (pm.container_port != use_range and mode in (NetworkMode.AWS_VPC, NetworkMode.HOST)
                and pm.host_port is not None and pm.host_port != pm.container_port):
            raise UnscopedValidationError(
                "The host port must be left out or must be the same as the container port for AwsVpc or Host network mode."
            )
        if pm.container_port_range is not None:
            if Token.is_unresolved(pm.container_port_range):
                raise UnscopedValidationError("The value of containerPortRange must be concrete (no Tokens)")
            if pm.host_port is not None:
                raise UnscopedValidationError('Cannot set "hostPort" while using a port range for the container.')
            if mode not in (NetworkMode.BRIDGE, NetworkMode.AWS_VPC):
                raise UnscopedValidationError(
                    "Either AwsVpc or Bridge network mode is required to set a port range for the container."
                )
            if not re.fullmatch(r"\d+-\d+", pm.container_port_range):
                raise UnscopedValidationError(
                    "The containerPortRange must be a string in the format [start port]-[end port]."
                )


class ServiceConnect:
    """Checks the Service Connect fields (``name``, ``app_protocol``) of a port mapping.

    Args:
        networkmode: the task's network mode.
        container_port, app_protocol, container_port_range, host_port, name, protocol: the port mapping (see
            ``PortMapping``).
    """

    def __init__(
        self,
        networkmode: NetworkMode,
        *,
        container_port: int | float,
        app_protocol: AppProtocol | None = None,
        container_port_range: str | None = None,
        host_port: int | float | None = None,
        name: str | None = None,
        protocol: Protocol | None = None,
    ) -> None:
        self.networkmode = networkmode
        self.portmapping = PortMapping(container_port=container_port, app_protocol=app_protocol,
                                       container_port_range=container_port_range, host_port=host_port, name=name,
                                       protocol=protocol)

    def is_service_connect(self) -> bool:
        """Whether the mapping has a name or an app protocol."""
        return bool(self.portmapping.name or self.portmapping.app_protocol)

    def validate(self) -> None:
        """Raise when the network mode or the missing name forbids Service Connect."""
        if self.networkmode not in (NetworkMode.AWS_VPC, NetworkMode.BRIDGE):
            raise UnscopedValidationError(
                "Service connect related port mapping fields 'name' and 'appProtocol' are not supported for "
                f"network mode {self.networkmode.value}"
            )
        if not self.portmapping.name:
            raise UnscopedValidationError(
                "Service connect-related port mapping field 'appProtocol' cannot be set without 'name'"
            )


class LinuxParameters(Construct):
    """Linux-specific settings of a container: capabilities, devices, tmpfs mounts, shared memory, swap.

    Args:
        scope: the parent.
        id: the construct id.
        init_process_enabled: run an init process that forwards signals.
        max_swap: the swap a container may use.
        shared_memory_size: ``/dev/shm`` in MiB.
        swappiness: 0 to 100 (only with ``max_swap``).
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        init_process_enabled: bool | None = None,
        max_swap: Size | None = None,
        shared_memory_size: int | float | None = None,
        swappiness: int | float | None = None,
    ) -> None:
        super().__init__(scope, id)
        if shared_memory_size is not None and not Token.is_unresolved(shared_memory_size) and (
                not float(shared_memory_size).is_integer() or shared_memory_size < 0):
            raise ValidationError(
                f"sharedMemorySize: Must be an integer greater than 0; received {shared_memory_size}.", self)
        if swappiness is not None and not Token.is_unresolved(swappiness) and (
                not float(swappiness).is_integer() or not 0 <= swappiness <= 100):
            raise ValidationError(f"swappiness: Must be an integer between 0 and 100; received {swappiness}.", self)
        self._cap_add: list[Capability] = []
        self._cap_drop: list[Capability] = []
        self._devices: list[Device] = []
        self._tmpfs: list[Tmpfs] = []
        self.shared_memory_size = shared_memory_size
        self.init_process_enabled = init_process_enabled
        self.max_swap = max_swap
        self.swappiness = swappiness if max_swap else None

    def add_capabilities(self, *cap: Capability) -> None:
        """Add Linux capabilities."""
        self._cap_add.extend(cap)

    def drop_capabilities(self, *cap: Capability) -> None:
        """Drop Linux capabilities."""
        self._cap_drop.extend(cap)

    def add_devices(self, *device: Device) -> None:
        """Expose host devices."""
        self._devices.extend(device)

    def add_tmpfs(self, *tmpfs: Tmpfs) -> None:
        """Add tmpfs mounts."""
        self._tmpfs.extend(tmpfs)

    def render_linux_parameters(self) -> dict[str, Any]:
        """The CloudFormation ``LinuxParameters`` (camelCase keys)."""
        return {
            "initProcessEnabled": self.init_process_enabled,
            "sharedMemorySize": self.shared_memory_size,
            "maxSwap": self.max_swap.to_mebibytes() if self.max_swap is not None else None,
            "swappiness": self.swappiness,
            "capabilities": {
                "add": _drop_empty([c.value for c in self._cap_add]),
                "drop": _drop_empty([c.value for c in self._cap_drop]),
            },
            "devices": _drop_empty([{
                "containerPath": d.container_path, "hostPath": d.host_path,
                "permissions": [p.value for p in d.permissions] if d.permissions is not None else None,
            } for d in self._devices]),
            "tmpfs": _drop_empty([{
                "containerPath": t.container_path, "size": t.size,
                "mountOptions": [o.value for o in t.mount_options] if t.mount_options is not None else None,
            } for t in self._tmpfs]),
        }


class ContainerDefinition(Construct):
    """A container of a task definition (``task_definition.add_container`` makes one).

    Args:
        scope: the parent.
        id: the construct id (the container's name unless ``container_name`` is given).
        task_definition: the task definition the container belongs to.
        image: the image the container runs.
        command: the command (Docker CMD).
        container_name: the container's name (default the construct id).
        cpu: CPU units reserved.
        credential_specs: gMSA credential specs (at most one).
        disable_networking: no networking in the container.
        dns_search_domains, dns_servers: DNS settings.
        docker_labels: labels on the container.
        docker_security_options: SELinux/AppArmor labels.
        enable_restart_policy: restart the container when it exits.
        entry_point: the entry point (Docker ENTRYPOINT).
        environment: environment variables.
        environment_files: files of environment variables in S3.
        essential: the task stops when this container stops (default true).
        extra_hosts: ``/etc/hosts`` entries (host name to IP).
        gpu_count: GPUs reserved.
        health_check: the container's health check.
        hostname: the container's host name.
        inference_accelerator_resources: inference accelerator device names.
        interactive: keep stdin open.
        linux_parameters: Linux-specific settings.
        logging: the log driver.
        memory_limit_mib: the hard memory limit (MiB).
        memory_reservation_mib: the soft memory limit (MiB).
        port_mappings: ports exposed.
        privileged: run privileged.
        pseudo_terminal: allocate a TTY.
        readonly_root_filesystem: read-only root file system.
        restart_attempt_period: the time a container must run before a restart is attempted (60 to 1800 s).
        restart_ignored_exit_codes: exit codes that do not restart the container (at most 50).
        secrets: secrets exposed as environment variables.
        start_timeout, stop_timeout: dependency start and stop timeouts.
        system_controls: kernel parameters.
        ulimits: ulimits.
        user: the user (``user``, ``user:group``, ``uid``, ``uid:gid``...).
        version_consistency: resolve the image tag to a digest at deployment.
        working_directory: the working directory.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.ContainerDefinition"

    CONTAINER_PORT_USE_RANGE = 0

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        task_definition: TaskDefinition,
        image: ContainerImage,
        command: Sequence[str] | None = None,
        container_name: str | None = None,
        cpu: int | float | None = None,
        credential_specs: Sequence[CredentialSpec] | None = None,
        disable_networking: bool | None = None,
        dns_search_domains: Sequence[str] | None = None,
        dns_servers: Sequence[str] | None = None,
        docker_labels: Mapping[str, str] | None = None,
        docker_security_options: Sequence[str] | None = None,
        enable_restart_policy: bool | None = None,
        entry_point: Sequence[str] | None = None,
        environment: Mapping[str, str] | None = None,
        environment_files: Sequence[EnvironmentFile] | None = None,
        essential: bool | None = None,
        extra_hosts: Mapping[str, str] | None = None,
        gpu_count: int | float | None = None,
        health_check: HealthCheck | None = None,
        hostname: str | None = None,
        inference_accelerator_resources: Sequence[str] | None = None,
        interactive: bool | None = None,
        linux_parameters: LinuxParameters | None = None,
        logging: LogDriver | None = None,
        memory_limit_mib: int | float | None = None,
        memory_reservation_mib: int | float | None = None,
        port_mappings: Sequence[PortMapping] | None = None,
        privileged: bool | None = None,
        pseudo_terminal: bool | None = None,
        readonly_root_filesystem: bool | None = None,
        restart_attempt_period: Duration | None = None,
        restart_ignored_exit_codes: Sequence[int | float] | None = None,
        secrets: Mapping[str, Secret] | None = None,
        start_timeout: Duration | None = None,
        stop_timeout: Duration | None = None,
        system_controls: Sequence[SystemControl] | None = None,
        ulimits: Sequence[Ulimit] | None = None,
        user: str | None = None,
        version_consistency: VersionConsistency | None = None,
        working_directory: str | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._p: dict[str, Any] = dict(
            image=image, command=command, container_name=container_name, cpu=cpu, credential_specs=credential_specs, disable_networking=disable_networking, dns_search_domains=dns_search_domains, dns_servers=dns_servers, docker_labels=docker_labels, docker_security_options=docker_security_options, enable_restart_policy=enable_restart_policy, entry_point=entry_point, environment=environment, environment_files=environment_files, essential=essential, extra_hosts=extra_hosts, gpu_count=gpu_count, health_check=health_check, hostname=hostname, inference_accelerator_resources=inference_accelerator_resources, interactive=interactive, linux_parameters=linux_parameters, logging=logging, memory_limit_mib=memory_limit_mib, memory_reservation_mib=memory_reservation_mib, port_mappings=port_mappings, privileged=privileged, pseudo_terminal=pseudo_terminal, readonly_root_filesystem=readonly_root_filesystem, restart_attempt_period=restart_attempt_period, restart_ignored_exit_codes=restart_ignored_exit_codes, secrets=secrets, start_timeout=start_timeout, stop_timeout=stop_timeout, system_controls=system_controls, ulimits=ulimits, user=user, version_consistency=version_consistency, working_directory=working_directory,
        )
        if (memory_limit_mib is not None and memory_reservation_mib is not None
                and memory_limit_mib < memory_reservation_mib):
            raise ValidationError("MemoryLimitMiB should not be less than MemoryReservationMiB.", self)
        self.essential: bool = essential if essential is not None else True
        self.task_definition = task_definition
        self.memory_limit_specified = memory_limit_mib is not None or memory_reservation_mib is not None
        self.linux_parameters = linux_parameters
        self.container_name: str = container_name if container_name is not None else self.node.id
        self._mount_points: list[MountPoint] = []
        self._port_mappings: list[PortMapping] = []
        self._volumes_from: list[VolumeFrom] = []
        self._ulimits: list[Ulimit] = []
        self._container_dependencies: list[ContainerDependency] = []
        self._links: list[str] = []
        self.secrets: list[Any] = []
        self.inference_accelerator_resources: list[str] = []
        self._named_ports: dict[str, PortMapping] = {}
        self.version_consistency: VersionConsistency | None = None
        self.image_config = image.bind(self, self)
        self.version_consistency = version_consistency  # after the image: aws-cdk-lib overwrites an asset image's default
        self.image_name: str = self.image_config.image_name
        self.log_driver_config: LogDriverConfig | None = logging.bind(self, self) if logging is not None else None
        if secrets:
            for name, secret in secrets.items():
                self.add_secret(name, secret)
        self.docker_labels: dict[str, str] = dict(docker_labels or {})
        self.environment: dict[str, str] = dict(environment or {})
        self.environment_files: list[Any] | None = None
        if environment_files:
            self.environment_files = [f.bind(self) for f in environment_files]
        self.credential_specs: list[Any] | None = None
        if credential_specs:
            if len(credential_specs) > 1:
                raise ValidationError("Only one credential spec is allowed per container definition.", self)
            self.credential_specs = [c.bind() for c in credential_specs]
        self.cpu = cpu if cpu else None
        task_definition._link_container(self)
        if port_mappings:
            self.add_port_mappings(*port_mappings)
        if inference_accelerator_resources:
            self.add_inference_accelerator_resource(*inference_accelerator_resources)
        self.pseudo_terminal = pseudo_terminal
        if ulimits:
            self.add_ulimits(*ulimits)
        if enable_restart_policy is False and (restart_ignored_exit_codes is not None
                                                or restart_attempt_period is not None):
            raise ValidationError(
                "The restartIgnoredExitCodes and restartAttemptPeriod cannot be specified if enableRestartPolicy is false",
                self)
        if restart_ignored_exit_codes and len(restart_ignored_exit_codes) > 50:
            raise ValidationError(
                f"Only up to 50 can be specified for restartIgnoredExitCodes, got: {len(restart_ignored_exit_codes)}",
                self)
        if restart_attempt_period is not None and not 60 <= restart_attempt_period.to_seconds() <= 1800:
            raise ValidationError(
                "The restartAttemptPeriod must be between 60 seconds and 1800 seconds, got "
                f"{restart_attempt_period.to_seconds()} seconds", self)

    # -- collections -----------------------------------------------------------------------------------
    @property
    def mount_points(self) -> list[MountPoint]:
        """The mount points."""
        return self._mount_points

    @property
    def port_mappings(self) -> list[PortMapping]:
        """The port mappings."""
        return self._port_mappings

    @property
    def volumes_from(self) -> list[VolumeFrom]:
        """The containers whose volumes are mounted."""
        return self._volumes_from

    @property
    def ulimits(self) -> list[Ulimit]:
        """The ulimits."""
        return self._ulimits

    @property
    def container_dependencies(self) -> list[ContainerDependency]:
        """The containers this one waits for."""
        return self._container_dependencies

    @property
    def references_secret_json_field(self) -> bool:
        """Whether a secret reads one JSON field of a Secrets Manager secret."""
        return any(str(s.value_from).endswith("::") for s in self.secrets)

    def add_link(self, container: ContainerDefinition, alias: str | None = None) -> None:
        """Link to another container (bridge network mode only)."""
        if self.task_definition.network_mode is not NetworkMode.BRIDGE:
            raise ValidationError("You must use network mode Bridge to add container links.", self)
        self._links.append(f"{container.container_name}:{alias}" if alias is not None else container.container_name)

    def add_mount_points(self, *mount_points: MountPoint) -> None:
        """Mount volumes into the container."""
        self._mount_points.extend(mount_points)

    def add_scratch(self, *, container_path: str, name: str, read_only: bool, source_path: str) -> None:
        """Add a host volume ``name`` at ``source_path`` and mount it at ``container_path``."""
        self.task_definition.add_volume(name=name, host=Host(source_path=source_path))
        self.add_mount_points(MountPoint(container_path=container_path, read_only=read_only, source_volume=name))

    def add_port_mappings(self, *port_mappings: PortMapping) -> None:
        """Expose ports (validated against the task's network mode)."""
        mode = self.task_definition.network_mode
        for pm in port_mappings:
            PortMap(mode, **_pm_kwargs(pm)).validate()
            sc = ServiceConnect(mode, **_pm_kwargs(pm))
            if sc.is_service_connect():
                sc.validate()
                self._set_named_port(pm)
            self._port_mappings.append(self._add_host_port_if_needed(pm))

    def add_environment(self, name: str, value: str) -> None:
        """Set an environment variable."""
        self.environment[name] = value

    def add_docker_label(self, name: str, value: str) -> None:
        """Set a Docker label."""
        self.docker_labels[name] = value

    def add_secret(self, name: str, secret: Secret) -> None:
        """Expose a secret as environment variable ``name``; the execution role may read it."""
        from l1.ecs import CfnTaskDefinition

        secret.grant_read(self.task_definition.obtain_execution_role())
        self.secrets.append(CfnTaskDefinition.SecretProperty(name=name, value_from=secret.arn))

    def add_inference_accelerator_resource(self, *inference_accelerator_resources: str) -> None:
        """Use inference accelerators of the task (by device name)."""
        names = [a.device_name for a in self.task_definition.inference_accelerators]
        for resource in inference_accelerator_resources:
            if resource not in names:
                raise ValidationError(
                    f"Resource value {resource} in container definition doesn't match any inference accelerator "
                    "device name in the task definition.", self)
            self.inference_accelerator_resources.append(resource)

    def add_ulimits(self, *ulimits: Ulimit) -> None:
        """Add ulimits."""
        self._ulimits.extend(ulimits)

    def add_container_dependencies(self, *container_dependencies: ContainerDependency) -> None:
        """Wait for other containers."""
        self._container_dependencies.extend(container_dependencies)

    def add_volumes_from(self, *volumes_from: VolumeFrom) -> None:
        """Mount the volumes of other containers."""
        self._volumes_from.extend(volumes_from)

    def add_to_execution_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the task's execution role."""
        self.task_definition.add_to_execution_role_policy(statement)

    def find_port_mapping(self, container_port: int | float, protocol: Protocol) -> PortMapping | None:
        """The mapping of ``container_port`` and ``protocol``."""
        for pm in self._port_mappings:
            if pm.container_port == container_port and (pm.protocol or Protocol.TCP) is protocol:
                return pm
        return None

    def find_port_mapping_by_name(self, name: str) -> PortMapping | None:
        """The named mapping."""
        return self._named_ports.get(name)

    def _set_named_port(self, pm: PortMapping) -> None:
        if pm.name:
            if pm.name in self._named_ports:
                raise ValidationError(f"Port mapping name '{pm.name}' already exists on this container", self)
            self._named_ports[pm.name] = pm

    def _add_host_port_if_needed(self, pm: PortMapping) -> PortMapping:
        from constructs.internals import structs

        if (self.task_definition.network_mode is not NetworkMode.BRIDGE or pm.host_port is not None
                or pm.container_port_range is not None):
            return pm
        return structs.evolve(pm, host_port=0)

    @property
    def ingress_port(self) -> int | float:
        """The port traffic reaches the container on (0 for a dynamic host port in bridge mode)."""
        if not self._port_mappings:
            raise ValidationError(
                f"Container {self.container_name} hasn't defined any ports. Call addPortMappings().", self)
        pm = self._port_mappings[0]
        if pm.host_port is not None and pm.host_port != 0:
            return pm.host_port
        if self.task_definition.network_mode is NetworkMode.BRIDGE:
            return 0
        if pm.container_port_range is not None:
            raise ValidationError(
                f"The first port mapping of the container {self.container_name} must expose a single port.", self)
        return pm.container_port

    @property
    def container_port(self) -> int | float:
        """The first mapping's container port."""
        if not self._port_mappings:
            raise ValidationError(
                f"Container {self.container_name} hasn't defined any ports. Call addPortMappings().", self)
        pm = self._port_mappings[0]
        if pm.container_port_range is not None:
            raise ValidationError(
                f"The first port mapping of the container {self.container_name} must expose a single port.", self)
        return pm.container_port

    def _default_disable_version_consistency(self) -> None:
        if self.version_consistency is None:
            self.version_consistency = VersionConsistency.DISABLED

    # -- rendering -------------------------------------------------------------------------------------
    def render_container_definition(self, _task_definition: TaskDefinition | None = None) -> dict[str, Any]:
        """The CloudFormation container definition (camelCase keys; ``None`` values are dropped)."""
        p = self._p
        log = self.log_driver_config
        return {
            "command": p["command"],
            "credentialSpecs": [f"{c.type_prefix}:{c.location}" for c in self.credential_specs]
            if self.credential_specs else None,
            "cpu": p["cpu"],
            "disableNetworking": p["disable_networking"],
            "dependsOn": _drop_empty([{
                "containerName": d.container.container_name,
                "condition": (d.condition or ContainerDependencyCondition.HEALTHY).value,
            } for d in self._container_dependencies]),
            "dnsSearchDomains": p["dns_search_domains"],
            "dnsServers": p["dns_servers"],
            "dockerLabels": self.docker_labels or None,
            "dockerSecurityOptions": p["docker_security_options"],
            "entryPoint": p["entry_point"],
            "essential": self.essential,
            "hostname": p["hostname"],
            "image": self.image_config.image_name,
            "interactive": p["interactive"],
            "memory": p["memory_limit_mib"],
            "memoryReservation": p["memory_reservation_mib"],
            "mountPoints": _drop_empty([{
                "containerPath": m.container_path, "readOnly": m.read_only, "sourceVolume": m.source_volume,
            } for m in self._mount_points]),
            "name": self.container_name,
            "portMappings": _drop_empty([_render_port_mapping(pm) for pm in self._port_mappings]),
            "privileged": p["privileged"],
            "pseudoTerminal": p["pseudo_terminal"],
            "readonlyRootFilesystem": p["readonly_root_filesystem"],
            "repositoryCredentials": self.image_config.repository_credentials,
            "startTimeout": p["start_timeout"].to_seconds() if p["start_timeout"] else None,
            "stopTimeout": p["stop_timeout"].to_seconds() if p["stop_timeout"] else None,
            "ulimits": _drop_empty([{
                "name": u.name.value, "softLimit": u.soft_limit, "hardLimit": u.hard_limit,
            } for u in self._ulimits]),
            "user": p["user"],
            "versionConsistency": self.version_consistency.value if self.version_consistency is not None else None,
            "volumesFrom": _drop_empty([{
                "sourceContainer": v.source_container, "readOnly": v.read_only,
            } for v in self._volumes_from]),
            "workingDirectory": p["working_directory"],
            "logConfiguration": {
                "logDriver": log.log_driver, "options": log.options, "secretOptions": log.secret_options,
            } if log is not None else None,
            "environment": [{"name": k, "value": v} for k, v in self.environment.items()]
            if self.environment else None,
            "environmentFiles": [{
                "type": f.file_type.value,
                "value": f"arn:{Stack.of(self).partition}:s3:::{f.s3_location.bucket_name}/{f.s3_location.object_key}",
            } for f in self.environment_files] if self.environment_files is not None else None,
            "secrets": self.secrets or None,
            "extraHosts": [{"hostname": k, "ipAddress": v} for k, v in p["extra_hosts"].items()]
            if p["extra_hosts"] is not None else None,
            "healthCheck": _render_health_check(self, p["health_check"]) if p["health_check"] is not None else None,
            "links": _drop_empty(list(self._links)),
            "linuxParameters": self.linux_parameters.render_linux_parameters()
            if self.linux_parameters is not None else None,
            "resourceRequirements": _render_resource_requirements(p["gpu_count"], self.inference_accelerator_resources)
            if p["gpu_count"] or self.inference_accelerator_resources else None,
            "systemControls": [{"namespace": s.namespace, "value": s.value} for s in p["system_controls"]]
            if p["system_controls"] is not None else None,
            "restartPolicy": _render_restart_policy(p["enable_restart_policy"], p["restart_ignored_exit_codes"],
                                                    p["restart_attempt_period"]),
        }


def _render_port_mapping(pm: PortMapping) -> dict[str, Any]:
    return {
        "containerPort": pm.container_port if pm.container_port != ContainerDefinition.CONTAINER_PORT_USE_RANGE
        else None,
        "containerPortRange": pm.container_port_range,
        "hostPort": pm.host_port,
        "protocol": (pm.protocol or Protocol.TCP).value,
        "appProtocol": pm.app_protocol.value if pm.app_protocol is not None else None,
        "name": pm.name or None,
    }


def _render_health_check(scope: Construct, hc: HealthCheck) -> dict[str, Any]:
    interval = hc.interval.to_seconds() if hc.interval is not None else None
    timeout = hc.timeout.to_seconds() if hc.timeout is not None else None
    if interval is not None and not 5 <= interval <= 300:
        raise ValidationError("Interval must be between 5 seconds and 300 seconds.", scope)
    if timeout is not None and not 2 <= timeout <= 120:
        raise ValidationError("Timeout must be between 2 seconds and 120 seconds.", scope)
    if interval is not None and timeout is not None and interval < timeout:
        raise ValidationError("Health check interval should be longer than timeout.", scope)
    cmd = list(hc.command)
    if not cmd:
        raise ValidationError("At least one argument must be supplied for health check command.", scope)
    if len(cmd) == 1:
        command = ["CMD-SHELL", cmd[0]]
    else:
        command = (["CMD"] if cmd[0] not in ("CMD", "CMD-SHELL") else []) + cmd
    return {
        "command": command,
        "interval": interval if interval is not None else 30,
        "retries": hc.retries if hc.retries is not None else 3,
        "startPeriod": hc.start_period.to_seconds() if hc.start_period is not None else None,
        "timeout": timeout if timeout is not None else 5,
    }


def _render_resource_requirements(gpu_count: float | None, accelerators: Sequence[str]) -> list[dict[str, str]]:
    from l2.ecs._misc import _js

    out = [{"type": "InferenceAccelerator", "value": r} for r in accelerators]
    if gpu_count and gpu_count > 0:
        out.append({"type": "GPU", "value": _js(gpu_count)})
    return out


def _render_restart_policy(enabled: bool | None, codes: Sequence[float] | None,
                           period: Duration | None) -> dict[str, Any] | None:
    if enabled is None and codes is None and period is None:
        return None
    return {
        "enabled": enabled if enabled is not None else True,
        "ignoredExitCodes": codes,
        "restartAttemptPeriod": period.to_seconds() if period is not None else None,
    }


class FirelensLogRouter(ContainerDefinition):
    """A FireLens log router container (Fluent Bit or Fluentd) that other containers log through.

    Args:
        scope: the parent.
        id: the construct id.
        firelens_config: the router's type and options.
        task_definition: the task definition.
        The other keyword arguments are those of ``ContainerDefinition`` (see that class).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.FirelensLogRouter"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        firelens_config: FirelensConfig,
        task_definition: TaskDefinition,
        image: ContainerImage,
        command: Sequence[str] | None = None,
        container_name: str | None = None,
        cpu: int | float | None = None,
        credential_specs: Sequence[CredentialSpec] | None = None,
        disable_networking: bool | None = None,
        dns_search_domains: Sequence[str] | None = None,
        dns_servers: Sequence[str] | None = None,
        docker_labels: Mapping[str, str] | None = None,
        docker_security_options: Sequence[str] | None = None,
        enable_restart_policy: bool | None = None,
        entry_point: Sequence[str] | None = None,
        environment: Mapping[str, str] | None = None,
        environment_files: Sequence[EnvironmentFile] | None = None,
        essential: bool | None = None,
        extra_hosts: Mapping[str, str] | None = None,
        gpu_count: int | float | None = None,
        health_check: HealthCheck | None = None,
        hostname: str | None = None,
        inference_accelerator_resources: Sequence[str] | None = None,
        interactive: bool | None = None,
        linux_parameters: LinuxParameters | None = None,
        logging: LogDriver | None = None,
        memory_limit_mib: int | float | None = None,
        memory_reservation_mib: int | float | None = None,
        port_mappings: Sequence[PortMapping] | None = None,
        privileged: bool | None = None,
        pseudo_terminal: bool | None = None,
        readonly_root_filesystem: bool | None = None,
        restart_attempt_period: Duration | None = None,
        restart_ignored_exit_codes: Sequence[int | float] | None = None,
        secrets: Mapping[str, Secret] | None = None,
        start_timeout: Duration | None = None,
        stop_timeout: Duration | None = None,
        system_controls: Sequence[SystemControl] | None = None,
        ulimits: Sequence[Ulimit] | None = None,
        user: str | None = None,
        version_consistency: VersionConsistency | None = None,
        working_directory: str | None = None,
    ) -> None:
        super().__init__(scope, id, task_definition=task_definition, image=image, command=command, container_name=container_name, cpu=cpu, credential_specs=credential_specs, disable_networking=disable_networking, dns_search_domains=dns_search_domains, dns_servers=dns_servers, docker_labels=docker_labels, docker_security_options=docker_security_options, enable_restart_policy=enable_restart_policy, entry_point=entry_point, environment=environment, environment_files=environment_files, essential=essential, extra_hosts=extra_hosts, gpu_count=gpu_count, health_check=health_check, hostname=hostname, inference_accelerator_resources=inference_accelerator_resources, interactive=interactive, linux_parameters=linux_parameters, logging=logging, memory_limit_mib=memory_limit_mib, memory_reservation_mib=memory_reservation_mib, port_mappings=port_mappings, privileged=privileged, pseudo_terminal=pseudo_terminal, readonly_root_filesystem=readonly_root_filesystem, restart_attempt_period=restart_attempt_period, restart_ignored_exit_codes=restart_ignored_exit_codes, secrets=secrets, start_timeout=start_timeout, stop_timeout=stop_timeout, system_controls=system_controls, ulimits=ulimits, user=user, version_consistency=version_consistency, working_directory=working_directory)
        options = firelens_config.options
        if options is not None:
            if (options.config_file_value and options.config_file_type is None) or (
                    options.config_file_value is None and options.config_file_type):
                raise ValidationError(
                    "configFileValue and configFileType must be set together to define a custom config source", self)
            has_config = options.config_file_value is not None
            enable_metadata = options.enable_ecs_log_metadata or options.enable_ecs_log_metadata is None
            value = options.config_file_value or ""
            is_s3 = (options.config_file_type is None or options.config_file_type is FirelensConfigFileType.S3) and (
                Token.is_unresolved(value) or re.search(r"arn:aws[a-zA-Z-]*:s3:::.+", value) is not None)
            file_type = FirelensConfigFileType.S3 if is_s3 else FirelensConfigFileType.FILE
            self.firelens_config = FirelensConfig(type=firelens_config.type, options=FirelensOptions(
                enable_ecs_log_metadata=enable_metadata,
                config_file_type=file_type if has_config else None,
                config_file_value=options.config_file_value if has_config else None,
            ))
            if has_config and file_type is FirelensConfigFileType.S3:
                from l2._private.iam_module import iam

                task_definition.add_to_execution_role_policy(
                    iam().PolicyStatement(actions=["s3:GetObject"], resources=[value]))
                task_definition.add_to_execution_role_policy(
                    iam().PolicyStatement(actions=["s3:GetBucketLocation"], resources=[value.split("/")[0]]))
        else:
            self.firelens_config = firelens_config

    def render_container_definition(self, _task_definition: TaskDefinition | None = None) -> dict[str, Any]:
        """The container definition with its ``firelensConfiguration``."""
        out = super().render_container_definition()
        config = self.firelens_config
        rendered: dict[str, Any] = {"type": config.type.value}
        if config.options is not None:
            opts = {"enable-ecs-log-metadata": "true" if config.options.enable_ecs_log_metadata else "false"}
            if config.options.config_file_value is not None:
                opts["config-file-type"] = config.options.config_file_type.value  # type: ignore[union-attr]
                opts["config-file-value"] = config.options.config_file_value
            rendered["options"] = opts
        out["firelensConfiguration"] = rendered
        return out


def obtain_default_fluent_bit_ecr_image(task: TaskDefinition, log_driver_config: LogDriverConfig | None,
                                        image_tag: str | None = None) -> ContainerImage:
    """The aws-for-fluent-bit image from its public SSM parameter; the roles get what the output needs."""
    from l2 import ssm
    from l2._private.iam_module import iam
    from l2.ecs._images import ContainerImage

    task.add_to_execution_role_policy(iam().PolicyStatement(actions=[
        "ecr:GetAuthorizationToken", "ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer",
        "ecr:BatchGetImage",
    ], resources=["*"]))
    options = log_driver_config.options if log_driver_config is not None else None
    name = options.get("Name") if log_driver_config is not None and log_driver_config.log_driver == "awsfirelens" \
        and options else None
    if name == "cloudwatch":
        actions = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"]
        if options and "log_retention_days" in options:
            actions.append("logs:PutRetentionPolicy")
        task.add_to_task_role_policy(iam().PolicyStatement(actions=actions, resources=["*"]))
    elif name == "firehose":
        task.add_to_task_role_policy(iam().PolicyStatement(actions=["firehose:PutRecordBatch"], resources=["*"]))
    elif name == "kinesis":
        task.add_to_task_role_policy(iam().PolicyStatement(actions=["kinesis:PutRecords"], resources=["*"]))
    return ContainerImage.from_registry(
        ssm.StringParameter.value_for_string_parameter(task, f"/aws/service/aws-for-fluent-bit/{image_tag or 'latest'}")
    )
