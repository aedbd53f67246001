"""SageMaker model task: ``SageMakerCreateModel``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Lazy, Stack
from constructs.internals import apply_property_injection, structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskInput, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    is_json_path_or_jsonata_expression,
    task_kwargs,
    validate_pattern_supported,
)
from l2.stepfunctions_tasks._sagemaker_base import IContainerDefinition

if TYPE_CHECKING:
    from l2.ec2 import Connections, ISecurityGroup, IVpc, SubnetSelection
    from l2.iam import IPrincipal, IRole

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE,)
_VPC_ACTIONS = [
    "ec2:CreateNetworkInterface", "ec2:CreateNetworkInterfacePermission", "ec2:DeleteNetworkInterface",
    "ec2:DeleteNetworkInterfacePermission", "ec2:DescribeNetworkInterfaces", "ec2:DescribeVpcs",
    "ec2:DescribeDhcpOptions", "ec2:DescribeSubnets", "ec2:DescribeSecurityGroups",
]


def _pass_role(role: IRole) -> Any:
    from l2 import iam

    return iam.PolicyStatement(actions=["iam:PassRole"], resources=[role.role_arn],
                               conditions={"StringEquals": {"iam:PassedToService": "sagemaker.amazonaws.com"}})


@structs.frozen(kw_only=True)
class SageMakerCreateModelJsonPathProps:
    """Properties for creating an Amazon SageMaker model using JSONPath.

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
        model_name: The name of the new model
        primary_container: The definition of the primary docker image containing inference code, associated artifacts, and custom environment map that the inference code uses when the model is deployed for predictions
        containers: Specifies the containers in the inference pipeline
        enable_network_isolation: Isolates the model container
        role: An execution role that you can pass in a CreateModel API request
        subnet_selection: The subnets of the VPC to which the hosted model is connected (Note this parameter is only used when VPC is provided)
        tags: Tags to be applied to the model
        vpc: The VPC that is accessible by the hosted model
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
    model_name: str
    primary_container: IContainerDefinition
    containers: Sequence[IContainerDefinition] | None = None
    enable_network_isolation: bool | None = None
    role: IRole | None = None
    subnet_selection: SubnetSelection | None = None
    tags: TaskInput | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateModelJsonataProps:
    """Properties for creating an Amazon SageMaker model using JSONata.

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
        model_name: The name of the new model
        primary_container: The definition of the primary docker image containing inference code, associated artifacts, and custom environment map that the inference code uses when the model is deployed for predictions
        containers: Specifies the containers in the inference pipeline
        enable_network_isolation: Isolates the model container
        role: An execution role that you can pass in a CreateModel API request
        subnet_selection: The subnets of the VPC to which the hosted model is connected (Note this parameter is only used when VPC is provided)
        tags: Tags to be applied to the model
        vpc: The VPC that is accessible by the hosted model
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
    model_name: str
    primary_container: IContainerDefinition
    containers: Sequence[IContainerDefinition] | None = None
    enable_network_isolation: bool | None = None
    role: IRole | None = None
    subnet_selection: SubnetSelection | None = None
    tags: TaskInput | None = None
    vpc: IVpc | None = None


@structs.frozen(kw_only=True)
class SageMakerCreateModelProps:
    """Properties for creating an Amazon SageMaker model.

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
        model_name: The name of the new model
        primary_container: The definition of the primary docker image containing inference code, associated artifacts, and custom environment map that the inference code uses when the model is deployed for predictions
        containers: Specifies the containers in the inference pipeline
        enable_network_isolation: Isolates the model container
        role: An execution role that you can pass in a CreateModel API request
        subnet_selection: The subnets of the VPC to which the hosted model is connected (Note this parameter is only used when VPC is provided)
        tags: Tags to be applied to the model
        vpc: The VPC that is accessible by the hosted model
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
    model_name: str
    primary_container: IContainerDefinition
    containers: Sequence[IContainerDefinition] | None = None
    enable_network_isolation: bool | None = None
    role: IRole | None = None
    subnet_selection: SubnetSelection | None = None
    tags: TaskInput | None = None
    vpc: IVpc | None = None


class SageMakerCreateModel(TaskStateBase):
    """A Step Functions Task to create a SageMaker model.

    Args:
        model_name: The name of the new model
        primary_container: The definition of the primary docker image containing inference code, associated artifacts, and custom environment map that the inference code uses when the model is deployed for predictions
        containers: Specifies the containers in the inference pipeline
        enable_network_isolation: Isolates the model container
        role: An execution role that you can pass in a CreateModel API request
        subnet_selection: The subnets of the VPC to which the hosted model is connected (Note this parameter is only used when VPC is provided)
        tags: Tags to be applied to the model
        vpc: The VPC that is accessible by the hosted model
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
        model_name: str,
        primary_container: IContainerDefinition,
        containers: Sequence[IContainerDefinition] | None = None,
        enable_network_isolation: bool | None = None,
        role: IRole | None = None,
        subnet_selection: SubnetSelection | None = None,
        tags: TaskInput | None = None,
        vpc: IVpc | None = None,
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
    ) -> SageMakerCreateModel:
        """A Step Functions Task using JSONPath to create a SageMaker model."""
        kwargs = task_kwargs(locals())
        return SageMakerCreateModel(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        model_name: str,
        primary_container: IContainerDefinition,
        containers: Sequence[IContainerDefinition] | None = None,
        enable_network_isolation: bool | None = None,
        role: IRole | None = None,
        subnet_selection: SubnetSelection | None = None,
        tags: TaskInput | None = None,
        vpc: IVpc | None = None,
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
    ) -> SageMakerCreateModel:
        """A Step Functions Task using JSONata to create a SageMaker model."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return SageMakerCreateModel(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model_name: str,
        primary_container: IContainerDefinition,
        containers: Sequence[IContainerDefinition] | None = None,
        enable_network_isolation: bool | None = None,
        role: IRole | None = None,
        subnet_selection: SubnetSelection | None = None,
        tags: TaskInput | None = None,
        vpc: IVpc | None = None,
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



    PROPERTY_INJECTION_ID = "aws-cdk-lib.aws-stepfunctions-tasks.SageMakerCreateModel"
    """The id property injectors register for."""

    def _setup(self, props: TaskProps) -> None:
        from l2 import ec2

        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self.connections: Connections = ec2.Connections()
        """Allows specify security group connections for instances of this fleet."""
        self._security_groups: list[ISecurityGroup] = []
        self._security_group: ISecurityGroup | None = None
        self._vpc: IVpc | None = props.vpc
        self._subnets: list[str] | None = None
        if props.vpc is not None:
            selection = props.subnet_selection
            self._subnets = (props.vpc.select_subnets(**_selection_kwargs(selection)).subnet_ids)
        self.role: IRole = props.role or self._create_sagemaker_role(props)
        """The execution role for the Sagemaker Create Model API."""
        self.grant_principal: IPrincipal = self.role
        """The principal to grant permissions to."""
        self._task_policies = self._make_policy_statements(props)

    def add_security_group(self, security_group: ISecurityGroup) -> None:
        """Add the security group to all instances via the launch configuration security groups array."""
        self._security_groups.append(security_group)

    def _make_policy_statements(self, props: TaskProps) -> list[Any]:
        from l2 import iam

        stack = Stack.of(self)
        name = "*" if is_json_path_or_jsonata_expression(props.model_name) else f"{props.model_name.lower()}*"
        return [
            iam.PolicyStatement(actions=["sagemaker:CreateModel"], resources=[
                stack.format_arn(service="sagemaker", resource="model", resource_name=name)]),
            iam.PolicyStatement(actions=["sagemaker:ListTags"], resources=["*"]),
            _pass_role(self.role),
        ]

    def _create_sagemaker_role(self, props: TaskProps) -> IRole:
        from l2 import iam

        role = iam.Role(self, "SagemakerRole", assumed_by=iam.ServicePrincipal("sagemaker.amazonaws.com"),
                        inline_policies={"CreateModel": iam.PolicyDocument(statements=[iam.PolicyStatement(
                            actions=["cloudwatch:PutMetricData", "logs:CreateLogStream", "logs:CreateLogGroup",
                                     "logs:PutLogEvents", "logs:DescribeLogStreams", "ecr:GetAuthorizationToken"],
                            resources=["*"])])})
        if props.vpc is not None:
            role.add_to_principal_policy(iam.PolicyStatement(actions=list(_VPC_ACTIONS), resources=["*"]))
        return role

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        containers = props.containers
        parameters = {
            "EnableNetworkIsolation": props.enable_network_isolation,
            "ExecutionRoleArn": self.role.role_arn,
            "ModelName": props.model_name,
            "Tags": props.tags.value if props.tags is not None else None,
            "PrimaryContainer": props.primary_container.bind(self).parameters,
            # aws-cdk-lib passes each container's whole bind() result (its ``parameters`` key included)
            "Containers": [{"parameters": c.bind(self).parameters} for c in containers] if containers else None,
            **self._render_vpc_config(),
        }
        return {
            "Resource": integration_resource_arn("sagemaker", "createModel", self._integration_pattern),
            **self._render_parameters_or_arguments(parameters, query_language),
        }

    def _render_vpc_config(self) -> dict[str, Any]:
        from l2 import ec2

        if self._vpc is None:
            return {}
        if self._security_group is None:
            self._security_group = ec2.SecurityGroup(self, "ModelSecurityGroup", vpc=self._vpc)
            self.connections.add_security_group(self._security_group)
            self._security_groups.append(self._security_group)
        groups = self._security_groups
        return {"VpcConfig": {
            "SecurityGroupIds": Lazy.list(lambda: [g.security_group_id for g in groups],
                                          display_hint="SecurityGroupIds"),
            "Subnets": self._subnets,
        }}


def _selection_kwargs(selection: Any) -> dict[str, Any]:
    """A ``SubnetSelection`` (struct or mapping) as ``select_subnets`` keywords."""
    if selection is None:
        return {}
    if isinstance(selection, Mapping):
        return dict(selection)
    return {k: v for k, v in structs.asdict(selection, recurse=False).items() if v is not None}


apply_property_injection(SageMakerCreateModel)
