"""Queue processing service patterns: ``QueueProcessingServiceBase`` and its Fargate/EC2 kinds."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import CfnOutput, Construct, Duration, ValidationError
from constructs.internals import analytics_call, analytics_quiet
from patterns.ecs_patterns._common import (
    REMOVE_DEFAULT_DESIRED_COUNT,
    arguments,
    aws_log_driver,
    check_cluster_or_vpc,
    default_cluster,
    flag,
)

if TYPE_CHECKING:
    from l2.applicationautoscaling import ScalingInterval
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.ecs import (
        BaseService,
        CapacityProviderStrategy,
        ContainerImage,
        DeploymentCircuitBreaker,
        DeploymentController,
        Ec2Service,
        Ec2TaskDefinition,
        FargatePlatformVersion,
        FargateService,
        FargateTaskDefinition,
        HealthCheck,
        ICluster,
        LogDriver,
        PlacementConstraint,
        PlacementStrategy,
        PropagatedTagSource,
        RuntimePlatform,
        Secret,
    )
    from l2.sqs import IQueue

_DEFAULT_SCALING_STEPS = ((0, None, -1), (None, 100, 1), (None, 500, 5))  # (upper, lower, change)


class QueueProcessingServiceBase(Construct):
    """What the queue processing patterns share: a cluster, an SQS queue (with a dead-letter queue unless one is
    given), the container's environment (``QUEUE_NAME``), scaling settings and the queue outputs.

    Args:
        scope: the parent construct.
        id: the construct id.
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

    Raises:
        ValidationError: ``cluster`` with ``vpc``; queue settings with ``queue``; a cooldown above 999999999 s;
            a desired count of 0 without a maximum scaling capacity.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cluster: ICluster | None = None,
        command: Sequence[str] | None = None,
        cooldown: Duration | None = None,
        cpu_target_utilization_percent: int | float | None = None,
        deployment_controller: DeploymentController | None = None,
        disable_cpu_based_scaling: bool | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        enable_logging: bool | None = None,
        environment: Mapping[str, str] | None = None,
        family: str | None = None,
        image: ContainerImage | None = None,
        log_driver: LogDriver | None = None,
        max_healthy_percent: int | float | None = None,
        max_receive_count: int | float | None = None,
        max_scaling_capacity: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        min_scaling_capacity: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        queue: IQueue | None = None,
        retention_period: Duration | None = None,
        scaling_steps: Sequence[ScalingInterval] | None = None,
        secrets: Mapping[str, Secret] | None = None,
        service_name: str | None = None,
        visibility_timeout: Duration | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._setup_queue(arguments(locals()))

    def _setup_queue(self, a: Mapping[str, Any]) -> None:
        from l2 import applicationautoscaling as appscaling
        from l2 import sqs

        check_cluster_or_vpc(self, a["cluster"], a["vpc"])
        self.cluster: ICluster = a["cluster"] or default_cluster(self, a["vpc"])
        """The cluster the service runs in."""
        if a["queue"] is not None and (a["retention_period"] or a["visibility_timeout"] or a["max_receive_count"]):
            given = [
                js for py, js in (
                    ("retention_period", "retentionPeriod"),
                    ("visibility_timeout", "visibilityTimeout"),
                    ("max_receive_count", "maxReceiveCount"),
                )
                if a[py] is not None
            ]
            raise ValidationError(
                f"{', '.join(given)} can be set only when queue is not set. Specify them in the QueueProps of the "
                "queue",
                self,
            )
        self.dead_letter_queue: sqs.IQueue | None = None
        """The dead-letter queue the pattern created (none when ``queue`` was given)."""
        if a["queue"] is not None:
            self.sqs_queue: IQueue = a["queue"]
            """The queue the service processes."""
        else:
            self.dead_letter_queue = sqs.Queue(
                self, "EcsProcessingDeadLetterQueue", retention_period=a["retention_period"] or Duration.days(14)
            )
            self.sqs_queue = sqs.Queue(
                self,
                "EcsProcessingQueue",
                visibility_timeout=a["visibility_timeout"],
                dead_letter_queue=sqs.DeadLetterQueue(
                    queue=self.dead_letter_queue, max_receive_count=a["max_receive_count"] or 3
                ),
            )
            CfnOutput(self, "SQSDeadLetterQueue", value=self.dead_letter_queue.queue_name)
            CfnOutput(self, "SQSDeadLetterQueueArn", value=self.dead_letter_queue.queue_arn)
        self._default_scaling_steps = a["scaling_steps"] is None
        if a["scaling_steps"] is not None:
            self.scaling_steps: Sequence[ScalingInterval] = a["scaling_steps"]
            """The step scaling intervals on the queue's visible messages."""
        else:
            self.scaling_steps = [
                appscaling.ScalingInterval(upper=upper, lower=lower, change=change)
                for upper, lower, change in _DEFAULT_SCALING_STEPS
            ]
        cooldown: Duration | None = a["cooldown"]
        if cooldown is not None and cooldown.to_seconds() > 999999999:
            raise ValidationError(
                f"cooldown cannot be more than 999999999, found: {_js(cooldown.to_seconds())}", self
            )
        self._cooldown = cooldown
        enable_logging = a["enable_logging"] if a["enable_logging"] is not None else True
        self.log_driver: LogDriver | None = a["log_driver"]
        """The container's log driver."""
        if self.log_driver is None and enable_logging:
            self.log_driver = aws_log_driver(self.node.id)
        self.environment: dict[str, str] = {**(a["environment"] or {}), "QUEUE_NAME": self.sqs_queue.queue_name}
        """The container's environment (with ``QUEUE_NAME``)."""
        self.secrets: Mapping[str, Secret] | None = a["secrets"]
        """The container's secrets."""
        self._disable_cpu_based_scaling = bool(a["disable_cpu_based_scaling"])
        target = a["cpu_target_utilization_percent"]
        self._cpu_target_utilization_percent = target if target is not None else 50
        desired = a["desired_task_count"] if "desired_task_count" in a else None
        self._desired_count = desired if desired is not None else 1
        min_capacity, max_capacity = a["min_scaling_capacity"], a["max_scaling_capacity"]
        if flag(self, REMOVE_DEFAULT_DESIRED_COUNT) and desired is None:
            self.min_capacity: int | float = min_capacity if min_capacity is not None else 1
            """The fewest tasks scaling runs."""
            self.max_capacity: int | float = max_capacity or 2
            """The most tasks scaling runs."""
        else:
            self.min_capacity = min_capacity if min_capacity is not None else self._desired_count
            self.max_capacity = max_capacity or 2 * self._desired_count
        if not self._desired_count and not self.max_capacity:
            raise ValidationError("maxScalingCapacity must be set and greater than 0 if desiredCount is 0", self)
        CfnOutput(self, "SQSQueue", value=self.sqs_queue.queue_name)
        CfnOutput(self, "SQSQueueArn", value=self.sqs_queue.queue_arn)

    def _configure_autoscaling_for_service(self, service: BaseService) -> None:
        scaling = service.auto_scale_task_count(max_capacity=self.max_capacity, min_capacity=self.min_capacity)
        if not self._disable_cpu_based_scaling:
            scaling.scale_on_cpu_utilization(
                "CpuScaling", target_utilization_percent=self._cpu_target_utilization_percent
            )
        metric = self.sqs_queue.metric_approximate_number_of_messages_visible()
        # the target's analytics metadata: aws-cdk-lib's literal (its default steps are object literals too)
        steps: Any = self.scaling_steps
        if self._default_scaling_steps:
            steps = [{"upper": u, "change": c} if u is not None else {"lower": lo, "change": c}
                     for u, lo, c in _DEFAULT_SCALING_STEPS]
        analytics_call(scaling._target, "scaleOnMetric", [
            "QueueMessagesVisibleScaling", {"metric": metric, "scalingSteps": steps, "cooldown": self._cooldown}])
        from l2.applicationautoscaling import ScalableTarget

        with analytics_quiet(ScalableTarget):
            scaling.scale_on_metric(
                "QueueMessagesVisibleScaling",
                metric=metric,
                scaling_steps=self.scaling_steps,
                cooldown=self._cooldown,
            )

    def _grant_permissions_to_service(self, service: BaseService) -> None:
        self.sqs_queue.grant_consume_messages(service.task_definition.task_role)

    def _service_desired_count(self) -> int | float | None:
        return None if flag(self, REMOVE_DEFAULT_DESIRED_COUNT) else self._desired_count


def _js(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


class QueueProcessingFargateService(QueueProcessingServiceBase):
    """A Fargate service processing an SQS queue, scaled on the queue's depth (and CPU).

    Args:
        scope: the parent construct.
        id: the construct id.
        assign_public_ip: give the tasks public IP addresses (default false).
        container_name: the container's name.
        health_check: the container health check (default none).
        health_check_grace_period: how long the service ignores load balancer health checks after a task
            starts.
        security_groups: security groups of the tasks (default one created).
        task_subnets: the subnets the tasks run in (default private subnets).
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

    Raises:
        ValidationError: both or neither of ``task_definition`` and ``image``; and the errors of
            ``QueueProcessingServiceBase``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assign_public_ip: bool | None = None,
        container_name: str | None = None,
        health_check: HealthCheck | None = None,
        health_check_grace_period: Duration | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        task_subnets: SubnetSelection | None = None,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cluster: ICluster | None = None,
        command: Sequence[str] | None = None,
        cooldown: Duration | None = None,
        cpu_target_utilization_percent: int | float | None = None,
        deployment_controller: DeploymentController | None = None,
        disable_cpu_based_scaling: bool | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        enable_logging: bool | None = None,
        environment: Mapping[str, str] | None = None,
        family: str | None = None,
        image: ContainerImage | None = None,
        log_driver: LogDriver | None = None,
        max_healthy_percent: int | float | None = None,
        max_receive_count: int | float | None = None,
        max_scaling_capacity: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        min_scaling_capacity: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        queue: IQueue | None = None,
        retention_period: Duration | None = None,
        scaling_steps: Sequence[ScalingInterval] | None = None,
        secrets: Mapping[str, Secret] | None = None,
        service_name: str | None = None,
        visibility_timeout: Duration | None = None,
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
        self._setup_queue(a)
        from l2 import ecs

        if task_definition is not None and image is not None:
            raise ValidationError("You must specify only one of taskDefinition or image", self)
        if task_definition is not None:
            self.task_definition: FargateTaskDefinition = task_definition
            """The task definition."""
        elif image is not None:
            self.task_definition = ecs.FargateTaskDefinition(
                self,
                "QueueProcessingTaskDef",
                memory_limit_mib=memory_limit_mib or 512,
                cpu=cpu or 256,
                ephemeral_storage_gib=ephemeral_storage_gib,
                family=family,
                runtime_platform=runtime_platform,
            )
            self.task_definition.add_container(
                container_name or "QueueProcessingContainer",
                image=image,
                command=command,
                environment=self.environment,
                secrets=self.secrets,
                logging=self.log_driver,
                health_check=health_check,
            )
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        self.service: FargateService = ecs.FargateService(
            self,
            "QueueProcessingFargateService",
            cluster=self.cluster,
            desired_count=self._service_desired_count(),
            task_definition=self.task_definition,
            service_name=service_name,
            min_healthy_percent=min_healthy_percent,
            max_healthy_percent=max_healthy_percent,
            propagate_tags=propagate_tags,
            enable_ecs_managed_tags=enable_ecs_managed_tags,
            platform_version=platform_version,
            deployment_controller=deployment_controller,
            security_groups=security_groups,
            vpc_subnets=task_subnets,
            assign_public_ip=assign_public_ip,
            circuit_breaker=circuit_breaker,
            capacity_provider_strategies=capacity_provider_strategies,
            enable_execute_command=enable_execute_command,
            health_check_grace_period=health_check_grace_period,
        )
        """The Fargate service."""
        self._configure_autoscaling_for_service(self.service)
        self._grant_permissions_to_service(self.service)


class QueueProcessingEc2Service(QueueProcessingServiceBase):
    """An EC2 service processing an SQS queue, scaled on the queue's depth (and CPU).

    Args:
        scope: the parent construct.
        id: the construct id.
        container_name: the container's name.
        cpu: CPU units (for Fargate the task's; for EC2 the container's).
        gpu_count: GPUs reserved for the container (default none).
        memory_limit_mib: memory in MiB (for Fargate the task's; for EC2 the container's hard limit).
        memory_reservation_mib: soft memory limit of the container in MiB (default none).
        placement_constraints: task placement constraints (default none).
        placement_strategies: task placement strategies (default none).
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

    Raises:
        ValidationError: no ``image``; and the errors of ``QueueProcessingServiceBase``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        container_name: str | None = None,
        cpu: int | float | None = None,
        gpu_count: int | float | None = None,
        memory_limit_mib: int | float | None = None,
        memory_reservation_mib: int | float | None = None,
        placement_constraints: Sequence[PlacementConstraint] | None = None,
        placement_strategies: Sequence[PlacementStrategy] | None = None,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        circuit_breaker: DeploymentCircuitBreaker | None = None,
        cluster: ICluster | None = None,
        command: Sequence[str] | None = None,
        cooldown: Duration | None = None,
        cpu_target_utilization_percent: int | float | None = None,
        deployment_controller: DeploymentController | None = None,
        disable_cpu_based_scaling: bool | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        enable_logging: bool | None = None,
        environment: Mapping[str, str] | None = None,
        family: str | None = None,
        image: ContainerImage | None = None,
        log_driver: LogDriver | None = None,
        max_healthy_percent: int | float | None = None,
        max_receive_count: int | float | None = None,
        max_scaling_capacity: int | float | None = None,
        min_healthy_percent: int | float | None = None,
        min_scaling_capacity: int | float | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        queue: IQueue | None = None,
        retention_period: Duration | None = None,
        scaling_steps: Sequence[ScalingInterval] | None = None,
        secrets: Mapping[str, Secret] | None = None,
        service_name: str | None = None,
        visibility_timeout: Duration | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_queue(a)
        from l2 import ecs

        if image is None:
            raise ValidationError("image must be specified for EC2 queue processing service", self)
        self.task_definition: Ec2TaskDefinition = ecs.Ec2TaskDefinition(self, "QueueProcessingTaskDef", family=family)
        """The task definition."""
        self.task_definition.add_container(
            container_name or "QueueProcessingContainer",
            image=image,
            memory_limit_mib=memory_limit_mib,
            memory_reservation_mib=memory_reservation_mib,
            cpu=cpu,
            gpu_count=gpu_count,
            command=command,
            environment=self.environment,
            secrets=self.secrets,
            logging=self.log_driver,
        )
        self.service: Ec2Service = ecs.Ec2Service(
            self,
            "QueueProcessingService",
            cluster=self.cluster,
            desired_count=self._service_desired_count(),
            task_definition=self.task_definition,
            service_name=service_name,
            min_healthy_percent=min_healthy_percent,
            max_healthy_percent=max_healthy_percent,
            propagate_tags=propagate_tags,
            enable_ecs_managed_tags=enable_ecs_managed_tags,
            deployment_controller=deployment_controller,
            circuit_breaker=circuit_breaker,
            capacity_provider_strategies=capacity_provider_strategies,
            enable_execute_command=enable_execute_command,
            placement_constraints=placement_constraints,
            placement_strategies=placement_strategies,
        )
        """The EC2 service."""
        self._configure_autoscaling_for_service(self.service)
        self._grant_permissions_to_service(self.service)
