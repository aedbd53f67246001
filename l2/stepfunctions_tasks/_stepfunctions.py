"""Step Functions tasks: start an execution, invoke an activity."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from constructs import Construct, Duration
from constructs.internals import structs
from l2.stepfunctions import (
    Credentials,
    IActivity,
    IntegrationPattern,
    IStateMachine,
    QueryLanguage,
    TaskInput,
    TaskStateBase,
    Timeout,
)
from l2.stepfunctions_tasks._private.task_utils import TaskProps, task_kwargs


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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    outputs: Any = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: Any = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
    activity: IActivity
    parameters: Mapping[str, Any] | None = None


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
    assign: Mapping[str, Any] | None = None
    outputs: Any = None
    arguments: Any = None
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
    assign: Mapping[str, Any] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: Any = None
    result_path: str | None = None
    result_selector: Mapping[str, Any] | None = None
    arguments: Any = None
    activity: IActivity
    parameters: Mapping[str, Any] | None = None


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
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
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
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
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
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(props)



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
        parameters: Mapping[str, Any] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
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
        arguments: Any = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        outputs: Any = None,
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
        parameters: Mapping[str, Any] | None = None,
        result_path: str | None = None,
        result_selector: Mapping[str, Any] | None = None,
        arguments: Any = None,
        comment: str | None = None,
        query_language: QueryLanguage | None = None,
        state_name: str | None = None,
        credentials: Credentials | None = None,
        heartbeat: Duration | None = None,
        heartbeat_timeout: Timeout | None = None,
        integration_pattern: IntegrationPattern | None = None,
        task_timeout: Timeout | None = None,
        timeout: Duration | None = None,
        assign: Mapping[str, Any] | None = None,
        input_path: str | None = None,
        output_path: str | None = None,
        outputs: Any = None,
    ) -> None:
        props = TaskProps(locals())
        super().__init__(scope, id, **props.base())
        self._props = props
        self._setup(props)

