"""EMR instance fleet task: ``EmrModifyInstanceFleetByName``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct, Duration, Stack
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    task_kwargs,
)


@structs.frozen(kw_only=True)
class EmrModifyInstanceFleetByNameJsonPathProps:
    """Properties for EmrModifyInstanceFleetByName using JSONPath.

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
        instance_fleet_name: The InstanceFleetName to update
        target_on_demand_capacity: The target capacity of On-Demand units for the instance fleet
        target_spot_capacity: The target capacity of Spot units for the instance fleet
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
    instance_fleet_name: str
    target_on_demand_capacity: float
    target_spot_capacity: float


@structs.frozen(kw_only=True)
class EmrModifyInstanceFleetByNameJsonataProps:
    """Properties for EmrModifyInstanceFleetByName using JSONata.

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
        instance_fleet_name: The InstanceFleetName to update
        target_on_demand_capacity: The target capacity of On-Demand units for the instance fleet
        target_spot_capacity: The target capacity of Spot units for the instance fleet
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
    instance_fleet_name: str
    target_on_demand_capacity: float
    target_spot_capacity: float


@structs.frozen(kw_only=True)
class EmrModifyInstanceFleetByNameProps:
    """Properties for EmrModifyInstanceFleetByName.

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
        instance_fleet_name: The InstanceFleetName to update
        target_on_demand_capacity: The target capacity of On-Demand units for the instance fleet
        target_spot_capacity: The target capacity of Spot units for the instance fleet
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
    instance_fleet_name: str
    target_on_demand_capacity: float
    target_spot_capacity: float


class EmrModifyInstanceFleetByName(TaskStateBase):
    """A Step Functions Task to modify an InstanceFleet on an EMR Cluster.

    Args:
        cluster_id: The ClusterId to update
        instance_fleet_name: The InstanceFleetName to update
        target_on_demand_capacity: The target capacity of On-Demand units for the instance fleet
        target_spot_capacity: The target capacity of Spot units for the instance fleet
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
        cluster_id: str,
        instance_fleet_name: str,
        target_on_demand_capacity: float,
        target_spot_capacity: float,
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
    ) -> EmrModifyInstanceFleetByName:
        """A Step Functions Task using JSONPath to modify an InstanceFleet on an EMR Cluster."""
        kwargs = task_kwargs(locals())
        return EmrModifyInstanceFleetByName(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        cluster_id: str,
        instance_fleet_name: str,
        target_on_demand_capacity: float,
        target_spot_capacity: float,
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
    ) -> EmrModifyInstanceFleetByName:
        """A Step Functions Task using JSONata to modify an InstanceFleet on an EMR Cluster."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return EmrModifyInstanceFleetByName(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        cluster_id: str,
        instance_fleet_name: str,
        target_on_demand_capacity: float,
        target_spot_capacity: float,
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
            actions=["elasticmapreduce:ModifyInstanceFleet", "elasticmapreduce:ListInstanceFleets"],
            resources=[Stack.of(self).format_arn(service="elasticmapreduce", resource="cluster", resource_name="*")],
        )]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": integration_resource_arn("elasticmapreduce", "modifyInstanceFleetByName",
                                                 IntegrationPattern.REQUEST_RESPONSE),
            **self._render_parameters_or_arguments({
                "ClusterId": props.cluster_id,
                "InstanceFleetName": props.instance_fleet_name,
                "InstanceFleet": {"TargetOnDemandCapacity": props.target_on_demand_capacity,
                                  "TargetSpotCapacity": props.target_spot_capacity},
            }, query_language),
        }

