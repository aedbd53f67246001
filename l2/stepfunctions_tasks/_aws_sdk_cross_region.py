"""``CallAwsServiceCrossRegion``: an AWS SDK call to another region through a Lambda function (pycdk's own
Node.js handler, ``_handlers/cross_region_aws_sdk``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from constructs import Annotations, Construct, Duration, Token, ValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    is_json_path_or_jsonata_expression,
    task_kwargs,
)

if TYPE_CHECKING:
    from l2.iam import PolicyStatement

_HANDLER_DIR = str(Path(__file__).parent / "_handlers" / "cross_region_aws_sdk")
_IAM_SERVICES = {"sfn": "states", "cloudwatch-logs": "logs", "mwaa": "airflow"}


@structs.frozen(kw_only=True)
class CallAwsServiceCrossRegionJsonPathProps:
    """Properties for calling an AWS service's API action using JSONPath from your state machine across regions.

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
        iam_resources: The resources for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        region: The AWS region to call this AWS API for
        service: The AWS service to call in AWS SDK for JavaScript v3 format
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        endpoint: The AWS API endpoint
        iam_action: The action for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call in AWS SDK for JavaScript v3 format
        retry_on_service_exceptions: Whether to retry on the backend Lambda service exceptions
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
    region: str
    service: str
    additional_iam_statements: Sequence[PolicyStatement] | None = None
    endpoint: str | None = None
    iam_action: str | None = None
    parameters: Mapping[str, object] | None = None
    retry_on_service_exceptions: bool | None = None


@structs.frozen(kw_only=True)
class CallAwsServiceCrossRegionJsonataProps:
    """Properties for calling an AWS service's API action using JSONata from your state machine across regions.

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
        iam_resources: The resources for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        region: The AWS region to call this AWS API for
        service: The AWS service to call in AWS SDK for JavaScript v3 format
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        endpoint: The AWS API endpoint
        iam_action: The action for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call in AWS SDK for JavaScript v3 format
        retry_on_service_exceptions: Whether to retry on the backend Lambda service exceptions
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
    region: str
    service: str
    additional_iam_statements: Sequence[PolicyStatement] | None = None
    endpoint: str | None = None
    iam_action: str | None = None
    parameters: Mapping[str, object] | None = None
    retry_on_service_exceptions: bool | None = None


@structs.frozen(kw_only=True)
class CallAwsServiceCrossRegionProps:
    """Properties for calling an AWS service's API action from your state machine across regions.

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
        iam_resources: The resources for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        region: The AWS region to call this AWS API for
        service: The AWS service to call in AWS SDK for JavaScript v3 format
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        endpoint: The AWS API endpoint
        iam_action: The action for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call in AWS SDK for JavaScript v3 format
        retry_on_service_exceptions: Whether to retry on the backend Lambda service exceptions
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
    region: str
    service: str
    additional_iam_statements: Sequence[PolicyStatement] | None = None
    endpoint: str | None = None
    iam_action: str | None = None
    parameters: Mapping[str, object] | None = None
    retry_on_service_exceptions: bool | None = None


class CallAwsServiceCrossRegion(TaskStateBase):
    """A Step Functions task to call an AWS service API across regions.

    Args:
        action: The API action to call
        iam_resources: The resources for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        region: The AWS region to call this AWS API for
        service: The AWS service to call in AWS SDK for JavaScript v3 format
        additional_iam_statements: Additional IAM statements that will be added to the state machine role's policy
        endpoint: The AWS API endpoint
        iam_action: The action for the IAM statement that will be added to the Lambda function role's policy to allow the state machine to make the API call
        parameters: Parameters for the API action call in AWS SDK for JavaScript v3 format
        retry_on_service_exceptions: Whether to retry on the backend Lambda service exceptions
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
        region: str,
        service: str,
        additional_iam_statements: Sequence[PolicyStatement] | None = None,
        endpoint: str | None = None,
        iam_action: str | None = None,
        parameters: Mapping[str, object] | None = None,
        retry_on_service_exceptions: bool | None = None,
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
    ) -> CallAwsServiceCrossRegion:
        """A Step Functions task using JSONPath to call an AWS service API across regions."""
        kwargs = task_kwargs(locals())
        return CallAwsServiceCrossRegion(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        action: str,
        iam_resources: Sequence[str],
        region: str,
        service: str,
        additional_iam_statements: Sequence[PolicyStatement] | None = None,
        endpoint: str | None = None,
        iam_action: str | None = None,
        parameters: Mapping[str, object] | None = None,
        retry_on_service_exceptions: bool | None = None,
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
    ) -> CallAwsServiceCrossRegion:
        """A Step Functions task using JSONata to call an AWS service API across regions."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return CallAwsServiceCrossRegion(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        action: str,
        iam_resources: Sequence[str],
        region: str,
        service: str,
        additional_iam_statements: Sequence[PolicyStatement] | None = None,
        endpoint: str | None = None,
        iam_action: str | None = None,
        parameters: Mapping[str, object] | None = None,
        retry_on_service_exceptions: bool | None = None,
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
        from l2 import iam, lambda_

        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        if props.integration_pattern == IntegrationPattern.RUN_JOB:
            raise ValidationError("The RUN_JOB integration pattern is not supported for CallAwsServiceCrossRegion", self)
        action = props.action
        if not Token.is_unresolved(action) and not action.startswith(action[:1].lower()):
            raise ValidationError(f"action must be camelCase, got: {action}", self)
        if props.endpoint and is_json_path_or_jsonata_expression(props.endpoint):
            Annotations.of(self).add_warning_v2(
                "@aws-cdk/aws-stepfunctions-tasks:crossRegionEndpointSsrfRisk",
                "The endpoint property is resolved from the Step Functions state input (e.g. JsonPath or JSONata). "
                "This means the endpoint is controlled at runtime by whoever starts the execution. They could "
                "redirect the authenticated AWS API call to their own server, intercepting and replaying it. Only "
                "use a runtime-resolved endpoint if you trust all principals that can start executions of this "
                "state machine.")
        iam_service = _IAM_SERVICES.get(props.service, props.service)
        fn = lambda_.SingletonFunction(
            self, "Handler", uuid="8a0c93f3-dbef-4b71-ac13-7aaf2048ce7e", lambda_purpose="CrossRegionAwsSdk",
            timeout=Duration.seconds(30), code=lambda_.Code.from_asset(_HANDLER_DIR), handler="index.handler",
            runtime=lambda_.Runtime.NODEJS_LATEST)
        fn.add_metadata("aws:cdk:is-custom-resource-handler-singleton", True)
        family = fn.runtime.family
        fn.add_metadata("aws:cdk:is-custom-resource-handler-runtime-family",
                        family.value if family is not None else None)
        self._lambda_function = fn
        for statement in [iam.PolicyStatement(resources=list(props.iam_resources),
                                              actions=[props.iam_action or f"{iam_service}:{action}"]),
                          *(props.additional_iam_statements or [])]:
            fn.add_to_role_policy(statement)
        self._task_policies = [iam.PolicyStatement(resources=fn.resource_arns_for_grant_invoke,
                                                   actions=["lambda:InvokeFunction"])]
        if props.retry_on_service_exceptions is None or props.retry_on_service_exceptions:
            self.add_retry(errors=["Lambda.ClientExecutionTimeoutException", "Lambda.ServiceException",
                                   "Lambda.AWSLambdaException", "Lambda.SdkClientException"],
                           interval=Duration.seconds(2), max_attempts=6, backoff_rate=2)

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        payload = {"region": props.region, "endpoint": props.endpoint, "action": props.action,
                   "service": props.service, "parameters": props.parameters}
        if self._integration_pattern == IntegrationPattern.REQUEST_RESPONSE:
            return {"Resource": self._lambda_function.function_arn,
                    **self._render_parameters_or_arguments(payload, query_language)}
        return {
            "Resource": integration_resource_arn("lambda", "invoke", props.integration_pattern),
            **self._render_parameters_or_arguments({"FunctionName": self._lambda_function.function_arn,
                                                    "Payload": payload}, query_language),
        }
