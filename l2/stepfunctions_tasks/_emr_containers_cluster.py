"""EMR on EKS task: ``EmrContainersCreateVirtualCluster``, its ``EksClusterInput``, and ``VirtualClusterInput``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    IntegrationPattern,
    JsonPath,
    QueryLanguage,
    TaskInput,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

if TYPE_CHECKING:
    from l2.stepfunctions_tasks._eks import ICluster

_PATTERNS = (IntegrationPattern.REQUEST_RESPONSE,)


class EksClusterInput:
    """Class that supports methods which return the EKS cluster name depending on input type.

    Args:
        cluster_name: The name of the EKS Cluster
    """

    @staticmethod
    def from_cluster(cluster: ICluster) -> EksClusterInput:
        """Specify an existing EKS Cluster as the name for this Cluster."""
        return EksClusterInput(cluster.cluster_name)

    @staticmethod
    def from_task_input(task_input: TaskInput) -> EksClusterInput:
        """Specify a Task Input as the name for this Cluster."""
        return EksClusterInput(task_input.value)

    def __init__(self, cluster_name: str) -> None:
        self.cluster_name = cluster_name


class VirtualClusterInput:
    """Class that returns a virtual cluster's id depending on input type.

    Args:
        id: The VirtualCluster Id
    """

    @staticmethod
    def from_task_input(task_input: TaskInput) -> VirtualClusterInput:
        """Input for a virtualClusterId from a Task Input."""
        return VirtualClusterInput(task_input.value)

    @staticmethod
    def from_virtual_cluster_id(virtual_cluster_id: str) -> VirtualClusterInput:
        """Input for virtualClusterId from a literal string."""
        return VirtualClusterInput(virtual_cluster_id)

    def __init__(self, id: str) -> None:
        self.id = id


@structs.frozen(kw_only=True)
class EmrContainersCreateVirtualClusterJsonPathProps:
    """Properties for creating an EMR Containers virtual cluster using JSONPath.

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
        eks_cluster: EKS Cluster or task input that contains the name of the cluster
        eks_namespace: The namespace of an EKS cluster
        tags: The tags assigned to the virtual cluster
        virtual_cluster_name: Name of the virtual cluster that will be created
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
    eks_cluster: EksClusterInput
    eks_namespace: str | None = None
    tags: Mapping[str, str] | None = None
    virtual_cluster_name: str | None = None


@structs.frozen(kw_only=True)
class EmrContainersCreateVirtualClusterJsonataProps:
    """Properties for creating an EMR Containers virtual cluster using JSONata.

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
        eks_cluster: EKS Cluster or task input that contains the name of the cluster
        eks_namespace: The namespace of an EKS cluster
        tags: The tags assigned to the virtual cluster
        virtual_cluster_name: Name of the virtual cluster that will be created
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
    eks_cluster: EksClusterInput
    eks_namespace: str | None = None
    tags: Mapping[str, str] | None = None
    virtual_cluster_name: str | None = None


@structs.frozen(kw_only=True)
class EmrContainersCreateVirtualClusterProps:
    """Properties for creating an EMR Containers virtual cluster.

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
        eks_cluster: EKS Cluster or task input that contains the name of the cluster
        eks_namespace: The namespace of an EKS cluster
        tags: The tags assigned to the virtual cluster
        virtual_cluster_name: Name of the virtual cluster that will be created
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
    eks_cluster: EksClusterInput
    eks_namespace: str | None = None
    tags: Mapping[str, str] | None = None
    virtual_cluster_name: str | None = None


class EmrContainersCreateVirtualCluster(TaskStateBase):
    """Task that creates an EMR Containers virtual cluster from an EKS cluster.

    Args:
        eks_cluster: EKS Cluster or task input that contains the name of the cluster
        eks_namespace: The namespace of an EKS cluster
        tags: The tags assigned to the virtual cluster
        virtual_cluster_name: Name of the virtual cluster that will be created
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
        eks_cluster: EksClusterInput,
        eks_namespace: str | None = None,
        tags: Mapping[str, str] | None = None,
        virtual_cluster_name: str | None = None,
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
    ) -> EmrContainersCreateVirtualCluster:
        """Task that creates an EMR Containers virtual cluster from an EKS cluster using JSONPath."""
        kwargs = task_kwargs(locals())
        return EmrContainersCreateVirtualCluster(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        eks_cluster: EksClusterInput,
        eks_namespace: str | None = None,
        tags: Mapping[str, str] | None = None,
        virtual_cluster_name: str | None = None,
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
    ) -> EmrContainersCreateVirtualCluster:
        """Task that creates an EMR Containers virtual cluster from an EKS cluster using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EmrContainersCreateVirtualCluster(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        eks_cluster: EksClusterInput,
        eks_namespace: str | None = None,
        tags: Mapping[str, str] | None = None,
        virtual_cluster_name: str | None = None,
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
        from l2 import iam

        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _PATTERNS)
        self._task_policies = [
            iam.PolicyStatement(resources=["*"], actions=["emr-containers:CreateVirtualCluster"]),
            iam.PolicyStatement(
                resources=[Stack.of(self).format_arn(
                    service="iam", region="", resource="role/aws-service-role/emr-containers.amazonaws.com",
                    resource_name="AWSServiceRoleForAmazonEMRContainers")],
                actions=["iam:CreateServiceLinkedRole"],
                conditions={"StringLike": {"iam:AWSServiceName": "emr-containers.amazonaws.com"}},
            ),
        ]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        name = props.virtual_cluster_name
        if name is None:
            name = ("{% States.Format('{}/{}', $states.context.Execution.Name, $states.context.State.Name) %}"
                    if query_language == QueryLanguage.JSONATA
                    else JsonPath.string_at("States.Format('{}/{}', $$.Execution.Name, $$.State.Name)"))
        return {
            "Resource": integration_resource_arn("emr-containers", "createVirtualCluster", self._integration_pattern),
            **self._render_parameters_or_arguments({
                "Name": name,
                "ContainerProvider": {
                    "Id": props.eks_cluster.cluster_name,
                    "Info": {"EksInfo": {"Namespace": props.eks_namespace if props.eks_namespace is not None else "default"}},
                    "Type": "EKS",
                },
                "Tags": props.tags,
            }, query_language),
        }
