"""``EcsTask``: run an ECS task on a schedule or on matching events.

It takes the ECS L2's clusters and task definitions, or anything shaped like aws-cdk-lib's ``ICluster``
(``cluster_arn``, ``cluster_name``, ``vpc``, ``env``, ``stack``) and ``ITaskDefinition`` (``task_definition_arn``,
``network_mode``, ``is_ec2_compatible``, ``is_fargate_compatible``, ``execution_role``, ``task_role``, ``node``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, Duration, Token, UnscopedValidationError, ValidationError
from constructs.internals import structs
from l2.events_targets._ecs_structs import (
    ContainerOverride,
    EphemeralStorageOverride,
    InferenceAcceleratorOverride,
    Tag,
)
from l2.events_targets._private.util import (
    add_to_dead_letter_queue_resource_policy,
    bind_base_target_config,
    config,
    singleton_event_role,
)
from l2.events_targets._props import TargetBaseProps

if TYPE_CHECKING:
    from l2.ec2 import ISecurityGroup, SubnetSelection
    from l2.ecs import FargatePlatformVersion, LaunchType, PropagatedTagSource
    from l2.events import IRule, RuleTargetConfig
    from l2.iam import IRole
    from l2.sqs import IQueue


def _value(x: Any) -> Any:
    """An enum member's value, or ``x`` itself (a plain string stands for the member)."""
    return getattr(x, "value", x)


@structs.frozen(kw_only=True)
class EcsTaskProps(TargetBaseProps):
    """The options of an ``EcsTask`` (see ``EcsTask`` for each keyword)."""

    cluster: Any = None
    task_definition: Any = None
    assign_public_ip: bool | None = None
    container_overrides: Sequence[ContainerOverride] | None = None
    cpu: str | None = None
    enable_execute_command: bool | None = None
    ephemeral_storage: EphemeralStorageOverride | None = None
    execution_role: IRole | None = None
    inference_accelerator_overrides: Sequence[InferenceAcceleratorOverride] | None = None
    launch_type: LaunchType | str | None = None
    memory: str | None = None
    platform_version: FargatePlatformVersion | str | None = None
    propagate_tags: PropagatedTagSource | str | None = None
    role: IRole | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnet_selection: SubnetSelection | None = None
    tags: Sequence[Tag] | None = None
    task_count: float | None = None
    task_role: IRole | None = None


class EcsTask:
    """Run an ECS task (Fargate or EC2) in a cluster.

    Args:
        cluster: the cluster.
        task_definition: the task definition.
        assign_public_ip: give the task a public IP (Fargate, public subnets; default: only in public subnets).
        container_overrides: per-container overrides.
        cpu: the task's CPU override.
        enable_execute_command: enable ECS Exec (default: no).
        ephemeral_storage: the Fargate ephemeral storage override (20 to 200 GiB).
        execution_role: the execution role override.
        inference_accelerator_overrides: Elastic Inference overrides.
        launch_type: ``EC2``, ``FARGATE`` or ``EXTERNAL`` (default: from the task definition's compatibility).
        memory: the task's memory override.
        platform_version: the Fargate platform version (default: LATEST).
        propagate_tags: ``TASK_DEFINITION`` or ``NONE`` (default: none).
        role: the role that runs the task (default: an ``EventsRole`` child of the task definition).
        security_groups: the tasks' security groups (awsvpc; default: a ``SecurityGroup`` child of the task
            definition).
        subnet_selection: the tasks' subnets (awsvpc; default: private subnets with egress).
        tags: tags of the tasks.
        task_count: how many tasks to start (default: 1).
        task_role: the task role override.
        dead_letter_queue: the queue for undelivered events (default: none).
        max_event_age: how long to retry (default: 24 hours).
        retry_attempts: how many retries (default: 185).

    Raises:
        UnscopedValidationError: ``propagate_tags`` other than ``TASK_DEFINITION`` or ``NONE``; a task definition
            that is not a construct when a security group must be created.
    """

    def __init__(
        self,
        *,
        cluster: Any,
        task_definition: Any,
        assign_public_ip: bool | None = None,
        container_overrides: Sequence[ContainerOverride] | None = None,
        cpu: str | None = None,
        enable_execute_command: bool | None = None,
        ephemeral_storage: EphemeralStorageOverride | None = None,
        execution_role: IRole | None = None,
        inference_accelerator_overrides: Sequence[InferenceAcceleratorOverride] | None = None,
        launch_type: LaunchType | str | None = None,
        memory: str | None = None,
        platform_version: FargatePlatformVersion | str | None = None,
        propagate_tags: PropagatedTagSource | str | None = None,
        role: IRole | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnet_selection: SubnetSelection | None = None,
        tags: Sequence[Tag] | None = None,
        task_count: float | None = None,
        task_role: IRole | None = None,
        dead_letter_queue: IQueue | None = None,
        max_event_age: Duration | None = None,
        retry_attempts: float | None = None,
    ) -> None:
        self.props: EcsTaskProps = EcsTaskProps(
            cluster=cluster,
            task_definition=task_definition,
            assign_public_ip=assign_public_ip,
            container_overrides=[_struct(ContainerOverride, c) for c in container_overrides]
            if container_overrides is not None
            else None,
            cpu=cpu,
            enable_execute_command=enable_execute_command,
            ephemeral_storage=_struct(EphemeralStorageOverride, ephemeral_storage),
            execution_role=execution_role,
            inference_accelerator_overrides=[
                _struct(InferenceAcceleratorOverride, o) for o in inference_accelerator_overrides
            ]
            if inference_accelerator_overrides is not None
            else None,
            launch_type=launch_type,
            memory=memory,
            platform_version=platform_version,
            propagate_tags=propagate_tags,
            role=role,
            security_groups=security_groups,
            subnet_selection=subnet_selection,
            tags=[_struct(Tag, t) for t in tags] if tags is not None else None,
            task_count=task_count,
            task_role=task_role,
            dead_letter_queue=dead_letter_queue,
            max_event_age=max_event_age,
            retry_attempts=retry_attempts,
        )
        self.cluster = cluster
        self.task_definition = task_definition
        self.task_count = task_count if task_count is not None else 1
        self.platform_version = platform_version
        self.assign_public_ip = assign_public_ip
        self.enable_execute_command = enable_execute_command
        self.launch_type = launch_type
        if propagate_tags and _value(propagate_tags) not in ("TASK_DEFINITION", "NONE"):
            raise UnscopedValidationError("When propagateTags is passed, it must be set to TASK_DEFINITION or NONE.")
        self.propagate_tags = propagate_tags
        self.role: IRole | Any = role if role is not None else singleton_event_role(task_definition)
        for statement in self._event_role_policy_statements():
            self.role.add_to_principal_policy(statement)
        self.tags: Sequence[Tag] | None = self.props.tags
        self.security_group: Any = None
        self.security_groups: Sequence[Any] | None = None
        if _value(task_definition.network_mode) != "awsvpc":
            if security_groups is not None:
                Annotations.of(task_definition).add_warning_v2(
                    "@aws-cdk/aws-events-targets:ecsTaskSecurityGroupIgnored",
                    "security groups are ignored when network mode is not awsvpc",
                )
            return
        if security_groups:
            self.security_groups = security_groups
            return
        if not isinstance(task_definition, Construct):
            raise UnscopedValidationError(
                "Cannot create a security group for ECS task. The task definition in ECS task is not a Construct. "
                "Please pass a taskDefinition as a Construct in EcsTaskProps."
            )
        security_group = task_definition.node.try_find_child("SecurityGroup")
        if security_group is None:
            from l2 import ec2

            security_group = ec2.SecurityGroup(task_definition, "SecurityGroup", vpc=cluster.vpc)
        self.security_group = security_group
        self.security_groups = [security_group]

    def bind(self, rule: IRule, _id: str | None = None) -> RuleTargetConfig:
        """The cluster as a rule target, running the task definition.

        Raises:
            ValidationError: ``assign_public_ip`` outside public subnets or for non-Fargate tasks; an ephemeral
                storage size outside 20 to 200 GiB.
        """
        from l2 import ec2
        from l2.events import RuleTargetInput

        p = self.props
        task_input = self._create_input(rule)
        selection = p.subnet_selection
        subnet_type = _selection_field(selection, "subnet_type") if selection is not None else None
        if selection is None:
            subnet_type = ec2.SubnetType.PRIVATE_WITH_EGRESS
        public = subnet_type is not None and _value(subnet_type) == ec2.SubnetType.PUBLIC.value
        if self.assign_public_ip and not public:
            raise ValidationError("assignPublicIp should be set to true only for PUBLIC subnets", rule)
        if self.assign_public_ip is not None:
            assign_public_ip = "ENABLED" if self.assign_public_ip else "DISABLED"
        else:
            assign_public_ip = "ENABLED" if public else "DISABLED"
        launch_type = (
            _value(self.launch_type)
            if self.launch_type is not None
            else ("EC2" if self.task_definition.is_ec2_compatible else "FARGATE")
        )
        if assign_public_ip == "ENABLED" and launch_type != "FARGATE":
            raise ValidationError("assignPublicIp is only supported for FARGATE tasks", rule)
        ecs_parameters: dict[str, Any] = {
            "task_count": self.task_count,
            "task_definition_arn": self.task_definition.task_definition_arn,
            "propagate_tags": _value(self.propagate_tags) if self.propagate_tags is not None else None,
            "tag_list": [{"key": t.key, "value": t.value} for t in self.tags] if self.tags is not None else None,
            "enable_execute_command": self.enable_execute_command,
        }
        if _value(self.task_definition.network_mode) == "awsvpc":
            subnets = self.cluster.vpc.select_subnets(**_selection_kwargs(selection, subnet_type))
            ecs_parameters.update(
                launch_type=launch_type,
                platform_version=_value(self.platform_version) if self.platform_version is not None else None,
                network_configuration={
                    "aws_vpc_configuration": {
                        "subnets": subnets.subnet_ids,
                        "assign_public_ip": assign_public_ip,
                        "security_groups": [sg.security_group_id for sg in self.security_groups]
                        if self.security_groups
                        else None,
                    }
                },
            )
        if p.dead_letter_queue is not None:
            add_to_dead_letter_queue_resource_policy(rule, p.dead_letter_queue)
        return config(
            **bind_base_target_config(p),
            arn=self.cluster.cluster_arn,
            role=self.role,
            ecs_parameters=ecs_parameters,
            input=RuleTargetInput.from_object(task_input),
            target_resource=self.task_definition,
        )

    def _create_input(self, rule: Any) -> dict[str, Any]:
        p = self.props
        overrides = None
        if p.container_overrides is not None:
            overrides = [_render_override(c) for c in p.container_overrides]
        out: dict[str, Any] = {"containerOverrides": overrides}
        if p.ephemeral_storage is not None:
            size = p.ephemeral_storage.size_in_gib
            if size < 20 or size > 200:
                raise ValidationError("Ephemeral storage size must be between 20 GiB and 200 GiB.", rule)
        if p.cpu:
            out["cpu"] = p.cpu
        if p.ephemeral_storage is not None:
            out["ephemeralStorage"] = {"sizeInGiB": p.ephemeral_storage.size_in_gib}
        if p.execution_role is not None and p.execution_role.role_arn:
            out["executionRole"] = p.execution_role.role_arn
        if p.inference_accelerator_overrides:
            out["inferenceAcceleratorOverrides"] = [
                {"deviceName": o.device_name, "deviceType": o.device_type} for o in p.inference_accelerator_overrides
            ]
        if p.memory:
            out["memory"] = p.memory
        if p.task_role is not None and p.task_role.role_arn:
            out["taskRole"] = p.task_role.role_arn
        if out["containerOverrides"] is None:
            del out["containerOverrides"]
        return out

    def _event_role_policy_statements(self) -> list[Any]:
        from l2 import iam

        task_definition_arn = self.task_definition.task_definition_arn
        needs_revision_wildcard = False
        if not Token.is_unresolved(task_definition_arn):
            needs_revision_wildcard = re.search(r":[0-9]+$", task_definition_arn) is None
        cluster = self.cluster
        statements = [
            iam.PolicyStatement(
                actions=["ecs:RunTask"],
                resources=[f"{task_definition_arn}{':*' if needs_revision_wildcard else ''}"],
                conditions={"ArnEquals": {"ecs:cluster": cluster.cluster_arn}},
            ),
            iam.PolicyStatement(
                actions=["ecs:TagResource"],
                resources=[
                    f"arn:{cluster.stack.partition}:ecs:{cluster.env.region}:*:task/{cluster.cluster_name}/*"
                ],
            ),
        ]
        if getattr(self.task_definition, "execution_role", None) is not None:
            statements.append(
                iam.PolicyStatement(actions=["iam:PassRole"], resources=[self.task_definition.execution_role.role_arn])
            )
        if self.task_definition.is_fargate_compatible:
            statements.append(
                iam.PolicyStatement(actions=["iam:PassRole"], resources=[self.task_definition.task_role.role_arn])
            )
        return statements


def _struct(cls: type, value: Any) -> Any:
    if value is None or isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        return cls(**value)
    raise TypeError(f"EcsTask: expected {cls.__name__} or a mapping, got {type(value).__name__}")


def _render_override(override: ContainerOverride) -> dict[str, Any]:
    out: dict[str, Any] = {"name": override.container_name}
    if override.command is not None:
        out["command"] = list(override.command)
    if override.cpu is not None:
        out["cpu"] = override.cpu
    if override.environment is not None:
        out["environment"] = [
            {"name": e["name"], "value": e["value"]} if isinstance(e, Mapping) else {"name": e.name, "value": e.value}
            for e in override.environment
        ]
    if override.memory_limit is not None:
        out["memoryLimit"] = override.memory_limit
    if override.memory_reservation is not None:
        out["memoryReservation"] = override.memory_reservation
    return out


_SELECTION_FIELDS = ("availability_zones", "one_per_az", "subnet_filters", "subnet_group_name", "subnets", "subnet_type")


def _selection_field(selection: Any, name: str) -> Any:
    if isinstance(selection, Mapping):
        return selection.get(name)
    return getattr(selection, name, None)


def _selection_kwargs(selection: Any, default_type: Any) -> dict[str, Any]:
    if selection is None:
        return {"subnet_type": default_type}
    return {f: v for f in _SELECTION_FIELDS if (v := _selection_field(selection, f)) is not None}
