"""EMR instance group task: ``EmrModifyInstanceGroupByName``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from constructs import Construct, Duration, Stack
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._emr_create_cluster import EmrCreateCluster
from l2.stepfunctions_tasks._private.emr_cluster_utils import instance_group_modify_config
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    task_kwargs,
)


@structs.frozen(kw_only=True)
class EmrModifyInstanceGroupByNameJsonPathProps:
    """Properties for EmrModifyInstanceGroupByName using JSONPath.

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
        cluster_id: The ClusterId to update
        instance_group: The JSON that you want to provide to your ModifyInstanceGroup call as input
        instance_group_name: The InstanceGroupName to update
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
    cluster_id: str
    instance_group: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty
    instance_group_name: str


@structs.frozen(kw_only=True)
class EmrModifyInstanceGroupByNameJsonataProps:
    """Properties for EmrModifyInstanceGroupByName using JSONata.

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
        cluster_id: The ClusterId to update
        instance_group: The JSON that you want to provide to your ModifyInstanceGroup call as input
        instance_group_name: The InstanceGroupName to update
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
    cluster_id: str
    instance_group: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty
    instance_group_name: str


@structs.frozen(kw_only=True)
class EmrModifyInstanceGroupByNameProps:
    """Properties for EmrModifyInstanceGroupByName.

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
        cluster_id: The ClusterId to update
        instance_group: The JSON that you want to provide to your ModifyInstanceGroup call as input
        instance_group_name: The InstanceGroupName to update
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
    cluster_id: str
    instance_group: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty
    instance_group_name: str


class EmrModifyInstanceGroupByName(TaskStateBase):
    """A Step Functions Task to modify an InstanceGroup on an EMR Cluster.

    Args:
        cluster_id: The ClusterId to update
        instance_group: The JSON that you want to provide to your ModifyInstanceGroup call as input
        instance_group_name: The InstanceGroupName to update
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

    @structs.frozen(kw_only=True)
    class InstanceGroupModifyConfigProperty:
        """Modify the size or configurations of an instance group.

        Attributes:
            configurations: A list of new or modified configurations to apply for an instance group
            e_c2_instance_ids_to_terminate: The EC2 InstanceIds to terminate
            instance_count: Target size for the instance group
            shrink_policy: Policy for customizing shrink operations
        """

        configurations: Sequence[EmrCreateCluster.ConfigurationProperty] | None = None
        e_c2_instance_ids_to_terminate: Sequence[str] | None = None
        instance_count: float | None = None
        shrink_policy: EmrModifyInstanceGroupByName.ShrinkPolicyProperty | None = None

    @structs.frozen(kw_only=True)
    class InstanceResizePolicyProperty:
        """Custom policy for requesting termination protection or termination of specific instances when shrinking an instance group.

        Attributes:
            instances_to_protect: Specific list of instances to be protected when shrinking an instance group
            instances_to_terminate: Specific list of instances to be terminated when shrinking an instance group
            instance_termination_timeout: Decommissioning timeout override for the specific list of instances to be terminated
        """

        instances_to_protect: Sequence[str] | None = None
        instances_to_terminate: Sequence[str] | None = None
        instance_termination_timeout: Duration | None = None

    @structs.frozen(kw_only=True)
    class ShrinkPolicyProperty:
        """Policy for customizing shrink operations.

        Attributes:
            decommission_timeout: The desired timeout for decommissioning an instance
            instance_resize_policy: Custom policy for requesting termination protection or termination of specific instances when shrinking an instance group
        """

        decommission_timeout: Duration | None = None
        instance_resize_policy: EmrModifyInstanceGroupByName.InstanceResizePolicyProperty | None = None


    @staticmethod
    def json_path(
        scope: Construct,
        id: str,
        *,
        cluster_id: str,
        instance_group: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty,
        instance_group_name: str,
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
    ) -> EmrModifyInstanceGroupByName:
        """A Step Functions Task using JSONPath to modify an InstanceGroup on an EMR Cluster."""
        kwargs = task_kwargs(locals())
        return EmrModifyInstanceGroupByName(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        cluster_id: str,
        instance_group: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty,
        instance_group_name: str,
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
    ) -> EmrModifyInstanceGroupByName:
        """A Step Functions Task using JSONata to modify an InstanceGroup on an EMR Cluster."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EmrModifyInstanceGroupByName(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster_id: str,
        instance_group: EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty,
        instance_group_name: str,
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




    def _setup(self, props: TaskProps) -> None:
        from l2 import iam

        self._task_policies = [iam.PolicyStatement(
            actions=["elasticmapreduce:ModifyInstanceGroups", "elasticmapreduce:ListInstanceGroups"],
            resources=[Stack.of(self).format_arn(service="elasticmapreduce", resource="cluster", resource_name="*")])]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("elasticmapreduce", "modifyInstanceGroupByName",
                                                 IntegrationPattern.REQUEST_RESPONSE),
            **self._render_parameters_or_arguments({
                "ClusterId": props.cluster_id,
                "InstanceGroupName": props.instance_group_name,
                "InstanceGroup": instance_group_modify_config(props.instance_group),
            }, query_language),
        }
