"""Multiple-target-groups service patterns: several load balancers, listeners and target groups per service."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import CfnOutput, Construct, Duration, ValidationError
from patterns.ecs_patterns._common import (
    REMOVE_DEFAULT_DESIRED_COUNT,
    arguments,
    aws_log_driver,
    check_cluster_or_vpc,
    check_idle_timeout,
    default_cluster,
    flag,
)

if TYPE_CHECKING:
    from l2.certificatemanager import ICertificate
    from l2.ec2 import IVpc
    from l2.ecs import (
        BaseService,
        CloudMapOptions,
        ContainerDefinition,
        DeploymentCircuitBreaker,
        Ec2Service,
        Ec2TaskDefinition,
        FargatePlatformVersion,
        FargateService,
        FargateTaskDefinition,
        ICluster,
        LogDriver,
        PlacementConstraint,
        PlacementStrategy,
        PropagatedTagSource,
        RuntimePlatform,
    )
    from l2.elasticloadbalancingv2 import (
        ApplicationListener,
        ApplicationLoadBalancer,
        ApplicationProtocol,
        ApplicationTargetGroup,
        NetworkListener,
        NetworkLoadBalancer,
        NetworkTargetGroup,
        SslPolicy,
    )
    from l2.route53 import IHostedZone
    from patterns.ecs_patterns._types import (
        ApplicationLoadBalancedTaskImageProps,
        ApplicationLoadBalancerProps,
        ApplicationTargetProps,
        NetworkLoadBalancedTaskImageProps,
        NetworkLoadBalancerProps,
        NetworkTargetProps,
    )


def _check_input(scope: Construct, a: Mapping[str, Any]) -> None:
    check_cluster_or_vpc(scope, a["cluster"], a["vpc"])
    if a["desired_count"] is not None and a["desired_count"] < 1:
        raise ValidationError("You must specify a desiredCount greater than 0", scope)
    if a["load_balancers"] is not None:
        if len(a["load_balancers"]) == 0:
            raise ValidationError("At least one load balancer must be specified", scope)
        for lb in a["load_balancers"]:
            if len(lb.listeners) == 0:
                raise ValidationError("At least one listener must be specified", scope)


def _log_driver(scope: Construct, enable_logging: bool | None, log_driver: LogDriver | None) -> LogDriver | None:
    if log_driver is not None:
        return log_driver
    return aws_log_driver(scope.node.id) if enable_logging is None or enable_logging else None


def _alias_record(scope: Construct, load_balancer: Any, name: str | None, zone: IHostedZone | None) -> str:
    from l2 import route53, route53_targets

    if name is None:
        return str(load_balancer.load_balancer_dns_name)
    if zone is None:
        raise ValidationError(
            "A Route53 hosted domain zone name is required to configure the specified domain name", scope
        )
    return route53.ARecord(
        scope,
        f"DNS{load_balancer.node.id}",
        zone=zone,
        record_name=name,
        target=route53.RecordTarget.from_alias(route53_targets.LoadBalancerTarget(load_balancer)),
    ).domain_name


class _MultipleTargetGroupsBase(Construct):
    """Target registration shared by the ALB and NLB kinds."""

    listener: Any
    listeners: list[Any]
    target_groups: list[Any]

    def _find_listener(self, name: str | None) -> Any:
        if not name:
            return self.listener
        for listener in self.listeners:
            if listener.node.id == name:
                return listener
        raise ValidationError(f"Listener {name} is not defined. Did you define listener with name {name}?", self)

    def _service_desired_count(self) -> int | float | None:
        internal: int | float | None = getattr(self, "internal_desired_count", None)
        return internal if flag(self, REMOVE_DEFAULT_DESIRED_COUNT) else getattr(self, "desired_count", 1)

    def _first_target_group(self) -> Any:
        if not self.target_groups:
            raise ValidationError("At least one target group should be specified.", self)
        return self.target_groups[0]


class ApplicationMultipleTargetGroupsServiceBase(_MultipleTargetGroupsBase):
    """What the multiple-target-groups ALB patterns share: a cluster, Application Load Balancers with listeners
    (HTTPS with certificates), DNS records and outputs.

    Args:
        scope: the parent construct.
        id: the construct id.
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        load_balancers: the load balancers to create (default one public load balancer with one listener).
        propagate_tags: where tags of the tasks come from (default none).
        service_name: the service's name (default generated).
        target_groups: target groups to route to the container (default one on the first port).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: ``cluster`` with ``vpc``; ``desired_count`` below 1; no load balancer or a load balancer
            without listeners; an idle timeout outside 1..4000 s; a certificate with a protocol other than HTTPS;
            HTTPS without a domain name and zone.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        load_balancers: Sequence[ApplicationLoadBalancerProps] | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_name: str | None = None,
        target_groups: Sequence[ApplicationTargetProps] | None = None,
        task_image_options: ApplicationLoadBalancedTaskImageProps | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._setup_load_balancers(arguments(locals()))

    def _setup_load_balancers(self, a: Mapping[str, Any]) -> None:
        from l2 import elasticloadbalancingv2 as elbv2

        _check_input(self, a)
        self.cluster: ICluster = a["cluster"] or default_cluster(self, a["vpc"])
        """The cluster the service runs in."""
        self.desired_count: int | float = a["desired_count"] or 1
        self.internal_desired_count: int | float | None = a["desired_count"]
        """The desired count as given (``None`` when not given)."""
        self.listeners: list[ApplicationListener] = []
        """Every listener."""
        self.target_groups: list[ApplicationTargetGroup] = []
        """Every target group."""
        self.load_balancers: list[ApplicationLoadBalancer] = []
        """Every load balancer."""
        self._log_driver: LogDriver | None = None
        options = a["task_image_options"]
        if options is not None:
            self._log_driver = _log_driver(self, options.enable_logging, options.log_driver)
        lbs: Sequence[ApplicationLoadBalancerProps] | None = a["load_balancers"]
        if lbs is not None:
            for lb_props in lbs:
                if lb_props.idle_timeout is not None:
                    check_idle_timeout(self, lb_props.idle_timeout.to_seconds())
            for lb_props in lbs:
                lb = self._create_load_balancer(lb_props.name, lb_props.public_load_balancer, lb_props.idle_timeout)
                self.load_balancers.append(lb)
                protocols: list[ApplicationProtocol] = []
                for listener_props in lb_props.listeners:
                    protocol = self._listener_protocol(listener_props.protocol, listener_props.certificate)
                    if (
                        listener_props.certificate is not None
                        and protocol is not None
                        and protocol != elbv2.ApplicationProtocol.HTTPS
                    ):
                        raise ValidationError("The HTTPS protocol must be used when a certificate is given", self)
                    if protocol not in protocols:
                        protocols.append(protocol)
                    self.listeners.append(
                        self._config_listener(
                            protocol,
                            lb,
                            listener_props.name,
                            port=listener_props.port,
                            ssl_policy=listener_props.ssl_policy,
                            certificate=listener_props.certificate,
                            domain_name=lb_props.domain_name,
                            domain_zone=lb_props.domain_zone,
                        )
                    )
                domain_name = _alias_record(self, lb, lb_props.domain_name, lb_props.domain_zone)
                CfnOutput(self, f"LoadBalancerDNS{lb.node.id}", value=lb.load_balancer_dns_name)
                for protocol in protocols:
                    scheme = protocol.value.lower()
                    CfnOutput(self, f"ServiceURL{lb.node.id}{scheme}", value=f"{scheme}://{domain_name}")
            self.load_balancer: ApplicationLoadBalancer = self.load_balancers[0]
            """The first load balancer."""
            self.listener: ApplicationListener = self.listeners[0]
            """The first listener."""
        else:
            self.load_balancer = self._create_load_balancer("LB")
            protocol = self._listener_protocol()
            self.listener = self._config_listener(protocol, self.load_balancer, "PublicListener")
            domain_name = _alias_record(self, self.load_balancer, None, None)
            CfnOutput(self, "LoadBalancerDNS", value=self.load_balancer.load_balancer_dns_name)
            CfnOutput(self, "ServiceURL", value=protocol.value.lower() + "://" + domain_name)

    def _create_load_balancer(
        self, name: str, public_load_balancer: bool | None = None, idle_timeout: Duration | None = None
    ) -> ApplicationLoadBalancer:
        from l2 import elasticloadbalancingv2 as elbv2

        return elbv2.ApplicationLoadBalancer(
            self,
            name,
            vpc=self.cluster.vpc,
            internet_facing=public_load_balancer if public_load_balancer is not None else True,
            idle_timeout=idle_timeout,
            load_balancer_name=name,
        )

    @staticmethod
    def _listener_protocol(
        protocol: ApplicationProtocol | None = None, certificate: ICertificate | None = None
    ) -> ApplicationProtocol:
        from l2 import elasticloadbalancingv2 as elbv2

        if protocol is not None:
            return protocol
        return elbv2.ApplicationProtocol.HTTPS if certificate is not None else elbv2.ApplicationProtocol.HTTP

    def _config_listener(
        self,
        protocol: ApplicationProtocol,
        load_balancer: ApplicationLoadBalancer,
        listener_name: str,
        *,
        port: float | None = None,
        ssl_policy: SslPolicy | None = None,
        certificate: ICertificate | None = None,
        domain_name: str | None = None,
        domain_zone: IHostedZone | None = None,
    ) -> ApplicationListener:
        from l2 import certificatemanager as acm
        from l2 import elasticloadbalancingv2 as elbv2

        listener = load_balancer.add_listener(listener_name, protocol=protocol, open=True, port=port, ssl_policy=ssl_policy)
        if protocol == elbv2.ApplicationProtocol.HTTPS:
            if domain_name is None or domain_zone is None:
                raise ValidationError("A domain name and zone is required when using the HTTPS protocol", self)
            if certificate is None:
                certificate = acm.Certificate(
                    self,
                    f"Certificate{listener_name}",
                    domain_name=domain_name,
                    validation=acm.CertificateValidation.from_dns(domain_zone),
                )
            listener.add_certificates(
                f"Arns{listener_name}", [elbv2.ListenerCertificate.from_arn(certificate.certificate_arn)]
            )
        return listener

    def _register_ecs_targets(
        self, service: BaseService, container: ContainerDefinition, targets: Sequence[ApplicationTargetProps]
    ) -> ApplicationTargetGroup:
        from l2 import elasticloadbalancingv2 as elbv2

        for target in targets:
            conditions = []
            if target.host_header:
                conditions.append(elbv2.ListenerCondition.host_headers([target.host_header]))
            if target.path_pattern:
                conditions.append(elbv2.ListenerCondition.path_patterns([target.path_pattern]))
            group = self._find_listener(target.listener).add_targets(
                f"ECSTargetGroup{container.container_name}{_num(target.container_port)}",
                port=80,
                targets=[
                    service.load_balancer_target(
                        container_name=container.container_name,
                        container_port=target.container_port,
                        protocol=target.protocol,
                    )
                ],
                conditions=conditions,
                priority=target.priority,
            )
            self.target_groups.append(group)
        return self._first_target_group()  # type: ignore[no-any-return]

    @staticmethod
    def _add_port_mapping_for_targets(container: ContainerDefinition, targets: Sequence[ApplicationTargetProps]) -> None:
        from l2 import ecs

        for target in targets:
            if container.find_port_mapping(target.container_port, target.protocol or ecs.Protocol.TCP) is None:
                container.add_port_mappings(
                    ecs.PortMapping(container_port=target.container_port, protocol=target.protocol)
                )


class NetworkMultipleTargetGroupsServiceBase(_MultipleTargetGroupsBase):
    """What the multiple-target-groups NLB patterns share: a cluster, Network Load Balancers with listeners, DNS
    records and outputs.

    Args:
        scope: the parent construct.
        id: the construct id.
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        load_balancers: the load balancers to create (default one public load balancer with one listener).
        propagate_tags: where tags of the tasks come from (default none).
        service_name: the service's name (default generated).
        target_groups: target groups to route to the container (default one on the first port).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: ``cluster`` with ``vpc``; ``desired_count`` below 1; no load balancer or a load balancer
            without listeners.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        load_balancers: Sequence[NetworkLoadBalancerProps] | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_name: str | None = None,
        target_groups: Sequence[NetworkTargetProps] | None = None,
        task_image_options: NetworkLoadBalancedTaskImageProps | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._setup_load_balancers(arguments(locals()))

    def _setup_load_balancers(self, a: Mapping[str, Any]) -> None:
        _check_input(self, a)
        self.cluster: ICluster = a["cluster"] or default_cluster(self, a["vpc"])
        """The cluster the service runs in."""
        self.desired_count: int | float = a["desired_count"] or 1
        self.internal_desired_count: int | float | None = a["desired_count"]
        """The desired count as given (``None`` when not given)."""
        self.listeners: list[NetworkListener] = []
        """Every listener."""
        self.target_groups: list[NetworkTargetGroup] = []
        """Every target group."""
        self.load_balancers: list[NetworkLoadBalancer] = []
        """Every load balancer."""
        self._log_driver: LogDriver | None = None
        options = a["task_image_options"]
        if options is not None:
            self._log_driver = _log_driver(self, options.enable_logging, options.log_driver)
        lbs: Sequence[NetworkLoadBalancerProps] | None = a["load_balancers"]
        if lbs is not None:
            for lb_props in lbs:
                lb = self._create_load_balancer(lb_props.name, lb_props.public_load_balancer)
                self.load_balancers.append(lb)
                for listener_props in lb_props.listeners:
                    self.listeners.append(lb.add_listener(listener_props.name, port=listener_props.port or 80))
                _alias_record(self, lb, lb_props.domain_name, lb_props.domain_zone)
                CfnOutput(self, f"LoadBalancerDNS{lb.node.id}", value=lb.load_balancer_dns_name)
            self.load_balancer: NetworkLoadBalancer = self.load_balancers[0]
            """The first load balancer."""
            self.listener: NetworkListener = self.listeners[0]
            """The first listener."""
        else:
            self.load_balancer = self._create_load_balancer("LB")
            self.listener = self.load_balancer.add_listener("PublicListener", port=80)
            CfnOutput(self, "LoadBalancerDNS", value=self.load_balancer.load_balancer_dns_name)

    def _create_load_balancer(self, name: str, public_load_balancer: bool | None = None) -> NetworkLoadBalancer:
        from l2 import elasticloadbalancingv2 as elbv2

        return elbv2.NetworkLoadBalancer(
            self,
            name,
            vpc=self.cluster.vpc,
            internet_facing=public_load_balancer if public_load_balancer is not None else True,
        )

    def _register_ecs_targets(
        self, service: BaseService, container: ContainerDefinition, targets: Sequence[NetworkTargetProps]
    ) -> NetworkTargetGroup:
        for target in targets:
            group = self._find_listener(target.listener).add_targets(
                f"ECSTargetGroup{container.container_name}{_num(target.container_port)}",
                port=target.container_port if target.container_port is not None else 80,
                targets=[
                    service.load_balancer_target(
                        container_name=container.container_name, container_port=target.container_port
                    )
                ],
            )
            self.target_groups.append(group)
        return self._first_target_group()  # type: ignore[no-any-return]

    @staticmethod
    def _add_port_mapping_for_targets(container: ContainerDefinition, targets: Sequence[NetworkTargetProps]) -> None:
        from l2 import ecs

        for target in targets:
            if container.find_port_mapping(target.container_port, ecs.Protocol.TCP) is None:
                container.add_port_mappings(ecs.PortMapping(container_port=target.container_port))


def _num(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _task_image_container(
    scope: Any, options: Any, log_driver: LogDriver | None, **extra: Any
) -> ContainerDefinition:
    from l2 import ecs

    container = scope.task_definition.add_container(
        options.container_name or "web",
        image=options.image,
        **extra,
        environment=options.environment,
        secrets=options.secrets,
        logging=log_driver,
        docker_labels=options.docker_labels,
    )
    for port in options.container_ports or ():
        container.add_port_mappings(ecs.PortMapping(container_port=port))
    return container  # type: ignore[no-any-return]


def _finish(scope: Any, target_groups: Any, check_single_port: bool) -> None:
    """Add the default port mapping, then register the target groups (or one ``ECS`` group on the first port)."""
    from l2 import ecs

    container = scope.task_definition.default_container
    if container is None:
        raise ValidationError("At least one essential container must be specified", scope)
    if len(container.port_mappings) == 0:
        container.add_port_mappings(ecs.PortMapping(container_port=80))
    scope.service = scope._create_service()
    if target_groups is not None:
        scope._add_port_mapping_for_targets(container, target_groups)
        scope.target_group = scope._register_ecs_targets(scope.service, container, target_groups)
    else:
        port = container.port_mappings[0].container_port
        if check_single_port and not port:
            raise ValidationError(
                "The first port mapping added to the default container must expose a single port", scope
            )
        scope.target_group = scope.listener.add_targets("ECS", targets=[scope.service], port=port)


class ApplicationMultipleTargetGroupsFargateService(ApplicationMultipleTargetGroupsServiceBase):
    """A Fargate service behind Application Load Balancers with several target groups.

    Args:
        scope: the parent construct.
        id: the construct id.
        assign_public_ip: give the tasks public IP addresses (default false).
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        load_balancers: the load balancers to create (default one public load balancer with one listener).
        propagate_tags: where tags of the tasks come from (default none).
        service_name: the service's name (default generated).
        target_groups: target groups to route to the container (default one on the first port).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        circuit_breaker: the deployment circuit breaker (default none).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; a task definition
            without an essential container; and the errors of ``ApplicationMultipleTargetGroupsServiceBase``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs-patterns.ApplicationMultipleTargetGroupsFargateService"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assign_public_ip: bool | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        load_balancers: Sequence[ApplicationLoadBalancerProps] | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_name: str | None = None,
        target_groups: Sequence[ApplicationTargetProps] | None = None,
        task_image_options: ApplicationLoadBalancedTaskImageProps | None = None,
        vpc: IVpc | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cpu: int | float | None = None,
        ephemeral_storage_gib: int | float | None = None,
        memory_limit_mib: int | float | None = None,
        platform_version: FargatePlatformVersion | None = None,
        runtime_platform: RuntimePlatform | None = None,
        task_definition: FargateTaskDefinition | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_load_balancers(a)
        from l2 import ecs

        self._args = a
        self.assign_public_ip: bool = bool(assign_public_ip)
        """Whether the tasks get public IP addresses."""
        if task_definition is not None and task_image_options is not None:
            raise ValidationError("You must specify only one of TaskDefinition or TaskImageOptions.", self)
        if task_definition is not None:
            self.task_definition: FargateTaskDefinition = task_definition
            """The task definition."""
        elif task_image_options is not None:
            self.task_definition = ecs.FargateTaskDefinition(
                self,
                "TaskDef",
                memory_limit_mib=memory_limit_mib,
                cpu=cpu,
                ephemeral_storage_gib=ephemeral_storage_gib,
                execution_role=task_image_options.execution_role,
                task_role=task_image_options.task_role,
                family=task_image_options.family,
                runtime_platform=runtime_platform,
            )
            _task_image_container(self, task_image_options, self._log_driver)
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        self.service: FargateService
        """The Fargate service."""
        self.target_group: ApplicationTargetGroup
        """The first target group."""
        _finish(self, target_groups, False)

    def _create_service(self) -> FargateService:
        from l2 import ecs

        a = self._args
        return ecs.FargateService(
            self,
            "Service",
            cluster=self.cluster,
            desired_count=self._service_desired_count(),
            task_definition=self.task_definition,
            assign_public_ip=self.assign_public_ip,
            service_name=a["service_name"],
            health_check_grace_period=a["health_check_grace_period"],
            propagate_tags=a["propagate_tags"],
            enable_ecs_managed_tags=a["enable_ecs_managed_tags"],
            cloud_map_options=a["cloud_map_options"],
            platform_version=a["platform_version"],
            enable_execute_command=a["enable_execute_command"],
        )


class ApplicationMultipleTargetGroupsEc2Service(ApplicationMultipleTargetGroupsServiceBase):
    """An EC2 service behind Application Load Balancers with several target groups.

    Args:
        scope: the parent construct.
        id: the construct id.
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
        task_definition: an existing task definition (not with the image options).
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        load_balancers: the load balancers to create (default one public load balancer with one listener).
        propagate_tags: where tags of the tasks come from (default none).
        service_name: the service's name (default generated).
        target_groups: target groups to route to the container (default one on the first port).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; a task definition
            without an essential container; and the errors of ``ApplicationMultipleTargetGroupsServiceBase``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cpu: int | float | None = None,
        memory_limit_mib: int | float | None = None,
        memory_reservation_mib: int | float | None = None,
        placement_constraints: Sequence[PlacementConstraint] | None = None,
        placement_strategies: Sequence[PlacementStrategy] | None = None,
        task_definition: Ec2TaskDefinition | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        load_balancers: Sequence[ApplicationLoadBalancerProps] | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_name: str | None = None,
        target_groups: Sequence[ApplicationTargetProps] | None = None,
        task_image_options: ApplicationLoadBalancedTaskImageProps | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_load_balancers(a)
        from l2 import ecs

        self._args = a
        if task_definition is not None and task_image_options is not None:
            raise ValidationError("You must specify only one of TaskDefinition or TaskImageOptions.", self)
        if task_definition is not None:
            self.task_definition: Ec2TaskDefinition = task_definition
            """The task definition."""
        elif task_image_options is not None:
            self.task_definition = ecs.Ec2TaskDefinition(
                self, "TaskDef", execution_role=task_image_options.execution_role,
                task_role=task_image_options.task_role,
            )
            _task_image_container(
                self, task_image_options, self._log_driver, cpu=cpu, memory_limit_mib=memory_limit_mib,
                memory_reservation_mib=memory_reservation_mib,
            )
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        self.service: Ec2Service
        """The EC2 service."""
        self.target_group: ApplicationTargetGroup
        """The first target group."""
        _finish(self, target_groups, False)

    def _create_service(self) -> Ec2Service:
        return _ec2_service(self, self._args)


def _ec2_service(scope: Any, a: Mapping[str, Any]) -> Ec2Service:
    from l2 import ecs

    return ecs.Ec2Service(
        scope,
        "Service",
        cluster=scope.cluster,
        desired_count=scope._service_desired_count(),
        task_definition=scope.task_definition,
        assign_public_ip=False,
        service_name=a["service_name"],
        health_check_grace_period=a["health_check_grace_period"],
        propagate_tags=a["propagate_tags"],
        enable_ecs_managed_tags=a["enable_ecs_managed_tags"],
        cloud_map_options=a["cloud_map_options"],
        enable_execute_command=a["enable_execute_command"],
        placement_constraints=a["placement_constraints"],
        placement_strategies=a["placement_strategies"],
    )


class NetworkMultipleTargetGroupsFargateService(NetworkMultipleTargetGroupsServiceBase):
    """A Fargate service behind Network Load Balancers with several target groups.

    Args:
        scope: the parent construct.
        id: the construct id.
        assign_public_ip: give the tasks public IP addresses (default false).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        load_balancers: the load balancers to create (default one public load balancer with one listener).
        propagate_tags: where tags of the tasks come from (default none).
        service_name: the service's name (default generated).
        target_groups: target groups to route to the container (default one on the first port).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        circuit_breaker: the deployment circuit breaker (default none).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; a task definition
            without an essential container; and the errors of ``NetworkMultipleTargetGroupsServiceBase``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs-patterns.NetworkMultipleTargetGroupsFargateService"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assign_public_ip: bool | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        load_balancers: Sequence[NetworkLoadBalancerProps] | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_name: str | None = None,
        target_groups: Sequence[NetworkTargetProps] | None = None,
        task_image_options: NetworkLoadBalancedTaskImageProps | None = None,
        vpc: IVpc | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cpu: int | float | None = None,
        ephemeral_storage_gib: int | float | None = None,
        memory_limit_mib: int | float | None = None,
        platform_version: FargatePlatformVersion | None = None,
        runtime_platform: RuntimePlatform | None = None,
        task_definition: FargateTaskDefinition | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_load_balancers(a)
        from l2 import ecs

        self._args = a
        self.assign_public_ip: bool = bool(assign_public_ip)
        """Whether the tasks get public IP addresses."""
        if task_definition is not None and task_image_options is not None:
            raise ValidationError("You must specify only one of TaskDefinition or TaskImageOptions.", self)
        if task_definition is not None:
            self.task_definition: FargateTaskDefinition = task_definition
            """The task definition."""
        elif task_image_options is not None:
            self.task_definition = ecs.FargateTaskDefinition(
                self,
                "TaskDef",
                memory_limit_mib=memory_limit_mib,
                cpu=cpu,
                ephemeral_storage_gib=ephemeral_storage_gib,
                execution_role=task_image_options.execution_role,
                task_role=task_image_options.task_role,
                family=task_image_options.family,
                runtime_platform=runtime_platform,
            )
            _task_image_container(self, task_image_options, self._log_driver)
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        self.service: FargateService
        """The Fargate service."""
        self.target_group: NetworkTargetGroup
        """The first target group."""
        _finish(self, target_groups, True)

    def _create_service(self) -> FargateService:
        from l2 import ecs

        a = self._args
        return ecs.FargateService(
            self,
            "Service",
            cluster=self.cluster,
            desired_count=self._service_desired_count(),
            task_definition=self.task_definition,
            assign_public_ip=self.assign_public_ip,
            service_name=a["service_name"],
            health_check_grace_period=a["health_check_grace_period"],
            propagate_tags=a["propagate_tags"],
            enable_ecs_managed_tags=a["enable_ecs_managed_tags"],
            cloud_map_options=a["cloud_map_options"],
            platform_version=a["platform_version"],
            enable_execute_command=a["enable_execute_command"],
            min_healthy_percent=a["min_healthy_percent"],
            max_healthy_percent=a["max_healthy_percent"],
            circuit_breaker=a["circuit_breaker"],
        )


class NetworkMultipleTargetGroupsEc2Service(NetworkMultipleTargetGroupsServiceBase):
    """An EC2 service behind Network Load Balancers with several target groups.

    Args:
        scope: the parent construct.
        id: the construct id.
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
        task_definition: an existing task definition (not with the image options).
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        load_balancers: the load balancers to create (default one public load balancer with one listener).
        propagate_tags: where tags of the tasks come from (default none).
        service_name: the service's name (default generated).
        target_groups: target groups to route to the container (default one on the first port).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; a task definition
            without an essential container; and the errors of ``NetworkMultipleTargetGroupsServiceBase``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cpu: int | float | None = None,
        memory_limit_mib: int | float | None = None,
        memory_reservation_mib: int | float | None = None,
        placement_constraints: Sequence[PlacementConstraint] | None = None,
        placement_strategies: Sequence[PlacementStrategy] | None = None,
        task_definition: Ec2TaskDefinition | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        desired_count: int | float | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        load_balancers: Sequence[NetworkLoadBalancerProps] | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        service_name: str | None = None,
        target_groups: Sequence[NetworkTargetProps] | None = None,
        task_image_options: NetworkLoadBalancedTaskImageProps | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_load_balancers(a)
        from l2 import ecs

        self._args = a
        if task_definition is not None and task_image_options is not None:
            raise ValidationError("You must specify only one of TaskDefinition or TaskImageOptions.", self)
        if task_definition is not None:
            self.task_definition: Ec2TaskDefinition = task_definition
            """The task definition."""
        elif task_image_options is not None:
            self.task_definition = ecs.Ec2TaskDefinition(
                self, "TaskDef", execution_role=task_image_options.execution_role,
                task_role=task_image_options.task_role,
            )
            _task_image_container(
                self, task_image_options, self._log_driver, cpu=cpu, memory_limit_mib=memory_limit_mib,
                memory_reservation_mib=memory_reservation_mib,
            )
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        self.service: Ec2Service
        """The EC2 service."""
        self.target_group: NetworkTargetGroup
        """The first target group."""
        _finish(self, target_groups, True)

    def _create_service(self) -> Ec2Service:
        return _ec2_service(self, self._args)
