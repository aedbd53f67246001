"""Task definitions: ``TaskDefinition`` and its Fargate, EC2 and External flavours, and imported ones."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Construct,
    Duration,
    Lazy,
    Names,
    PhysicalName,
    Resource,
    Stack,
    Token,
    Tokenization,
    ValidationError,
)
from l2.ecs._container import ContainerDefinition, FirelensLogRouter, obtain_default_fluent_bit_ecr_image
from l2.ecs._enums import (
    Compatibility,
    FirelensLogRouterType,
    IpcMode,
    NetworkMode,
    PidMode,
    Protocol,
    VersionConsistency,
)
from l2.ecs._misc import CredentialSpec, EnvironmentFile, PlacementConstraint, ProxyConfiguration, Secret
from l2.ecs._structs import (
    DockerVolumeConfiguration,
    EfsVolumeConfiguration,
    FirelensConfig,
    HealthCheck,
    Host,
    InferenceAccelerator,
    PortMapping,
    RuntimePlatform,
    SystemControl,
    Ulimit,
    Volume,
)

if TYPE_CHECKING:
    from l2.ec2 import Port
    from l2.ecs._container import LinuxParameters
    from l2.ecs._images import ContainerImage
    from l2.ecs._interfaces import (
        IEc2TaskDefinition,
        IExternalTaskDefinition,
        IFargateTaskDefinition,
        ITaskDefinition,
        ITaskDefinitionExtension,
    )
    from l2.ecs._log_drivers import LogDriver
    from l2.iam import Grant, IGrantable, IRole, PolicyStatement


def is_ec2_compatible(c: Compatibility) -> bool:
    return c in (Compatibility.EC2, Compatibility.EC2_AND_FARGATE, Compatibility.EC2_AND_MANAGED_INSTANCES)


def is_fargate_compatible(c: Compatibility) -> bool:
    return c in (Compatibility.FARGATE, Compatibility.EC2_AND_FARGATE, Compatibility.FARGATE_AND_MANAGED_INSTANCES)


def is_external_compatible(c: Compatibility) -> bool:
    return c is Compatibility.EXTERNAL


def is_managed_instances_compatible(c: Compatibility) -> bool:
    return c in (Compatibility.MANAGED_INSTANCES, Compatibility.EC2_AND_MANAGED_INSTANCES,
                 Compatibility.FARGATE_AND_MANAGED_INSTANCES)


class _TaskDefinitionBase(Resource):
    compatibility: Compatibility
    task_definition_arn: str

    @property
    def task_definition_ref(self) -> Any:
        """A reference to this task definition (its ARN)."""
        return self

    @property
    def is_ec2_compatible(self) -> bool:
        """Whether it runs on EC2 capacity."""
        return is_ec2_compatible(self.compatibility)

    @property
    def is_fargate_compatible(self) -> bool:
        """Whether it runs on Fargate."""
        return is_fargate_compatible(self.compatibility)

    @property
    def is_external_compatible(self) -> bool:
        """Whether it runs on external (ECS Anywhere) instances."""
        return is_external_compatible(self.compatibility)

    @property
    def is_managed_instances_compatible(self) -> bool:
        """Whether it runs on ECS Managed Instances."""
        return is_managed_instances_compatible(self.compatibility)


class ImportedTaskDefinition(_TaskDefinitionBase):
    """A task definition defined outside the app."""

    def __init__(self, scope: Construct, id: str, *, task_definition_arn: str,
                 compatibility: Compatibility | None = None, execution_role: IRole | None = None,
                 network_mode: NetworkMode | None = None, task_role: IRole | None = None) -> None:
        super().__init__(scope, id)
        self.compatibility = compatibility if compatibility is not None else Compatibility.EC2_AND_FARGATE
        self.task_definition_arn = task_definition_arn
        self.execution_role = execution_role
        self._task_role = task_role
        self._network_mode = network_mode

    @property
    def network_mode(self) -> NetworkMode:
        """The network mode (given at import)."""
        if self._network_mode is None:
            raise ValidationError(
                "This operation requires the networkMode in ImportedTaskDefinition to be defined. Add the "
                "'networkMode' in ImportedTaskDefinitionProps to instantiate ImportedTaskDefinition", self)
        return self._network_mode

    @property
    def task_role(self) -> IRole:
        """The task role (given at import)."""
        if self._task_role is None:
            raise ValidationError(
                "This operation requires the taskRole in ImportedTaskDefinition to be defined. Add the "
                "'taskRole' in ImportedTaskDefinitionProps to instantiate ImportedTaskDefinition", self)
        return self._task_role


def _ephemeral_port_range() -> Port:
    from l2.ec2 import Port

    return Port.tcp_range(32768, 65535)


class TaskDefinition(_TaskDefinitionBase):
    """The containers, roles, volumes and sizes of a task (aws-cdk-lib's ``aws_ecs.TaskDefinition``).

    Args:
        scope: the parent.
        id: the construct id.
        compatibility: where the task runs (EC2, Fargate, both, External, Managed Instances).
        enable_fault_injection: allow fault injection (awsvpc and host network modes).
        execution_role: the role ECS uses to pull images and write logs (default created when needed).
        family: the family name (default the construct's unique id).
        proxy_configuration: an App Mesh proxy configuration (awsvpc only).
        task_role: the role the containers assume (default a new role).
        volumes: the task's volumes.
        cpu: task CPU units, as a string (required for Fargate).
        ephemeral_storage_gib: Fargate ephemeral storage (21 to 200 GiB).
        inference_accelerators: Elastic Inference accelerators (EC2 only).
        ipc_mode: the IPC namespace.
        memory_mib: task memory in MiB, as a string (required for Fargate).
        network_mode: the network mode (default awsvpc for Fargate/Managed Instances, else bridge).
        pid_mode: the process namespace.
        placement_constraints: placement constraints (EC2 only).
        runtime_platform: CPU architecture and OS family (Fargate/Managed Instances).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.TaskDefinition"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        compatibility: Compatibility,
        enable_fault_injection: bool | None = None,
        execution_role: IRole | None = None,
        family: str | None = None,
        proxy_configuration: ProxyConfiguration | None = None,
        task_role: IRole | None = None,
        volumes: Sequence[Volume] | None = None,
        cpu: str | None = None,
        ephemeral_storage_gib: int | float | None = None,
        inference_accelerators: Sequence[InferenceAccelerator] | None = None,
        ipc_mode: IpcMode | None = None,
        memory_mib: str | None = None,
        network_mode: NetworkMode | None = None,
        pid_mode: PidMode | None = None,
        placement_constraints: Sequence[PlacementConstraint] | None = None,
        runtime_platform: RuntimePlatform | None = None,
    ) -> None:
        super().__init__(scope, id)
        self.family: str = family or Names.unique_id(self)
        self.compatibility = compatibility
        self._containers: list[ContainerDefinition] = []
        self._volumes: list[Volume] = []
        self._placement_constraints: list[Any] = []
        self._inference_accelerators: list[InferenceAccelerator] = []
        self._pass_role_statement: PolicyStatement | None = None
        self.default_container: ContainerDefinition | None = None
        for v in volumes or ():
            self._add_volume(v)
        self.network_mode: NetworkMode = network_mode if network_mode is not None else (
            NetworkMode.AWS_VPC if self.is_fargate_compatible or self.is_managed_instances_compatible
            else NetworkMode.BRIDGE)
        mode = self.network_mode
        if self.is_fargate_compatible and mode is not NetworkMode.AWS_VPC:
            raise ValidationError(f"Fargate tasks can only have AwsVpc network mode, got: {mode.value}", self)
        if proxy_configuration is not None and mode is not NetworkMode.AWS_VPC:
            raise ValidationError(
                f"ProxyConfiguration can only be used with AwsVpc network mode, got: {mode.value}", self)
        if placement_constraints and self.is_fargate_compatible:
            raise ValidationError("Cannot set placement constraints on tasks that run on Fargate", self)
        if self.is_fargate_compatible and (not cpu or not memory_mib):
            raise ValidationError(
                f"Fargate-compatible tasks require both CPU ({_undef(cpu)}) and memory ({_undef(memory_mib)}) "
                "specifications", self)
        if inference_accelerators and self.is_fargate_compatible:
            raise ValidationError("Cannot use inference accelerators on tasks that run on Fargate", self)
        if self.is_external_compatible and mode not in (NetworkMode.BRIDGE, NetworkMode.HOST, NetworkMode.NONE):
            raise ValidationError(
                f"External tasks can only have Bridge, Host or None network mode, got: {mode.value}", self)
        if self.is_managed_instances_compatible:
            if mode not in (NetworkMode.AWS_VPC, NetworkMode.HOST):
                raise ValidationError(
                    f"Managed Instances tasks can only have AwsVpc or Host network mode, got: {mode.value}", self)
            if inference_accelerators:
                raise ValidationError("Cannot use inference accelerators on tasks that run on Managed Instances", self)
            if ephemeral_storage_gib:
                raise ValidationError("Ephemeral storage is not supported for tasks running on Managed Instances",
                                      self)
            if ipc_mode is not None:
                raise ValidationError("IPC mode is not supported for tasks running on Managed Instances", self)
            if proxy_configuration is not None:
                raise ValidationError("Proxy configuration is not supported for tasks running on Managed Instances",
                                      self)
            osf = runtime_platform.operating_system_family if runtime_platform is not None else None
            if osf is not None and not osf.is_linux():
                raise ValidationError(
                    "Managed Instances tasks only support LINUX operating system family, got: "
                    f"{osf._operating_system_family}", self)
        if not self.is_fargate_compatible and not self.is_managed_instances_compatible and runtime_platform:
            raise ValidationError(
                "Cannot specify runtimePlatform in non-Fargate and non-Managed Instances compatible tasks", self)
        if enable_fault_injection and mode not in (NetworkMode.AWS_VPC, NetworkMode.HOST):
            raise ValidationError(
                "Only AWS_VPC and HOST Network Modes are supported for enabling Fault Injection, got "
                f"{mode.value} mode.", self)
        self._execution_role = execution_role
        if task_role is not None:
            self.task_role: IRole = task_role
        else:
            from l2._private.iam_module import iam

            self.task_role = iam().Role(self, "TaskRole",
                                        assumed_by=iam().ServicePrincipal("ecs-tasks.amazonaws.com"))
        if inference_accelerators:
            from constructs.internals import analytics_call

            for ia in inference_accelerators:
                analytics_call(self, "addInferenceAccelerator", [ia])  # aws-cdk-lib's constructor calls the method
                self._add_inference_accelerator(ia)
        self.ephemeral_storage_gib = ephemeral_storage_gib
        self.pid_mode = pid_mode
        if runtime_platform is not None and runtime_platform.operating_system_family is not None \
                and runtime_platform.operating_system_family.is_windows():
            self._check_fargate_windows_based_tasks_size(cpu, memory_mib, runtime_platform)
        self._runtime_platform = runtime_platform
        self._cpu = cpu
        self._memory = memory_mib
        from l1.ecs import CfnTaskDefinition

        compat = []
        if is_ec2_compatible(compatibility):
            compat.append("EC2")
        if is_fargate_compatible(compatibility):
            compat.append("FARGATE")
        if is_external_compatible(compatibility):
            compat.append("EXTERNAL")
        if is_managed_instances_compatible(compatibility):
            compat.append("MANAGED_INSTANCES")
        self._resource = CfnTaskDefinition(
            self, "Resource",
            container_definitions=Lazy.any(self._render_containers, omit_empty_array=True),
            volumes=Lazy.any(lambda: [as_property(CfnTaskDefinition.VolumeProperty, _render_volume(v))
                                      for v in self._volumes] or None),
            execution_role_arn=Lazy.string(
                lambda: self._execution_role.role_arn if self._execution_role is not None else None),
            family=self.family,
            task_role_arn=self.task_role.role_arn,
            requires_compatibilities=compat,
            network_mode=mode.value if mode is not NetworkMode.NAT else None,
            placement_constraints=Lazy.any(
                lambda: [CfnTaskDefinition.TaskDefinitionPlacementConstraintProperty(
                    type=c["type"], expression=c.get("expression")) for c in self._placement_constraints]
                if not is_fargate_compatible(self.compatibility)
                and not is_managed_instances_compatible(self.compatibility) else None,
                omit_empty_array=True),
            proxy_configuration=proxy_configuration.bind(Stack.of(self), self)
            if proxy_configuration is not None else None,
            cpu=cpu,
            memory=memory_mib,
            ipc_mode=ipc_mode.value if ipc_mode is not None else None,
            pid_mode=pid_mode.value if pid_mode is not None else None,
            ephemeral_storage=CfnTaskDefinition.EphemeralStorageProperty(size_in_gib=ephemeral_storage_gib)
            if ephemeral_storage_gib else None,
            runtime_platform=CfnTaskDefinition.RuntimePlatformProperty(
                cpu_architecture=runtime_platform.cpu_architecture._cpu_architecture
                if runtime_platform.cpu_architecture is not None else None,
                operating_system_family=runtime_platform.operating_system_family._operating_system_family
                if runtime_platform.operating_system_family is not None else None,
            ) if (self.is_fargate_compatible or self.is_managed_instances_compatible) and runtime_platform else None,
            enable_fault_injection=enable_fault_injection,
            inference_accelerators=Lazy.any(lambda: [
                CfnTaskDefinition.InferenceAcceleratorProperty(device_name=a.device_name, device_type=a.device_type)
                for a in self._inference_accelerators]) if inference_accelerators else None,
        )
        for pc in placement_constraints or ():
            self.add_placement_constraint(pc)
        self.task_definition_arn = self._resource.ref
        self.node.add_validation(_Validation(self._validate_task_definition))

    @staticmethod
    def from_task_definition_arn(scope: Construct, id: str, task_definition_arn: str) -> ITaskDefinition:
        """Import a task definition by ARN."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=task_definition_arn)

    @staticmethod
    def from_task_definition_attributes(
        scope: Construct,
        id: str,
        *,
        compatibility: Compatibility,
        task_definition_arn: str,
        execution_role: IRole | None = None,
        network_mode: NetworkMode | None = None,
        task_role: IRole | None = None,
    ) -> ITaskDefinition:
        """Import a task definition with its compatibility, roles and network mode."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=task_definition_arn,
                                      compatibility=compatibility, network_mode=network_mode,
                                      task_role=task_role, execution_role=execution_role)

    @property
    def containers(self) -> list[ContainerDefinition]:
        """The containers."""
        return self._containers

    @property
    def volumes(self) -> list[Volume]:
        """The volumes."""
        return self._volumes

    @property
    def placement_constraints(self) -> list[Any]:
        """The placement constraints (rendered)."""
        return self._placement_constraints

    @property
    def execution_role(self) -> IRole | None:
        """The execution role, if any."""
        return self._execution_role

    @property
    def inference_accelerators(self) -> list[InferenceAccelerator]:
        """The inference accelerators."""
        return self._inference_accelerators

    @property
    def runtime_platform(self) -> RuntimePlatform | None:
        """The runtime platform."""
        return self._runtime_platform

    @property
    def references_secret_json_field(self) -> bool:
        """Whether a container reads one JSON field of a secret."""
        return any(c.references_secret_json_field for c in self._containers)

    def _validate_target(self, container_name: str, container_port: int | float | None = None,
                         protocol: Protocol | None = None) -> tuple[str, PortMapping]:
        container = self.find_container(container_name)
        if container is None:
            raise ValidationError(f"No container named '{container_name}'. Did you call \"addContainer()\"?", self)
        proto = protocol or Protocol.TCP
        port = container_port or container.container_port
        pm = container.find_port_mapping(port, proto)
        if pm is None:
            raise ValidationError(
                f"Container '{container}' has no mapping for port {container_port} and protocol {proto.value}. "
                "Did you call \"container.addPortMappings()\"?", self)
        return container_name, pm

    def _port_range_from_port_mapping(self, pm: PortMapping) -> Port:
        from l2.ec2 import Port

        udp = pm.protocol is Protocol.UDP
        if pm.host_port is not None and pm.host_port != 0:
            return Port.udp(pm.host_port) if udp else Port.tcp(pm.host_port)
        if self.network_mode in (NetworkMode.BRIDGE, NetworkMode.NAT):
            return _ephemeral_port_range()
        if pm.container_port != ContainerDefinition.CONTAINER_PORT_USE_RANGE:
            return Port.udp(pm.container_port) if udp else Port.tcp(pm.container_port)
        start, end = (int(v) for v in str(pm.container_port_range).split("-", 1))
        return Port.udp_range(start, end) if udp else Port.tcp_range(start, end)

    def add_to_task_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the task role."""
        self.task_role.add_to_principal_policy(statement)

    def add_to_execution_role_policy(self, statement: PolicyStatement) -> None:
        """Add a statement to the execution role (created if needed)."""
        self.obtain_execution_role().add_to_principal_policy(statement)

    def add_container(
        self,
        id: str,
        *,
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
    ) -> ContainerDefinition:
        """Add a container (the arguments are :class:`ContainerDefinition`'s)."""
        return ContainerDefinition(self, id, task_definition=self, image=image, command=command, container_name=container_name, cpu=cpu, credential_specs=credential_specs, disable_networking=disable_networking, dns_search_domains=dns_search_domains, dns_servers=dns_servers, docker_labels=docker_labels, docker_security_options=docker_security_options, enable_restart_policy=enable_restart_policy, entry_point=entry_point, environment=environment, environment_files=environment_files, essential=essential, extra_hosts=extra_hosts, gpu_count=gpu_count, health_check=health_check, hostname=hostname, inference_accelerator_resources=inference_accelerator_resources, interactive=interactive, linux_parameters=linux_parameters, logging=logging, memory_limit_mib=memory_limit_mib, memory_reservation_mib=memory_reservation_mib, port_mappings=port_mappings, privileged=privileged, pseudo_terminal=pseudo_terminal, readonly_root_filesystem=readonly_root_filesystem, restart_attempt_period=restart_attempt_period, restart_ignored_exit_codes=restart_ignored_exit_codes, secrets=secrets, start_timeout=start_timeout, stop_timeout=stop_timeout, system_controls=system_controls, ulimits=ulimits, user=user, version_consistency=version_consistency, working_directory=working_directory)

    def add_firelens_log_router(
        self,
        id: str,
        *,
        firelens_config: FirelensConfig,
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
    ) -> FirelensLogRouter:
        """Add the FireLens log router (one per task)."""
        if any(isinstance(c, FirelensLogRouter) for c in self._containers):
            raise ValidationError("Firelens log router is already added in this task.", self)
        return FirelensLogRouter(self, id, firelens_config=firelens_config, task_definition=self, image=image, command=command, container_name=container_name, cpu=cpu, credential_specs=credential_specs, disable_networking=disable_networking, dns_search_domains=dns_search_domains, dns_servers=dns_servers, docker_labels=docker_labels, docker_security_options=docker_security_options, enable_restart_policy=enable_restart_policy, entry_point=entry_point, environment=environment, environment_files=environment_files, essential=essential, extra_hosts=extra_hosts, gpu_count=gpu_count, health_check=health_check, hostname=hostname, inference_accelerator_resources=inference_accelerator_resources, interactive=interactive, linux_parameters=linux_parameters, logging=logging, memory_limit_mib=memory_limit_mib, memory_reservation_mib=memory_reservation_mib, port_mappings=port_mappings, privileged=privileged, pseudo_terminal=pseudo_terminal, readonly_root_filesystem=readonly_root_filesystem, restart_attempt_period=restart_attempt_period, restart_ignored_exit_codes=restart_ignored_exit_codes, secrets=secrets, start_timeout=start_timeout, stop_timeout=stop_timeout, system_controls=system_controls, ulimits=ulimits, user=user, version_consistency=version_consistency, working_directory=working_directory)

    def _link_container(self, container: ContainerDefinition) -> None:
        if self._cpu:
            task_cpu = float(self._cpu) if not Token.is_unresolved(self._cpu) else float("nan")
            total = sum(c.cpu for c in [*self._containers, container] if isinstance(c.cpu, int | float))
            if task_cpu < total:
                raise ValidationError(
                    "The sum of all container cpu values cannot be greater than the value of the task cpu", self)
        self._containers.append(container)
        if self.default_container is None and container.essential:
            self.default_container = container

    def add_volume(
        self,
        *,
        name: str,
        configured_at_launch: bool | None = None,
        docker_volume_configuration: DockerVolumeConfiguration | None = None,
        efs_volume_configuration: EfsVolumeConfiguration | None = None,
        host: Host | None = None,
    ) -> None:
        """Add a volume (a host path, a Docker volume, an EFS file system, or one configured at launch)."""
        self._add_volume(Volume(name=name, configured_at_launch=configured_at_launch,
                                docker_volume_configuration=docker_volume_configuration,
                                efs_volume_configuration=efs_volume_configuration, host=host))

    def _add_volume(self, volume: Volume) -> None:
        if volume.configured_at_launch is not True:
            if self.is_managed_instances_compatible and volume.docker_volume_configuration is not None:
                raise ValidationError(
                    "DockerVolumeConfiguration is not supported for tasks running on Managed Instances. Volume "
                    f"'{volume.name}' cannot use dockerVolumeConfiguration", self)
        elif volume.host or volume.docker_volume_configuration or volume.efs_volume_configuration:
            raise ValidationError(
                f"Volume Configurations must not be specified for '{volume.name}' when 'configuredAtLaunch' is set "
                "to true", self)
        self._volumes.append(volume)

    def add_placement_constraint(self, constraint: PlacementConstraint) -> None:
        """Add a placement constraint (not on Fargate)."""
        if is_fargate_compatible(self.compatibility):
            raise ValidationError("Cannot set placement constraints on tasks that run on Fargate", self)
        self._placement_constraints.extend(constraint.to_json())

    def add_extension(self, extension: ITaskDefinitionExtension) -> None:
        """Apply an extension."""
        extension.extend(self)

    def add_inference_accelerator(self, *, device_name: str | None = None, device_type: str | None = None) -> None:
        """Add an inference accelerator (not on Fargate)."""
        self._add_inference_accelerator(InferenceAccelerator(device_name=device_name, device_type=device_type))

    def _add_inference_accelerator(self, inference_accelerator: InferenceAccelerator) -> None:
        if is_fargate_compatible(self.compatibility):
            raise ValidationError("Cannot use inference accelerators on tasks that run on Fargate", self)
        self._inference_accelerators.append(inference_accelerator)

    def grant_run(self, grantee: IGrantable) -> Grant:
        """Let ``grantee`` run the task (``ecs:RunTask``, and pass its roles)."""
        from l2._private.iam_module import iam

        grantee.grant_principal.add_to_principal_policy(self._pass_role())
        return iam().Grant.add_to_principal(grantee=grantee, actions=["ecs:RunTask"],
                                            resource_arns=[self.task_definition_arn])

    def obtain_execution_role(self) -> IRole:
        """The execution role, created on first use."""
        if self._execution_role is None:
            from l2._private.iam_module import iam

            self._execution_role = iam().Role(
                self, "ExecutionRole", assumed_by=iam().ServicePrincipal("ecs-tasks.amazonaws.com"),
                role_name=PhysicalName.GENERATE_IF_NEEDED)
            self._pass_role().add_resources(self._execution_role.role_arn)
        return self._execution_role

    def _pass_role(self) -> PolicyStatement:
        if self._pass_role_statement is None:
            from l2._private.iam_module import iam

            resources = [self.task_role.role_arn]
            if self._execution_role is not None:
                resources.append(self._execution_role.role_arn)
            self._pass_role_statement = iam().PolicyStatement(
                effect=iam().Effect.ALLOW, actions=["iam:PassRole"], resources=resources,
                conditions={"StringLike": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}})
        return self._pass_role_statement

    def _validate_task_definition(self) -> list[str]:
        ret: list[str] = []
        if is_ec2_compatible(self.compatibility) and not self._memory:
            for c in self._containers:
                if not c.memory_limit_specified:
                    ret.append(f"ECS Container {c.container_name} must have at least one of 'memoryLimitMiB' or "
                               "'memoryReservationMiB' specified")
        names: dict[str, str] = {}
        for c in self._containers:
            for pm in c.port_mappings:
                if pm.name:
                    if pm.name in names:
                        ret.append(f"Port mapping name '{pm.name}' cannot appear in both '{c.container_name}' and "
                                   f"'{names[pm.name]}'")
                    names[pm.name] = c.container_name
        runtime = [v for v in self._volumes if v.configured_at_launch]
        if len(runtime) > 1:
            ret.append(f"More than one volume is configured at launch: [{','.join(v.name for v in runtime)}]")
        for v in self._volumes:
            if v.configured_at_launch and not any(
                    mp.source_volume == v.name for c in self._containers for mp in c.mount_points):
                ret.append(f"Volume '{v.name}' should be mounted by at least one container when 'configuredAtLaunch' "
                           "is true")
        return ret

    def find_port_mapping_by_name(self, name: str) -> PortMapping | None:
        """The port mapping called ``name`` in any container."""
        found = None
        for c in self._containers:
            pm = c.find_port_mapping_by_name(name)
            if pm is not None:
                found = pm
        return found

    def find_container(self, container_name: str) -> ContainerDefinition | None:
        """The container called ``container_name``."""
        for c in self._containers:
            if c.container_name == container_name:
                return c
        return None

    def _render_containers(self) -> list[Any]:
        from l1.ecs import CfnTaskDefinition
        from l2.ecs._log_drivers import AwsLogDriver

        for c in self._containers:
            if c.log_driver_config is not None and c.log_driver_config.log_driver == "awsfirelens" and not any(
                    isinstance(x, FirelensLogRouter) for x in self._containers):
                self.add_firelens_log_router(
                    "log-router", image=obtain_default_fluent_bit_ecr_image(self, c.log_driver_config),
                    firelens_config=FirelensConfig(type=FirelensLogRouterType.FLUENTBIT),
                    logging=AwsLogDriver(stream_prefix="firelens"), memory_reservation_mib=50)
                break
        return [as_property(CfnTaskDefinition.ContainerDefinitionProperty, c.render_container_definition())
                for c in self._containers]

    def _check_fargate_windows_based_tasks_size(self, cpu: str | None, memory: str | None,
                                                runtime_platform: RuntimePlatform) -> None:
        c, m = float(cpu or "nan"), float(memory or "nan")
        mi = int(m) if m == m else m
        if c == 1024:
            if m < 1024 or m > 8192 or m % 1024 != 0:
                raise ValidationError(f"If provided cpu is {cpu}, then memoryMiB must have a min of 1024 and a max of "
                                      f"8192, in 1024 increments. Provided memoryMiB was {mi}.", self)
        elif c == 2048:
            if m < 4096 or m > 16384 or m % 1024 != 0:
                raise ValidationError(f"If provided cpu is {cpu}, then memoryMiB must have a min of 4096 and max of "
                                      f"16384, in 1024 increments. Provided memoryMiB {mi}.", self)
        elif c == 4096:
            if m < 8192 or m > 30720 or m % 1024 != 0:
                raise ValidationError(f"If provided cpu is {cpu}, then memoryMiB must have a min of 8192 and a max of "
                                      f"30720, in 1024 increments.Provided memoryMiB was {mi}.", self)
        else:
            family = runtime_platform.operating_system_family._operating_system_family  # type: ignore[union-attr]
            raise ValidationError(f"If operatingSystemFamily is {family}, then cpu must be in 1024 (1 vCPU), 2048 "
                                  f"(2 vCPU), or 4096 (4 vCPU). Provided value was: {cpu}", self)


def _undef(value: Any) -> str:
    return "undefined" if value is None else str(value)


class _Validation:
    def __init__(self, fn: Any) -> None:
        self._fn = fn

    def validate(self) -> list[str]:
        return self._fn()


def as_property(cls: Any, value: Any) -> Any:
    """A camelCase dict as the L1 property type ``cls`` (what a Lazy value must give); ``None`` values dropped."""
    from l2.ecs._container import _camel  # noqa: F401

    names = _snake_names(cls)
    return cls(**{names[k]: v for k, v in value.items() if v is not None})


_SNAKE: dict[Any, dict[str, str]] = {}


def _snake_names(cls: Any) -> dict[str, str]:
    found = _SNAKE.get(cls)
    if found is None:
        from l2.ecs._container import _camel

        found = {}
        for row in cls._CFN_PROPS:
            found[_camel(row[1])] = row[1]
        _SNAKE[cls] = found
    return found


def _render_volume(v: Volume) -> dict[str, Any]:
    d = v.docker_volume_configuration
    e = v.efs_volume_configuration
    return {k: x for k, x in {
        "host": {"sourcePath": v.host.source_path} if v.host is not None and v.host.source_path is not None
        else ({} if v.host is not None else None),
        "name": v.name,
        "configuredAtLaunch": v.configured_at_launch,
        "dockerVolumeConfiguration": {k2: x2 for k2, x2 in {
            "autoprovision": d.autoprovision, "driver": d.driver, "driverOpts": d.driver_opts, "labels": d.labels,
            "scope": d.scope.value,
        }.items() if x2 is not None} if d is not None else None,
        "efsVolumeConfiguration": {k2: x2 for k2, x2 in {
            "filesystemId": e.file_system_id,
            "authorizationConfig": {k3: x3 for k3, x3 in {
                "accessPointId": e.authorization_config.access_point_id, "iam": e.authorization_config.iam,
            }.items() if x3 is not None} if e.authorization_config is not None else None,
            "rootDirectory": e.root_directory, "transitEncryption": e.transit_encryption,
            "transitEncryptionPort": e.transit_encryption_port,
        }.items() if x2 is not None} if e is not None else None,
    }.items() if x is not None}


class FargateTaskDefinition(TaskDefinition):
    """A task definition for Fargate (awsvpc; 256 CPU units and 512 MiB by default).

    Args:
        scope: the parent.
        id: the construct id.
        enable_fault_injection, execution_role, family, proxy_configuration, task_role, volumes: as
            :class:`TaskDefinition`.
        cpu: CPU units (default 256).
        ephemeral_storage_gib: ephemeral storage, 21 to 200 GiB.
        memory_limit_mib: memory in MiB (default 512).
        pid_mode: the process namespace (``TASK`` on Linux; needs an OS family).
        runtime_platform: CPU architecture and OS family.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.FargateTaskDefinition"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        enable_fault_injection: bool | None = None,
        execution_role: IRole | None = None,
        family: str | None = None,
        proxy_configuration: ProxyConfiguration | None = None,
        task_role: IRole | None = None,
        volumes: Sequence[Volume] | None = None,
        cpu: int | float | None = None,
        ephemeral_storage_gib: int | float | None = None,
        memory_limit_mib: int | float | None = None,
        pid_mode: PidMode | None = None,
        runtime_platform: RuntimePlatform | None = None,
    ) -> None:
        cpu_v = cpu if cpu is not None else 256
        mem_v = memory_limit_mib if memory_limit_mib is not None else 512
        super().__init__(
            scope, id, enable_fault_injection=enable_fault_injection, execution_role=execution_role, family=family,
            proxy_configuration=proxy_configuration, task_role=task_role, volumes=volumes,
            cpu=Tokenization.stringify_number(cpu_v), memory_mib=Tokenization.stringify_number(mem_v),
            ephemeral_storage_gib=ephemeral_storage_gib, compatibility=Compatibility.FARGATE,
            network_mode=NetworkMode.AWS_VPC, pid_mode=pid_mode, runtime_platform=runtime_platform,
        )
        self.cpu = cpu_v
        self.memory_mib = mem_v
        if ephemeral_storage_gib and not Token.is_unresolved(ephemeral_storage_gib) and not (
                21 <= ephemeral_storage_gib <= 200):
            raise ValidationError("Ephemeral storage size must be between 21GiB and 200GiB", self)
        if pid_mode is not None:
            osf = runtime_platform.operating_system_family if runtime_platform is not None else None
            if osf is None:
                raise ValidationError(
                    "Specifying 'pidMode' requires that operating system family also be provided.", self)
            if osf.is_windows():
                raise ValidationError("'pidMode' is not supported for Windows containers.", self)
            if osf.is_linux() and pid_mode is not PidMode.TASK:
                raise ValidationError(
                    f"'pidMode' can only be set to 'task' for Linux Fargate containers, got: '{pid_mode.value}'.", self)

    @staticmethod
    def from_fargate_task_definition_arn(scope: Construct, id: str, fargate_task_definition_arn: str
                                         ) -> IFargateTaskDefinition:
        """Import by ARN."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=fargate_task_definition_arn)

    @staticmethod
    def from_fargate_task_definition_attributes(
        scope: Construct, id: str, *, task_definition_arn: str, execution_role: IRole | None = None,
        network_mode: NetworkMode | None = None, task_role: IRole | None = None,
    ) -> IFargateTaskDefinition:
        """Import with attributes (Fargate compatibility)."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=task_definition_arn,
                                      compatibility=Compatibility.FARGATE, network_mode=network_mode,
                                      task_role=task_role, execution_role=execution_role)


class Ec2TaskDefinition(TaskDefinition):
    """A task definition for EC2 capacity (bridge network mode by default).

    Args:
        scope: the parent.
        id: the construct id.
        enable_fault_injection, execution_role, family, proxy_configuration, task_role, volumes: as
            :class:`TaskDefinition`.
        inference_accelerators: Elastic Inference accelerators.
        ipc_mode: the IPC namespace.
        network_mode: the network mode (default bridge).
        pid_mode: the process namespace.
        placement_constraints: ``memberOf`` constraints.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.Ec2TaskDefinition"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        enable_fault_injection: bool | None = None,
        execution_role: IRole | None = None,
        family: str | None = None,
        proxy_configuration: ProxyConfiguration | None = None,
        task_role: IRole | None = None,
        volumes: Sequence[Volume] | None = None,
        inference_accelerators: Sequence[InferenceAccelerator] | None = None,
        ipc_mode: IpcMode | None = None,
        network_mode: NetworkMode | None = None,
        pid_mode: PidMode | None = None,
        placement_constraints: Sequence[PlacementConstraint] | None = None,
    ) -> None:
        super().__init__(
            scope, id, enable_fault_injection=enable_fault_injection, execution_role=execution_role, family=family,
            proxy_configuration=proxy_configuration, task_role=task_role, volumes=volumes,
            compatibility=Compatibility.EC2, placement_constraints=placement_constraints, ipc_mode=ipc_mode,
            pid_mode=pid_mode, inference_accelerators=inference_accelerators, network_mode=network_mode,
        )
        invalid = [p["type"] for c in placement_constraints or () for p in c.to_json() if p["type"] != "memberOf"]
        if invalid:
            raise ValidationError(
                f"Invalid placement constraint(s): {', '.join(invalid)}. Only 'memberOf' is currently supported in "
                "the Ec2TaskDefinition class.", scope)

    @staticmethod
    def from_ec2_task_definition_arn(scope: Construct, id: str, ec2_task_definition_arn: str) -> IEc2TaskDefinition:
        """Import by ARN."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=ec2_task_definition_arn)

    @staticmethod
    def from_ec2_task_definition_attributes(
        scope: Construct, id: str, *, task_definition_arn: str, execution_role: IRole | None = None,
        network_mode: NetworkMode | None = None, task_role: IRole | None = None,
    ) -> IEc2TaskDefinition:
        """Import with attributes (EC2 compatibility)."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=task_definition_arn,
                                      compatibility=Compatibility.EC2, network_mode=network_mode,
                                      task_role=task_role, execution_role=execution_role)

    def add_container(
        self,
        id: str,
        *,
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
    ) -> ContainerDefinition:
        """Add a container; in awsvpc mode its environment gets ``AWS_REGION``."""
        if self.network_mode is NetworkMode.AWS_VPC:
            environment = {**(environment or {}), "AWS_REGION": Stack.of(self).region}
        return super().add_container(id, image=image, command=command, container_name=container_name, cpu=cpu, credential_specs=credential_specs, disable_networking=disable_networking, dns_search_domains=dns_search_domains, dns_servers=dns_servers, docker_labels=docker_labels, docker_security_options=docker_security_options, enable_restart_policy=enable_restart_policy, entry_point=entry_point, environment=environment, environment_files=environment_files, essential=essential, extra_hosts=extra_hosts, gpu_count=gpu_count, health_check=health_check, hostname=hostname, inference_accelerator_resources=inference_accelerator_resources, interactive=interactive, linux_parameters=linux_parameters, logging=logging, memory_limit_mib=memory_limit_mib, memory_reservation_mib=memory_reservation_mib, port_mappings=port_mappings, privileged=privileged, pseudo_terminal=pseudo_terminal, readonly_root_filesystem=readonly_root_filesystem, restart_attempt_period=restart_attempt_period, restart_ignored_exit_codes=restart_ignored_exit_codes, secrets=secrets, start_timeout=start_timeout, stop_timeout=stop_timeout, system_controls=system_controls, ulimits=ulimits, user=user, version_consistency=version_consistency, working_directory=working_directory)


class ExternalTaskDefinition(TaskDefinition):
    """A task definition for external (ECS Anywhere) instances.

    Args:
        scope: the parent.
        id: the construct id.
        enable_fault_injection, execution_role, family, proxy_configuration, task_role, volumes: as
            :class:`TaskDefinition`.
        network_mode: bridge (default), host or none.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.ExternalTaskDefinition"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        enable_fault_injection: bool | None = None,
        execution_role: IRole | None = None,
        family: str | None = None,
        proxy_configuration: ProxyConfiguration | None = None,
        task_role: IRole | None = None,
        volumes: Sequence[Volume] | None = None,
        network_mode: NetworkMode | None = None,
    ) -> None:
        super().__init__(
            scope, id, enable_fault_injection=enable_fault_injection, execution_role=execution_role, family=family,
            proxy_configuration=proxy_configuration, task_role=task_role, volumes=volumes,
            compatibility=Compatibility.EXTERNAL,
            network_mode=network_mode if network_mode is not None else NetworkMode.BRIDGE,
        )

    @staticmethod
    def from_ec2_task_definition_arn(scope: Construct, id: str, external_task_definition_arn: str
                                     ) -> IExternalTaskDefinition:
        """Import by ARN."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=external_task_definition_arn)

    @staticmethod
    def from_external_task_definition_attributes(
        scope: Construct, id: str, *, task_definition_arn: str, execution_role: IRole | None = None,
        network_mode: NetworkMode | None = None, task_role: IRole | None = None,
    ) -> IExternalTaskDefinition:
        """Import with attributes (External compatibility)."""
        return ImportedTaskDefinition(scope, id, task_definition_arn=task_definition_arn,
                                      compatibility=Compatibility.EXTERNAL, network_mode=network_mode,
                                      task_role=task_role, execution_role=execution_role)

    def add_inference_accelerator(self, *, device_name: str | None = None, device_type: str | None = None) -> None:
        """Not supported on External."""
        raise ValidationError("Cannot use inference accelerators on tasks that run on External service", self)
