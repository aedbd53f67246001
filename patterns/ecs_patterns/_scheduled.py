"""Scheduled task patterns: ``ScheduledTaskBase``, ``ScheduledFargateTask``, ``ScheduledEc2Task``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, ValidationError
from patterns.ecs_patterns._common import arguments, aws_log_driver, default_cluster

if TYPE_CHECKING:
    from l2.applicationautoscaling import Schedule
    from l2.ec2 import ISecurityGroup, IVpc, SubnetSelection
    from l2.ecs import (
        DeploymentCircuitBreaker,
        Ec2TaskDefinition,
        FargatePlatformVersion,
        FargateTaskDefinition,
        ICluster,
        PropagatedTagSource,
        RuntimePlatform,
        TaskDefinition,
    )
    from l2.events import Rule
    from l2.events_targets import EcsTask, Tag
    from patterns.ecs_patterns._types import (
        ScheduledEc2TaskDefinitionOptions,
        ScheduledEc2TaskImageOptions,
        ScheduledFargateTaskDefinitionOptions,
        ScheduledFargateTaskImageOptions,
    )


class ScheduledTaskBase(Construct):
    """What the scheduled task patterns share: a cluster and an EventBridge rule on ``schedule`` that runs the task.

    Args:
        scope: the parent construct.
        id: the construct id.
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

    Raises:
        ValidationError: ``desired_task_count`` below 1.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        schedule: Schedule,
        cluster: ICluster | None = None,
        desired_task_count: int | float | None = None,
        enabled: bool | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        rule_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_selection: SubnetSelection | None = None,
        tags: Sequence[Tag] | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        super().__init__(scope, id)
        self._setup_schedule(scope, arguments(locals()))

    def _setup_schedule(self, scope: Construct, a: Mapping[str, Any]) -> None:
        from l2 import ec2, events

        self.cluster: ICluster = a["cluster"] or default_cluster(self, a["vpc"])
        """The cluster the task runs in."""
        count = a["desired_task_count"]
        if count is not None and count < 1:
            raise ValidationError("You must specify a desiredTaskCount greater than 0", self)
        self.desired_task_count: int | float = count or 1
        """How many tasks run on each schedule."""
        self.subnet_selection: SubnetSelection = a["subnet_selection"] or ec2.SubnetSelection(
            subnet_type=ec2.SubnetType.PRIVATE_WITH_EGRESS
        )
        """The subnets the tasks run in."""
        self._security_groups: Sequence[ISecurityGroup] | None = a["security_groups"]
        self.propagate_tags: PropagatedTagSource | None = a["propagate_tags"]
        """Where the tasks' tags come from."""
        self.tags: Sequence[Tag] | None = a["tags"]
        """Tags of the started tasks."""
        schedule: Schedule = a["schedule"]
        self.event_rule: Rule = events.Rule(
            self,
            "ScheduledEventRule",
            schedule=events.Schedule.expression(schedule.expression_string),
            rule_name=a["rule_name"],
            enabled=a["enabled"],
        )
        """The rule that runs the task."""

    def _add_task_definition_to_event_target(self, task_definition: TaskDefinition) -> EcsTask:
        from l2 import events_targets

        target = events_targets.EcsTask(
            cluster=self.cluster,
            task_definition=task_definition,
            task_count=self.desired_task_count,
            subnet_selection=self.subnet_selection,
            security_groups=self._security_groups,
            propagate_tags=self.propagate_tags,
            tags=self.tags,
        )
        self._add_task_as_target(target)
        return target

    def _add_task_as_target(self, target: EcsTask) -> None:
        self.event_rule.add_target(target)


class ScheduledFargateTask(ScheduledTaskBase):
    """A Fargate task run on a schedule.

    Args:
        scope: the parent construct.
        id: the construct id.
        scheduled_fargate_task_definition_options: run an existing Fargate task definition (not with the
            image options).
        scheduled_fargate_task_image_options: create a task definition around this image (not with the
            definition options).
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

    Raises:
        ValidationError: both or neither of the definition and image options; and the errors of
            ``ScheduledTaskBase``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scheduled_fargate_task_definition_options: ScheduledFargateTaskDefinitionOptions | None = None,
        scheduled_fargate_task_image_options: ScheduledFargateTaskImageOptions | None = None,
        schedule: Schedule,
        cluster: ICluster | None = None,
        desired_task_count: int | float | None = None,
        enabled: bool | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        rule_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_selection: SubnetSelection | None = None,
        tags: Sequence[Tag] | None = None,
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
        self._setup_schedule(scope, a)
        from l2 import ecs, events_targets

        definition_options = scheduled_fargate_task_definition_options
        image_options = scheduled_fargate_task_image_options
        if definition_options is not None and image_options is not None:
            raise ValidationError(
                "You must specify either a scheduledFargateTaskDefinitionOptions or scheduledFargateTaskOptions, "
                "not both.",
                self,
            )
        if definition_options is not None:
            self.task_definition: FargateTaskDefinition = definition_options.task_definition
            """The task definition."""
        elif image_options is not None:
            self.task_definition = ecs.FargateTaskDefinition(
                self,
                "ScheduledTaskDef",
                memory_limit_mib=image_options.memory_limit_mib or 512,
                cpu=image_options.cpu or 256,
                ephemeral_storage_gib=image_options.ephemeral_storage_gib,
            )
            self.task_definition.add_container(
                image_options.container_name or "ScheduledContainer",
                image=image_options.image,
                command=image_options.command,
                environment=image_options.environment,
                secrets=image_options.secrets,
                logging=image_options.log_driver or aws_log_driver(self.node.id),
            )
        else:
            raise ValidationError("You must specify one of: taskDefinition or image", self)
        ignored = (
            ("task_definition", "Property 'taskDefinition' is ignored, use 'scheduledFargateTaskDefinitionOptions' "
             "or 'scheduledFargateTaskImageOptions' instead."),
            ("cpu", "Property 'cpu' is ignored, use 'scheduledFargateTaskImageOptions.cpu' instead."),
            ("memory_limit_mib", "Property 'memoryLimitMiB' is ignored, use "
             "'scheduledFargateTaskImageOptions.memoryLimitMiB' instead."),
            ("ephemeral_storage_gib", "Property 'ephemeralStorageGiB' is ignored, use "
             "'scheduledFargateTaskImageOptions.ephemeralStorageGiB' instead."),
            ("runtime_platform", "Property 'runtimePlatform' is ignored."),
        )
        for name, message in ignored:
            if a[name]:
                Annotations.of(self).add_warning_v2("@aws-cdk/aws-ecs-patterns:propertyIgnored", message)
        self.task: EcsTask = events_targets.EcsTask(
            cluster=self.cluster,
            task_definition=self.task_definition,
            task_count=self.desired_task_count,
            subnet_selection=self.subnet_selection,
            platform_version=platform_version,
            security_groups=security_groups,
            propagate_tags=propagate_tags,
            tags=tags,
        )
        """The rule's ECS task target."""
        self._add_task_as_target(self.task)


class ScheduledEc2Task(ScheduledTaskBase):
    """An EC2 task run on a schedule.

    Args:
        scope: the parent construct.
        id: the construct id.
        scheduled_ec2_task_definition_options: run an existing EC2 task definition (not with the image
            options).
        scheduled_ec2_task_image_options: create a task definition around this image (not with the
            definition options).
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

    Raises:
        ValidationError: both or neither of the definition and image options; and the errors of
            ``ScheduledTaskBase``.
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        scheduled_ec2_task_definition_options: ScheduledEc2TaskDefinitionOptions | None = None,
        scheduled_ec2_task_image_options: ScheduledEc2TaskImageOptions | None = None,
        schedule: Schedule,
        cluster: ICluster | None = None,
        desired_task_count: int | float | None = None,
        enabled: bool | None = None,
        propagate_tags: PropagatedTagSource | None = None,
        rule_name: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_selection: SubnetSelection | None = None,
        tags: Sequence[Tag] | None = None,
        vpc: IVpc | None = None,
    ) -> None:
        a = arguments(locals())
        Construct.__init__(self, scope, id)
        self._setup_schedule(scope, a)
        from l2 import ecs

        definition_options = scheduled_ec2_task_definition_options
        image_options = scheduled_ec2_task_image_options
        if definition_options is not None and image_options is not None:
            raise ValidationError(
                "You must specify either a scheduledEc2TaskDefinitionOptions or scheduledEc2TaskOptions, not both.",
                self,
            )
        if definition_options is not None:
            self.task_definition: Ec2TaskDefinition = definition_options.task_definition
            """The task definition."""
        elif image_options is not None:
            self.task_definition = ecs.Ec2TaskDefinition(self, "ScheduledTaskDef")
            self.task_definition.add_container(
                image_options.container_name or "ScheduledContainer",
                image=image_options.image,
                memory_limit_mib=image_options.memory_limit_mib,
                memory_reservation_mib=image_options.memory_reservation_mib,
                cpu=image_options.cpu,
                command=image_options.command,
                environment=image_options.environment,
                secrets=image_options.secrets,
                logging=image_options.log_driver or aws_log_driver(self.node.id),
            )
        else:
            raise ValidationError("You must specify a taskDefinition or image", self)
        self.task: EcsTask = self._add_task_definition_to_event_target(self.task_definition)
        """The rule's ECS task target."""
