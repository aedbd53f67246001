"""ecs_patterns enums and structs: the props of every pattern, task image options, listener and target props."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from constructs.internals import structs

if TYPE_CHECKING:
    from constructs import Duration
    from l2.applicationautoscaling import ScalingInterval, Schedule
    from l2.certificatemanager import ICertificate
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.ecs import (
        CapacityProviderStrategy,
        CloudMapOptions,
        ContainerImage,
        DeploymentCircuitBreaker,
        DeploymentController,
        Ec2TaskDefinition,
        FargatePlatformVersion,
        FargateTaskDefinition,
        HealthCheck,
        ICluster,
        LogDriver,
        PlacementConstraint,
        PlacementStrategy,
        PropagatedTagSource,
        Protocol,
        RuntimePlatform,
        Secret,
    )
    from l2.elasticloadbalancingv2 import (
        ApplicationProtocol,
        ApplicationProtocolVersion,
        IApplicationLoadBalancer,
        IListenerCertificate,
        INetworkLoadBalancer,
        IpAddressType,
        SslPolicy,
    )
    from l2.events_targets import Tag
    from l2.iam import IRole
    from l2.route53 import IHostedZone
    from l2.sqs import IQueue


class ApplicationLoadBalancedServiceRecordType(enum.Enum):
    """The DNS record an ALB service creates for its ``domain_name``."""

    ALIAS = "ALIAS"
    """A Route 53 alias record to the load balancer."""
    CNAME = "CNAME"
    """A CNAME record to the load balancer's DNS name."""
    NONE = "NONE"
    """No record."""


class NetworkLoadBalancedServiceRecordType(enum.Enum):
    """The DNS record an NLB service creates for its ``domain_name``."""

    ALIAS = "ALIAS"
    """A Route 53 alias record to the load balancer."""
    CNAME = "CNAME"
    """A CNAME record to the load balancer's DNS name."""
    NONE = "NONE"
    """No record."""

@structs.frozen(kw_only=True)
class ApplicationListenerProps:
    """A listener of a load balancer the multiple-target-groups ALB services create.

    Args:
        name: the name.
        certificate: the ACM certificate of an HTTPS listener (default one created from
            ``domain_name``/``domain_zone`` when HTTPS).
        port: the port.
        protocol: the protocol.
        ssl_policy: the HTTPS listener's SSL policy (default the load balancer's).
    """

    name: str
    certificate: ICertificate | None = None
    port: int | float | None = None
    protocol: ApplicationProtocol | None = None
    ssl_policy: SslPolicy | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancedTaskImageOptions:
    """The container an ALB service creates its task definition around.

    Args:
        image: the container image.
        command: the container's command (default the image's).
        container_name: the container's name.
        container_port: the container port.
        docker_labels: Docker labels of the container (default none).
        enable_logging: send container logs to CloudWatch Logs through an ``AwsLogDriver`` (default true).
        entry_point: the container's entry point (default the image's).
        environment: environment variables of the container (default none).
        execution_role: the task execution role (default one created).
        family: the task definition family (default generated).
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        secrets: secret environment variables of the container (default none).
        task_role: the task role (default one created).
    """

    image: ContainerImage
    command: Sequence[str] | None = None
    container_name: str | None = None
    container_port: int | float | None = None
    docker_labels: Mapping[str, str] | None = None
    enable_logging: bool | None = None
    entry_point: Sequence[str] | None = None
    environment: Mapping[str, str] | None = None
    execution_role: IRole | None = None
    family: str | None = None
    log_driver: LogDriver | None = None
    secrets: Mapping[str, Secret] | None = None
    task_role: IRole | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancedTaskImageProps:
    """The container a multiple-target-groups ALB service creates its task definition around.

    Args:
        image: the container image.
        container_name: the container's name.
        container_ports: ports the container exposes (default ``[80]``).
        docker_labels: Docker labels of the container (default none).
        enable_logging: send container logs to CloudWatch Logs through an ``AwsLogDriver`` (default true).
        environment: environment variables of the container (default none).
        execution_role: the task execution role (default one created).
        family: the task definition family (default generated).
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        secrets: secret environment variables of the container (default none).
        task_role: the task role (default one created).
    """

    image: ContainerImage
    container_name: str | None = None
    container_ports: Sequence[int | float] | None = None
    docker_labels: Mapping[str, str] | None = None
    enable_logging: bool | None = None
    environment: Mapping[str, str] | None = None
    execution_role: IRole | None = None
    family: str | None = None
    log_driver: LogDriver | None = None
    secrets: Mapping[str, Secret] | None = None
    task_role: IRole | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancerProps:
    """An Application Load Balancer the multiple-target-groups ALB services create.

    Args:
        listeners: the load balancer's listeners (at least one).
        name: the name.
        domain_name: the domain name of the service's DNS record (default none).
        domain_zone: the hosted zone of ``domain_name`` (required with it).
        idle_timeout: the load balancer's idle timeout (1 to 4000 seconds; default 60 seconds).
        public_load_balancer: an internet-facing load balancer (default true).
    """

    listeners: Sequence[ApplicationListenerProps]
    name: str
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    idle_timeout: Duration | None = None
    public_load_balancer: bool | None = None


@structs.frozen(kw_only=True)
class ApplicationTargetProps:
    """A target group routing a listener's traffic to a container port.

    Args:
        container_port: the container port.
        host_header: route requests with this host header to the target group (default none).
        listener: the name of the listener the target group joins (default the first listener).
        path_pattern: route requests matching this path pattern to the target group (default none).
        priority: the listener rule's priority (with ``host_header``/``path_pattern``).
        protocol: the protocol.
    """

    container_port: int | float
    host_header: str | None = None
    listener: str | None = None
    path_pattern: str | None = None
    priority: int | float | None = None
    protocol: Protocol | None = None


@structs.frozen(kw_only=True)
class FargateServiceBaseProps:
    """What the Fargate patterns take for their task definition and service.

    Args:
        circuit_breaker: the deployment circuit breaker (default none).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).
    """

    circuit_breaker: DeploymentCircuitBreaker | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None


@structs.frozen(kw_only=True)
class NetworkListenerProps:
    """A listener of a load balancer the multiple-target-groups NLB services create.

    Args:
        name: the name.
        port: the port.
    """

    name: str
    port: int | float | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancedTaskImageOptions:
    """The container an NLB service creates its task definition around.

    Args:
        image: the container image.
        container_name: the container's name.
        container_port: the container port.
        docker_labels: Docker labels of the container (default none).
        enable_logging: send container logs to CloudWatch Logs through an ``AwsLogDriver`` (default true).
        environment: environment variables of the container (default none).
        execution_role: the task execution role (default one created).
        family: the task definition family (default generated).
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        secrets: secret environment variables of the container (default none).
        task_role: the task role (default one created).
    """

    image: ContainerImage
    container_name: str | None = None
    container_port: int | float | None = None
    docker_labels: Mapping[str, str] | None = None
    enable_logging: bool | None = None
    environment: Mapping[str, str] | None = None
    execution_role: IRole | None = None
    family: str | None = None
    log_driver: LogDriver | None = None
    secrets: Mapping[str, Secret] | None = None
    task_role: IRole | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancedTaskImageProps:
    """The container a multiple-target-groups NLB service creates its task definition around.

    Args:
        image: the container image.
        container_name: the container's name.
        container_ports: ports the container exposes (default ``[80]``).
        docker_labels: Docker labels of the container (default none).
        enable_logging: send container logs to CloudWatch Logs through an ``AwsLogDriver`` (default true).
        environment: environment variables of the container (default none).
        execution_role: the task execution role (default one created).
        family: the task definition family (default generated).
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        secrets: secret environment variables of the container (default none).
        task_role: the task role (default one created).
    """

    image: ContainerImage
    container_name: str | None = None
    container_ports: Sequence[int | float] | None = None
    docker_labels: Mapping[str, str] | None = None
    enable_logging: bool | None = None
    environment: Mapping[str, str] | None = None
    execution_role: IRole | None = None
    family: str | None = None
    log_driver: LogDriver | None = None
    secrets: Mapping[str, Secret] | None = None
    task_role: IRole | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancerProps:
    """A Network Load Balancer the multiple-target-groups NLB services create.

    Args:
        listeners: the load balancer's listeners (at least one).
        name: the name.
        domain_name: the domain name of the service's DNS record (default none).
        domain_zone: the hosted zone of ``domain_name`` (required with it).
        public_load_balancer: an internet-facing load balancer (default true).
    """

    listeners: Sequence[NetworkListenerProps]
    name: str
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    public_load_balancer: bool | None = None


@structs.frozen(kw_only=True)
class NetworkTargetProps:
    """A target group routing a listener's traffic to a container port.

    Args:
        container_port: the container port.
        listener: the name of the listener the target group joins (default the first listener).
    """

    container_port: int | float
    listener: str | None = None


@structs.frozen(kw_only=True)
class QueueProcessingEc2ServiceProps:
    """The properties of ``QueueProcessingEc2Service``.

    Args:
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        circuit_breaker: the deployment circuit breaker (default none).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        command: the container's command (default the image's).
        cooldown: cooldown of the queue-depth step scaling (default the scaling's).
        cpu_target_utilization_percent: target CPU utilization of the CPU-based scaling (default 50).
        deployment_controller: the deployment controller (default ECS rolling updates).
        disable_cpu_based_scaling: do not add the CPU-based target tracking (default false).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        enable_logging: send container logs to CloudWatch Logs through an ``AwsLogDriver`` (default true).
        environment: environment variables of the container (default none).
        family: the task definition family (default generated).
        image: the container image.
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        max_receive_count: receives before a message moves to the dead-letter queue (default 3).
        max_scaling_capacity: the most tasks scaling may run (default twice the desired count).
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        min_scaling_capacity: the fewest tasks scaling may run (default the desired count).
        propagate_tags: where tags of the tasks come from (default none).
        queue: an existing queue to process (default one created, with a dead-letter queue).
        retention_period: message retention of the created dead-letter queue (default 14 days).
        scaling_steps: step scaling intervals on the queue's visible messages.
        secrets: secret environment variables of the container (default none).
        service_name: the service's name (default generated).
        visibility_timeout: visibility timeout of the created queue (default 30 seconds).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        container_name: the container's name.
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        gpu_count: GPUs reserved for the container (default none).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cluster: ICluster | None = None
    command: Sequence[str] | None = None
    cooldown: Duration | None = None
    cpu_target_utilization_percent: int | float | None = None
    deployment_controller: DeploymentController | None = None
    disable_cpu_based_scaling: bool | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    enable_logging: bool | None = None
    environment: Mapping[str, str] | None = None
    family: str | None = None
    image: ContainerImage | None = None
    log_driver: LogDriver | None = None
    max_healthy_percent: int | float | None = None
    max_receive_count: int | float | None = None
    max_scaling_capacity: int | float | None = None
    min_healthy_percent: int | float | None = None
    min_scaling_capacity: int | float | None = None
    propagate_tags: PropagatedTagSource | None = None
    queue: IQueue | None = None
    retention_period: Duration | None = None
    scaling_steps: Sequence[ScalingInterval] | None = None
    secrets: Mapping[str, Secret] | None = None
    service_name: str | None = None
    visibility_timeout: Duration | None = None
    vpc: IVpc | None = None
    container_name: str | None = None
    cpu: int | float | None = None
    gpu_count: int | float | None = None
    memory_limit_mib: int | float | None = None
    memory_reservation_mib: int | float | None = None
    placement_constraints: Sequence[PlacementConstraint] | None = None
    placement_strategies: Sequence[PlacementStrategy] | None = None


@structs.frozen(kw_only=True)
class QueueProcessingFargateServiceProps:
    """The properties of ``QueueProcessingFargateService``.

    Args:
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        circuit_breaker: the deployment circuit breaker (default none).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        command: the container's command (default the image's).
        cooldown: cooldown of the queue-depth step scaling (default the scaling's).
        cpu_target_utilization_percent: target CPU utilization of the CPU-based scaling (default 50).
        deployment_controller: the deployment controller (default ECS rolling updates).
        disable_cpu_based_scaling: do not add the CPU-based target tracking (default false).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        enable_logging: send container logs to CloudWatch Logs through an ``AwsLogDriver`` (default true).
        environment: environment variables of the container (default none).
        family: the task definition family (default generated).
        image: the container image.
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        max_receive_count: receives before a message moves to the dead-letter queue (default 3).
        max_scaling_capacity: the most tasks scaling may run (default twice the desired count).
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        min_scaling_capacity: the fewest tasks scaling may run (default the desired count).
        propagate_tags: where tags of the tasks come from (default none).
        queue: an existing queue to process (default one created, with a dead-letter queue).
        retention_period: message retention of the created dead-letter queue (default 14 days).
        scaling_steps: step scaling intervals on the queue's visible messages.
        secrets: secret environment variables of the container (default none).
        service_name: the service's name (default generated).
        visibility_timeout: visibility timeout of the created queue (default 30 seconds).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).
        assign_public_ip: give the tasks public IP addresses (default false).
        container_name: the container's name.
        health_check: the container health check (default none).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        security_groups: security groups of the tasks (default one created).
        task_subnets: the subnets the tasks run in (default private subnets).
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cluster: ICluster | None = None
    command: Sequence[str] | None = None
    cooldown: Duration | None = None
    cpu_target_utilization_percent: int | float | None = None
    deployment_controller: DeploymentController | None = None
    disable_cpu_based_scaling: bool | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    enable_logging: bool | None = None
    environment: Mapping[str, str] | None = None
    family: str | None = None
    image: ContainerImage | None = None
    log_driver: LogDriver | None = None
    max_healthy_percent: int | float | None = None
    max_receive_count: int | float | None = None
    max_scaling_capacity: int | float | None = None
    min_healthy_percent: int | float | None = None
    min_scaling_capacity: int | float | None = None
    propagate_tags: PropagatedTagSource | None = None
    queue: IQueue | None = None
    retention_period: Duration | None = None
    scaling_steps: Sequence[ScalingInterval] | None = None
    secrets: Mapping[str, Secret] | None = None
    service_name: str | None = None
    visibility_timeout: Duration | None = None
    vpc: IVpc | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None
    assign_public_ip: bool | None = None
    container_name: str | None = None
    health_check: HealthCheck | None = None
    health_check_grace_period: Duration | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    task_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class QueueProcessingServiceBaseProps:
    """What every queue processing service pattern takes.

    Args:
        capacity_provider_strategies: capacity provider strategies of the service (default none).
        circuit_breaker: the deployment circuit breaker (default none).
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        command: the container's command (default the image's).
        cooldown: cooldown of the queue-depth step scaling (default the scaling's).
        cpu_target_utilization_percent: target CPU utilization of the CPU-based scaling (default 50).
        deployment_controller: the deployment controller (default ECS rolling updates).
        disable_cpu_based_scaling: do not add the CPU-based target tracking (default false).
        enable_ecs_managed_tags: turn on ECS managed tags (default false).
        enable_execute_command: turn on ECS Exec (default false).
        enable_logging: send container logs to CloudWatch Logs through an ``AwsLogDriver`` (default true).
        environment: environment variables of the container (default none).
        family: the task definition family (default generated).
        image: the container image.
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        max_receive_count: receives before a message moves to the dead-letter queue (default 3).
        max_scaling_capacity: the most tasks scaling may run (default twice the desired count).
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
        min_scaling_capacity: the fewest tasks scaling may run (default the desired count).
        propagate_tags: where tags of the tasks come from (default none).
        queue: an existing queue to process (default one created, with a dead-letter queue).
        retention_period: message retention of the created dead-letter queue (default 14 days).
        scaling_steps: step scaling intervals on the queue's visible messages.
        secrets: secret environment variables of the container (default none).
        service_name: the service's name (default generated).
        visibility_timeout: visibility timeout of the created queue (default 30 seconds).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cluster: ICluster | None = None
    command: Sequence[str] | None = None
    cooldown: Duration | None = None
    cpu_target_utilization_percent: int | float | None = None
    deployment_controller: DeploymentController | None = None
    disable_cpu_based_scaling: bool | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    enable_logging: bool | None = None
    environment: Mapping[str, str] | None = None
    family: str | None = None
    image: ContainerImage | None = None
    log_driver: LogDriver | None = None
    max_healthy_percent: int | float | None = None
    max_receive_count: int | float | None = None
    max_scaling_capacity: int | float | None = None
    min_healthy_percent: int | float | None = None
    min_scaling_capacity: int | float | None = None
    propagate_tags: PropagatedTagSource | None = None
    queue: IQueue | None = None
    retention_period: Duration | None = None
    scaling_steps: Sequence[ScalingInterval] | None = None
    secrets: Mapping[str, Secret] | None = None
    service_name: str | None = None
    visibility_timeout: Duration | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class ScheduledEc2TaskDefinitionOptions:
    """An existing EC2 task definition for ``ScheduledEc2Task``.

    Args:
        task_definition: an existing task definition (not with the image options).
    """

    task_definition: Ec2TaskDefinition


@structs.frozen(kw_only=True)
class ScheduledEc2TaskImageOptions:
    """The container ``ScheduledEc2Task`` creates its task definition around.

    Args:
        image: the container image.
        command: the container's command (default the image's).
        container_name: the container's name.
        environment: environment variables of the container (default none).
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        secrets: secret environment variables of the container (default none).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
    """

    image: ContainerImage
    command: Sequence[str] | None = None
    container_name: str | None = None
    environment: Mapping[str, str] | None = None
    log_driver: LogDriver | None = None
    secrets: Mapping[str, Secret] | None = None
    cpu: int | float | None = None
    memory_limit_mib: int | float | None = None
    memory_reservation_mib: int | float | None = None


@structs.frozen(kw_only=True)
class ScheduledEc2TaskProps:
    """The properties of ``ScheduledEc2Task``.

    Args:
        schedule: when the task runs.
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_task_count: how many tasks run (default 1).
        enabled: whether the schedule rule is enabled (default true).
        propagate_tags: where tags of the tasks come from (default none).
        rule_name: the name of the schedule rule (default generated).
        security_groups: security groups of the tasks (default one created).
        subnet_selection: the subnets the tasks run in (default private subnets with egress).
        tags: tags of the started tasks (default none).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        scheduled_ec2_task_definition_options: run an existing EC2 task definition (not with the image
            options).
        scheduled_ec2_task_image_options: create a task definition around this image (not with the
            definition options).
    """

    schedule: Schedule
    cluster: ICluster | None = None
    desired_task_count: int | float | None = None
    enabled: bool | None = None
    propagate_tags: PropagatedTagSource | None = None
    rule_name: str | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_selection: SubnetSelection | None = None
    tags: Sequence[Tag] | None = None
    vpc: IVpc | None = None
    scheduled_ec2_task_definition_options: ScheduledEc2TaskDefinitionOptions | None = None
    scheduled_ec2_task_image_options: ScheduledEc2TaskImageOptions | None = None


@structs.frozen(kw_only=True)
class ScheduledFargateTaskDefinitionOptions:
    """An existing Fargate task definition for ``ScheduledFargateTask``.

    Args:
        task_definition: an existing task definition (not with the image options).
    """

    task_definition: FargateTaskDefinition


@structs.frozen(kw_only=True)
class ScheduledFargateTaskImageOptions:
    """The container ``ScheduledFargateTask`` creates its task definition around.

    Args:
        image: the container image.
        command: the container's command (default the image's).
        container_name: the container's name.
        environment: environment variables of the container (default none).
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        secrets: secret environment variables of the container (default none).
        circuit_breaker: the deployment circuit breaker (default none).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).
    """

    image: ContainerImage
    command: Sequence[str] | None = None
    container_name: str | None = None
    environment: Mapping[str, str] | None = None
    log_driver: LogDriver | None = None
    secrets: Mapping[str, Secret] | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None


@structs.frozen(kw_only=True)
class ScheduledFargateTaskProps:
    """The properties of ``ScheduledFargateTask``.

    Args:
        schedule: when the task runs.
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_task_count: how many tasks run (default 1).
        enabled: whether the schedule rule is enabled (default true).
        propagate_tags: where tags of the tasks come from (default none).
        rule_name: the name of the schedule rule (default generated).
        security_groups: security groups of the tasks (default one created).
        subnet_selection: the subnets the tasks run in (default private subnets with egress).
        tags: tags of the started tasks (default none).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
        circuit_breaker: the deployment circuit breaker (default none).
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        ephemeral_storage_gib: ephemeral storage of a Fargate task in GiB (default 20).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        platform_version: the Fargate platform version (default LATEST).
        runtime_platform: the OS family and CPU architecture of Fargate tasks (default Linux x86-64).
        task_definition: an existing task definition (not with the image options).
        scheduled_fargate_task_definition_options: run an existing Fargate task definition (not with the
            image options).
        scheduled_fargate_task_image_options: create a task definition around this image (not with the
            definition options).
    """

    schedule: Schedule
    cluster: ICluster | None = None
    desired_task_count: int | float | None = None
    enabled: bool | None = None
    propagate_tags: PropagatedTagSource | None = None
    rule_name: str | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_selection: SubnetSelection | None = None
    tags: Sequence[Tag] | None = None
    vpc: IVpc | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None
    scheduled_fargate_task_definition_options: ScheduledFargateTaskDefinitionOptions | None = None
    scheduled_fargate_task_image_options: ScheduledFargateTaskImageOptions | None = None


@structs.frozen(kw_only=True)
class ScheduledTaskBaseProps:
    """What every scheduled task pattern takes.

    Args:
        schedule: when the task runs.
        cluster: the ECS cluster (default one created, in ``vpc``; not with ``vpc``).
        desired_task_count: how many tasks run (default 1).
        enabled: whether the schedule rule is enabled (default true).
        propagate_tags: where tags of the tasks come from (default none).
        rule_name: the name of the schedule rule (default generated).
        security_groups: security groups of the tasks (default one created).
        subnet_selection: the subnets the tasks run in (default private subnets with egress).
        tags: tags of the started tasks (default none).
        vpc: the VPC of the created cluster (default a new VPC; not with ``cluster``).
    """

    schedule: Schedule
    cluster: ICluster | None = None
    desired_task_count: int | float | None = None
    enabled: bool | None = None
    propagate_tags: PropagatedTagSource | None = None
    rule_name: str | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_selection: SubnetSelection | None = None
    tags: Sequence[Tag] | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class ScheduledTaskImageProps:
    """The container a scheduled task creates its task definition around.

    Args:
        image: the container image.
        command: the container's command (default the image's).
        container_name: the container's name.
        environment: environment variables of the container (default none).
        log_driver: the container's log driver (default an ``AwsLogDriver`` when logging is on).
        secrets: secret environment variables of the container (default none).
    """

    image: ContainerImage
    command: Sequence[str] | None = None
    container_name: str | None = None
    environment: Mapping[str, str] | None = None
    log_driver: LogDriver | None = None
    secrets: Mapping[str, Secret] | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancedEc2ServiceProps:
    """The properties of ``ApplicationLoadBalancedEc2Service``.

    Args:
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
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
        task_definition: an existing task definition (not with the image options).
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    certificate: ICertificate | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    deployment_controller: DeploymentController | None = None
    desired_count: int | float | None = None
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    idle_timeout: Duration | None = None
    ip_address_type: IpAddressType | None = None
    listener_port: int | float | None = None
    load_balancer: IApplicationLoadBalancer | None = None
    load_balancer_name: str | None = None
    max_healthy_percent: int | float | None = None
    min_healthy_percent: int | float | None = None
    open_listener: bool | None = None
    propagate_tags: PropagatedTagSource | None = None
    protocol: ApplicationProtocol | None = None
    protocol_version: ApplicationProtocolVersion | None = None
    public_load_balancer: bool | None = None
    record_type: ApplicationLoadBalancedServiceRecordType | None = None
    redirect_http: bool | None = None
    service_name: str | None = None
    ssl_policy: SslPolicy | None = None
    target_protocol: ApplicationProtocol | None = None
    task_image_options: ApplicationLoadBalancedTaskImageOptions | None = None
    vpc: IVpc | None = None
    cpu: int | float | None = None
    memory_limit_mib: int | float | None = None
    memory_reservation_mib: int | float | None = None
    placement_constraints: Sequence[PlacementConstraint] | None = None
    placement_strategies: Sequence[PlacementStrategy] | None = None
    task_definition: Ec2TaskDefinition | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancedFargateServiceProps:
    """The properties of ``ApplicationLoadBalancedFargateService``.

    Args:
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
        assign_public_ip: give the tasks public IP addresses (default false).
        container_cpu: CPU units of the container (default none: the task's).
        container_memory_limit_mib: hard memory limit of the container in MiB (default none).
        health_check: the container health check (default none).
        security_groups: security groups of the tasks (default one created).
        task_subnets: the subnets the tasks run in (default private subnets).
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    certificate: ICertificate | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    deployment_controller: DeploymentController | None = None
    desired_count: int | float | None = None
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    idle_timeout: Duration | None = None
    ip_address_type: IpAddressType | None = None
    listener_port: int | float | None = None
    load_balancer: IApplicationLoadBalancer | None = None
    load_balancer_name: str | None = None
    max_healthy_percent: int | float | None = None
    min_healthy_percent: int | float | None = None
    open_listener: bool | None = None
    propagate_tags: PropagatedTagSource | None = None
    protocol: ApplicationProtocol | None = None
    protocol_version: ApplicationProtocolVersion | None = None
    public_load_balancer: bool | None = None
    record_type: ApplicationLoadBalancedServiceRecordType | None = None
    redirect_http: bool | None = None
    service_name: str | None = None
    ssl_policy: SslPolicy | None = None
    target_protocol: ApplicationProtocol | None = None
    task_image_options: ApplicationLoadBalancedTaskImageOptions | None = None
    vpc: IVpc | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None
    assign_public_ip: bool | None = None
    container_cpu: int | float | None = None
    container_memory_limit_mib: int | float | None = None
    health_check: HealthCheck | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    task_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class ApplicationLoadBalancedServiceBaseProps:
    """What every ALB service pattern takes.

    Args:
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
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    certificate: ICertificate | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    deployment_controller: DeploymentController | None = None
    desired_count: int | float | None = None
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    idle_timeout: Duration | None = None
    ip_address_type: IpAddressType | None = None
    listener_port: int | float | None = None
    load_balancer: IApplicationLoadBalancer | None = None
    load_balancer_name: str | None = None
    max_healthy_percent: int | float | None = None
    min_healthy_percent: int | float | None = None
    open_listener: bool | None = None
    propagate_tags: PropagatedTagSource | None = None
    protocol: ApplicationProtocol | None = None
    protocol_version: ApplicationProtocolVersion | None = None
    public_load_balancer: bool | None = None
    record_type: ApplicationLoadBalancedServiceRecordType | None = None
    redirect_http: bool | None = None
    service_name: str | None = None
    ssl_policy: SslPolicy | None = None
    target_protocol: ApplicationProtocol | None = None
    task_image_options: ApplicationLoadBalancedTaskImageOptions | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class ApplicationMultipleTargetGroupsEc2ServiceProps:
    """The properties of ``ApplicationMultipleTargetGroupsEc2Service``.

    Args:
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
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
        task_definition: an existing task definition (not with the image options).
    """

    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    desired_count: int | float | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    load_balancers: Sequence[ApplicationLoadBalancerProps] | None = None
    propagate_tags: PropagatedTagSource | None = None
    service_name: str | None = None
    target_groups: Sequence[ApplicationTargetProps] | None = None
    task_image_options: ApplicationLoadBalancedTaskImageProps | None = None
    vpc: IVpc | None = None
    cpu: int | float | None = None
    memory_limit_mib: int | float | None = None
    memory_reservation_mib: int | float | None = None
    placement_constraints: Sequence[PlacementConstraint] | None = None
    placement_strategies: Sequence[PlacementStrategy] | None = None
    task_definition: Ec2TaskDefinition | None = None


@structs.frozen(kw_only=True)
class ApplicationMultipleTargetGroupsFargateServiceProps:
    """The properties of ``ApplicationMultipleTargetGroupsFargateService``.

    Args:
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
        assign_public_ip: give the tasks public IP addresses (default false).
    """

    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    desired_count: int | float | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    load_balancers: Sequence[ApplicationLoadBalancerProps] | None = None
    propagate_tags: PropagatedTagSource | None = None
    service_name: str | None = None
    target_groups: Sequence[ApplicationTargetProps] | None = None
    task_image_options: ApplicationLoadBalancedTaskImageProps | None = None
    vpc: IVpc | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None
    assign_public_ip: bool | None = None


@structs.frozen(kw_only=True)
class ApplicationMultipleTargetGroupsServiceBaseProps:
    """What every multiple-target-groups ALB service pattern takes.

    Args:
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
    """

    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    desired_count: int | float | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    load_balancers: Sequence[ApplicationLoadBalancerProps] | None = None
    propagate_tags: PropagatedTagSource | None = None
    service_name: str | None = None
    target_groups: Sequence[ApplicationTargetProps] | None = None
    task_image_options: ApplicationLoadBalancedTaskImageProps | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancedEc2ServiceProps:
    """The properties of ``NetworkLoadBalancedEc2Service``.

    Args:
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
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
        task_definition: an existing task definition (not with the image options).
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    deployment_controller: DeploymentController | None = None
    desired_count: int | float | None = None
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    ip_address_type: IpAddressType | None = None
    listener_certificate: IListenerCertificate | None = None
    listener_port: int | float | None = None
    load_balancer: INetworkLoadBalancer | None = None
    max_healthy_percent: int | float | None = None
    min_healthy_percent: int | float | None = None
    propagate_tags: PropagatedTagSource | None = None
    public_load_balancer: bool | None = None
    record_type: NetworkLoadBalancedServiceRecordType | None = None
    service_name: str | None = None
    task_image_options: NetworkLoadBalancedTaskImageOptions | None = None
    vpc: IVpc | None = None
    cpu: int | float | None = None
    memory_limit_mib: int | float | None = None
    memory_reservation_mib: int | float | None = None
    placement_constraints: Sequence[PlacementConstraint] | None = None
    placement_strategies: Sequence[PlacementStrategy] | None = None
    task_definition: Ec2TaskDefinition | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancedFargateServiceProps:
    """The properties of ``NetworkLoadBalancedFargateService``.

    Args:
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
        assign_public_ip: give the tasks public IP addresses (default false).
        security_groups: security groups of the tasks (default one created).
        task_subnets: the subnets the tasks run in (default private subnets).
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    deployment_controller: DeploymentController | None = None
    desired_count: int | float | None = None
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    ip_address_type: IpAddressType | None = None
    listener_certificate: IListenerCertificate | None = None
    listener_port: int | float | None = None
    load_balancer: INetworkLoadBalancer | None = None
    max_healthy_percent: int | float | None = None
    min_healthy_percent: int | float | None = None
    propagate_tags: PropagatedTagSource | None = None
    public_load_balancer: bool | None = None
    record_type: NetworkLoadBalancedServiceRecordType | None = None
    service_name: str | None = None
    task_image_options: NetworkLoadBalancedTaskImageOptions | None = None
    vpc: IVpc | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None
    assign_public_ip: bool | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    task_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class NetworkLoadBalancedServiceBaseProps:
    """What every NLB service pattern takes.

    Args:
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
    """

    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    deployment_controller: DeploymentController | None = None
    desired_count: int | float | None = None
    domain_name: str | None = None
    domain_zone: IHostedZone | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    ip_address_type: IpAddressType | None = None
    listener_certificate: IListenerCertificate | None = None
    listener_port: int | float | None = None
    load_balancer: INetworkLoadBalancer | None = None
    max_healthy_percent: int | float | None = None
    min_healthy_percent: int | float | None = None
    propagate_tags: PropagatedTagSource | None = None
    public_load_balancer: bool | None = None
    record_type: NetworkLoadBalancedServiceRecordType | None = None
    service_name: str | None = None
    task_image_options: NetworkLoadBalancedTaskImageOptions | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class NetworkMultipleTargetGroupsEc2ServiceProps:
    """The properties of ``NetworkMultipleTargetGroupsEc2Service``.

    Args:
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
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
        task_definition: an existing task definition (not with the image options).
    """

    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    desired_count: int | float | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    load_balancers: Sequence[NetworkLoadBalancerProps] | None = None
    propagate_tags: PropagatedTagSource | None = None
    service_name: str | None = None
    target_groups: Sequence[NetworkTargetProps] | None = None
    task_image_options: NetworkLoadBalancedTaskImageProps | None = None
    vpc: IVpc | None = None
    cpu: int | float | None = None
    memory_limit_mib: int | float | None = None
    memory_reservation_mib: int | float | None = None
    placement_constraints: Sequence[PlacementConstraint] | None = None
    placement_strategies: Sequence[PlacementStrategy] | None = None
    task_definition: Ec2TaskDefinition | None = None


@structs.frozen(kw_only=True)
class NetworkMultipleTargetGroupsFargateServiceProps:
    """The properties of ``NetworkMultipleTargetGroupsFargateService``.

    Args:
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
        assign_public_ip: give the tasks public IP addresses (default false).
        max_healthy_percent: upper limit on running tasks during a deployment, in percent of the desired
            count.
        min_healthy_percent: lower limit on running tasks during a deployment, in percent of the desired
            count.
    """

    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    desired_count: int | float | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    load_balancers: Sequence[NetworkLoadBalancerProps] | None = None
    propagate_tags: PropagatedTagSource | None = None
    service_name: str | None = None
    target_groups: Sequence[NetworkTargetProps] | None = None
    task_image_options: NetworkLoadBalancedTaskImageProps | None = None
    vpc: IVpc | None = None
    circuit_breaker: DeploymentCircuitBreaker | None = None
    cpu: int | float | None = None
    ephemeral_storage_gib: int | float | None = None
    memory_limit_mib: int | float | None = None
    platform_version: FargatePlatformVersion | None = None
    runtime_platform: RuntimePlatform | None = None
    task_definition: FargateTaskDefinition | None = None
    assign_public_ip: bool | None = None
    max_healthy_percent: int | float | None = None
    min_healthy_percent: int | float | None = None


@structs.frozen(kw_only=True)
class NetworkMultipleTargetGroupsServiceBaseProps:
    """What every multiple-target-groups NLB service pattern takes.

    Args:
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
    """

    cloud_map_options: CloudMapOptions | None = None
    cluster: ICluster | None = None
    desired_count: int | float | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    health_check_grace_period: Duration | None = None
    load_balancers: Sequence[NetworkLoadBalancerProps] | None = None
    propagate_tags: PropagatedTagSource | None = None
    service_name: str | None = None
    target_groups: Sequence[NetworkTargetProps] | None = None
    task_image_options: NetworkLoadBalancedTaskImageProps | None = None
    vpc: IVpc | None = None
