"""Network Load Balancer service patterns: ``NetworkLoadBalancedServiceBase`` and its Fargate/EC2 kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import CfnOutput, Construct, Duration, ValidationError
from patterns.ecs_patterns._common import (
    REMOVE_DEFAULT_DESIRED_COUNT,
    arguments,
    aws_log_driver,
    check_cluster_or_vpc,
    default_cluster,
    flag,
)
from patterns.ecs_patterns._types import NetworkLoadBalancedServiceRecordType

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.ecs import (
        CapacityProviderStrategy,
        CloudMapOptions,
        DeploymentCircuitBreaker,
        DeploymentController,
        Ec2Service,
        Ec2TaskDefinition,
        FargatePlatformVersion,
        FargateService,
        FargateTaskDefinition,
        ICluster,
        PlacementConstraint,
        PlacementStrategy,
        PropagatedTagSource,
        RuntimePlatform,
    )
    from l2.elasticloadbalancingv2 import (
        IListenerCertificate,
        INetworkLoadBalancer,
        IpAddressType,
        NetworkListener,
        NetworkLoadBalancer,
        NetworkTargetGroup,
    )
    from l2.route53 import IHostedZone
    from patterns.ecs_patterns._types import NetworkLoadBalancedTaskImageOptions


class NetworkLoadBalancedServiceBase(Construct):
    """What the NLB service patterns share: a cluster, a Network Load Balancer, its listener, target group and DNS
    record, and the ``LoadBalancerDNS`` output.

    Args:
        scope: the parent construct.
        id: the construct id.
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        circuit_breaker: the deployment circuit breaker (default none).
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        deployment_controller: the deployment controller (default ECS rolling updates).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        domain_name: the domain name of the service's DNS record (default none).
        domain_zone: the hosted zone of ``domain_name`` (required with it).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        ip_address_type: the load balancer's IP address type (default IPv4).
        listener_certificate: a certificate for a TLS listener (default none: TCP).
        listener_port: the listener port (default 80, 443 with HTTPS/TLS).
        load_balancer: an existing load balancer (default one created).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        propagate_tags: where tags of the tasks come from (default none).
        public_load_balancer: an internet-facing load balancer (default true).
        record_type: the kind of DNS record created for ``domain_name`` (default ALIAS).
        service_name: the service's name (default generated).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: ``cluster`` with ``vpc``; ``desired_count`` below 1; ``domain_name`` without
            ``domain_zone``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        deployment_controller: DeploymentController | None = None,
        desired_count: int | float | None = None,
        domain_name: str | None = None,
        domain_zone: IHostedZone | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        ip_address_type: IpAddressType | None = None,
        listener_certificate: IListenerCertificate | None = None,
        listener_port: int | float | None = None,
        load_balancer: INetworkLoadBalancer | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        public_load_balancer: bool | None = None,
        record_type: NetworkLoadBalancedServiceRecordType | None = None,
        service_name: str | None = None,
        task_image_options: NetworkLoadBalancedTaskImageOptions | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._setup_load_balancer(arguments(locals()))

    def _setup_load_balancer(self, a: Mapping[str, Any]) -> None:
        from l2 import elasticloadbalancingv2 as elbv2
        from l2 import route53, route53_targets

        check_cluster_or_vpc(self, a["cluster"], a["vpc"])
        self.cluster: ICluster = a["cluster"] or default_cluster(self, a["vpc"])
        """The cluster the service runs in."""
        desired_count = a["desired_count"]
        if desired_count is not None and desired_count < 1:
            raise ValidationError("You must specify a desiredCount greater than 0", self)
        self.desired_count: int | float = desired_count or 1
        """The desired count (1 when not given)."""
        self.internal_desired_count: int | float | None = desired_count
        """The desired count as given (``None`` when not given)."""
        internet_facing = a["public_load_balancer"] if a["public_load_balancer"] is not None else True
        load_balancer = a["load_balancer"]
        if load_balancer is None:
            load_balancer = elbv2.NetworkLoadBalancer(
                self, "LB", vpc=self.cluster.vpc, internet_facing=internet_facing,
                ip_address_type=a["ip_address_type"],
            )
        certificate = a["listener_certificate"]
        default_port = 443 if certificate is not None else 80
        self.listener: NetworkListener = load_balancer.add_listener(
            "PublicListener",
            port=a["listener_port"] if a["listener_port"] is not None else default_port,
            certificates=[certificate] if certificate is not None else None,
        )
        """The load balancer's listener."""
        options = a["task_image_options"]
        container_port = options.container_port if options is not None else None
        self.target_group: NetworkTargetGroup = self.listener.add_targets(
            "ECS", port=container_port if container_port is not None else default_port
        )
        """The target group of the service."""
        if a["domain_name"] is not None:
            if a["domain_zone"] is None:
                raise ValidationError(
                    "A Route53 hosted domain zone name is required to configure the specified domain name", self
                )
            record_type = a["record_type"] or NetworkLoadBalancedServiceRecordType.ALIAS
            if record_type == NetworkLoadBalancedServiceRecordType.ALIAS:
                route53.ARecord(
                    self,
                    "DNS",
                    zone=a["domain_zone"],
                    record_name=a["domain_name"],
                    target=route53.RecordTarget.from_alias(route53_targets.LoadBalancerTarget(load_balancer)),
                )
            elif record_type == NetworkLoadBalancedServiceRecordType.CNAME:
                route53.CnameRecord(
                    self,
                    "DNS",
                    zone=a["domain_zone"],
                    record_name=a["domain_name"],
                    domain_name=load_balancer.load_balancer_dns_name,
                )
        self._network_load_balancer: NetworkLoadBalancer | None = (
            load_balancer if isinstance(load_balancer, elbv2.NetworkLoadBalancer) else None
        )
        if a["load_balancer"] is None:
            CfnOutput(self, "LoadBalancerDNS", value=self.load_balancer.load_balancer_dns_name)

    @property
    def load_balancer(self) -> NetworkLoadBalancer:
        """The load balancer the pattern created (raises when an imported one was given)."""
        if self._network_load_balancer is None:
            raise ValidationError(
                ".loadBalancer can only be accessed if the class was constructed with an owned, not imported, "
                "load balancer",
                self,
            )
        return self._network_load_balancer

    def _add_service_as_target(self, service: Any) -> None:
        self.target_group.add_target(service)

    def _service_desired_count(self) -> int | float | None:
        return self.internal_desired_count if flag(self, REMOVE_DEFAULT_DESIRED_COUNT) else self.desired_count


def _container(scope: Construct, task_definition: Any, options: Any, **extra: Any) -> None:
    from l2 import ecs

    enable_logging = options.enable_logging if options.enable_logging is not None else True
    log_driver = options.log_driver
    if log_driver is None and enable_logging:
        log_driver = aws_log_driver(scope.node.id)
    container = task_definition.add_container(
        options.container_name or "web",
        image=options.image,
        **extra,
        environment=options.environment,
        secrets=options.secrets,
        logging=log_driver,
        docker_labels=options.docker_labels,
    )
    container.add_port_mappings(ecs.PortMapping(container_port=options.container_port or 80))


class NetworkLoadBalancedFargateService(NetworkLoadBalancedServiceBase):
    """A Fargate service behind a Network Load Balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        assign_public_ip: give the tasks public IP addresses (default false).
        security_groups: security groups of the tasks (default one created).
        task_subnets: the subnets the tasks run in (default private subnets).
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        circuit_breaker: the deployment circuit breaker (default none).
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        deployment_controller: the deployment controller (default ECS rolling updates).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        domain_name: the domain name of the service's DNS record (default none).
        domain_zone: the hosted zone of ``domain_name`` (required with it).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        ip_address_type: the load balancer's IP address type (default IPv4).
        listener_certificate: a certificate for a TLS listener (default none: TCP).
        listener_port: the listener port (default 80, 443 with HTTPS/TLS).
        load_balancer: an existing load balancer (default one created).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        propagate_tags: where tags of the tasks come from (default none).
        public_load_balancer: an internet-facing load balancer (default true).
        record_type: the kind of DNS record created for ``domain_name`` (default ALIAS).
        service_name: the service's name (default generated).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; and the errors of
            ``NetworkLoadBalancedServiceBase``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs-patterns.NetworkLoadBalancedFargateService"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assign_public_ip: bool | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        task_subnets: SubnetSelection | None = None,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        deployment_controller: DeploymentController | None = None,
        desired_count: int | float | None = None,
        domain_name: str | None = None,
        domain_zone: IHostedZone | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        ip_address_type: IpAddressType | None = None,
        listener_certificate: IListenerCertificate | None = None,
        listener_port: int | float | None = None,
        load_balancer: INetworkLoadBalancer | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        public_load_balancer: bool | None = None,
        record_type: NetworkLoadBalancedServiceRecordType | None = None,
        service_name: str | None = None,
        task_image_options: NetworkLoadBalancedTaskImageOptions | None = None,
        vpc: IVpc | None = None,
        cpu: int | float | None = None,
        ephemeral_storage_gib: int | float | None = None,
        memory_limit_mib: int | float | None = None,
        platform_version: FargatePlatformVersion | None = None,
        runtime_platform: RuntimePlatform | None = None,
        task_definition: FargateTaskDefinition | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_load_balancer(a)
        from l2 import ecs

        self.assign_public_ip: bool = bool(assign_public_ip)
        """Whether the tasks get public IP addresses."""
        if task_definition is not None and task_image_options is not None:
            raise ValidationError("You must specify either a taskDefinition or an image, not both.", self)
        if task_definition is not None:
            self.task_definition: FargateTaskDefinition = task_definition
            """The task definition."""
        elif task_image_options is not None:
            options = task_image_options
            self.task_definition = ecs.FargateTaskDefinition(
                self,
                "TaskDef",
                memory_limit_mib=memory_limit_mib,
                cpu=cpu,
                ephemeral_storage_gib=ephemeral_storage_gib,
                execution_role=options.execution_role,
                task_role=options.task_role,
                family=options.family,
                runtime_platform=runtime_platform,
            )
            _container(self, self.task_definition, options)
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        self.service: FargateService = ecs.FargateService(
            self,
            "Service",
            cluster=self.cluster,
            desired_count=self._service_desired_count(),
            task_definition=self.task_definition,
            assign_public_ip=self.assign_public_ip,
            service_name=service_name,
            health_check_grace_period=health_check_grace_period,
            min_healthy_percent=min_healthy_percent,
            max_healthy_percent=max_healthy_percent,
            propagate_tags=propagate_tags,
            enable_ecs_managed_tags=enable_ecs_managed_tags,
            cloud_map_options=cloud_map_options,
            platform_version=platform_version,
            deployment_controller=deployment_controller,
            circuit_breaker=circuit_breaker,
            security_groups=security_groups,
            vpc_subnets=task_subnets,
            enable_execute_command=enable_execute_command,
            capacity_provider_strategies=capacity_provider_strategies,
        )
        """The Fargate service."""
        self._add_service_as_target(self.service)


class NetworkLoadBalancedEc2Service(NetworkLoadBalancedServiceBase):
    """An EC2 service behind a Network Load Balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
        task_definition: an existing task definition (not with the image options).
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        circuit_breaker: the deployment circuit breaker (default none).
        cloud_map_options: register the service in Cloud Map with these options (default not registered).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        deployment_controller: the deployment controller (default ECS rolling updates).
        desired_count: how many tasks run (default 1, or unset under ``@aws-cdk/aws-ecs-
            patterns:removeDefaultDesiredCount``).
        domain_name: the domain name of the service's DNS record (default none).
        domain_zone: the hosted zone of ``domain_name`` (required with it).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        ip_address_type: the load balancer's IP address type (default IPv4).
        listener_certificate: a certificate for a TLS listener (default none: TCP).
        listener_port: the listener port (default 80, 443 with HTTPS/TLS).
        load_balancer: an existing load balancer (default one created).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        propagate_tags: where tags of the tasks come from (default none).
        public_load_balancer: an internet-facing load balancer (default true).
        record_type: the kind of DNS record created for ``domain_name`` (default ALIAS).
        service_name: the service's name (default generated).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; and the errors of
            ``NetworkLoadBalancedServiceBase``.
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
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cloud_map_options: CloudMapOptions | None = None,
        cluster: ICluster | None = None,
        deployment_controller: DeploymentController | None = None,
        desired_count: int | float | None = None,
        domain_name: str | None = None,
        domain_zone: IHostedZone | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        health_check_grace_period: Duration | None = None,
        ip_address_type: IpAddressType | None = None,
        listener_certificate: IListenerCertificate | None = None,
        listener_port: int | float | None = None,
        load_balancer: INetworkLoadBalancer | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        public_load_balancer: bool | None = None,
        record_type: NetworkLoadBalancedServiceRecordType | None = None,
        service_name: str | None = None,
        task_image_options: NetworkLoadBalancedTaskImageOptions | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_load_balancer(a)
        from l2 import ecs

        if task_definition is not None and task_image_options is not None:
            raise ValidationError("You must specify either a taskDefinition or an image, not both.", self)
        if task_definition is not None:
            self.task_definition: Ec2TaskDefinition = task_definition
            """The task definition."""
        elif task_image_options is not None:
            options = task_image_options
            self.task_definition = ecs.Ec2TaskDefinition(
                self, "TaskDef", execution_role=options.execution_role, task_role=options.task_role,
                family=options.family,
            )
            _container(
                self, self.task_definition, options, cpu=cpu, memory_limit_mib=memory_limit_mib,
                memory_reservation_mib=memory_reservation_mib,
            )
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        self.service: Ec2Service = ecs.Ec2Service(
            self,
            "Service",
            cluster=self.cluster,
            desired_count=self._service_desired_count(),
            task_definition=self.task_definition,
            assign_public_ip=False,
            service_name=service_name,
            health_check_grace_period=health_check_grace_period,
            min_healthy_percent=min_healthy_percent,
            max_healthy_percent=max_healthy_percent,
            propagate_tags=propagate_tags,
            enable_ecs_managed_tags=enable_ecs_managed_tags,
            cloud_map_options=cloud_map_options,
            deployment_controller=deployment_controller,
            circuit_breaker=circuit_breaker,
            enable_execute_command=enable_execute_command,
            placement_constraints=placement_constraints,
            placement_strategies=placement_strategies,
            capacity_provider_strategies=capacity_provider_strategies,
        )
        """The EC2 service."""
        self._add_service_as_target(self.service)
