"""ECS services: ``BaseService`` and its Fargate, EC2 and External flavours (deployments, load balancers, Cloud Map,
Service Connect, auto scaling), imported services, ``ScalableTaskCount`` and ``ListenerConfig``."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import (
    Annotations,
    Arn,
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Fn,
    Lazy,
    Resource,
    Stack,
    Token,
    ValidationError,
)
from constructs.internals import analytics_call, analytics_quiet, cached_property
from l2.ecs._enums import (
    AlarmBehavior,
    AvailabilityZoneRebalancing,
    Compatibility,
    DeploymentControllerType,
    DeploymentStrategy,
    ExecuteCommandLogging,
    FargatePlatformVersion,
    LaunchType,
    NetworkMode,
    PropagatedTagSource,
    Protocol,
)
from l2.ecs._misc import BuiltInAttributes, PlacementConstraint, PlacementStrategy, TaskDefinitionRevision
from l2.ecs._structs import (
    CapacityProviderStrategy,
    CloudMapOptions,
    DeploymentAlarmConfig,
    DeploymentCircuitBreaker,
    DeploymentController,
    ForceNewDeployment,
    ServiceConnectAccessLogConfiguration,
    ServiceConnectProps,
    ServiceConnectService,
    TrafficShiftConfig,
)

if TYPE_CHECKING:
    from l2.applicationautoscaling import (
        AdjustmentType,
        MetricAggregationType,
        ScalingInterval,
        Schedule,
        ServiceNamespace,
    )
    from l2.cloudwatch import IMetric, Metric, Unit
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.ecs._container import ContainerDefinition
    from l2.ecs._deployment import ServiceManagedVolume
    from l2.ecs._interfaces import (
        IAlternateTarget,
        IBaseService,
        ICluster,
        IDeploymentLifecycleHookTarget,
        IEc2Service,
        IEcsLoadBalancerTarget,
        IExternalService,
        IFargateService,
    )
    from l2.ecs._log_drivers import LogDriver
    from l2.ecs._task_definition import TaskDefinition
    from l2.elasticloadbalancing import LoadBalancer as ClassicLoadBalancer
    from l2.elasticloadbalancingv2 import (
        ApplicationListener,
        ApplicationProtocol,
        ApplicationProtocolVersion,
        ApplicationTargetGroup,
        HealthCheck,
        IApplicationTargetGroup,
        INetworkTargetGroup,
        ListenerCondition,
        LoadBalancerTargetProps,
        NetworkListener,
        TargetGroupLoadBalancingAlgorithmType,
    )
    from l2.elasticloadbalancingv2 import (
        Protocol as LbProtocol,
    )
    from l2.iam import IRole
    from l2.servicediscovery import DnsRecordType, INamespace, IService


class ListenerConfig:
    """A listener a service registers its containers with (``BaseService.register_load_balancer_targets``)."""

    @staticmethod
    def application_listener(
        listener: ApplicationListener,
        *,
        deregistration_delay: Duration | None = None,
        enable_anomaly_mitigation: bool | None = None,
        health_check: HealthCheck | None = None,
        load_balancing_algorithm_type: TargetGroupLoadBalancingAlgorithmType | None = None,
        port: int | float | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        slow_start: Duration | None = None,
        stickiness_cookie_duration: Duration | None = None,
        stickiness_cookie_name: str | None = None,
        target_group_name: str | None = None,
        targets: Sequence[Any] | None = None,
        conditions: Sequence[ListenerCondition] | None = None,
        priority: int | float | None = None,
    ) -> ListenerConfig:
        """An ALB listener, with the target group's options (``ApplicationListener.add_targets``)."""
        props = {k: v for k, v in locals().items() if k != "listener" and v is not None}
        return _ApplicationListenerConfig(listener, props)

    @staticmethod
    def network_listener(
        listener: NetworkListener,
        *,
        port: int | float,
        deregistration_delay: Duration | None = None,
        health_check: HealthCheck | None = None,
        preserve_client_ip: bool | None = None,
        protocol: LbProtocol | None = None,
        proxy_protocol_v2: bool | None = None,
        target_group_name: str | None = None,
        targets: Sequence[Any] | None = None,
    ) -> ListenerConfig:
        """An NLB listener, with the target group's options (``NetworkListener.add_targets``)."""
        props = {k: v for k, v in locals().items() if k != "listener" and v is not None}
        return _NetworkListenerConfig(listener, props)

    def add_targets(self, id: str, target: Any, service: BaseService) -> None:
        """Register ``target`` of ``service`` with the listener."""
        raise NotImplementedError


class _ApplicationListenerConfig(ListenerConfig):
    def __init__(self, listener: Any, props: dict[str, Any]) -> None:
        self._listener = listener
        self._props = props

    def add_targets(self, id: str, target: Any, service: BaseService) -> None:
        from l2.elasticloadbalancingv2 import ApplicationProtocol

        props = dict(self._props)
        port = props.pop("port", None)
        if port is None:
            port = 443 if props.get("protocol") is ApplicationProtocol.HTTPS else 80
        props.pop("targets", None)
        self._listener.add_targets(id, **props, targets=[service.load_balancer_target(**target)], port=port)


class _NetworkListenerConfig(ListenerConfig):
    def __init__(self, listener: Any, props: dict[str, Any]) -> None:
        self._listener = listener
        self._props = props

    def add_targets(self, id: str, target: Any, service: BaseService) -> None:
        props = dict(self._props)
        port = props.pop("port", None)
        props.pop("targets", None)
        self._listener.add_targets(id, **props, targets=[service.load_balancer_target(**target)],
                                   port=port if port is not None else 80)


class _Validation:
    def __init__(self, fn: Any) -> None:
        self._fn = fn

    def validate(self) -> list[str]:
        return self._fn()


def _as_props(cls: Any, value: Any) -> Any:
    from l2.ecs._task_definition import as_property

    return as_property(cls, value)


class _LoadBalancerTarget:
    """One container port of a service as a load balancer target."""

    def __init__(self, service: BaseService, container_name: str, port_mapping: Any,
                 alternate_target: IAlternateTarget | None) -> None:
        self._service = service
        self._container_name = container_name
        self._port_mapping = port_mapping
        self._alternate_target = alternate_target
        self.connections = service.connections

    def attach_to_application_target_group(self, target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        s = self._service
        target_group.register_connectable(s, s.task_definition._port_range_from_port_mapping(self._port_mapping))
        return s._attach_to_elbv2(target_group, self._container_name, self._port_mapping.container_port,
                                  self._alternate_target)

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        return self._service._attach_to_elbv2(target_group, self._container_name, self._port_mapping.container_port,
                                              self._alternate_target)

    def attach_to_classic_lb(self, load_balancer: ClassicLoadBalancer) -> None:
        self._service._attach_to_elb(load_balancer, self._container_name, self._port_mapping.container_port)


class BaseService(Resource):
    """What every ECS service shares (aws-cdk-lib's ``aws_ecs.BaseService``).

    Args:
        scope: the parent.
        id: the construct id.
        props: the service's options (``BaseServiceProps``).
        additional_props: more ``AWS::ECS::Service`` properties (camelCase).
        task_definition: the task definition the service runs.
    """

    MIN_PORT = 1
    MAX_PORT = 65535

    def __init__(self, scope: Construct, id: str, props: Any, additional_props: Any,
                 task_definition: TaskDefinition) -> None:
        super().__init__(scope, id, physical_name=props.get("service_name"))
        from l1.ecs import CfnService
        from l2.ec2 import Connections

        p = dict(props)
        self.connections: Connections = Connections()
        self.task_definition = task_definition
        self._volumes: list[ServiceManagedVolume] = []
        self._lifecycle_hooks: list[IDeploymentLifecycleHookTarget] = []
        self._load_balancers: list[dict[str, Any]] = []
        self._service_registries: list[dict[str, Any]] = []
        self.network_configuration: Any = None
        self.deployment_alarms: Any = None
        self._service_connect_config: Any = None
        self.cloudmap_service: Any = None
        self.scalable_task_count: ScalableTaskCount | None = None
        controller_prop: DeploymentController | None = p.get("deployment_controller")
        launch_type = None if (controller_prop is not None and controller_prop.type is
                               DeploymentControllerType.EXTERNAL) or p.get("capacity_provider_strategies") is not None \
            else p.get("launch_type")
        propagate = p.get("propagate_tags") or PropagatedTagSource.NONE
        controller = self._get_deployment_controller(p)
        self.is_ecs_deployment_controller = controller is None or controller.type is DeploymentControllerType.ECS
        self.deployment_strategy: DeploymentStrategy | None = p.get("deployment_strategy")
        linear: TrafficShiftConfig | None = p.get("linear_configuration")
        canary: TrafficShiftConfig | None = p.get("canary_configuration")
        if linear is not None:
            self._validate_shift(linear, DeploymentStrategy.LINEAR, "Linear", 3)
        if canary is not None:
            self._validate_shift(canary, DeploymentStrategy.CANARY, "Canary", 0.1)
        remove_empty = FeatureFlags.of(self).is_enabled("@aws-cdk/aws-ecs:removeEmptyLoadBalancers")
        breaker: DeploymentCircuitBreaker | None = p.get("circuit_breaker")
        max_healthy = p.get("max_healthy_percent")
        min_healthy = p.get("min_healthy_percent")
        bake: Duration | None = p.get("bake_time")
        grace: Duration | None = p.get("health_check_grace_period")
        strategies = p.get("capacity_provider_strategies")
        self.resource = CfnService(
            self, "Service",
            desired_count=p.get("desired_count"),
            service_name=self.physical_name,
            load_balancers=Lazy.any(lambda: [_as_props(CfnService.LoadBalancerProperty, lb)
                                             for lb in self._load_balancers]
                                    if self._load_balancers or remove_empty else None),
            deployment_configuration=CfnService.DeploymentConfigurationProperty(
                maximum_percent=max_healthy or 200,
                minimum_healthy_percent=50 if min_healthy is None else min_healthy,
                deployment_circuit_breaker=CfnService.DeploymentCircuitBreakerProperty(
                    enable=breaker.enable if breaker.enable is not None else True,
                    rollback=breaker.rollback if breaker.rollback is not None else False,
                ) if breaker is not None else None,
                alarms=Lazy.any(lambda: _as_props(CfnService.DeploymentAlarmsProperty, self.deployment_alarms)
                                if self.deployment_alarms is not None else None),
                strategy=self.deployment_strategy.value if self.deployment_strategy is not None else None,
                bake_time_in_minutes=bake.to_minutes() if bake is not None else None,
                linear_configuration=CfnService.LinearConfigurationProperty(
                    step_percent=linear.step_percent,
                    step_bake_time_in_minutes=linear.step_bake_time.to_minutes()
                    if linear.step_bake_time is not None else None) if linear is not None else None,
                canary_configuration=CfnService.CanaryConfigurationProperty(
                    canary_percent=canary.step_percent,
                    canary_bake_time_in_minutes=canary.step_bake_time.to_minutes()
                    if canary.step_bake_time is not None else None) if canary is not None else None,
                lifecycle_hooks=Lazy.any(self._render_lifecycle_hooks, omit_empty_array=True),
            ),
            propagate_tags=None if propagate is PropagatedTagSource.NONE else p["propagate_tags"].value,
            enable_ecs_managed_tags=p.get("enable_ecs_managed_tags") or False,
            deployment_controller=CfnService.DeploymentControllerProperty(type=controller.type.value)
            if controller is not None and controller.type is not None else (
                CfnService.DeploymentControllerProperty() if controller is not None else None),
            launch_type=launch_type.value if launch_type is not None else None,
            enable_execute_command=p.get("enable_execute_command"),
            capacity_provider_strategy=[CfnService.CapacityProviderStrategyItemProperty(
                capacity_provider=s.capacity_provider, base=s.base, weight=s.weight) for s in strategies]
            if strategies is not None else None,
            health_check_grace_period_seconds=Lazy.any(  # type: ignore[arg-type]
                lambda: grace.to_seconds() if grace is not None else (60 if self._load_balancers else None)),
            network_configuration=Lazy.any(
                lambda: _as_props(CfnService.NetworkConfigurationProperty, self.network_configuration)
                if self.network_configuration is not None else None),
            service_registries=Lazy.any(lambda: [_as_props(CfnService.ServiceRegistryProperty, r)
                                                 for r in self._service_registries] or None),
            service_connect_configuration=Lazy.any(
                lambda: _as_props(CfnService.ServiceConnectConfigurationProperty, self._service_connect_config)
                if self._service_connect_config is not None else None),
            volume_configurations=Lazy.any(self._render_volumes),
            **dict(additional_props),
        )
        self.node.add_dependency(task_definition.task_role)
        if controller_prop is not None and controller_prop.type is DeploymentControllerType.EXTERNAL:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecs:externalDeploymentController",
                "taskDefinition and launchType are blanked out when using external deployment controller.")
        if breaker is not None and not self.is_ecs_deployment_controller:
            Annotations.of(self).add_error("Deployment circuit breaker requires the ECS deployment controller.")
        if breaker is None and self.is_ecs_deployment_controller:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecs:shouldUseCircuitBreaker",
                "Enable the 'circuitBreaker' property to trigger a quicker deployment failure if tasks are failing to "
                "start up (without this setting deployments may take up to 3 hours to fail).")
        alarms: DeploymentAlarmConfig | None = p.get("deployment_alarms")
        if alarms is not None and not self.is_ecs_deployment_controller:
            raise ValidationError("Deployment alarms requires the ECS deployment controller.", self)
        force: ForceNewDeployment | None = p.get("force_new_deployment")
        if force is not None:
            if not self.is_ecs_deployment_controller:
                raise ValidationError("forceNewDeployment requires the ECS deployment controller.", self)
            nonce = force.nonce
            if nonce is not None and not Token.is_unresolved(nonce) and not 1 <= len(nonce) <= 255:
                raise ValidationError(f"forceNewDeployment nonce must be between 1 and 255 characters, got {len(nonce)}",
                                      self)
            self.resource.force_new_deployment = CfnService.ForceNewDeploymentProperty(
                enable_force_new_deployment=force.enabled, force_new_deployment_nonce=nonce)
        revision: TaskDefinitionRevision | None = p.get("task_definition_revision")
        if controller_prop is not None and controller_prop.type is DeploymentControllerType.CODE_DEPLOY \
                and revision is not None and revision is not TaskDefinitionRevision.LATEST:
            raise ValidationError(
                "CODE_DEPLOY deploymentController can only be used with the `latest` task definition revision", self)
        if min_healthy is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecs:minHealthyPercent",
                "minHealthyPercent has not been configured so the default value of 50% is used. The number of running "
                "tasks will decrease below the desired count during deployments etc. See "
                "https://github.com/aws/aws-cdk/issues/31705")
        if controller_prop is not None and controller_prop.type is DeploymentControllerType.CODE_DEPLOY:
            self.resource.task_definition = task_definition.family
            self.node.add_dependency(task_definition)
        elif revision is not None:
            family = task_definition.family
            if revision is not TaskDefinitionRevision.LATEST:
                family += f":{revision.revision}"
            self.resource.task_definition = family
            self.node.add_dependency(task_definition)
        self.cluster: ICluster = p["cluster"]
        if p.get("cloud_map_options") is not None:
            self.enable_cloud_map(**_struct_kwargs(p["cloud_map_options"]))
        if p.get("service_connect_configuration") is not None:
            self._enable_service_connect(p["service_connect_configuration"])
        for v in p.get("volume_configurations") or ():
            self.add_volume(v)
        if p.get("enable_execute_command"):
            self._enable_execute_command()
            ecc = self.cluster.execute_command_configuration
            logging = (ecc.logging if ecc is not None else None) or ExecuteCommandLogging.DEFAULT
            if ecc is not None and ecc.kms_key is not None:
                self._enable_execute_command_encryption(logging)
            if logging is not ExecuteCommandLogging.NONE:
                self._execute_command_log_configuration()
        if alarms is not None:
            if len(alarms.alarm_names) == 0:
                raise ValidationError(
                    "at least one alarm name is required when specifying deploymentAlarms, received empty array", self)
            self.deployment_alarms = {"alarmNames": list(alarms.alarm_names), "enable": True,
                                      "rollback": alarms.behavior is not AlarmBehavior.FAIL_ON_ALARM}
        elif self.is_ecs_deployment_controller and self._deployment_alarms_available_in_region() and \
                not FeatureFlags.of(self).is_enabled("@aws-cdk/aws-ecs:removeDefaultDeploymentAlarm"):
            self.deployment_alarms = {"alarmNames": [], "enable": False, "rollback": False}
        hooks = p.get("lifecycle_hooks")
        if hooks:
            if not self.is_ecs_deployment_controller:
                raise ValidationError("Deployment lifecycle hooks requires the ECS deployment controller.", self)
            for h in hooks:
                self.add_lifecycle_hook(h)
        self.node.default_child = self.resource

    # -- attributes ----------------------------------------------------------------------------------------
    @cached_property
    def service_arn(self) -> str:
        """The service's ARN."""
        return self.get_resource_arn_attribute(self.resource.ref, {
            "service": "ecs", "resource": "service",
            "resource_name": f"{self.cluster.cluster_name}/{self.physical_name}"})

    @cached_property
    def service_name(self) -> str:
        """The service's name."""
        return self.get_resource_name_attribute(self.resource.attr_name)

    @property
    def service_ref(self) -> Any:
        """A reference to this service (its ARN)."""
        return self

    @property
    def cloud_map_service(self) -> IService | None:
        """The Cloud Map service of ``enable_cloud_map``."""
        return self.cloudmap_service

    @property
    def load_balancers(self) -> list[Any]:
        """The load balancers the service is registered with (rendered)."""
        return self._load_balancers

    @property
    def service_registries(self) -> list[Any]:
        """The service registries (rendered)."""
        return self._service_registries

    @staticmethod
    def from_service_arn_with_cluster(scope: Construct, id: str, service_arn: str) -> IBaseService:
        """Import a service from an ARN in the ``cluster/service`` format."""
        from l2.ecs._cluster import Cluster

        stack = Stack.of(scope)
        arn = stack.split_arn(service_arn, ArnFormat.SLASH_RESOURCE_NAME)
        resource_name = Arn.extract_resource_name(service_arn, "service")
        if Token.is_unresolved(resource_name):
            cluster_name = Fn.select(0, Fn.split("/", resource_name))
            service_name = Fn.select(1, Fn.split("/", resource_name))
        else:
            parts = resource_name.split("/")
            if len(parts) != 2:
                raise ValidationError(f"resource name {resource_name} from service ARN: {service_arn} is not using the "
                                      "ARN cluster format", scope)
            cluster_name, service_name = parts
        cluster_arn = stack.format_arn(partition=arn.partition, region=arn.region, account=arn.account,
                                       service="ecs", resource="cluster", resource_name=cluster_name)
        cluster = Cluster.from_cluster_arn(scope, f"{id}Cluster", cluster_arn)
        return _ImportedService(scope, id, service_arn, service_name, cluster, environment_from_arn=service_arn)

    # -- deployments ---------------------------------------------------------------------------------------
    def _get_deployment_controller(self, p: Mapping[str, Any]) -> DeploymentController | None:
        if p.get("deployment_controller") is not None:
            return p["deployment_controller"]
        if not FeatureFlags.of(self).is_enabled(
                "@aws-cdk/aws-ecs:disableExplicitDeploymentControllerForCircuitBreaker") and p.get("circuit_breaker"):
            return DeploymentController(type=DeploymentControllerType.ECS)
        return None

    def _validate_shift(self, config: TrafficShiftConfig, strategy: DeploymentStrategy, label: str,
                        low: float) -> None:
        if self.deployment_strategy is not strategy:
            raise ValidationError(f"{label} configuration requires deploymentStrategy to be set to {strategy.value}",
                                  self)
        step = config.step_percent
        if step is not None and not Token.is_unresolved(step):
            if not low <= step <= 100:
                raise ValidationError(f"{label} deployment stepPercent must be between {'3.0' if low == 3 else '0.1'} "
                                      f"and 100.0, received {step}", self)
            if not float(step * 10).is_integer():
                raise ValidationError(f"{label} deployment stepPercent must be a multiple of 0.1, received {step}",
                                      self)
        if config.step_bake_time is not None and not config.step_bake_time.is_unresolved():
            minutes = config.step_bake_time.to_minutes(integral=False)
            if not float(minutes).is_integer():
                raise ValidationError(f"{label} deployment stepBakeTime must be a whole number of minutes, received "
                                      f"{minutes} minutes", self)
            if not 0 <= minutes <= 1440:
                raise ValidationError(f"{label} deployment stepBakeTime must be between 0 and 1440 minutes, received "
                                      f"{minutes} minutes", self)

    def force_new_deployment(self, nonce: str | None = None) -> None:
        """Redeploy on every deployment of the stack (``nonce`` defaults to the current time)."""
        from l1.ecs import CfnService

        if not self.is_ecs_deployment_controller:
            raise ValidationError("forceNewDeployment requires the ECS deployment controller.", self)
        value = nonce if nonce is not None else datetime.datetime.now(datetime.UTC).isoformat(
            timespec="milliseconds").replace("+00:00", "Z")
        if not Token.is_unresolved(value) and not 1 <= len(value) <= 255:
            raise ValidationError(f"forceNewDeployment nonce must be between 1 and 255 characters, got {len(value)}",
                                  self)
        self.resource.force_new_deployment = CfnService.ForceNewDeploymentProperty(
            enable_force_new_deployment=True, force_new_deployment_nonce=value)

    def add_lifecycle_hook(self, target: IDeploymentLifecycleHookTarget) -> None:
        """Invoke ``target`` at stages of each deployment."""
        if not self.is_ecs_deployment_controller:
            raise ValidationError("Deployment lifecycle hooks requires the ECS deployment controller.", self)
        self._lifecycle_hooks.append(target)

    def _render_lifecycle_hooks(self) -> list[Any]:
        from l1.ecs import CfnService

        out = []
        for target in self._lifecycle_hooks:
            config = target.bind(self)
            out.append(CfnService.DeploymentLifecycleHookProperty(
                hook_target_arn=config.target_arn, role_arn=config.role.role_arn,  # type: ignore[union-attr]
                lifecycle_stages=[s.value for s in config.lifecycle_stages]))
        return out

    def add_volume(self, volume: ServiceManagedVolume) -> None:
        """Attach a service-managed EBS volume (one per service)."""
        self._volumes.append(volume)

    def _render_volumes(self) -> Any:
        if len(self._volumes) > 1:
            raise ValidationError(
                f"Only one EBS volume can be specified for 'volumeConfigurations', got: {len(self._volumes)}", self)
        if not self._volumes:
            return None
        return [v._render_service_volume() for v in self._volumes]

    def enable_deployment_alarms(self, alarm_names: Sequence[str], *, behavior: AlarmBehavior | None = None) -> None:
        """Roll back (or fail) deployments when one of ``alarm_names`` goes off."""
        if len(alarm_names) == 0:
            raise ValidationError(
                "at least one alarm name is required when calling enableDeploymentAlarms(), received empty array",
                self)
        for name in alarm_names:
            if Token.is_unresolved(name):
                import json

                Annotations.of(self).add_info(
                    f"Deployment alarm ({json.dumps(Stack.of(self).resolve(name), separators=(',', ':'))}) enabled on "
                    f"{self.node.id} may cause a circular dependency error when this stack deploys. The alarm name "
                    "references the alarm's logical id, or another resource. See the 'Deployment alarms' section in "
                    "the module README for more details.")
        current = self.deployment_alarms
        if current is not None and current["enable"] and behavior is not None and (
                (behavior is AlarmBehavior.ROLLBACK_ON_ALARM and not current["rollback"])
                or (behavior is AlarmBehavior.FAIL_ON_ALARM and current["rollback"])):
            previous = AlarmBehavior.ROLLBACK_ON_ALARM if current["rollback"] else AlarmBehavior.FAIL_ON_ALARM
            raise ValidationError(
                "all deployment alarms on an ECS service must have the same AlarmBehavior. Attempted to enable "
                f"deployment alarms with {behavior.value}, but alarms were previously enabled with {previous.value}",
                self)
        if current is not None and current["enable"]:
            current["alarmNames"] = [*current["alarmNames"], *alarm_names]  # aws-cdk-lib drops this (concat)
            current["alarmNames"] = current["alarmNames"][: len(current["alarmNames"]) - len(alarm_names)]
        else:
            self.deployment_alarms = {"enable": True, "alarmNames": list(alarm_names),
                                      "rollback": behavior is not AlarmBehavior.FAIL_ON_ALARM}

    # -- service connect -----------------------------------------------------------------------------------
    def enable_service_connect(
        self,
        *,
        access_log_configuration: ServiceConnectAccessLogConfiguration | None = None,
        log_driver: LogDriver | None = None,
        namespace: str | None = None,
        services: Sequence[ServiceConnectService] | None = None,
    ) -> None:
        """Join Service Connect (the cluster's default namespace unless ``namespace`` is given).

        Args:
            access_log_configuration: Service Connect access logs (needs ``log_driver``).
            log_driver: the log driver of the Service Connect proxy.
            namespace: the Cloud Map namespace (name or ARN).
            services: the port mappings served through Service Connect.
        """
        given = any(v is not None for v in (access_log_configuration, log_driver, namespace, services))
        self._enable_service_connect(ServiceConnectProps(
            access_log_configuration=access_log_configuration, log_driver=log_driver, namespace=namespace,
            services=services) if given else None)

    def _enable_service_connect(self, config: ServiceConnectProps | None) -> None:
        if self._service_connect_config is not None:
            raise ValidationError("Service connect configuration cannot be specified more than once.", self)
        self._validate_service_connect(config)
        cfg = config if config is not None else ServiceConnectProps()
        namespace = None
        if self.cluster.default_cloud_map_namespace is not None:
            namespace = self.cluster.default_cloud_map_namespace.namespace_name
        if cfg.namespace:
            namespace = cfg.namespace
        services = None
        if cfg.services is not None:
            services = []
            for svc in cfg.services:
                pm = self.task_definition.find_port_mapping_by_name(svc.port_mapping_name)
                port = pm.container_port if pm is not None else None
                if not port:
                    raise ValidationError(f"Port mapping with name {svc.port_mapping_name} does not exist.", self)
                tls = None
                if svc.tls is not None:
                    tls = {"issuerCertificateAuthority": {"awsPcaAuthorityArn": svc.tls.aws_pca_authority_arn},
                           "kmsKey": svc.tls.kms_key.key_arn if svc.tls.kms_key is not None else None,
                           "roleArn": svc.tls.role.role_arn if svc.tls.role is not None else None}
                services.append({
                    "portName": svc.port_mapping_name, "discoveryName": svc.discovery_name,
                    "ingressPortOverride": svc.ingress_port_override,
                    "clientAliases": [{"port": svc.port or port, "dnsName": svc.dns_name}],
                    "timeout": self._render_timeout(svc.idle_timeout, svc.per_request_timeout), "tls": tls,
                })
        log_config = None
        if cfg.log_driver is not None and self.task_definition.default_container is not None:
            lc = cfg.log_driver.bind(self, self.task_definition.default_container)
            log_config = {"logDriver": lc.log_driver, "options": lc.options, "secretOptions": lc.secret_options}
        access = cfg.access_log_configuration
        self._service_connect_config = {
            "enabled": True, "logConfiguration": log_config, "namespace": namespace, "services": services,
            "accessLogConfiguration": {
                "format": access.format.value,
                "includeQueryParameters": "ENABLED" if access.include_query_parameters else "DISABLED",
            } if access is not None else None,
        }

    def _validate_service_connect(self, config: ServiceConnectProps | None) -> None:
        if self.task_definition.default_container is None:
            raise ValidationError("Task definition must have at least one container to enable service connect.", self)
        if (config is None or not config.namespace) and self.cluster.default_cloud_map_namespace is None:
            raise ValidationError(
                "Namespace must be defined either in serviceConnectConfig or cluster.defaultCloudMapNamespace", self)
        if config is None:
            return
        if config.access_log_configuration is not None and config.log_driver is None:
            raise ValidationError(
                "accessLogConfiguration requires logDriver to be set. Without logDriver, access logs are not "
                "delivered to any destination.", self)
        if not config.services:
            return
        names: dict[str, list[str]] = {}
        for svc in config.services:
            if self.task_definition.find_port_mapping_by_name(svc.port_mapping_name) is None:
                raise ValidationError(f"Port Mapping '{svc.port_mapping_name}' does not exist on the task definition.",
                                      self)
            discovery = svc.discovery_name or svc.port_mapping_name
            if discovery in names.get(svc.port_mapping_name, []):
                raise ValidationError(f"Cannot create multiple services with the discoveryName '{discovery}'.", self)
            names.setdefault(svc.port_mapping_name, []).append(discovery)
            if svc.ingress_port_override and not self._is_valid_port(svc.ingress_port_override):
                raise ValidationError(f"ingressPortOverride {svc.ingress_port_override} is not valid.", self)
            if svc.port and not self._is_valid_port(svc.port):
                raise ValidationError(f"Client Alias port {svc.port} is not valid.", self)
            arn = svc.tls.aws_pca_authority_arn if svc.tls is not None else None
            if arn and not Token.is_unresolved(arn) and not arn.startswith("arn:"):
                raise ValidationError(
                    f'awsPcaAuthorityArn must start with "arn:" and have at least 6 components; received {arn}', self)

    def _is_valid_port(self, port: float) -> bool:
        return bool(port and float(port).is_integer() and self.MIN_PORT <= port <= self.MAX_PORT)

    def _render_timeout(self, idle: Duration | None, per_request: Duration | None) -> Any:
        if not idle and not per_request:
            return None
        for value, name in ((idle, "idleTimeout"), (per_request, "perRequestTimeout")):
            if value is not None and 0 < value.to_milliseconds() < 1000:
                raise ValidationError(
                    f"{name} must be at least 1 second or 0 to disable it, got {value.to_milliseconds()}ms.", self)
        return {"idleTimeoutSeconds": idle.to_seconds() if idle is not None else None,
                "perRequestTimeoutSeconds": per_request.to_seconds() if per_request is not None else None}

    # -- execute command -----------------------------------------------------------------------------------
    def _enable_execute_command(self) -> None:
        from l2._private.iam_module import iam

        self.task_definition.add_to_task_role_policy(iam().PolicyStatement(actions=[
            "ssmmessages:CreateControlChannel", "ssmmessages:CreateDataChannel", "ssmmessages:OpenControlChannel",
            "ssmmessages:OpenDataChannel"], resources=["*"]))

    def _execute_command_log_configuration(self) -> None:
        from l2._private.iam_module import iam

        reduce = FeatureFlags.of(self).is_enabled("@aws-cdk/aws-ecs:reduceEc2FargateCloudWatchPermissions")
        ecc = self.cluster.execute_command_configuration
        lc = ecc.log_configuration if ecc is not None else None
        stack = Stack.of(self)
        if not reduce or (lc is not None and lc.cloud_watch_log_group is not None):
            self.task_definition.add_to_task_role_policy(iam().PolicyStatement(
                actions=["logs:DescribeLogGroups"], resources=["*"]))
            arn = (f"arn:{stack.partition}:logs:{self.env.region}:{self.env.account}:log-group:"
                   f"{lc.cloud_watch_log_group.log_group_name}:*") if lc is not None and \
                lc.cloud_watch_log_group is not None else "*"
            self.task_definition.add_to_task_role_policy(iam().PolicyStatement(
                actions=["logs:CreateLogStream", "logs:DescribeLogStreams", "logs:PutLogEvents"], resources=[arn]))
        if lc is not None and lc.s3_bucket is not None and lc.s3_bucket.bucket_name:
            name = lc.s3_bucket.bucket_name
            self.task_definition.add_to_task_role_policy(iam().PolicyStatement(
                actions=["s3:GetBucketLocation"], resources=["*"]))
            self.task_definition.add_to_task_role_policy(iam().PolicyStatement(
                actions=["s3:PutObject"], resources=[f"arn:{stack.partition}:s3:::{name}/*"]))
            if lc.s3_encryption_enabled:
                self.task_definition.add_to_task_role_policy(iam().PolicyStatement(
                    actions=["s3:GetEncryptionConfiguration"], resources=[f"arn:{stack.partition}:s3:::{name}"]))

    def _enable_execute_command_encryption(self, logging: ExecuteCommandLogging) -> None:
        from l2._private.iam_module import iam

        ecc = self.cluster.execute_command_configuration
        key = ecc.kms_key  # type: ignore[union-attr]
        assert key is not None
        stack = Stack.of(self)
        i = iam()
        self.task_definition.add_to_task_role_policy(i.PolicyStatement(
            actions=["kms:Decrypt", "kms:GenerateDataKey"], resources=[f"{key.key_arn}"]))
        key.add_to_resource_policy(i.PolicyStatement(
            actions=["kms:*"], resources=["*"], principals=[i.ArnPrincipal(f"arn:{stack.partition}:iam::"
                                                                           f"{self.env.account}:root")]))
        lc = ecc.log_configuration  # type: ignore[union-attr]
        if logging is ExecuteCommandLogging.DEFAULT or (lc is not None and lc.cloud_watch_encryption_enabled):
            key.add_to_resource_policy(i.PolicyStatement(
                actions=["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                resources=["*"], principals=[i.ServicePrincipal(f"logs.{self.env.region}.amazonaws.com")],
                conditions={"ArnLike": {"kms:EncryptionContext:aws:logs:arn":
                                        f"arn:{stack.partition}:logs:{self.env.region}:{self.env.account}:*"}}))

    # -- load balancers ------------------------------------------------------------------------------------
    def attach_to_application_target_group(self, target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        """Register the default container with an ALB target group."""
        return self._default_load_balancer_target.attach_to_application_target_group(target_group)

    def attach_to_network_target_group(self, target_group: INetworkTargetGroup) -> LoadBalancerTargetProps:
        """Register the default container with an NLB target group."""
        return self._default_load_balancer_target.attach_to_network_target_group(target_group)

    def attach_to_classic_lb(self, load_balancer: ClassicLoadBalancer) -> None:
        """Register the default container with a Classic Load Balancer (bridge or host network mode)."""
        self._default_load_balancer_target.attach_to_classic_lb(load_balancer)

    def load_balancer_target(
        self,
        *,
        container_name: str,
        alternate_target: IAlternateTarget | None = None,
        container_port: int | float | None = None,
        protocol: Protocol | None = None,
    ) -> IEcsLoadBalancerTarget:
        """One container port of the service as a target (``add_targets(targets=[...])``)."""
        if alternate_target is not None and not self.is_ecs_deployment_controller:
            raise ValidationError("Deployment lifecycle hooks requires the ECS deployment controller.", self)
        name, pm = self.task_definition._validate_target(container_name, container_port, protocol)
        return _LoadBalancerTarget(self, name, pm, alternate_target)  # type: ignore[return-value]

    def register_load_balancer_targets(self, *targets: Any) -> None:
        """Register containers with listeners (each an ``EcsTarget``), creating their target groups."""
        from l2.ecs._structs import EcsTarget

        for t in targets:
            target = EcsTarget(**t) if isinstance(t, Mapping) else t
            target.listener.add_targets(target.new_target_group_id, {
                "container_name": target.container_name, "container_port": target.container_port,
                "protocol": target.protocol}, self)

    @property
    def _default_load_balancer_target(self) -> _LoadBalancerTarget:
        container = self.task_definition.default_container
        return self.load_balancer_target(container_name=container.container_name)  # type: ignore[union-attr,return-value]

    def _attach_to_elb(self, load_balancer: ClassicLoadBalancer, container_name: str, container_port: float) -> None:
        mode = self.task_definition.network_mode
        if mode is NetworkMode.AWS_VPC:
            raise ValidationError("Cannot use a Classic Load Balancer if NetworkMode is AwsVpc. Use Host or Bridge "
                                  "instead.", self)
        if mode is NetworkMode.NONE:
            raise ValidationError("Cannot use a Classic Load Balancer if NetworkMode is None. Use Host or Bridge "
                                  "instead.", self)
        self._load_balancers.append({"loadBalancerName": load_balancer.load_balancer_name,
                                     "containerName": container_name, "containerPort": container_port})

    def _attach_to_elbv2(self, target_group: Any, container_name: str, container_port: float,
                         alternate_target: IAlternateTarget | None) -> LoadBalancerTargetProps:
        from l2.elasticloadbalancingv2 import LoadBalancerTargetProps, TargetType

        if self.task_definition.network_mode is NetworkMode.NONE:
            raise ValidationError("Cannot use a load balancer if NetworkMode is None. Use Bridge, Host or AwsVpc "
                                  "instead.", self)
        advanced = alternate_target.bind(self) if alternate_target is not None else None
        self._load_balancers.append({
            "targetGroupArn": target_group.target_group_arn, "containerName": container_name,
            "containerPort": container_port,
            "advancedConfiguration": _render_advanced(advanced) if advanced is not None else None,
        })
        self.resource.node.add_dependency(target_group.load_balancer_attached)
        return LoadBalancerTargetProps(
            target_type=TargetType.IP if self.task_definition.network_mode is NetworkMode.AWS_VPC
            else TargetType.INSTANCE)

    # -- auto scaling --------------------------------------------------------------------------------------
    def auto_scale_task_count(self, *, max_capacity: int | float,
                              min_capacity: int | float | None = None) -> ScalableTaskCount:
        """Scale the number of tasks (once per service)."""
        from l2 import applicationautoscaling as appscaling
        from l2._private.iam_module import iam

        if self.scalable_task_count is not None:
            raise ValidationError("AutoScaling of task count already enabled for this service", self)
        role = iam().Role.from_role_arn(self, "ScalingRole", Stack.of(self).format_arn(
            region="", service="iam", resource="role/aws-service-role/ecs.application-autoscaling.amazonaws.com",
            resource_name="AWSServiceRoleForApplicationAutoScaling_ECSService"))
        self.scalable_task_count = ScalableTaskCount(
            self, "TaskCount", service_namespace=appscaling.ServiceNamespace.ECS,
            resource_id=f"service/{self.cluster.cluster_name}/{self.service_name}",
            dimension="ecs:service:DesiredCount", role=role, max_capacity=max_capacity, min_capacity=min_capacity)
        return self.scalable_task_count

    # -- Cloud Map -----------------------------------------------------------------------------------------
    def enable_cloud_map(
        self,
        *,
        cloud_map_namespace: INamespace | None = None,
        container: ContainerDefinition | None = None,
        container_port: int | float | None = None,
        dns_record_type: DnsRecordType | None = None,
        dns_ttl: Duration | None = None,
        failure_threshold: int | float | None = None,
        name: str | None = None,
    ) -> IService:
        """Register the service's tasks in a Cloud Map service (the cluster's default namespace if none given)."""
        from l2 import servicediscovery as cloudmap

        namespace = cloud_map_namespace if cloud_map_namespace is not None else self.cluster.default_cloud_map_namespace
        if namespace is None:
            raise ValidationError(
                "Cannot enable service discovery if a Cloudmap Namespace has not been created in the cluster.", self)
        if namespace.type is cloudmap.NamespaceType.HTTP:
            raise ValidationError("Cannot enable DNS service discovery for HTTP Cloudmap Namespace.", self)
        mode = self.task_definition.network_mode
        if mode is NetworkMode.NONE:
            raise ValidationError("Cannot use a service discovery if NetworkMode is None. Use Bridge, Host or AwsVpc "
                                  "instead.", self)
        record_type = dns_record_type
        if mode in (NetworkMode.BRIDGE, NetworkMode.HOST):
            if record_type is None:
                record_type = cloudmap.DnsRecordType.SRV
            if record_type is not cloudmap.DnsRecordType.SRV:
                raise ValidationError("SRV records must be used when network mode is Bridge or Host.", self)
        if mode is NetworkMode.AWS_VPC and record_type is None:
            record_type = cloudmap.DnsRecordType.A
        container_name, port = _container_name_and_port(self, record_type, container, container_port)
        service = cloudmap.Service(self, "CloudmapService", namespace=namespace, name=name,
                                   dns_record_type=record_type,
                                   custom_health_check=cloudmap.HealthCheckCustomConfig(
                                       failure_threshold=failure_threshold or 1),
                                   dns_ttl=dns_ttl)
        self._add_service_registry(service.service_arn, container_name, port)
        self.cloudmap_service = service
        return service

    def associate_cloud_map_service(self, *, service: IService, container: ContainerDefinition | None = None,
                                    container_port: int | float | None = None) -> None:
        """Register the service's tasks in an existing Cloud Map service."""
        container_name, port = _container_name_and_port(self, service.dns_record_type, container, container_port)
        self._add_service_registry(service.service_arn, container_name, port)

    def _add_service_registry(self, arn: str, container_name: str | None, container_port: float | None) -> None:
        if self._service_registries:
            raise ValidationError("Cannot associate with the given service discovery registry. ECS supports at most "
                                  "one service registry per service.", self)
        self._service_registries.append({"registryArn": arn, "containerName": container_name,
                                         "containerPort": container_port})

    # -- networking ----------------------------------------------------------------------------------------
    def _configure_aws_vpc_networking_with_security_groups(
            self, vpc: IVpc, assign_public_ip: bool | None, vpc_subnets: SubnetSelection | None,
            security_groups: Sequence[ISecurityGroup] | None) -> None:
        from l2.ec2 import SecurityGroup, SubnetSelection, SubnetType

        if vpc_subnets is None:
            vpc_subnets = SubnetSelection(subnet_type=SubnetType.PUBLIC) if assign_public_ip else SubnetSelection()
        if not security_groups:
            security_groups = [SecurityGroup(self, "SecurityGroup", vpc=vpc)]
        for sg in security_groups:
            self.connections.add_security_group(sg)
        self.network_configuration = {"awsvpcConfiguration": {
            "assignPublicIp": "ENABLED" if assign_public_ip else "DISABLED",
            "subnets": vpc.select_subnets(**_struct_kwargs(vpc_subnets)).subnet_ids,
            "securityGroups": [sg.security_group_id for sg in security_groups],
        }}

    def _deployment_alarms_available_in_region(self) -> bool:
        from l2.region_info import RegionInfo

        stack = Stack.of(self)
        region = stack.resolve(stack.region)
        if not isinstance(region, str):
            return True
        partition = RegionInfo.get(region).partition
        if not partition:
            return True
        return partition not in ("aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b")

    def is_using_ecs_deployment_controller(self) -> bool:
        """Whether the ECS deployment controller runs the deployments."""
        return self.is_ecs_deployment_controller

    # -- metrics -------------------------------------------------------------------------------------------
    def metric(
        self,
        metric_name: str,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """A metric of the service (``AWS/ECS``, dimensions ``ClusterName`` and ``ServiceName``)."""
        from l2.cloudwatch import Metric

        props: dict[str, Any] = {k: v for k, v in dict(account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible).items() if v is not None}
        merged = {"dimensions_map": {"ClusterName": self.cluster.cluster_name, "ServiceName": self.service_name},
                  **props}
        return Metric(namespace="AWS/ECS", metric_name=metric_name, **merged).attach_to(self)

    def metric_memory_utilization(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """Memory used by the service's tasks."""
        return self.metric("MemoryUtilization", account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible)

    def metric_cpu_utilization(
        self,
        *,
        account: str | None = None,
        color: str | None = None,
        dimensions_map: Mapping[str, str] | None = None,
        id: str | None = None,
        label: str | None = None,
        period: Duration | None = None,
        region: str | None = None,
        stack_account: str | None = None,
        stack_region: str | None = None,
        statistic: str | None = None,
        unit: Unit | None = None,
        visible: bool | None = None,
    ) -> Metric:
        """CPU used by the service's tasks."""
        return self.metric("CPUUtilization", account=account, color=color, dimensions_map=dimensions_map, id=id, label=label, period=period, region=region, stack_account=stack_account, stack_region=stack_region, statistic=statistic, unit=unit, visible=visible)


def _render_advanced(config: Any) -> dict[str, Any]:
    return {"alternateTargetGroupArn": config.alternate_target_group_arn, "roleArn": config.role_arn,
            "productionListenerRule": config.production_listener_rule, "testListenerRule": config.test_listener_rule}


def _struct_kwargs(struct: Any) -> dict[str, Any]:
    from constructs.internals import structs

    return {k: v for k, v in structs.asdict(struct, recurse=False).items() if v is not None}


def _container_name_and_port(scope: BaseService, record_type: Any, container: ContainerDefinition | None,
                             container_port: float | None) -> tuple[str | None, float | None]:
    from l2 import servicediscovery as cloudmap

    td = scope.task_definition
    if record_type is cloudmap.DnsRecordType.SRV:
        if container is not None and container.task_definition is not td:
            raise ValidationError("Cannot add discovery for a container from another task definition", scope)
        c = container if container is not None else td.default_container
        if container_port and not any(m.container_port == container_port for m in c.port_mappings):  # type: ignore[union-attr]
            raise ValidationError("Cannot add discovery for a container port that has not been mapped", scope)
        return c.container_name, container_port if container_port is not None else td.default_container.container_port  # type: ignore[union-attr]
    return None, None


class _ImportedService(Resource):
    def __init__(self, scope: Construct, id: str, service_arn: str, service_name: str, cluster: Any = None,
                 **kwargs: Any) -> None:
        super().__init__(scope, id, **kwargs)
        self.service_arn = service_arn
        self.service_name = service_name
        self.cluster = cluster

    @property
    def service_ref(self) -> Any:
        return self


def _extract_service_name_from_arn(scope: Construct, arn: str) -> str:
    new_format = FeatureFlags.of(scope).is_enabled("@aws-cdk/aws-ecs:arnFormatIncludesClusterName")
    stack = Stack.of(scope)
    if Token.is_unresolved(arn):
        if new_format:
            components = Fn.split(":", arn)
            return Fn.select(2, Fn.split("/", Fn.select(5, components)))
        return stack.split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name  # type: ignore[return-value]
    resource_name = stack.split_arn(arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name or ""
    parts = resource_name.split("/")
    return resource_name if len(parts) == 1 else parts[1]


def _from_service_attributes(scope: Construct, id: str, cluster: ICluster, service_arn: str | None,
                             service_name: str | None) -> Any:
    if (service_arn and service_name) or (not service_arn and not service_name):
        raise ValidationError("You can only specify either serviceArn or serviceName.", scope)
    new_format = FeatureFlags.of(scope).is_enabled("@aws-cdk/aws-ecs:arnFormatIncludesClusterName")
    stack = Stack.of(scope)
    if service_name:
        name = service_name
        resource_name = f"{cluster.cluster_name}/{service_name}" if new_format else service_name
        arn = stack.format_arn(partition=stack.partition, service="ecs", region=stack.region, account=stack.account,
                               resource="service", resource_name=resource_name)
    else:
        arn = service_arn  # type: ignore[assignment]
        name = _extract_service_name_from_arn(scope, arn)
    return _ImportedService(scope, id, arn, name, cluster, environment_from_arn=arn)


class FargateService(BaseService):
    """A service on Fargate (or Managed Instances): awsvpc networking in the cluster's VPC.

    Args:
        scope: the parent.
        id: the construct id.
        cluster: the cluster.
        task_definition: a Fargate-compatible task definition.
        assign_public_ip: give tasks public IPs (and use public subnets by default).
        availability_zone_rebalancing: rebalance tasks across AZs.
        platform_version: the Fargate platform version.
        security_groups: the tasks' security groups (default a new one).
        vpc_subnets: the tasks' subnets (default private).
        The other keyword arguments are those of ``BaseServiceOptions`` (see that struct).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.FargateService"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        task_definition: TaskDefinition,
        bake_time: Duration | None = None,
        canary_configuration: TrafficShiftConfig | None = None,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        deployment_alarms: DeploymentAlarmConfig | None = None,
        deployment_controller: DeploymentController | None = None,
        deployment_strategy: DeploymentStrategy | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        force_new_deployment: ForceNewDeployment | None = None,
        health_check_grace_period: Duration | None = None,
        lifecycle_hooks: Sequence[IDeploymentLifecycleHookTarget] | None = None,
        linear_configuration: TrafficShiftConfig | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_connect_configuration: ServiceConnectProps | None = None,
        service_name: str | None = None,
        task_definition_revision: TaskDefinitionRevision | None = None,
        volume_configurations: Sequence[ServiceManagedVolume] | None = None,
        assign_public_ip: bool | None = None,
        availability_zone_rebalancing: AvailabilityZoneRebalancing | None = None,
        platform_version: FargatePlatformVersion | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        if not task_definition.is_fargate_compatible and not task_definition.is_managed_instances_compatible:
            raise ValidationError(
                "Supplied TaskDefinition is not configured for compatibility with Fargate or Managed Instances", scope)
        if availability_zone_rebalancing is AvailabilityZoneRebalancing.ENABLED and max_healthy_percent == 100:
            raise ValidationError("AvailabilityZoneRebalancing.ENABLED requires maxHealthyPercent > 100", scope)
        old = (FargatePlatformVersion.VERSION1_0, FargatePlatformVersion.VERSION1_1, FargatePlatformVersion.VERSION1_2,
               FargatePlatformVersion.VERSION1_3)
        unsupported = platform_version in old
        osf = task_definition.runtime_platform.operating_system_family \
            if task_definition.runtime_platform is not None else None
        is_windows = osf.is_windows() if osf is not None else False
        if task_definition.ephemeral_storage_gib and unsupported and not is_windows:
            raise ValidationError(
                f"The ephemeralStorageGiB feature requires platform version 1.4.0 or later for Linux tasks, got "
                f"{platform_version.value}.", scope)  # type: ignore[union-attr]
        if task_definition.pid_mode is not None and unsupported:
            raise ValidationError(f"The pidMode feature requires platform version 1.4.0 or later, got "
                                  f"{platform_version.value}.", scope)  # type: ignore[union-attr]
        props = dict(cluster=cluster, bake_time=bake_time, canary_configuration=canary_configuration, capacity_provider_strategies=capacity_provider_strategies, circuit_breaker=circuit_breaker, cloud_map_options=cloud_map_options, deployment_alarms=deployment_alarms, deployment_controller=deployment_controller, deployment_strategy=deployment_strategy, desired_count=desired_count, enable_ecs_managed_tags=enable_ecs_managed_tags, enable_execute_command=enable_execute_command, force_new_deployment=force_new_deployment, health_check_grace_period=health_check_grace_period, lifecycle_hooks=lifecycle_hooks, linear_configuration=linear_configuration, max_healthy_percent=max_healthy_percent, min_healthy_percent=min_healthy_percent, propagate_tags=propagate_tags, service_connect_configuration=service_connect_configuration, service_name=service_name, task_definition_revision=task_definition_revision, volume_configurations=volume_configurations, launch_type=LaunchType.FARGATE)
        external = deployment_controller is not None and deployment_controller.type is DeploymentControllerType.EXTERNAL
        super().__init__(scope, id, props, {
            "cluster": cluster.cluster_name,
            "task_definition": None if external else task_definition.task_definition_arn,
            "platform_version": platform_version.value if platform_version is not None else None,
            "availability_zone_rebalancing": availability_zone_rebalancing.value
            if availability_zone_rebalancing is not None else None,
        }, task_definition)
        self._az_rebalancing = availability_zone_rebalancing is AvailabilityZoneRebalancing.ENABLED
        if not external:
            self._configure_aws_vpc_networking_with_security_groups(cluster.vpc, assign_public_ip, vpc_subnets,
                                                                    security_groups)
        self.node.add_validation(_Validation(
            lambda: ["The task definition of this service uses at least one container that references a secret JSON "
                     "field. This feature requires platform version 1.4.0 or later."]
            if self.task_definition.references_secret_json_field and unsupported else []))
        self.node.add_validation(_Validation(
            lambda: [] if self.task_definition.default_container is not None
            else ["A TaskDefinition must have at least one essential container"]))

    @staticmethod
    def from_fargate_service_arn(scope: Construct, id: str, fargate_service_arn: str) -> IFargateService:
        """Import a Fargate service by ARN."""
        svc = _ImportedService(scope, id, fargate_service_arn, "")
        svc.service_name = _extract_service_name_from_arn(svc, fargate_service_arn)
        return svc  # type: ignore[return-value]

    @staticmethod
    def from_fargate_service_attributes(scope: Construct, id: str, *, cluster: ICluster,
                                        service_arn: str | None = None,
                                        service_name: str | None = None) -> IBaseService:
        """Import a Fargate service by ARN or name, with its cluster."""
        return _from_service_attributes(scope, id, cluster, service_arn, service_name)

    def attach_to_classic_lb(self, load_balancer: ClassicLoadBalancer) -> None:
        """Not with AZ rebalancing; otherwise as ``BaseService``."""
        if self._az_rebalancing:
            raise ValidationError("AvailabilityZoneRebalancing.ENABLED disallows using the service as a target of a "
                                  "Classic Load Balancer", self)
        super().attach_to_classic_lb(load_balancer)


class Ec2Service(BaseService):
    """A service on the cluster's EC2 capacity (replica or daemon scheduling, placement rules).

    Args:
        scope: the parent.
        id: the construct id.
        cluster: the cluster (with EC2 capacity).
        task_definition: an EC2-compatible task definition.
        assign_public_ip: give tasks public IPs (awsvpc only).
        availability_zone_rebalancing: rebalance tasks across AZs.
        daemon: one task on each instance.
        placement_constraints: placement constraints.
        placement_strategies: placement strategies.
        security_groups: the tasks' security groups (awsvpc only).
        vpc_subnets: the tasks' subnets (awsvpc only).
        The other keyword arguments are those of ``BaseServiceOptions`` (see that struct).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.Ec2Service"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        task_definition: TaskDefinition,
        bake_time: Duration | None = None,
        canary_configuration: TrafficShiftConfig | None = None,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        deployment_alarms: DeploymentAlarmConfig | None = None,
        deployment_controller: DeploymentController | None = None,
        deployment_strategy: DeploymentStrategy | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        force_new_deployment: ForceNewDeployment | None = None,
        health_check_grace_period: Duration | None = None,
        lifecycle_hooks: Sequence[IDeploymentLifecycleHookTarget] | None = None,
        linear_configuration: TrafficShiftConfig | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_connect_configuration: ServiceConnectProps | None = None,
        service_name: str | None = None,
        task_definition_revision: TaskDefinitionRevision | None = None,
        volume_configurations: Sequence[ServiceManagedVolume] | None = None,
        assign_public_ip: bool | None = None,
        availability_zone_rebalancing: AvailabilityZoneRebalancing | None = None,
        daemon: bool | None = None,
        placement_constraints: Sequence[PlacementConstraint] | None = None,
        placement_strategies: Sequence[PlacementStrategy] | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        vpc_subnets: SubnetSelection | None = None,
    ) -> None:
        if daemon and desired_count is not None:
            raise ValidationError("Daemon mode launches one task on every instance. Don't supply desiredCount.", scope)
        if daemon and max_healthy_percent is not None and max_healthy_percent != 100:
            raise ValidationError("Maximum percent must be 100 for daemon mode.", scope)
        if min_healthy_percent is not None and max_healthy_percent is not None and \
                min_healthy_percent >= max_healthy_percent:
            raise ValidationError("Minimum healthy percent must be less than maximum healthy percent.", scope)
        if not task_definition.is_ec2_compatible:
            raise ValidationError("Supplied TaskDefinition is not configured for compatibility with EC2", scope)
        if availability_zone_rebalancing is AvailabilityZoneRebalancing.ENABLED:
            if daemon:
                raise ValidationError("AvailabilityZoneRebalancing.ENABLED cannot be used with daemon mode", scope)
            if max_healthy_percent == 100:
                raise ValidationError("AvailabilityZoneRebalancing.ENABLED requires maxHealthyPercent > 100", scope)
        self._constraints: list[Any] = []
        self._strategies: list[Any] = []
        self._constraints_initialized = False
        self._strategies_initialized = False
        props = dict(cluster=cluster, bake_time=bake_time, canary_configuration=canary_configuration, capacity_provider_strategies=capacity_provider_strategies, circuit_breaker=circuit_breaker, cloud_map_options=cloud_map_options, deployment_alarms=deployment_alarms, deployment_controller=deployment_controller, deployment_strategy=deployment_strategy, desired_count=desired_count, enable_ecs_managed_tags=enable_ecs_managed_tags, enable_execute_command=enable_execute_command, force_new_deployment=force_new_deployment, health_check_grace_period=health_check_grace_period, lifecycle_hooks=lifecycle_hooks, linear_configuration=linear_configuration, max_healthy_percent=max_healthy_percent, min_healthy_percent=min_healthy_percent, propagate_tags=propagate_tags, service_connect_configuration=service_connect_configuration, service_name=service_name, task_definition_revision=task_definition_revision, volume_configurations=volume_configurations, launch_type=LaunchType.EC2)
        props["max_healthy_percent"] = 100 if daemon and max_healthy_percent is None else max_healthy_percent
        props["min_healthy_percent"] = 0 if daemon and min_healthy_percent is None else min_healthy_percent
        external = deployment_controller is not None and deployment_controller.type is DeploymentControllerType.EXTERNAL
        from l1.ecs import CfnService

        super().__init__(scope, id, props, {
            "cluster": cluster.cluster_name,
            "task_definition": None if external else task_definition.task_definition_arn,
            "placement_constraints": Lazy.any(lambda: [_as_props(CfnService.PlacementConstraintProperty, c)
                                                       for c in self._constraints]
                                              if self._constraints_initialized else None),
            "placement_strategies": Lazy.any(lambda: [_as_props(CfnService.PlacementStrategyProperty, s)
                                                      for s in self._strategies]
                                             if self._strategies_initialized else None),
            "scheduling_strategy": "DAEMON" if daemon else "REPLICA",
            "availability_zone_rebalancing": availability_zone_rebalancing.value
            if availability_zone_rebalancing is not None else None,
        }, task_definition)
        self.daemon = bool(daemon)
        self._az_rebalancing = availability_zone_rebalancing is AvailabilityZoneRebalancing.ENABLED
        if task_definition.network_mode is NetworkMode.AWS_VPC:
            self._configure_aws_vpc_networking_with_security_groups(cluster.vpc, assign_public_ip, vpc_subnets,
                                                                    security_groups)
        else:
            if vpc_subnets is not None or security_groups is not None or assign_public_ip:
                raise ValidationError("vpcSubnets, securityGroup(s) and assignPublicIp can only be used in AwsVpc "
                                      "networking mode", scope)
            self.connections.add_security_group(*_security_groups_in_this_stack(
                self, cluster.connections.security_groups))
        if placement_constraints is not None:  # an empty list renders an empty PlacementConstraints
            self.add_placement_constraints(*placement_constraints)
        if placement_strategies is not None:
            self.add_placement_strategies(*placement_strategies)
        self.node.add_validation(_Validation(
            lambda: [] if self.task_definition.default_container is not None
            else ["A TaskDefinition must have at least one essential container"]))
        self.node.add_validation(_Validation(
            lambda: [] if self.daemon or self.cluster.has_ec2_capacity
            else ["Cluster for this service needs Ec2 capacity. Call addXxxCapacity() on the cluster."]))
        if min_healthy_percent is None and daemon:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecs:minHealthyPercentDaemon",
                "minHealthyPercent has not been configured so the default value of 0% for a daemon service is used. "
                "See https://github.com/aws/aws-cdk/issues/31705")

    @staticmethod
    def from_ec2_service_arn(scope: Construct, id: str, ec2_service_arn: str) -> IEc2Service:
        """Import an EC2 service by ARN."""
        svc = _ImportedService(scope, id, ec2_service_arn, "")
        svc.service_name = _extract_service_name_from_arn(svc, ec2_service_arn)
        return svc  # type: ignore[return-value]

    @staticmethod
    def from_ec2_service_attributes(scope: Construct, id: str, *, cluster: ICluster, service_arn: str | None = None,
                                    service_name: str | None = None) -> IBaseService:
        """Import an EC2 service by ARN or name, with its cluster."""
        return _from_service_attributes(scope, id, cluster, service_arn, service_name)

    def add_placement_strategies(self, *strategies: PlacementStrategy) -> None:
        """Add placement strategies (not in daemon mode)."""
        if strategies and self.daemon:
            raise ValidationError("Can't configure placement strategies when daemon=true", self)
        if strategies and not self._strategies and self._az_rebalancing:
            first = strategies[0].to_json()[0]
            if first["type"] != "spread" or first.get("field") != BuiltInAttributes.AVAILABILITY_ZONE:
                raise ValidationError(
                    "AvailabilityZoneBalancing.ENABLED requires that the first placement strategy, if any, be 'spread "
                    f'across "{BuiltInAttributes.AVAILABILITY_ZONE}"\'', self)
        self._strategies_initialized = True
        for s in strategies:
            self._strategies.extend(s.to_json())

    def add_placement_constraints(self, *constraints: PlacementConstraint) -> None:
        """Add placement constraints."""
        self._constraints_initialized = True
        for c in constraints:
            items = c.to_json()
            if self._az_rebalancing:
                for item in items:
                    if item["type"] == "memberOf" and BuiltInAttributes.AVAILABILITY_ZONE in (item.get("expression")
                                                                                              or ""):
                        raise ValidationError(
                            f'AvailabilityZoneBalancing.ENABLED disallows usage of "{BuiltInAttributes.AVAILABILITY_ZONE}"',
                            self)
            self._constraints.extend(items)

    def attach_to_classic_lb(self, load_balancer: ClassicLoadBalancer) -> None:
        """Not with AZ rebalancing; otherwise as ``BaseService``."""
        if self._az_rebalancing:
            raise ValidationError("AvailabilityZoneRebalancing.ENABLED disallows using the service as a target of a "
                                  "Classic Load Balancer", self)
        super().attach_to_classic_lb(load_balancer)


def _security_groups_in_this_stack(scope: Construct, groups: Sequence[Any]) -> list[Any]:
    from l2.ec2 import SecurityGroup

    stack = Stack.of(scope)
    out = []
    i = 1
    for group in groups:
        if Stack.of(group) is stack:
            out.append(group)
        else:
            out.append(SecurityGroup.from_security_group_id(scope, f"SecurityGroup{i}", group.security_group_id,
                                                            allow_all_outbound=group.allow_all_outbound, mutable=True))
            i += 1
    return out


class ExternalService(BaseService):
    """A service on external (ECS Anywhere) instances.

    Args:
        scope: the parent.
        id: the construct id.
        cluster: the cluster.
        task_definition: an External task definition.
        daemon: one task on each instance.
        security_groups: not supported (bridge networking only).
        The other keyword arguments are those of ``BaseServiceOptions`` (see that struct).
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs.ExternalService"

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        task_definition: TaskDefinition,
        bake_time: Duration | None = None,
        canary_configuration: TrafficShiftConfig | None = None,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        deployment_alarms: DeploymentAlarmConfig | None = None,
        deployment_controller: DeploymentController | None = None,
        deployment_strategy: DeploymentStrategy | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        force_new_deployment: ForceNewDeployment | None = None,
        health_check_grace_period: Duration | None = None,
        lifecycle_hooks: Sequence[IDeploymentLifecycleHookTarget] | None = None,
        linear_configuration: TrafficShiftConfig | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_connect_configuration: ServiceConnectProps | None = None,
        service_name: str | None = None,
        task_definition_revision: TaskDefinitionRevision | None = None,
        volume_configurations: Sequence[ServiceManagedVolume] | None = None,
        daemon: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
    ) -> None:
        ctype = deployment_controller.type if deployment_controller is not None else None
        if daemon:
            if ctype in (DeploymentControllerType.EXTERNAL, DeploymentControllerType.CODE_DEPLOY):
                raise ValidationError("CODE_DEPLOY or EXTERNAL deployment controller types don't support the DAEMON "
                                      "scheduling strategy.", scope)
            if desired_count is not None:
                raise ValidationError("Daemon mode launches one task on every instance. Cannot specify desiredCount "
                                      "when daemon mode is enabled.", scope)
            if max_healthy_percent is not None and max_healthy_percent != 100:
                raise ValidationError("Maximum percent must be 100 when daemon mode is enabled.", scope)
        if min_healthy_percent is not None and max_healthy_percent is not None and \
                min_healthy_percent >= max_healthy_percent:
            raise ValidationError("Minimum healthy percent must be less than maximum healthy percent.", scope)
        if task_definition.compatibility is not Compatibility.EXTERNAL:
            raise ValidationError("Supplied TaskDefinition is not configured for compatibility with ECS Anywhere "
                                  "cluster", scope)
        if cluster.default_cloud_map_namespace is not None:
            raise ValidationError(f"Cloud map integration is not supported for External service "
                                  f"{cluster.default_cloud_map_namespace}", scope)
        if cloud_map_options is not None:
            raise ValidationError("Cloud map options are not supported for External service", scope)
        if capacity_provider_strategies is not None:
            raise ValidationError("Capacity Providers are not supported for External service", scope)
        props = dict(cluster=cluster, bake_time=bake_time, canary_configuration=canary_configuration, capacity_provider_strategies=capacity_provider_strategies, circuit_breaker=circuit_breaker, cloud_map_options=cloud_map_options, deployment_alarms=deployment_alarms, deployment_controller=deployment_controller, deployment_strategy=deployment_strategy, desired_count=desired_count, enable_ecs_managed_tags=enable_ecs_managed_tags, enable_execute_command=enable_execute_command, force_new_deployment=force_new_deployment, health_check_grace_period=health_check_grace_period, lifecycle_hooks=lifecycle_hooks, linear_configuration=linear_configuration, max_healthy_percent=max_healthy_percent, min_healthy_percent=min_healthy_percent, propagate_tags=propagate_tags, service_connect_configuration=service_connect_configuration, service_name=service_name, task_definition_revision=task_definition_revision, volume_configurations=volume_configurations, launch_type=LaunchType.EXTERNAL)
        props["max_healthy_percent"] = 100 if max_healthy_percent is None else max_healthy_percent
        props["min_healthy_percent"] = 0 if min_healthy_percent is None else min_healthy_percent
        props["propagate_tags"] = propagate_tags or PropagatedTagSource.NONE
        super().__init__(scope, id, props, {
            "cluster": cluster.cluster_name,
            "task_definition": None if ctype is DeploymentControllerType.EXTERNAL
            else task_definition.task_definition_arn,
            "scheduling_strategy": "DAEMON" if daemon else None,
        }, task_definition)
        self.node.add_validation(_Validation(
            lambda: [] if self.task_definition.default_container is not None
            else ["A TaskDefinition must have at least one essential container"]))
        self.node.add_validation(_Validation(
            lambda: ["Network configurations not supported for an external service"]
            if self.network_configuration is not None else []))
        if min_healthy_percent is None:
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-ecs:minHealthyPercentExternal",
                "minHealthyPercent has not been configured so the default value of 0% for an external service is used. "
                "The number of running tasks will decrease below the desired count during deployments etc. See "
                "https://github.com/aws/aws-cdk/issues/31705")

    @staticmethod
    def from_external_service_arn(scope: Construct, id: str, external_service_arn: str) -> IExternalService:
        """Import an External service by ARN."""
        name = Stack.of(scope).split_arn(external_service_arn, ArnFormat.SLASH_RESOURCE_NAME).resource_name
        return _ImportedService(scope, id, external_service_arn, name or "")  # type: ignore[return-value]

    @staticmethod
    def from_external_service_attributes(scope: Construct, id: str, *, cluster: ICluster,
                                         service_arn: str | None = None,
                                         service_name: str | None = None) -> IBaseService:
        """Import an External service by ARN or name, with its cluster."""
        return _from_service_attributes(scope, id, cluster, service_arn, service_name)

    def attach_to_application_target_group(self, _target_group: IApplicationTargetGroup) -> LoadBalancerTargetProps:
        """Not supported."""
        raise ValidationError("Application load balancer cannot be attached to an external service", self)

    def load_balancer_target(
        self,
        *,
        container_name: str,
        alternate_target: IAlternateTarget | None = None,
        container_port: int | float | None = None,
        protocol: Protocol | None = None,
    ) -> IEcsLoadBalancerTarget:
        """Not supported."""
        raise ValidationError("External service cannot be attached as load balancer targets", self)

    def register_load_balancer_targets(self, *targets: Any) -> None:
        """Not supported."""
        raise ValidationError("External service cannot be registered as load balancer targets", self)

    def _configure_aws_vpc_networking_with_security_groups(self, *args: Any) -> None:
        raise ValidationError("Only Bridge network mode is supported for external service", self)

    def auto_scale_task_count(self, *, max_capacity: int | float,
                              min_capacity: int | float | None = None) -> ScalableTaskCount:
        """Not supported."""
        raise ValidationError("Autoscaling not supported for external service", self)

    def enable_cloud_map(
        self,
        *,
        cloud_map_namespace: INamespace | None = None,
        container: ContainerDefinition | None = None,
        container_port: int | float | None = None,
        dns_record_type: DnsRecordType | None = None,
        dns_ttl: Duration | None = None,
        failure_threshold: int | float | None = None,
        name: str | None = None,
    ) -> IService:
        """Not supported."""
        raise ValidationError("Cloud map integration not supported for an external service", self)

    def associate_cloud_map_service(self, *, service: IService, container: ContainerDefinition | None = None,
                                    container_port: int | float | None = None) -> None:
        """Not supported."""
        raise ValidationError("Cloud map service association is not supported for an external service", self)


def _scalable_attribute_base() -> type:
    from l2.applicationautoscaling import BaseScalableAttribute

    return BaseScalableAttribute


class ScalableTaskCount(_scalable_attribute_base()):  # type: ignore[misc]
    """The scalable number of tasks of a service (``BaseService.auto_scale_task_count``).

    Args:
        scope: the parent.
        id: the construct id.
        dimension, resource_id, role, service_namespace, max_capacity, min_capacity: the scalable target's.
    """

    def __init__(self, scope: Construct, id: str, *, dimension: str, resource_id: str, role: IRole,
                 service_namespace: ServiceNamespace, max_capacity: int | float,
                 min_capacity: int | float | None = None) -> None:
        super().__init__(scope, id, dimension=dimension, resource_id=resource_id, role=role,
                         service_namespace=service_namespace, max_capacity=max_capacity, min_capacity=min_capacity)

    def scale_on_schedule(self, id: str, *, schedule: Schedule, end_time: datetime.datetime | None = None,
                          max_capacity: int | float | None = None, min_capacity: int | float | None = None,
                          start_time: datetime.datetime | None = None, time_zone: Any = None) -> None:
        """Scale on a schedule."""
        self._do_scale_on_schedule(id, schedule=schedule, end_time=end_time, max_capacity=max_capacity,
                                   min_capacity=min_capacity, start_time=start_time, time_zone=time_zone)

    def scale_on_metric(self, id: str, *, metric: IMetric, scaling_steps: Sequence[ScalingInterval],
                        adjustment_type: AdjustmentType | None = None, cooldown: Duration | None = None,
                        datapoints_to_alarm: int | float | None = None, evaluation_periods: int | float | None = None,
                        metric_aggregation_type: MetricAggregationType | None = None,
                        min_adjustment_magnitude: int | float | None = None) -> None:
        """Scale in steps on a metric."""
        self._do_scale_on_metric(id, metric=metric, scaling_steps=scaling_steps, adjustment_type=adjustment_type,
                                 cooldown=cooldown, datapoints_to_alarm=datapoints_to_alarm,
                                 evaluation_periods=evaluation_periods, metric_aggregation_type=metric_aggregation_type,
                                 min_adjustment_magnitude=min_adjustment_magnitude)

    def scale_on_cpu_utilization(self, id: str, *, target_utilization_percent: int | float,
                                 disable_scale_in: bool | None = None, policy_name: str | None = None,
                                 scale_in_cooldown: Duration | None = None,
                                 scale_out_cooldown: Duration | None = None) -> None:
        """Track the service's average CPU utilisation."""
        from l2.applicationautoscaling import PredefinedMetric

        self._track_literal(id, {
            "predefined_metric": PredefinedMetric.ECS_SERVICE_AVERAGE_CPU_UTILIZATION, "policy_name": policy_name,
            "disable_scale_in": disable_scale_in, "target_value": target_utilization_percent,
            "scale_in_cooldown": scale_in_cooldown, "scale_out_cooldown": scale_out_cooldown})

    def _track_literal(self, id: str, props: dict[str, Any]) -> None:
        """Track a metric; the target's analytics metadata records ``props`` (aws-cdk-lib's literal, in its order,
        unset keys included)."""
        from l2.applicationautoscaling import ScalableTarget

        analytics_call(self._target, "scaleToTrackMetric", [id, props])
        with analytics_quiet(ScalableTarget):
            self._do_scale_to_track_metric(id, **props)

    def scale_on_memory_utilization(self, id: str, *, target_utilization_percent: int | float,
                                    disable_scale_in: bool | None = None, policy_name: str | None = None,
                                    scale_in_cooldown: Duration | None = None,
                                    scale_out_cooldown: Duration | None = None) -> None:
        """Track the service's average memory utilisation."""
        from l2.applicationautoscaling import PredefinedMetric

        self._track_literal(id, {
            "predefined_metric": PredefinedMetric.ECS_SERVICE_AVERAGE_MEMORY_UTILIZATION,
            "target_value": target_utilization_percent, "policy_name": policy_name,
            "disable_scale_in": disable_scale_in, "scale_in_cooldown": scale_in_cooldown,
            "scale_out_cooldown": scale_out_cooldown})

    def scale_on_request_count(self, id: str, *, requests_per_target: int | float,
                               target_group: ApplicationTargetGroup, disable_scale_in: bool | None = None,
                               policy_name: str | None = None, scale_in_cooldown: Duration | None = None,
                               scale_out_cooldown: Duration | None = None) -> None:
        """Track the ALB requests per target."""
        from l2.applicationautoscaling import PredefinedMetric

        label = target_group.first_load_balancer_full_name + "/" + target_group.target_group_full_name
        self._do_scale_to_track_metric(
            id, predefined_metric=PredefinedMetric.ALB_REQUEST_COUNT_PER_TARGET, resource_label=label,
            target_value=requests_per_target, policy_name=policy_name, disable_scale_in=disable_scale_in,
            scale_in_cooldown=scale_in_cooldown, scale_out_cooldown=scale_out_cooldown)

    def scale_to_track_custom_metric(self, id: str, *, metric: IMetric, target_value: int | float,
                                     disable_scale_in: bool | None = None, policy_name: str | None = None,
                                     scale_in_cooldown: Duration | None = None,
                                     scale_out_cooldown: Duration | None = None) -> None:
        """Track a custom metric."""
        self._do_scale_to_track_metric(
            id, custom_metric=metric, target_value=target_value, policy_name=policy_name,
            disable_scale_in=disable_scale_in, scale_in_cooldown=scale_in_cooldown,
            scale_out_cooldown=scale_out_cooldown)
