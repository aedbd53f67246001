"""Application Load Balancer service patterns: ``ApplicationLoadBalancedServiceBase`` and its Fargate/EC2 kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import CfnOutput, Construct, Duration, ValidationError
from patterns.ecs_patterns._common import (
    REMOVE_DEFAULT_DESIRED_COUNT,
    SEC_GROUPS_DISABLES_IMPLICIT_OPEN_LISTENER,
    UNIQUE_TARGET_GROUP_ID,
    arguments,
    aws_log_driver,
    check_cluster_or_vpc,
    check_container_cpu,
    check_container_memory,
    check_healthy_percentage,
    check_idle_timeout,
    default_cluster,
    flag,
)
from patterns.ecs_patterns._types import ApplicationLoadBalancedServiceRecordType

if TYPE_CHECKING:
    from l2.certificatemanager import ICertificate
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
        HealthCheck,
        ICluster,
        PlacementConstraint,
        PlacementStrategy,
        PropagatedTagSource,
        RuntimePlatform,
    )
    from l2.elasticloadbalancingv2 import (
        ApplicationListener,
        ApplicationLoadBalancer,
        ApplicationProtocol,
        ApplicationProtocolVersion,
        ApplicationTargetGroup,
        IApplicationLoadBalancer,
        IpAddressType,
        SslPolicy,
    )
    from l2.route53 import IHostedZone
    from patterns.ecs_patterns._types import ApplicationLoadBalancedTaskImageOptions


class ApplicationLoadBalancedServiceBase(Construct):
    """What the ALB service patterns share: a cluster, an Application Load Balancer, its listener(s), target group,
    certificate and DNS record, and the ``LoadBalancerDNS``/``ServiceURL`` outputs.

    Args:
        scope: the parent construct.
        id: the construct id.
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        certificate: the ACM certificate of an HTTPS listener (default one created from
            ``domain_name``/``domain_zone`` when HTTPS).
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
        idle_timeout: the load balancer's idle timeout (1 to 4000 seconds; default 60 seconds).
        ip_address_type: the load balancer's IP address type (default IPv4).
        listener_port: the listener port (default 80, 443 with HTTPS/TLS).
        load_balancer: an existing load balancer (default one created).
        load_balancer_name: the load balancer's name (default generated).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        open_listener: let the listener's security group accept traffic from anywhere (default true).
        propagate_tags: where tags of the tasks come from (default none).
        protocol: the protocol.
        protocol_version: the target group's protocol version (default HTTP1).
        public_load_balancer: an internet-facing load balancer (default true).
        record_type: the kind of DNS record created for ``domain_name`` (default ALIAS).
        redirect_http: add a port-80 listener redirecting to HTTPS (default false).
        service_name: the service's name (default generated).
        ssl_policy: the HTTPS listener's SSL policy (default the load balancer's).
        target_protocol: the protocol from the load balancer to the tasks (default HTTP).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: ``cluster`` with ``vpc``; ``desired_count`` below 1; an idle timeout outside 1..4000 s;
            a certificate with a protocol other than HTTPS; ``redirect_http`` without HTTPS; HTTPS without a
            certificate or a domain name and zone; ``domain_name`` without ``domain_zone``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        certificate: ICertificate | None = None,
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
        idle_timeout: Duration | None = None,
        ip_address_type: IpAddressType | None = None,
        listener_port: int | float | None = None,
        load_balancer: IApplicationLoadBalancer | None = None,
        load_balancer_name: str | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        open_listener: bool | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        public_load_balancer: bool | None = None,
        record_type: ApplicationLoadBalancedServiceRecordType | None = None,
        redirect_http: bool | None = None,
        service_name: str | None = None,
        ssl_policy: SslPolicy | None = None,
        target_protocol: ApplicationProtocol | None = None,
        task_image_options: ApplicationLoadBalancedTaskImageOptions | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._setup_load_balancer(arguments(locals()))

    def _setup_load_balancer(self, a: Mapping[str, Any]) -> None:
        from l2 import certificatemanager as acm
        from l2 import elasticloadbalancingv2 as elbv2
        from l2 import route53, route53_targets

        check_cluster_or_vpc(self, a["cluster"], a["vpc"])
        self.cluster: ICluster = a["cluster"] or default_cluster(self, a["vpc"])
        """The cluster the service runs in."""
        desired_count = a["desired_count"]
        if desired_count is not None and not _is_token(desired_count) and desired_count < 1:
            raise ValidationError("You must specify a desiredCount greater than 0", self)
        self.desired_count: int | float = desired_count or 1
        """The desired count (1 when not given)."""
        self.internal_desired_count: int | float | None = desired_count
        """The desired count as given (``None`` when not given)."""
        internet_facing = a["public_load_balancer"] if a["public_load_balancer"] is not None else True
        idle_timeout: Duration | None = a["idle_timeout"]
        if idle_timeout is not None:
            check_idle_timeout(self, idle_timeout.to_seconds())
        load_balancer = a["load_balancer"]
        if load_balancer is None:
            load_balancer = elbv2.ApplicationLoadBalancer(
                self,
                "LB",
                vpc=self.cluster.vpc,
                load_balancer_name=a["load_balancer_name"],
                internet_facing=internet_facing,
                idle_timeout=idle_timeout,
                ip_address_type=a["ip_address_type"],
            )
        certificate: ICertificate | None = a["certificate"]
        protocol: ApplicationProtocol | None = a["protocol"]
        if certificate is not None and protocol is not None and protocol != elbv2.ApplicationProtocol.HTTPS:
            raise ValidationError("The HTTPS protocol must be used when a certificate is given", self)
        if protocol is None:
            protocol = elbv2.ApplicationProtocol.HTTPS if certificate is not None else elbv2.ApplicationProtocol.HTTP
        if protocol != elbv2.ApplicationProtocol.HTTPS and a["redirect_http"] is True:
            raise ValidationError("The HTTPS protocol must be used when redirecting HTTP traffic", self)
        default_open = not (flag(self, SEC_GROUPS_DISABLES_IMPLICIT_OPEN_LISTENER) and a["load_balancer"] is not None)
        open_listener = a["open_listener"] if a["open_listener"] is not None else default_open
        self.listener: ApplicationListener = load_balancer.add_listener(
            "PublicListener", protocol=protocol, port=a["listener_port"], open=open_listener, ssl_policy=a["ssl_policy"]
        )
        """The load balancer's listener."""
        if flag(self, UNIQUE_TARGET_GROUP_ID):
            target_group_id = f"ECS{a['load_balancer_name'] or ''}{'' if internet_facing else 'Private'}"
        else:
            target_group_id = "ECS"
        self.target_group: ApplicationTargetGroup = self.listener.add_targets(
            target_group_id,
            protocol=a["target_protocol"] or elbv2.ApplicationProtocol.HTTP,
            protocol_version=a["protocol_version"],
        )
        """The target group of the service."""
        self.certificate: ICertificate | None = None
        """The listener's certificate (HTTPS only)."""
        if protocol == elbv2.ApplicationProtocol.HTTPS:
            if certificate is not None:
                self.certificate = certificate
            else:
                if a["domain_name"] is None or a["domain_zone"] is None:
                    raise ValidationError("A domain name and zone is required when using the HTTPS protocol", self)
                self.certificate = acm.Certificate(
                    self,
                    "Certificate",
                    domain_name=a["domain_name"],
                    validation=acm.CertificateValidation.from_dns(a["domain_zone"]),
                )
        if self.certificate is not None:
            self.listener.add_certificates(
                "Arns", [elbv2.ListenerCertificate.from_certificate_manager(self.certificate)]
            )
        self.redirect_listener: ApplicationListener | None = None
        """The port-80 listener redirecting to HTTPS (with ``redirect_http``)."""
        if a["redirect_http"]:
            listener_port = a["listener_port"]
            self.redirect_listener = load_balancer.add_listener(
                "PublicRedirectListener",
                protocol=elbv2.ApplicationProtocol.HTTP,
                port=80,
                open=open_listener,
                default_action=elbv2.ListenerAction.redirect(
                    port=_port_text(listener_port) if listener_port else "443",
                    protocol=elbv2.ApplicationProtocol.HTTPS.value,
                    permanent=True,
                ),
            )
            self.redirect_listener.node.add_dependency(self.listener)
        domain_name = load_balancer.load_balancer_dns_name
        if a["domain_name"] is not None:
            if a["domain_zone"] is None:
                raise ValidationError(
                    "A Route53 hosted domain zone name is required to configure the specified domain name", self
                )
            record_type = a["record_type"] or ApplicationLoadBalancedServiceRecordType.ALIAS
            if record_type == ApplicationLoadBalancedServiceRecordType.ALIAS:
                domain_name = route53.ARecord(
                    self,
                    "DNS",
                    zone=a["domain_zone"],
                    record_name=a["domain_name"],
                    target=route53.RecordTarget.from_alias(route53_targets.LoadBalancerTarget(load_balancer)),
                ).domain_name
            elif record_type == ApplicationLoadBalancedServiceRecordType.CNAME:
                domain_name = route53.CnameRecord(
                    self,
                    "DNS",
                    zone=a["domain_zone"],
                    record_name=a["domain_name"],
                    domain_name=load_balancer.load_balancer_dns_name,
                ).domain_name
        self._application_load_balancer: ApplicationLoadBalancer | None = (
            load_balancer if isinstance(load_balancer, elbv2.ApplicationLoadBalancer) else None
        )
        CfnOutput(self, "LoadBalancerDNS", value=load_balancer.load_balancer_dns_name)
        CfnOutput(self, "ServiceURL", value=protocol.value.lower() + "://" + domain_name)

    @property
    def load_balancer(self) -> ApplicationLoadBalancer:
        """The load balancer the pattern created (raises when an imported one was given)."""
        if self._application_load_balancer is None:
            raise ValidationError(
                ".loadBalancer can only be accessed if the class was constructed with an owned, not imported, "
                "load balancer",
                self,
            )
        return self._application_load_balancer

    def _add_service_as_target(self, service: Any) -> None:
        self.target_group.add_target(service)

    def _service_desired_count(self) -> int | float | None:
        return self.internal_desired_count if flag(self, REMOVE_DEFAULT_DESIRED_COUNT) else self.desired_count


def _is_token(value: Any) -> bool:
    from constructs import Token

    return Token.is_unresolved(value)


def _port_text(port: Any) -> str:
    if isinstance(port, float) and port.is_integer():
        return str(int(port))
    return str(port)


def _check_healthy_percents(scope: Construct, minimum: Any, maximum: Any) -> None:
    check_healthy_percentage(scope, "minHealthyPercent", minimum)
    check_healthy_percentage(scope, "maxHealthyPercent", maximum)
    if minimum and not _is_token(minimum) and maximum and not _is_token(maximum) and minimum >= maximum:
        raise ValidationError("Minimum healthy percent must be less than maximum healthy percent.", scope)


class ApplicationLoadBalancedFargateService(ApplicationLoadBalancedServiceBase):
    """A Fargate service behind an Application Load Balancer.

    Args:
        scope: the parent construct.
        id: the construct id.
        assign_public_ip: give the tasks public IP addresses (default false).
        container_cpu: CPU units of the container (default none: the task's).
        container_memory_limit_mib: hard memory limit of the container in MiB (default none).
        health_check: the container health check (default none).
        security_groups: security groups of the tasks (default one created).
        task_subnets: the subnets the tasks run in (default private subnets).
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        certificate: the ACM certificate of an HTTPS listener (default one created from
            ``domain_name``/``domain_zone`` when HTTPS).
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
        idle_timeout: the load balancer's idle timeout (1 to 4000 seconds; default 60 seconds).
        ip_address_type: the load balancer's IP address type (default IPv4).
        listener_port: the listener port (default 80, 443 with HTTPS/TLS).
        load_balancer: an existing load balancer (default one created).
        load_balancer_name: the load balancer's name (default generated).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        open_listener: let the listener's security group accept traffic from anywhere (default true).
        propagate_tags: where tags of the tasks come from (default none).
        protocol: the protocol.
        protocol_version: the target group's protocol version (default HTTP1).
        public_load_balancer: an internet-facing load balancer (default true).
        record_type: the kind of DNS record created for ``domain_name`` (default ALIAS).
        redirect_http: add a port-80 listener redirecting to HTTPS (default false).
        service_name: the service's name (default generated).
        ssl_policy: the HTTPS listener's SSL policy (default the load balancer's).
        target_protocol: the protocol from the load balancer to the tasks (default HTTP).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; container CPU or
            memory larger than the task's; bad healthy percentages; and the errors of
            ``ApplicationLoadBalancedServiceBase``.
    """

    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-ecs-patterns.ApplicationLoadBalancedFargateService"
    """The id property injectors register for (aws-cdk-lib's property injection)."""

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assign_public_ip: bool | None = None,
        container_cpu: int | float | None = None,
        container_memory_limit_mib: int | float | None = None,
        health_check: HealthCheck | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        task_subnets: SubnetSelection | None = None,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        certificate: ICertificate | None = None,
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
        idle_timeout: Duration | None = None,
        ip_address_type: IpAddressType | None = None,
        listener_port: int | float | None = None,
        load_balancer: IApplicationLoadBalancer | None = None,
        load_balancer_name: str | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        open_listener: bool | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        public_load_balancer: bool | None = None,
        record_type: ApplicationLoadBalancedServiceRecordType | None = None,
        redirect_http: bool | None = None,
        service_name: str | None = None,
        ssl_policy: SslPolicy | None = None,
        target_protocol: ApplicationProtocol | None = None,
        task_image_options: ApplicationLoadBalancedTaskImageOptions | None = None,
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
            enable_logging = options.enable_logging if options.enable_logging is not None else True
            log_driver = options.log_driver
            if log_driver is None and enable_logging:
                log_driver = aws_log_driver(self.node.id)
            check_container_cpu(self, self.task_definition.cpu, container_cpu)
            check_container_memory(self, self.task_definition.memory_mib, container_memory_limit_mib)
            container = self.task_definition.add_container(
                options.container_name or "web",
                image=options.image,
                health_check=health_check,
                logging=log_driver,
                environment=options.environment,
                secrets=options.secrets,
                docker_labels=options.docker_labels,
                command=options.command,
                entry_point=options.entry_point,
                cpu=container_cpu,
                memory_limit_mib=container_memory_limit_mib,
            )
            container.add_port_mappings(ecs.PortMapping(container_port=options.container_port or 80))
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        _check_healthy_percents(self, min_healthy_percent, max_healthy_percent)
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


class ApplicationLoadBalancedEc2Service(ApplicationLoadBalancedServiceBase):
    """An EC2 service behind an Application Load Balancer.

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
        certificate: the ACM certificate of an HTTPS listener (default one created from
            ``domain_name``/``domain_zone`` when HTTPS).
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
        idle_timeout: the load balancer's idle timeout (1 to 4000 seconds; default 60 seconds).
        ip_address_type: the load balancer's IP address type (default IPv4).
        listener_port: the listener port (default 80, 443 with HTTPS/TLS).
        load_balancer: an existing load balancer (default one created).
        load_balancer_name: the load balancer's name (default generated).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        open_listener: let the listener's security group accept traffic from anywhere (default true).
        propagate_tags: where tags of the tasks come from (default none).
        protocol: the protocol.
        protocol_version: the target group's protocol version (default HTTP1).
        public_load_balancer: an internet-facing load balancer (default true).
        record_type: the kind of DNS record created for ``domain_name`` (default ALIAS).
        redirect_http: add a port-80 listener redirecting to HTTPS (default false).
        service_name: the service's name (default generated).
        ssl_policy: the HTTPS listener's SSL policy (default the load balancer's).
        target_protocol: the protocol from the load balancer to the tasks (default HTTP).
        task_image_options: create a task definition around this image (not with ``task_definition``).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``task_image_options``; and the errors of
            ``ApplicationLoadBalancedServiceBase``.
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
        certificate: ICertificate | None = None,
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
        idle_timeout: Duration | None = None,
        ip_address_type: IpAddressType | None = None,
        listener_port: int | float | None = None,
        load_balancer: IApplicationLoadBalancer | None = None,
        load_balancer_name: str | None = None,
        max_healthy_percent: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        open_listener: bool | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        protocol: ApplicationProtocol | None = None,
        protocol_version: ApplicationProtocolVersion | None = None,
        public_load_balancer: bool | None = None,
        record_type: ApplicationLoadBalancedServiceRecordType | None = None,
        redirect_http: bool | None = None,
        service_name: str | None = None,
        ssl_policy: SslPolicy | None = None,
        target_protocol: ApplicationProtocol | None = None,
        task_image_options: ApplicationLoadBalancedTaskImageOptions | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_load_balancer(a)
        from l2 import ecs

        if task_definition is not None and task_image_options is not None:
            raise ValidationError("You must specify either a taskDefinition or taskImageOptions, not both.", self)
        if task_definition is not None:
            self.task_definition: Ec2TaskDefinition = task_definition
            """The task definition."""
        elif task_image_options is not None:
            options = task_image_options
            self.task_definition = ecs.Ec2TaskDefinition(
                self, "TaskDef", execution_role=options.execution_role, task_role=options.task_role,
                family=options.family,
            )
            enable_logging = options.enable_logging if options.enable_logging is not None else True
            log_driver = options.log_driver
            if log_driver is None and enable_logging:
                log_driver = aws_log_driver(self.node.id)
            container = self.task_definition.add_container(
                options.container_name or "web",
                image=options.image,
                cpu=cpu,
                memory_limit_mib=memory_limit_mib,
                memory_reservation_mib=memory_reservation_mib,
                environment=options.environment,
                secrets=options.secrets,
                logging=log_driver,
                docker_labels=options.docker_labels,
                command=options.command,
                entry_point=options.entry_point,
            )
            container.add_port_mappings(ecs.PortMapping(container_port=options.container_port or 80))
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
