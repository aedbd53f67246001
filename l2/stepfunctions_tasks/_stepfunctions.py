"""Step Functions tasks: start an execution, invoke an activity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import ArnFormat, Construct, Duration, Stack, ValidationError
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    CustomerManagedEncryptionConfiguration,
    IActivity,
    InputType,
    IntegrationPattern,
    IStateMachine,
    JsonPath,
    QueryLanguage,
    TaskInput,
    TaskMetricsConfig,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    contains_task_token,
    integration_resource_arn,
    task_kwargs,
    validate_pattern_supported,
)

_START_PATTERNS = (
    IntegrationPattern.REQUEST_RESPONSE,
    IntegrationPattern.RUN_JOB,
    IntegrationPattern.WAIT_FOR_TASK_TOKEN,
)


@structs.frozen(kw_only=True)
class StepFunctionsStartExecutionJsonPathProps:
    """Properties for StartExecution using JSONPath.

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
        state_machine: The Step Functions state machine to start the execution on
        associate_with_parent: Pass the execution ID from the context object to the execution input
        input: The JSON input for the execution, same as that of StartExecution
        name: The name of the execution, same as that of StartExecution
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
    state_machine: IStateMachine
    associate_with_parent: bool | None = None
    input: TaskInput | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class StepFunctionsStartExecutionJsonataProps:
    """Properties for StartExecution using JSONata.

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
        state_machine: The Step Functions state machine to start the execution on
        associate_with_parent: Pass the execution ID from the context object to the execution input
        input: The JSON input for the execution, same as that of StartExecution
        name: The name of the execution, same as that of StartExecution
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
    state_machine: IStateMachine
    associate_with_parent: bool | None = None
    input: TaskInput | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class StepFunctionsStartExecutionProps:
    """Properties for StartExecution.

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
        state_machine: The Step Functions state machine to start the execution on
        associate_with_parent: Pass the execution ID from the context object to the execution input
        input: The JSON input for the execution, same as that of StartExecution
        name: The name of the execution, same as that of StartExecution
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
    state_machine: IStateMachine
    associate_with_parent: bool | None = None
    input: TaskInput | None = None
    name: str | None = None


@structs.frozen(kw_only=True)
class StepFunctionsInvokeActivityJsonPathProps:
    """Properties for invoking an Activity worker using JSONPath.

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
        activity: Step Functions Activity to invoke
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
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
    activity: IActivity
    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class StepFunctionsInvokeActivityJsonataProps:
    """Properties for invoking an Activity worker using JSONata.

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
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
        activity: Step Functions Activity to invoke
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
    arguments: object = None
    activity: IActivity


@structs.frozen(kw_only=True)
class StepFunctionsInvokeActivityProps:
    """Properties for invoking an Activity worker.

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
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
        activity: Step Functions Activity to invoke
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
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
    arguments: object = None
    activity: IActivity
    parameters: Mapping[str, object] | None = None


class StepFunctionsStartExecution(TaskStateBase):
    """A Step Functions Task to call StartExecution on another state machine.

    Args:
        state_machine: The Step Functions state machine to start the execution on
        associate_with_parent: Pass the execution ID from the context object to the execution input
        input: The JSON input for the execution, same as that of StartExecution
        name: The name of the execution, same as that of StartExecution
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
        state_machine: IStateMachine,
        associate_with_parent: bool | None = None,
        input: TaskInput | None = None,
        name: str | None = None,
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
    ) -> StepFunctionsStartExecution:
        """A Step Functions Task using JSONPath to call StartExecution on another state machine."""
        kwargs = task_kwargs(locals())
        return StepFunctionsStartExecution(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        state_machine: IStateMachine,
        associate_with_parent: bool | None = None,
        input: TaskInput | None = None,
        name: str | None = None,
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
    ) -> StepFunctionsStartExecution:
        """A Step Functions Task using JSONata to call StartExecution on another state machine."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return StepFunctionsStartExecution(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        state_machine: IStateMachine,
        associate_with_parent: bool | None = None,
        input: TaskInput | None = None,
        name: str | None = None,
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

        self._integration_pattern = props.integration_pattern or IntegrationPattern.REQUEST_RESPONSE
        validate_pattern_supported(self._integration_pattern, _START_PATTERNS)
        if self._integration_pattern == IntegrationPattern.WAIT_FOR_TASK_TOKEN and not contains_task_token(
            props.input
        ):
            raise ValidationError(
                "Task Token is required in `input` for callback. Use JsonPath.taskToken to set the token.",
                self.node.scope)
        if props.associate_with_parent and props.input is not None and props.input.type != InputType.OBJECT:
            raise ValidationError(
                "Could not enable `associateWithParent` because `input` is taken directly from a JSON path. Use "
                "`sfn.TaskInput.fromObject` instead.", self.node.scope)
        stack = Stack.of(self)
        arn = props.state_machine.state_machine_arn
        statements = [iam.PolicyStatement(actions=["states:StartExecution"], resources=[arn])]
        if self._integration_pattern == IntegrationPattern.RUN_JOB:
            name = stack.split_arn(arn, ArnFormat.COLON_RESOURCE_NAME).resource_name
            statements.append(iam.PolicyStatement(
                actions=["states:DescribeExecution", "states:StopExecution"],
                resources=[stack.format_arn(service="states", resource="execution",
                                            arn_format=ArnFormat.COLON_RESOURCE_NAME, resource_name=f"{name}*")],
            ))
            statements.append(iam.PolicyStatement(
                actions=["events:PutTargets", "events:PutRule", "events:DescribeRule"],
                resources=[stack.format_arn(service="events", resource="rule",
                                            resource_name="StepFunctionsGetEventsForStepFunctionsExecutionRule")],
            ))
        self._task_policies = statements

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        suffix = ":2" if self._integration_pattern == IntegrationPattern.RUN_JOB else ""
        if props.associate_with_parent:
            entry = {"AWS_STEP_FUNCTIONS_STARTED_BY_EXECUTION_ID": "{% $states.context.Execution.Id %}"
                     if query_language == QueryLanguage.JSONATA else JsonPath.string_at("$$.Execution.Id")}
            input_value: Any = {**props.input.value, **entry} if props.input is not None else entry
        else:
            input_value = props.input.value if props.input is not None else TaskInput.from_json_path_at("$").value
        return {
            "Resource": integration_resource_arn("states", "startExecution", self._integration_pattern) + suffix,
            **self._render_parameters_or_arguments({
                "Input": input_value,
                "StateMachineArn": props.state_machine.state_machine_arn,
                "Name": props.name,
            }, query_language),
        }



class StepFunctionsInvokeActivity(TaskStateBase):
    """A Step Functions Task to invoke an Activity worker.

    Args:
        activity: Step Functions Activity to invoke
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
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
        activity: IActivity,
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
    ) -> StepFunctionsInvokeActivity:
        """A Step Functions Task using JSONPath to invoke an Activity worker."""
        kwargs = task_kwargs(locals())
        return StepFunctionsInvokeActivity(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        activity: IActivity,
        arguments: object = None,
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
    ) -> StepFunctionsInvokeActivity:
        """A Step Functions Task using JSONata to invoke an Activity worker."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return StepFunctionsInvokeActivity(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        activity: IActivity,
        parameters: Mapping[str, object] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, object] | None = None,
        arguments: object = None,
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
        super().__init__(scope, id, **props.base(keep=("parameters", "arguments")))
        self._props = props
        self._setup(props)

    def _setup(self, props: TaskProps) -> None:
        activity = props.activity
        encryption = activity.encryption_configuration
        if isinstance(encryption, CustomerManagedEncryptionConfiguration):
            from l2 import iam

            self._task_policies = [iam.PolicyStatement(
                actions=["kms:Decrypt", "kms:GenerateDataKey"], resources=[encryption.kms_key.key_arn],
                conditions={"StringEquals": {"kms:EncryptionContext:aws:states:activityArn": activity.activity_arn}},
            )]
        self._task_metrics = TaskMetricsConfig(metric_dimensions={"ActivityArn": activity.activity_arn},
                                               metric_prefix_singular="Activity", metric_prefix_plural="Activities")

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        param_or_arg = props.parameters if props.parameters is not None else props.arguments
        rendered = (self._render_parameters_or_arguments(param_or_arg, query_language)
                    if param_or_arg is not None else {})
        return {"Resource": props.activity.activity_arn, **rendered}

