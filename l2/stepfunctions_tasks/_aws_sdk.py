"""AWS SDK tasks: ``CallAwsService``."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Token, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    task_kwargs,
)

if TYPE_CHECKING:
    from l2.iam import PolicyStatement


# the IAM prefix of the SDK service names that differ from it
_IAM_SERVICES = {
    "bedrockagent": "bedrock",
    "cloudwatchlogs": "logs",
    "efs": "elasticfilesystem",
    "elasticloadbalancingv2": "elasticloadbalancing",
    "mediapackagevod": "mediapackage-vod",
    "mwaa": "airflow",
    "sfn": "states",
}


@structs.frozen(kw_only=True)
class CallAwsServiceJsonPathProps:
    """Properties for calling an AWS service's API action using JSONPath from your state machine.

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
        action: The API action to call
        iam_resources: The resources for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        service: The AWS service to call
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        iam_action: The action for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call
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
    action: str
    iam_resources: Sequence[str]
    service: str
    additional_iam_statements: Sequence[PolicyStatement] | None = None
    iam_action: str | None = None
    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class CallAwsServiceJsonataProps:
    """Properties for calling an AWS service's API action using JSONata from your state machine.

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
        action: The API action to call
        iam_resources: The resources for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        service: The AWS service to call
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        iam_action: The action for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call
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
    action: str
    iam_resources: Sequence[str]
    service: str
    additional_iam_statements: Sequence[PolicyStatement] | None = None
    iam_action: str | None = None
    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class CallAwsServiceProps:
    """Properties for calling an AWS service's API action from your state machine.

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
        action: The API action to call
        iam_resources: The resources for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        service: The AWS service to call
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        iam_action: The action for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call
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
    action: str
    iam_resources: Sequence[str]
    service: str
    additional_iam_statements: Sequence[PolicyStatement] | None = None
    iam_action: str | None = None
    parameters: Mapping[str, object] | None = None


class CallAwsService(TaskStateBase):
    """A StepFunctions task to call an AWS service API.

    Args:
        action: The API action to call
        iam_resources: The resources for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        service: The AWS service to call
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        iam_action: The action for the IAM statement that will be added to the state machine role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call
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
        action: str,
        iam_resources: Sequence[str],
        service: str,
        additional_iam_statements: Sequence[PolicyStatement] | None = None,
        iam_action: str | None = None,
        parameters: Mapping[str, object] | None = None,
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
    ) -> CallAwsService:
        """A StepFunctions task using JSONPath to call an AWS service API."""
        kwargs = task_kwargs(locals())
        return CallAwsService(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        action: str,
        iam_resources: Sequence[str],
        service: str,
        additional_iam_statements: Sequence[PolicyStatement] | None = None,
        iam_action: str | None = None,
        parameters: Mapping[str, object] | None = None,
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
    ) -> CallAwsService:
        """A StepFunctions task using JSONata to call an AWS service API."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return CallAwsService(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        action: str,
        iam_resources: Sequence[str],
        service: str,
        additional_iam_statements: Sequence[PolicyStatement] | None = None,
        iam_action: str | None = None,
        parameters: Mapping[str, object] | None = None,
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
        super().__init__(scope, id, **props.base(keep=("parameters",)))
        self._props = props
        self._setup(props)

    def _setup(self, props: TaskProps) -> None:
        from l2 import iam

        if props.integration_pattern == IntegrationPattern.RUN_JOB:
            raise ValidationError("The RUN_JOB integration pattern is not supported for CallAwsService", self)
        action = props.action
        if not Token.is_unresolved(action) and not action.startswith(action[:1].lower()):
            raise ValidationError(f"action must be camelCase, got: {action}", self)
        if props.parameters:
            invalid = [key for key in props.parameters if not key.startswith(key[:1].upper())]
            if invalid:
                raise ValidationError(f"parameter names must be PascalCase, got: {', '.join(invalid)}", self)
        iam_service = _IAM_SERVICES.get(props.service, props.service)
        self._task_policies = [
            iam.PolicyStatement(resources=props.iam_resources,
                                actions=[props.iam_action or f"{iam_service}:{action}"]),
            *(props.additional_iam_statements or []),
        ]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        service = props.service
        if not Token.is_unresolved(service):
            service = service.lower()
        return {
            "Resource": integration_resource_arn("aws-sdk", f"{service}:{props.action}", props.integration_pattern),
            **self._render_parameters_or_arguments(props.parameters if props.parameters is not None else {},
                                                   query_language),
        }

