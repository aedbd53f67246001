"""Amazon ECS task: ``EcsRunTask``, its launch targets (EC2, Fargate) and container overrides."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from constructs import (
    ArnFormat,
    Construct,
    Duration,
    FeatureFlags,
    Stack,
    Token,
    UnscopedValidationError,
    ValidationError,
)
from constructs.internals import apply_property_injection, structs
from l2.stepfunctions import (
    Credentials,
    FieldUtils,
    IntegrationPattern,
    QueryLanguage,
    ServiceIntegrationPattern,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    field,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, SubnetSelection
    from l2.ecs import (
        CapacityProviderStrategy,
        FargatePlatformVersion,
        ICluster,
        ITaskDefinition,
        PlacementConstraint,
        PlacementStrategy,
        PropagatedTagSource,
        TaskDefinition,
    )
    from l2.ecs import ContainerDefinition as EcsContainerDefinition

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE, IntegrationPattern.RUN_JOB, IntegrationPattern.WAIT_FOR_TASK_TOKEN)
_FIX_POLICY = "@aws-cdk/aws-stepfunctions-tasks:fixRunEcsTaskPolicy"


class CapacityProviderOptions:
    """The capacity provider options to use for the task (instead of a launch type).

    Args:
        capacity_provider_strategy: the capacity providers and their weights (``custom``/``default`` build it)
    """

    @staticmethod
    def custom(capacity_provider_strategy: Sequence[CapacityProviderStrategy]) -> CapacityProviderOptions:
        """Use a custom capacity provider strategy (1 to 20 capacity providers)."""
        if len(capacity_provider_strategy) < 1 or len(capacity_provider_strategy) > 20:
            raise UnscopedValidationError("Capacity provider strategy must contain between 1 and 20 capacity "
                                          f"providers, got {len(capacity_provider_strategy)}")
        return CapacityProviderOptions(list(capacity_provider_strategy))

    @staticmethod
    def default() -> CapacityProviderOptions:
        """Use the cluster's default capacity provider strategy."""
        return CapacityProviderOptions()

    def __init__(self, capacity_provider_strategy: Sequence[Any] | None = None) -> None:
        self._strategy = list(capacity_provider_strategy or [])

    def _bind(self) -> list[Any]:
        return self._strategy


def _capacity_provider_strategy(options: CapacityProviderOptions | None) -> list[dict[str, Any]] | None:
    strategy = options._bind() if options is not None else None
    if not strategy:
        return None
    return [{"CapacityProvider": field(s, "capacity_provider"), "Weight": field(s, "weight"),
             "Base": field(s, "base")} for s in strategy]


@runtime_checkable
class IEcsLaunchTarget(Protocol):
    """An Amazon ECS launch type determines the type of infrastructure on which your tasks and services are hosted."""

    def bind(self, task: EcsRunTask, *, task_definition: ITaskDefinition,
             cluster: ICluster | None = None) -> EcsLaunchTargetConfig:
        """Called when the ECS launch target is configured on RunTask."""
        ...


@structs.frozen(kw_only=True)
class ContainerOverride:
    """A list of container overrides that specify the name of a container and the overrides it should receive.

    Attributes:
        container_definition: Name of the container inside the task definition
        command: Command to run inside the container
        cpu: The number of cpu units reserved for the container
        environment: The environment variables to send to the container
        memory_limit: The hard limit (in MiB) of memory to present to the container
        memory_reservation: The soft limit (in MiB) of memory to reserve for the container
    """

    container_definition: EcsContainerDefinition
    command: Sequence[str] | None = None
    cpu: float | None = None
    environment: Sequence[TaskEnvironmentVariable] | None = None
    memory_limit: float | None = None
    memory_reservation: float | None = None


@structs.frozen(kw_only=True)
class TaskEnvironmentVariable:
    """An environment variable to be set in the container run as a task.

    Attributes:
        name: Name for the environment variable
        value: Value of the environment variable
    """

    name: str
    value: str


@structs.frozen(kw_only=True)
class EcsEc2LaunchTargetOptions:
    """Options to run an ECS task on EC2 in StepFunctions and ECS.

    Attributes:
        capacity_provider_options: The capacity provider options to use for the task
        placement_constraints: Placement constraints
        placement_strategies: Placement strategies
    """

    capacity_provider_options: CapacityProviderOptions | None = None
    placement_constraints: Sequence[PlacementConstraint] | None = None
    placement_strategies: Sequence[PlacementStrategy] | None = None


@structs.frozen(kw_only=True)
class EcsFargateLaunchTargetOptions:
    """Properties to define an ECS service.

    Attributes:
        platform_version: Refers to a specific runtime environment for Fargate task infrastructure
        capacity_provider_options: The capacity provider options to use for the task
    """

    platform_version: FargatePlatformVersion
    capacity_provider_options: CapacityProviderOptions | None = None


@structs.frozen(kw_only=True)
class EcsLaunchTargetConfig:
    """Configuration options for the ECS launch type.

    Attributes:
        parameters: Additional parameters to pass to the base task
    """

    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class LaunchTargetBindOptions:
    """Options for binding a launch target to an ECS run job task.

    Attributes:
        task_definition: Task definition to run Docker containers in Amazon ECS
        cluster: A regional grouping of one or more container instances on which you can run tasks and services
    """

    task_definition: ITaskDefinition
    cluster: ICluster | None = None


@structs.frozen(kw_only=True)
class CommonEcsRunTaskProps:
    """Basic properties for ECS Tasks.

    Attributes:
        cluster: The topic to run the task on
        task_definition: Task Definition used for running tasks in the service
        container_overrides: Container setting overrides
        integration_pattern: The service integration pattern indicates different ways to call RunTask in ECS. The valid value for Lambda is FIRE_AND_FORGET, SYNC and WAIT_FOR_TASK_TOKEN.
    """

    cluster: ICluster
    task_definition: TaskDefinition
    container_overrides: Sequence[ContainerOverride] | None = None
    integration_pattern: ServiceIntegrationPattern | None = None


@structs.frozen(kw_only=True)
class EcsRunTaskJsonPathProps:
    """Properties for ECS Tasks using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        cluster: The ECS cluster to run the task on
        launch_target: An Amazon ECS launch type determines the type of infrastructure on which your tasks and services are hosted
        task_definition: [disable-awslint:ref-via-interface] Task Definition used for running tasks in the service
        assign_public_ip: Assign public IP addresses to each task
        container_overrides: Container setting overrides
        cpu: Cpu setting override
        enable_execute_command: Whether ECS Exec should be enabled
        memory_mib: Memory setting override
        propagated_tag_source: Specifies whether to propagate the tags from the task definition to the task
        revision_number: The revision number of ECS task definition family
        security_groups: Existing security groups to use for the tasks
        subnets: Subnets to place the task's ENIs
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    cluster: ICluster
    launch_target: IEcsLaunchTarget
    task_definition: TaskDefinition
    assign_public_ip: bool | None = None
    container_overrides: Sequence[ContainerOverride] | None = None
    cpu: str | None = None
    enable_execute_command: bool | None = None
    memory_mib: str | None = None
    propagated_tag_source: PropagatedTagSource | None = None
    revision_number: float | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class EcsRunTaskJsonataProps:
    """Properties for ECS Tasks using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        cluster: The ECS cluster to run the task on
        launch_target: An Amazon ECS launch type determines the type of infrastructure on which your tasks and services are hosted
        task_definition: [disable-awslint:ref-via-interface] Task Definition used for running tasks in the service
        assign_public_ip: Assign public IP addresses to each task
        container_overrides: Container setting overrides
        cpu: Cpu setting override
        enable_execute_command: Whether ECS Exec should be enabled
        memory_mib: Memory setting override
        propagated_tag_source: Specifies whether to propagate the tags from the task definition to the task
        revision_number: The revision number of ECS task definition family
        security_groups: Existing security groups to use for the tasks
        subnets: Subnets to place the task's ENIs
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    cluster: ICluster
    launch_target: IEcsLaunchTarget
    task_definition: TaskDefinition
    assign_public_ip: bool | None = None
    container_overrides: Sequence[ContainerOverride] | None = None
    cpu: str | None = None
    enable_execute_command: bool | None = None
    memory_mib: str | None = None
    propagated_tag_source: PropagatedTagSource | None = None
    revision_number: float | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnets: SubnetSelection | None = None


@structs.frozen(kw_only=True)
class EcsRunTaskProps:
    """Properties for ECS Tasks.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        cluster: The ECS cluster to run the task on
        launch_target: An Amazon ECS launch type determines the type of infrastructure on which your tasks and services are hosted
        task_definition: [disable-awslint:ref-via-interface] Task Definition used for running tasks in the service
        assign_public_ip: Assign public IP addresses to each task
        container_overrides: Container setting overrides
        cpu: Cpu setting override
        enable_execute_command: Whether ECS Exec should be enabled
        memory_mib: Memory setting override
        propagated_tag_source: Specifies whether to propagate the tags from the task definition to the task
        revision_number: The revision number of ECS task definition family
        security_groups: Existing security groups to use for the tasks
        subnets: Subnets to place the task's ENIs
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    cluster: ICluster
    launch_target: IEcsLaunchTarget
    task_definition: TaskDefinition
    assign_public_ip: bool | None = None
    container_overrides: Sequence[ContainerOverride] | None = None
    cpu: str | None = None
    enable_execute_command: bool | None = None
    memory_mib: str | None = None
    propagated_tag_source: PropagatedTagSource | None = None
    revision_number: float | None = None
    security_groups: Sequence[ISecurityGroup] | None = None
    subnets: SubnetSelection | None = None


class EcsFargateLaunchTarget:
    """Configuration for running an ECS task on Fargate.

    Args:
        platform_version: Refers to a specific runtime environment for Fargate task infrastructure
        capacity_provider_options: The capacity provider options to use for the task
    """

    def __init__(self, *, platform_version: FargatePlatformVersion,
                 capacity_provider_options: CapacityProviderOptions | None = None) -> None:
        self._options = EcsFargateLaunchTargetOptions(capacity_provider_options=capacity_provider_options,
                                                      platform_version=platform_version)

    def bind(self, task: EcsRunTask, *, task_definition: ITaskDefinition,
             cluster: ICluster | None = None) -> EcsLaunchTargetConfig:
        """Called when the Fargate launch type configured on RunTask."""
        if not task_definition.is_fargate_compatible:
            raise ValidationError("Supplied TaskDefinition is not compatible with Fargate", task)
        options = self._options.capacity_provider_options
        version = self._options.platform_version
        return EcsLaunchTargetConfig(parameters={
            "LaunchType": None if options is not None else "FARGATE",
            "CapacityProviderStrategy": _capacity_provider_strategy(options),
            "PlatformVersion": getattr(version, "value", version),
        })


class EcsEc2LaunchTarget:
    """Configuration for running an ECS task on EC2.

    Args:
        capacity_provider_options: The capacity provider options to use for the task
        placement_constraints: Placement constraints
        placement_strategies: Placement strategies
    """

    def __init__(self, *, capacity_provider_options: CapacityProviderOptions | None = None,
                 placement_constraints: Sequence[PlacementConstraint] | None = None,
                 placement_strategies: Sequence[PlacementStrategy] | None = None) -> None:
        self._options = EcsEc2LaunchTargetOptions(capacity_provider_options=capacity_provider_options,
                                                  placement_constraints=placement_constraints,
                                                  placement_strategies=placement_strategies)

    def bind(self, task: EcsRunTask, *, task_definition: ITaskDefinition,
             cluster: ICluster | None = None) -> EcsLaunchTargetConfig:
        """Called when the EC2 launch type is configured on RunTask."""
        if not task_definition.is_ec2_compatible:
            raise ValidationError("Supplied TaskDefinition is not compatible with EC2", task)
        if cluster is None or not cluster.has_ec2_capacity:
            raise ValidationError("Cluster for this service needs Ec2 capacity. Call addCapacity() on the cluster.",
                                  task)
        options = self._options.capacity_provider_options

        def placements(items: Sequence[Any] | None) -> list[Any] | None:
            out = [{k[:1].upper() + k[1:]: v for k, v in entry.items()} for item in items or [] for entry in
                   item.to_json()]
            return out or None

        return EcsLaunchTargetConfig(parameters={
            "LaunchType": None if options is not None else "EC2",
            "CapacityProviderStrategy": _capacity_provider_strategy(options),
            "PlacementConstraints": placements(self._options.placement_constraints),
            "PlacementStrategy": placements(self._options.placement_strategies),
        })


class EcsRunTask(TaskStateBase):
    """Run a Task on ECS or Fargate.

    Args:
        cluster: The ECS cluster to run the task on
        launch_target: An Amazon ECS launch type determines the type of infrastructure on which your tasks and services are hosted
        task_definition: [disable-awslint:ref-via-interface] Task Definition used for running tasks in the service
        assign_public_ip: Assign public IP addresses to each task
        container_overrides: Container setting overrides
        cpu: Cpu setting override
        enable_execute_command: Whether ECS Exec should be enabled
        memory_mib: Memory setting override
        propagated_tag_source: Specifies whether to propagate the tags from the task definition to the task
        revision_number: The revision number of ECS task definition family
        security_groups: Existing security groups to use for the tasks
        subnets: Subnets to place the task's ENIs
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        launch_target: IEcsLaunchTarget,
        task_definition: TaskDefinition,
        assign_public_ip: bool | None = None,
        container_overrides: Sequence[ContainerOverride] | None = None,
        cpu: str | None = None,
        enable_execute_command: bool | None = None,
        memory_mib: str | None = None,
        propagated_tag_source: PropagatedTagSource | None = None,
        revision_number: float | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnets: SubnetSelection | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
    ) -> EcsRunTask:
        """Run a Task that using JSONPath on ECS or Fargate."""
        kwargs = task_kwargs(locals())
        return EcsRunTask(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        launch_target: IEcsLaunchTarget,
        task_definition: TaskDefinition,
        assign_public_ip: bool | None = None,
        container_overrides: Sequence[ContainerOverride] | None = None,
        cpu: str | None = None,
        enable_execute_command: bool | None = None,
        memory_mib: str | None = None,
        propagated_tag_source: PropagatedTagSource | None = None,
        revision_number: float | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnets: SubnetSelection | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        outputs: object = None,
    ) -> EcsRunTask:
        """Run a Task that using JSONata on ECS or Fargate."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EcsRunTask(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster: ICluster,
        launch_target: IEcsLaunchTarget,
        task_definition: TaskDefinition,
        assign_public_ip: bool | None = None,
        container_overrides: Sequence[ContainerOverride] | None = None,
        cpu: str | None = None,
        enable_execute_command: bool | None = None,
        memory_mib: str | None = None,
        propagated_tag_source: PropagatedTagSource | None = None,
        revision_number: float | None = None,
        security_groups: Sequence[ISecurityGroup] | None = None,
        subnets: SubnetSelection | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, object] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: object = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(props)



    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions-tasks.EcsRunTask"
    """The id property injectors register for."""

    def _setup(self, props: TaskProps) -> None:
        from l2 import ec2, ecs

        self.connections: Connections = ec2.Connections()
        """Manage allowed network traffic for this service."""
        self._security_groups: list[ISecurityGroup] = []
        self._network_configuration: dict[str, Any] | None = None
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        overrides = props.container_overrides or []
        if self._integration_pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN and not FieldUtils.contains_task_token(
                {"v": [_environment_json(field(o, "environment")) for o in overrides] if overrides else None}):
            raise ValidationError("Task Token is required in at least one `containerOverrides.environment` for "
                                  "callback. Use JsonPath.taskToken to set the token.", self)
        task_definition = props.task_definition
        if not task_definition.default_container:
            raise ValidationError("A TaskDefinition must have at least one essential container", self)
        if task_definition.network_mode == ecs.NetworkMode.AWS_VPC:
            self._configure_aws_vpc_networking(props)
        else:
            if props.subnets is not None or props.security_groups is not None:
                mode = task_definition.network_mode
                raise ValidationError("Supplied TaskDefinition must have 'networkMode' of 'AWS_VPC' to use "
                                      f"'vpcSubnets' and 'securityGroup'. Received: {getattr(mode, 'value', mode)}",
                                      self)
            self.connections.add_security_group(*props.cluster.connections.security_groups)
        for override in overrides:
            name = field(override, "container_definition").container_name
            if not Token.is_unresolved(name) and task_definition.find_container(name) is None:
                raise ValidationError(
                    f"Overrides mention container with name '{name}', but no such container in task definition", self)
        self._task_policies = self._make_policy_statements(props)

    def _configure_aws_vpc_networking(self, props: TaskProps) -> None:
        from l2 import ec2

        subnets = props.subnets or ec2.SubnetSelection(
            subnet_type=ec2.SubnetType.PUBLIC if props.assign_public_ip else ec2.SubnetType.PRIVATE_WITH_EGRESS)
        vpc = props.cluster.vpc
        self._security_groups = list(props.security_groups or [ec2.SecurityGroup(self, "SecurityGroup", vpc=vpc)])
        self.connections.add_security_group(*self._security_groups)
        selection = subnets if isinstance(subnets, Mapping) else {
            k: v for k, v in structs.asdict(subnets, recurse=False).items() if v is not None}
        self._network_configuration = {"AwsvpcConfiguration": {
            "AssignPublicIp": ("ENABLED" if props.assign_public_ip else "DISABLED") if props.assign_public_ip else None,
            "Subnets": vpc.select_subnets(**selection).subnet_ids,
            "SecurityGroups": [sg.security_group_id for sg in self._security_groups],
        }}

    def _make_policy_statements(self, props: TaskProps) -> list[Any]:
        from l2 import iam

        stack = Stack.of(self)
        task_definition = props.task_definition
        if FeatureFlags.of(self).is_enabled(_FIX_POLICY):
            run_resource = task_definition.task_definition_arn
        else:
            parts = stack.split_arn(task_definition.task_definition_arn, ArnFormat.SLASH_RESOURCE_NAME)
            name = parts.resource_name.split(":")[0] if parts.resource_name else parts.resource_name
            # aws-cdk-lib formats these (token) components back with ``formatArn``; the core's ``format_arn``
            # refuses a token service, so the slash-resource-name ARN is joined here
            run_resource = (f"arn:{parts.partition}:{parts.service}:{parts.region}:{parts.account}:"
                            f"{parts.resource}/{name}:*")
        roles = [task_definition.task_role]
        if task_definition.execution_role is not None:
            roles.append(task_definition.execution_role)
        statements = [
            iam.PolicyStatement(actions=["ecs:RunTask"], resources=[run_resource]),
            iam.PolicyStatement(actions=["ecs:StopTask", "ecs:DescribeTasks"], resources=["*"]),
            iam.PolicyStatement(actions=["iam:PassRole"], resources=[r.role_arn for r in roles]),
        ]
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            statements.append(iam.PolicyStatement(
                actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                resources=[stack.format_arn(service="events", resource="rule",
                                            resource_name="StepFunctionsGetEventsForECSTaskRule")]))
        return statements

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        task_definition = props.task_definition
        revision = props.revision_number
        family = task_definition.family if revision is None else f"{task_definition.family}:{_num(revision)}"
        launch = props.launch_target.bind(self, task_definition=task_definition, cluster=props.cluster)
        tags = props.propagated_tag_source
        return {
            "Resource": integration_resource_arn("ecs", "runTask", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "Cluster": props.cluster.cluster_arn,
                "TaskDefinition": family,
                "NetworkConfiguration": self._network_configuration,
                "Overrides": _render_overrides(props.cpu, props.memory_mib, props.container_overrides),
                "PropagateTags": getattr(tags, "value", tags),
                **dict(field(launch, "parameters") or {}),
                "EnableExecuteCommand": props.enable_execute_command,
            }, query_language),
        }


def _num(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _environment_json(environment: Sequence[Any] | None) -> list[dict[str, Any]] | None:
    if environment is None:
        return None
    return [{"Name": field(e, "name"), "Value": field(e, "value")} for e in environment]


def _render_overrides(cpu: str | None, memory: str | None, overrides: Sequence[Any] | None) -> dict[str, Any] | None:
    if not overrides and not cpu and not memory:
        return None
    rendered = [{
        "Name": field(o, "container_definition").container_name,
        "Command": field(o, "command"),
        "Cpu": field(o, "cpu"),
        "Memory": field(o, "memory_limit"),
        "MemoryReservation": field(o, "memory_reservation"),
        "Environment": _environment_json(field(o, "environment")),
    } for o in overrides or []]
    return {"Cpu": cpu, "Memory": memory, "ContainerOverrides": rendered or None}


apply_property_injection(EcsRunTask)
