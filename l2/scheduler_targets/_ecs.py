"""The ECS schedule targets: run a task on Fargate (``EcsRunFargateTask``) or on EC2 capacity (``EcsRunEc2Task``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, ValidationError
from constructs.internals import structs
from l1.scheduler import CfnSchedule
from l2.scheduler import ScheduleTargetConfig, ScheduleTargetInput
from l2.scheduler_targets._base import ScheduleTargetBase, ScheduleTargetBaseProps
from l2.scheduler_targets._targets import Tag

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, SubnetSelection
    from l2.ecs import (
        CapacityProviderStrategy,
        FargatePlatformVersion,
        ICluster,
        PlacementConstraint,
        PlacementStrategy,
        TaskDefinition,
    )
    from l2.iam import IRole
    from l2.scheduler import ISchedule
    from l2.sqs import IQueue


@structs.frozen(kw_only=True)
class EcsRunTaskBaseProps(ScheduleTargetBaseProps):
    """What both ECS targets accept.

    Args:
        task_definition: the task definition to run (a ``TaskDefinition`` made in the app, not an import).
        capacity_provider_strategies: the capacity provider strategy (default none: the launch type is used).
        enable_ecs_managed_tags: whether ECS tags the tasks with the cluster and service (default false).
        enable_execute_command: whether ECS Exec is enabled on the containers (default false).
        group: the task group (default none).
        propagate_tags: whether the task definition's tags are copied to the tasks (default false).
        reference_id: the reference id of the tasks (default none).
        security_groups: the security groups of the tasks (awsvpc network mode; default the VPC's default).
        tags: tags of the tasks (default none).
        task_count: how many tasks to run (1 to 10; default 1).
        vpc_subnets: the subnets of the tasks (awsvpc network mode; default the private subnets with egress).
    """

    task_definition: TaskDefinition
    capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None
    enable_ecs_managed_tags: bool | None = None
    enable_execute_command: bool | None = None
    group: str | None = None
    propagate_tags: bool | None = None
    reference_id: str | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    tags: Sequence[Tag] | None = None
    task_count: int | float | None = None
    vpc_subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class FargateTaskProps(EcsRunTaskBaseProps):
    """What ``EcsRunFargateTask`` accepts.

    Args:
        assign_public_ip: whether the task's network interface gets a public IP (only in public subnets;
            default true in public subnets, else false).
        platform_version: the Fargate platform version (default LATEST).
    """

    assign_public_ip: bool | None = None
    platform_version: FargatePlatformVersion | None = None


@structs.frozen(kw_only=True)
class Ec2TaskProps(EcsRunTaskBaseProps):
    """What ``EcsRunEc2Task`` accepts.

    Args:
        placement_constraints: where the tasks may run (default none).
        placement_strategies: how the tasks are placed (default none).
    """

    placement_constraints: Sequence[PlacementConstraint] | None = None
    placement_strategies: Sequence[PlacementStrategy] | None = None


def _tag_value(tag: Any) -> Any:
    return {"key": tag.key, "value": tag.value}


class EcsRunTask(ScheduleTargetBase):
    """The base of the ECS targets: runs a task definition on a cluster (aws-cdk-lib's abstract ``EcsRunTask``).

    Args:
        cluster: the cluster to run the tasks on.
        task_definition: the task definition to run.
        capacity_provider_strategies: the capacity provider strategy (default none).
        enable_ecs_managed_tags: whether ECS tags the tasks (default false).
        enable_execute_command: whether ECS Exec is enabled (default false).
        group: the task group (default none).
        propagate_tags: whether the task definition's tags are copied to the tasks (default false).
        reference_id: the reference id of the tasks (default none).
        security_groups: the security groups of the tasks (default the VPC's default).
        tags: tags of the tasks (default none).
        task_count: how many tasks to run (default 1).
        vpc_subnets: the subnets of the tasks (default the private subnets with egress).
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        cluster: ICluster,
        *,
        task_definition: TaskDefinition,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        group: str | None = None,
        propagate_tags: bool | None = None,
        reference_id: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        tags: Sequence[Tag] | None = None,
        task_count: int | float | None = None,
        vpc_subnets: SubnetSelection | None = None,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(
            ScheduleTargetBaseProps(dead_letter_queue=dead_letter_queue, input=input, max_event_age=max_event_age,
                                    retry_attempts=retry_attempts, role=role),
            cluster.cluster_arn,
        )
        self._cluster = cluster
        self._task_definition = task_definition
        self._capacity_provider_strategies = capacity_provider_strategies
        self._enable_ecs_managed_tags = enable_ecs_managed_tags
        self._enable_execute_command = enable_execute_command
        self._group = group
        self._propagate_tags = propagate_tags
        self._reference_id = reference_id
        self._security_groups = security_groups
        self._tags = tags
        self._task_count = task_count
        self._vpc_subnets = vpc_subnets

    def _add_target_action_to_role(self, role: IRole) -> None:
        from l2 import iam

        self._task_definition.grant_run(role)
        if self._propagate_tags is True or self._tags:
            cluster: Any = self._cluster
            resource = (f"arn:{cluster.stack.partition}:ecs:{cluster.env.region}:"
                        f"{self._task_definition.env.account}:task/{cluster.cluster_name}/*")
            role.add_to_principal_policy(iam.PolicyStatement(actions=["ecs:TagResource"], resources=[resource]))

    def _ecs_parameters(self, **extra: Any) -> CfnSchedule.EcsParametersProperty:
        strategies = None
        if self._capacity_provider_strategies is not None:
            strategies = [
                CfnSchedule.CapacityProviderStrategyItemProperty(
                    capacity_provider=s.capacity_provider, base=s.base, weight=s.weight)
                for s in self._capacity_provider_strategies
            ]
        return CfnSchedule.EcsParametersProperty(
            task_definition_arn=self._task_definition.task_definition_arn,
            capacity_provider_strategy=strategies,
            task_count=self._task_count,
            tags=[_tag_value(t) for t in self._tags] if self._tags is not None else None,
            propagate_tags="TASK_DEFINITION" if self._propagate_tags else None,
            enable_ecs_managed_tags=self._enable_ecs_managed_tags,
            enable_execute_command=self._enable_execute_command,
            group=self._group,
            reference_id=self._reference_id,
            **extra,
        )

    def _awsvpc_configuration(self, selection: SubnetSelection, assign_public_ip: str | None = None
                              ) -> CfnSchedule.NetworkConfigurationProperty:
        vpc: Any = self._cluster.vpc
        subnets = vpc.select_subnets(**structs.asdict(selection, recurse=False))
        groups = self._security_groups
        return CfnSchedule.NetworkConfigurationProperty(
            awsvpc_configuration=CfnSchedule.AwsVpcConfigurationProperty(
                assign_public_ip=assign_public_ip,
                subnets=list(subnets.subnet_ids),
                security_groups=[g.security_group_id for g in groups] if groups else None,
            ),
        )

    def _with_ecs_parameters(self, schedule: ISchedule, ecs_parameters: CfnSchedule.EcsParametersProperty
                             ) -> ScheduleTargetConfig:
        # aws-cdk-lib's EC2 and Fargate targets run the base's bind twice (the first for its ECS parameters): the
        # role gets the same grants again (merged away in the template; recorded by the analytics metadata)
        super()._bind_base_target_config(schedule)
        config = super()._bind_base_target_config(schedule)
        return structs.evolve(config, ecs_parameters=ecs_parameters)


class EcsRunFargateTask(EcsRunTask):
    """Run a task on Fargate.

    Args:
        cluster: the cluster to run the tasks on.
        assign_public_ip: whether the task's network interface gets a public IP (only in public subnets;
            default true in public subnets, else false).
        platform_version: the Fargate platform version (default LATEST).
        task_definition: the task definition to run (Fargate-compatible).
        capacity_provider_strategies: the capacity provider strategy (default none: the FARGATE launch type).
        enable_ecs_managed_tags: whether ECS tags the tasks (default false).
        enable_execute_command: whether ECS Exec is enabled (default false).
        group: the task group (default none).
        propagate_tags: whether the task definition's tags are copied to the tasks (default false).
        reference_id: the reference id of the tasks (default none).
        security_groups: the security groups of the tasks (default the VPC's default).
        tags: tags of the tasks (default none).
        task_count: how many tasks to run (default 1).
        vpc_subnets: the subnets of the tasks (default the private subnets with egress).
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        cluster: ICluster,
        *,
        assign_public_ip: bool | None = None,
        platform_version: FargatePlatformVersion | None = None,
        task_definition: TaskDefinition,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        group: str | None = None,
        propagate_tags: bool | None = None,
        reference_id: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        tags: Sequence[Tag] | None = None,
        task_count: int | float | None = None,
        vpc_subnets: SubnetSelection | None = None,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(
            cluster, task_definition=task_definition, capacity_provider_strategies=capacity_provider_strategies,
            enable_ecs_managed_tags=enable_ecs_managed_tags, enable_execute_command=enable_execute_command,
            group=group, propagate_tags=propagate_tags, reference_id=reference_id, security_groups=security_groups,
            tags=tags, task_count=task_count, vpc_subnets=vpc_subnets, dead_letter_queue=dead_letter_queue,
            input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role,
        )
        self._assign_public_ip = assign_public_ip
        self._platform_version = platform_version

    def bind(self, schedule: ISchedule) -> ScheduleTargetConfig:
        """The target's configuration for ``schedule``: the Fargate task to run and its network."""
        from l2.ec2 import SubnetSelection, SubnetType

        scope: Any = schedule  # a Schedule construct: errors name its path
        if not self._task_definition.is_fargate_compatible:
            raise ValidationError("TaskDefinition is not compatible with Fargate launch type.", scope)
        selection = self._vpc_subnets or SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS)
        if self._assign_public_ip and selection.subnet_type != SubnetType.PUBLIC:
            raise ValidationError("assignPublicIp should be set to true only for public subnets", scope)
        if self._assign_public_ip is not None:
            assign = "ENABLED" if self._assign_public_ip else "DISABLED"
        else:
            assign = "ENABLED" if selection.subnet_type == SubnetType.PUBLIC else "DISABLED"
        platform_version: Any = self._platform_version
        return self._with_ecs_parameters(schedule, self._ecs_parameters(
            launch_type=None if self._capacity_provider_strategies is not None else "FARGATE",
            platform_version=platform_version.value if platform_version is not None else None,
            network_configuration=self._awsvpc_configuration(selection, assign),
        ))


class EcsRunEc2Task(EcsRunTask):
    """Run a task on the EC2 capacity of a cluster.

    Args:
        cluster: the cluster to run the tasks on.
        placement_constraints: where the tasks may run (default none).
        placement_strategies: how the tasks are placed (default none).
        task_definition: the task definition to run (EC2-compatible).
        capacity_provider_strategies: the capacity provider strategy (default none: the EC2 launch type).
        enable_ecs_managed_tags: whether ECS tags the tasks (default false).
        enable_execute_command: whether ECS Exec is enabled (default false).
        group: the task group (default none).
        propagate_tags: whether the task definition's tags are copied to the tasks (default false).
        reference_id: the reference id of the tasks (default none).
        security_groups: the security groups of the tasks (awsvpc network mode only).
        tags: tags of the tasks (default none).
        task_count: how many tasks to run (default 1).
        vpc_subnets: the subnets of the tasks (awsvpc network mode only; default the private subnets with egress).
        dead_letter_queue: the queue that receives events the target could not get.
        input: the payload sent to the target.
        max_event_age: how long an unprocessed event is kept (1 minute to 1 day; default 1 day).
        retry_attempts: retries of a failed invocation (0 to 185; default 185).
        role: the role EventBridge Scheduler assumes (default a role per target ARN, shared in the stack).
    """

    def __init__(
        self,
        cluster: ICluster,
        *,
        placement_constraints: Sequence[PlacementConstraint] | None = None,
        placement_strategies: Sequence[PlacementStrategy] | None = None,
        task_definition: TaskDefinition,
        capacity_provider_strategies: Sequence[CapacityProviderStrategy] | None = None,
        enable_ecs_managed_tags: bool | None = None,
        enable_execute_command: bool | None = None,
        group: str | None = None,
        propagate_tags: bool | None = None,
        reference_id: str | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        tags: Sequence[Tag] | None = None,
        task_count: int | float | None = None,
        vpc_subnets: SubnetSelection | None = None,
        dead_letter_queue: IQueue | None = None,
        input: ScheduleTargetInput | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: int | float | None = None,
        role: IRole | None = None,
    ) -> None:
        super().__init__(
            cluster, task_definition=task_definition, capacity_provider_strategies=capacity_provider_strategies,
            enable_ecs_managed_tags=enable_ecs_managed_tags, enable_execute_command=enable_execute_command,
            group=group, propagate_tags=propagate_tags, reference_id=reference_id, security_groups=security_groups,
            tags=tags, task_count=task_count, vpc_subnets=vpc_subnets, dead_letter_queue=dead_letter_queue,
            input=input, max_event_age=max_event_age, retry_attempts=retry_attempts, role=role,
        )
        self._placement_constraints = placement_constraints
        self._placement_strategies = placement_strategies

    def bind(self, schedule: ISchedule) -> ScheduleTargetConfig:
        """The target's configuration for ``schedule``: the EC2 task to run, its placement and network."""
        from l2.ec2 import SubnetSelection, SubnetType
        from l2.ecs import Compatibility, NetworkMode

        scope: Any = schedule  # a Schedule construct: errors name its path
        if self._task_definition.compatibility == Compatibility.FARGATE:
            raise ValidationError("TaskDefinition is not compatible with EC2 launch type", scope)
        uses_awsvpc = self._task_definition.network_mode == NetworkMode.AWS_VPC
        if not uses_awsvpc and (self._security_groups is not None or self._vpc_subnets is not None):
            raise ValidationError("Security groups and subnets can only be used with awsvpc network mode", scope)
        constraints = [
            CfnSchedule.PlacementConstraintProperty(type=c.get("type"), expression=c.get("expression"))
            for pc in self._placement_constraints or [] for c in pc.to_json()
        ]
        strategies = [
            CfnSchedule.PlacementStrategyProperty(type=s.get("type"), field=s.get("field"))
            for ps in self._placement_strategies or [] for s in ps.to_json()
        ]
        extra: dict[str, Any] = {
            "launch_type": None if self._capacity_provider_strategies is not None else "EC2",
            "placement_constraints": constraints or None,
            "placement_strategy": strategies or None,
        }
        if uses_awsvpc:
            selection = self._vpc_subnets or SubnetSelection(subnet_type=SubnetType.PRIVATE_WITH_EGRESS)
            extra["network_configuration"] = self._awsvpc_configuration(selection)
        return self._with_ecs_parameters(schedule, self._ecs_parameters(**extra))
