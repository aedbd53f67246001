"""The props and options structs of Step Functions (aws-cdk-lib's ``*Props``/``*Options`` data types)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Duration, RemovalPolicy
from constructs.internals import structs
from l2.stepfunctions._types import (
    CsvDelimiter,
    CsvHeaders,
    EncryptionConfiguration,
    IntegrationPattern,
    JitterType,
    LogLevel,
    OutputType,
    ProcessorMode,
    ProcessorType,
    ProvideItems,
    QueryLanguage,
    Result,
    StateMachineType,
    TaskRole,
    Timeout,
    Transformation,
    WaitTime,
)

if TYPE_CHECKING:
    from l1.stepfunctions import CfnStateMachine
    from l2.iam import IRole
    from l2.logs import ILogGroup
    from l2.s3 import IBucket
    from l2.stepfunctions._map import IItemReader, ItemBatcher, ResultWriter, ResultWriterV2, WriterConfig
    from l2.stepfunctions._state import IChainable
    from l2.stepfunctions._state_machine import DefinitionBody, IStateMachine


@structs.frozen(kw_only=True)
class ActivityProps:
    """Properties for defining a new Step Functions Activity.

    Attributes:
        activity_name: The name for this activity
        encryption_configuration: The encryptionConfiguration object used for server-side encryption of the activity inputs
    """

    activity_name: str | None = None
    encryption_configuration: EncryptionConfiguration | None = None


@structs.frozen(kw_only=True)
class AfterwardsOptions:
    """Options for selecting the choice paths.

    Attributes:
        include_error_handlers: Whether to include error handling states
        include_otherwise: Whether to include the default/otherwise transition for the current Choice state
    """

    include_error_handlers: bool | None = None
    include_otherwise: bool | None = None


@structs.frozen(kw_only=True)
class AssignableStateOptions:
    """Option properties for state that can assign variables.

    Attributes:
        assign: Workflow variables to store in this step
    """

    assign: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class CatchProps:
    """Error handler details.

    Attributes:
        assign: Workflow variables to store in this step
        errors: Errors to recover from by going to the given state
        outputs: This option for JSONata only
        result_path: JSONPath expression to indicate where to inject the error data
    """

    assign: Mapping[str, object] | None = None
    errors: Sequence[str] | None = None
    outputs: object = None
    result_path: str | None = None


@structs.frozen(kw_only=True)
class ChoiceTransitionOptions:
    """Options for Choice Transition.

    Attributes:
        assign: Workflow variables to store in this step
        comment: An optional description for the choice transition
        outputs: This option for JSONata only
    """

    assign: Mapping[str, object] | None = None
    comment: str | None = None
    outputs: object = None


@structs.frozen(kw_only=True)
class Credentials:
    """Specifies a target role assumed by the State Machine's execution role for invoking the task's resource.

    Attributes:
        role: The role to be assumed for executing the Task
    """

    role: TaskRole


@structs.frozen(kw_only=True)
class CustomStateProps:
    """Properties for defining a custom state definition.

    Attributes:
        state_json: Amazon States Language (JSON-based) definition of the state
    """

    state_json: Mapping[str, Any]


@structs.frozen(kw_only=True)
class DefinitionConfig:
    """Partial object from the StateMachine L1 construct properties containing definition information.

    Attributes:
        definition: the definition as an object (``Definition``).
        definition_s3_location: where the definition is stored in S3 (``DefinitionS3Location``).
        definition_string: the definition as a JSON string (``DefinitionString``)
    """

    definition: Any = None
    definition_s3_location: CfnStateMachine.S3LocationProperty | Mapping[str, Any] | None = None
    definition_string: str | None = None


@structs.frozen(kw_only=True)
class FindStateOptions:
    """Options for finding reachable states.

    Attributes:
        include_error_handlers: Whether or not to follow error-handling transitions
    """

    include_error_handlers: bool | None = None


@structs.frozen(kw_only=True)
class ItemBatcherProps:
    """Interface for ItemBatcher configuration properties.

    Attributes:
        batch_input: BatchInput
        max_input_bytes_per_batch: MaxInputBytesPerBatch
        max_input_bytes_per_batch_path: MaxInputBytesPerBatchPath
        max_items_per_batch: MaxItemsPerBatch
        max_items_per_batch_path: MaxItemsPerBatchPath
    """

    batch_input: Mapping[Any, Any] | None = None
    max_input_bytes_per_batch: int | float | None = None
    max_input_bytes_per_batch_path: str | None = None
    max_items_per_batch: int | float | None = None
    max_items_per_batch_path: str | None = None


@structs.frozen(kw_only=True)
class ItemReaderProps:
    """Base interface for Item Reader configuration properties.

    Attributes:
        bucket: S3 Bucket containing objects to iterate over or a file with a list to iterate over
        bucket_name_path: S3 bucket name containing objects to iterate over or a file with a list to iterate over, as JsonPath
        max_items: Limits the number of items passed to the Distributed Map state
    """

    bucket: IBucket | None = None
    bucket_name_path: str | None = None
    max_items: int | float | None = None


@structs.frozen(kw_only=True)
class JsonPathCommonOptions:
    """Option properties for JSONPath state.

    Attributes:
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
    """

    input_path: str | None = None
    output_path: str | None = None


@structs.frozen(kw_only=True)
class JsonataCommonOptions:
    """Option properties for JSONata state.

    Attributes:
        outputs: Used to specify and transform output from the state
    """

    outputs: object = None


@structs.frozen(kw_only=True)
class JsonataStateOptions:
    """Option properties for JSONata task state.

    Attributes:
        outputs: Used to specify and transform output from the state
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
    """

    outputs: object = None
    arguments: object = None


@structs.frozen(kw_only=True)
class LogOptions:
    """Defines what execution history events are logged and where they are logged.

    Attributes:
        destination: The log group where the execution history events will be logged
        include_execution_data: Determines whether execution data is included in your log
        level: Defines which category of execution history events are logged
    """

    destination: ILogGroup | None = None
    include_execution_data: bool | None = None
    level: LogLevel | None = None


@structs.frozen(kw_only=True)
class MapBaseJsonPathOptions:
    """Base properties for defining a Map state that using JSONPath.

    Attributes:
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        items_path: JSONPath expression to select the array to iterate over
        max_concurrency_path: MaxConcurrencyPath
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
    """

    input_path: str | None = None
    output_path: str | None = None
    items_path: str | None = None
    max_concurrency_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class MapBaseJsonataOptions:
    """Base properties for defining a Map state that using JSONata.

    Attributes:
        outputs: Used to specify and transform output from the state
        items: The array that the Map state will iterate over
    """

    outputs: object = None
    items: ProvideItems | None = None


@structs.frozen(kw_only=True)
class MapBaseOptions:
    """Base properties for defining a Map state.

    Attributes:
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
    """

    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None


@structs.frozen(kw_only=True)
class ProcessorConfig:
    """Specifies the configuration for the processor Map state.

    Attributes:
        execution_type: Specifies the execution type for the Map workflow
        mode: Specifies the execution mode for the Map workflow
    """

    execution_type: ProcessorType | None = None
    mode: ProcessorMode | None = None


@structs.frozen(kw_only=True)
class ResultWriterProps:
    """(deprecated) Interface for Result Writer configuration props.

    Attributes:
        bucket: (deprecated) S3 Bucket in which to save Map Run results
        prefix: (deprecated) S3 prefix in which to save Map Run results
    """

    bucket: IBucket
    prefix: str | None = None


@structs.frozen(kw_only=True)
class ResultWriterV2Props:
    """Interface for Result Writer configuration props.

    Attributes:
        bucket: S3 Bucket in which to save Map Run results
        bucket_name_path: S3 bucket name in which to save Map Run results, as JsonPath
        prefix: S3 prefix in which to save Map Run results
        writer_config: Configuration to format the output of the Child Workflow executions
    """

    bucket: IBucket | None = None
    bucket_name_path: str | None = None
    prefix: str | None = None
    writer_config: WriterConfig | None = None


@structs.frozen(kw_only=True)
class RetryProps:
    """Retry details.

    Attributes:
        backoff_rate: Multiplication for how much longer the wait interval gets on every retry
        errors: Errors to retry
        interval: How many seconds to wait initially before retrying
        jitter_strategy: Introduces a randomization over the retry interval
        max_attempts: How many times to retry this particular error
        max_delay: Maximum limit on retry interval growth during exponential backoff
    """

    backoff_rate: int | float | None = None
    errors: Sequence[str] | None = None
    interval: Duration | None = None
    jitter_strategy: JitterType | None = None
    max_attempts: int | float | None = None
    max_delay: Duration | None = None


@structs.frozen(kw_only=True)
class S3FileItemReaderProps:
    """Base interface for Item Reader configuration properties the iterate over entries in a S3 file.

    Attributes:
        bucket: S3 Bucket containing objects to iterate over or a file with a list to iterate over
        bucket_name_path: S3 bucket name containing objects to iterate over or a file with a list to iterate over, as JsonPath
        max_items: Limits the number of items passed to the Distributed Map state
        key: Key of file stored in S3 bucket containing an array to iterate over
    """

    bucket: IBucket | None = None
    bucket_name_path: str | None = None
    max_items: int | float | None = None
    key: str


@structs.frozen(kw_only=True)
class S3ObjectsItemReaderProps:
    """Properties for configuring an Item Reader that iterates over objects in an S3 bucket.

    Attributes:
        bucket: S3 Bucket containing objects to iterate over or a file with a list to iterate over
        bucket_name_path: S3 bucket name containing objects to iterate over or a file with a list to iterate over, as JsonPath
        max_items: Limits the number of items passed to the Distributed Map state
        prefix: S3 prefix used to limit objects to iterate over
    """

    bucket: IBucket | None = None
    bucket_name_path: str | None = None
    max_items: int | float | None = None
    prefix: str | None = None


@structs.frozen(kw_only=True)
class StateBaseProps:
    """Properties shared by all states.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None


@structs.frozen(kw_only=True)
class StateMachineGrantsProps:
    """Properties for StateMachineGrants.

    Attributes:
        resource: The resource on which actions will be allowed
    """

    resource: IStateMachine


@structs.frozen(kw_only=True)
class StateMachineProps:
    """Properties for defining a State Machine.

    Attributes:
        comment: Comment that describes this state machine
        definition: (deprecated) Definition for this state machine
        definition_body: Definition for this state machine
        definition_substitutions: substitutions for the definition body as a key-value map
        encryption_configuration: Configures server-side encryption of the state machine definition and execution history
        logs: Defines what execution history events are logged and where they are logged
        query_language: The name of the query language used by the state machine
        removal_policy: The removal policy to apply to state machine
        role: The execution role for the state machine service
        state_machine_name: A name for the state machine
        state_machine_type: Type of the state machine
        timeout: Maximum run time for this state machine
        tracing_enabled: Specifies whether Amazon X-Ray tracing is enabled for this state machine
    """

    comment: str | None = None
    definition: IChainable | None = None
    definition_body: DefinitionBody | None = None
    definition_substitutions: Mapping[str, str] | None = None
    encryption_configuration: EncryptionConfiguration | None = None
    logs: LogOptions | None = None
    query_language: QueryLanguage | None = None
    removal_policy: RemovalPolicy | None = None
    role: IRole | None = None
    state_machine_name: str | None = None
    state_machine_type: StateMachineType | None = None
    timeout: Duration | None = None
    tracing_enabled: bool | None = None


@structs.frozen(kw_only=True)
class StateProps:
    """Properties shared by all states.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
        assign: Workflow variables to store in this step
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    arguments: object = None
    assign: Mapping[str, object] | None = None
    parameters: Mapping[str, object] | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class SucceedJsonPathProps:
    """Properties for defining a Succeed state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    input_path: str | None = None
    output_path: str | None = None


@structs.frozen(kw_only=True)
class SucceedJsonataProps:
    """Properties for defining a Succeed state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        outputs: Used to specify and transform output from the state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    outputs: object = None


@structs.frozen(kw_only=True)
class SucceedProps:
    """Properties for defining a Succeed state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None


@structs.frozen(kw_only=True)
class TaskMetricsConfig:
    """Task Metrics.

    Attributes:
        metric_dimensions: The dimensions to attach to metrics
        metric_prefix_plural: Prefix for plural metric names of activity actions
        metric_prefix_singular: Prefix for singular metric names of activity actions
    """

    metric_dimensions: Mapping[str, Any] | None = None
    metric_prefix_plural: str | None = None
    metric_prefix_singular: str | None = None


@structs.frozen(kw_only=True)
class TaskStateBaseOptions:
    """Base options for all task states.

    Attributes:
        credentials: Credentials for an IAM Role that the State Machine assumes for executing the task
        heartbeat: (deprecated) Timeout for the heartbeat
        heartbeat_timeout: Timeout for the heartbeat
        integration_pattern: AWS Step Functions integrates with services directly in the Amazon States Language
        task_timeout: Timeout for the task
        timeout: (deprecated) Timeout for the task
    """

    credentials: Credentials | None = None
    heartbeat: Duration | None = None
    heartbeat_timeout: Timeout | None = None
    integration_pattern: IntegrationPattern | None = None
    task_timeout: Timeout | None = None
    timeout: Duration | None = None


@structs.frozen(kw_only=True)
class TaskStateBaseProps:
    """Props that are common to all tasks.

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


@structs.frozen(kw_only=True)
class TaskStateJsonPathBaseProps:
    """Props that are common to all tasks that using JSONPath.

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


@structs.frozen(kw_only=True)
class TaskStateJsonataBaseProps:
    """Props that are common to all tasks that using JSONata.

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


@structs.frozen(kw_only=True)
class WaitJsonPathProps:
    """Properties for defining a Wait state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        time: Wait duration
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    time: WaitTime


@structs.frozen(kw_only=True)
class WaitJsonataProps:
    """Properties for defining a Wait state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        time: Wait duration
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    time: WaitTime


@structs.frozen(kw_only=True)
class WaitProps:
    """Properties for defining a Wait state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        time: Wait duration
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    time: WaitTime


@structs.frozen(kw_only=True)
class WriterConfigProps:
    """Interface for Writer Config props.

    Attributes:
        output_type: The format of the Output of the child workflow executions
        transformation: The transformation to be applied to the Output of the Child Workflow executions
    """

    output_type: OutputType
    transformation: Transformation


@structs.frozen(kw_only=True)
class ChoiceJsonPathProps:
    """Properties for defining a Choice state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None


@structs.frozen(kw_only=True)
class ChoiceJsonataProps:
    """Properties for defining a Choice state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None


@structs.frozen(kw_only=True)
class ChoiceProps:
    """Properties for defining a Choice state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None


@structs.frozen(kw_only=True)
class DistributedMapJsonPathProps:
    """Properties for configuring a Distribute Map state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        items_path: JSONPath expression to select the array to iterate over
        max_concurrency_path: MaxConcurrencyPath
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        item_batcher: Specifies to process a group of items in a single child workflow execution
        item_reader: ItemReader
        label: Label
        map_execution_type: MapExecutionType
        result_writer: (deprecated) Configuration for S3 location in which to save Map Run results
        result_writer_v2: Configuration for S3 location in which to save Map Run results Enable "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2" feature in the context to use resultWriterV2
        tolerated_failure_count: ToleratedFailureCount
        tolerated_failure_count_path: ToleratedFailureCountPath
        tolerated_failure_percentage: ToleratedFailurePercentage
        tolerated_failure_percentage_path: ToleratedFailurePercentagePath
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None
    input_path: str | None = None
    output_path: str | None = None
    items_path: str | None = None
    max_concurrency_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    item_batcher: ItemBatcher | None = None
    item_reader: IItemReader | None = None
    label: str | None = None
    map_execution_type: StateMachineType | None = None
    result_writer: ResultWriter | None = None
    result_writer_v2: ResultWriterV2 | None = None
    tolerated_failure_count: int | float | None = None
    tolerated_failure_count_path: str | None = None
    tolerated_failure_percentage: int | float | None = None
    tolerated_failure_percentage_path: str | None = None


@structs.frozen(kw_only=True)
class DistributedMapJsonataProps:
    """Properties for configuring a Distribute Map state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
        outputs: Used to specify and transform output from the state
        items: The array that the Map state will iterate over
        item_batcher: Specifies to process a group of items in a single child workflow execution
        item_reader: ItemReader
        label: Label
        map_execution_type: MapExecutionType
        result_writer: (deprecated) Configuration for S3 location in which to save Map Run results
        result_writer_v2: Configuration for S3 location in which to save Map Run results Enable "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2" feature in the context to use resultWriterV2
        tolerated_failure_count: ToleratedFailureCount
        tolerated_failure_percentage: ToleratedFailurePercentage
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None
    outputs: object = None
    items: ProvideItems | None = None
    item_batcher: ItemBatcher | None = None
    item_reader: IItemReader | None = None
    label: str | None = None
    map_execution_type: StateMachineType | None = None
    result_writer: ResultWriter | None = None
    result_writer_v2: ResultWriterV2 | None = None
    tolerated_failure_count: int | float | None = None
    tolerated_failure_percentage: int | float | None = None


@structs.frozen(kw_only=True)
class FailJsonPathProps:
    """Properties for defining a Fail state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        cause: A description for the cause of the failure
        cause_path: JsonPath expression to select part of the state to be the cause to this state
        error: Error code used to represent this failure
        error_path: JsonPath expression to select part of the state to be the error to this state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    cause: str | None = None
    cause_path: str | None = None
    error: str | None = None
    error_path: str | None = None


@structs.frozen(kw_only=True)
class FailJsonataProps:
    """Properties for defining a Fail state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        cause: A description for the cause of the failure
        error: Error code used to represent this failure
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    cause: str | None = None
    error: str | None = None


@structs.frozen(kw_only=True)
class FailProps:
    """Properties for defining a Fail state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        cause: A description for the cause of the failure
        cause_path: JsonPath expression to select part of the state to be the cause to this state
        error: Error code used to represent this failure
        error_path: JsonPath expression to select part of the state to be the error to this state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    cause: str | None = None
    cause_path: str | None = None
    error: str | None = None
    error_path: str | None = None


@structs.frozen(kw_only=True)
class JsonPathStateProps:
    """Properties shared by all states that use JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        assign: Workflow variables to store in this step
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    input_path: str | None = None
    output_path: str | None = None
    assign: Mapping[str, object] | None = None
    parameters: Mapping[str, object] | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class JsonataStateProps:
    """Properties shared by all states that use JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        outputs: Used to specify and transform output from the state
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
        assign: Workflow variables to store in this step
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    outputs: object = None
    arguments: object = None
    assign: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class MapBaseProps:
    """Properties for defining a Map state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        items_path: JSONPath expression to select the array to iterate over
        max_concurrency_path: MaxConcurrencyPath
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        outputs: Used to specify and transform output from the state
        items: The array that the Map state will iterate over
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None
    input_path: str | None = None
    output_path: str | None = None
    items_path: str | None = None
    max_concurrency_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    outputs: object = None
    items: ProvideItems | None = None


@structs.frozen(kw_only=True)
class MapJsonPathProps:
    """Properties for defining a Map state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        items_path: JSONPath expression to select the array to iterate over
        max_concurrency_path: MaxConcurrencyPath
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        parameters: (deprecated) The JSON that you want to override your default iteration input (mutually exclusive with ``itemSelector``)
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None
    input_path: str | None = None
    output_path: str | None = None
    items_path: str | None = None
    max_concurrency_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class MapJsonataProps:
    """Properties for defining a Map state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
        outputs: Used to specify and transform output from the state
        items: The array that the Map state will iterate over
        parameters: (deprecated) The JSON that you want to override your default iteration input (mutually exclusive with ``itemSelector``)
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None
    outputs: object = None
    items: ProvideItems | None = None
    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class MapProps:
    """Properties for defining a Map state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        items_path: JSONPath expression to select the array to iterate over
        max_concurrency_path: MaxConcurrencyPath
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        outputs: Used to specify and transform output from the state
        items: The array that the Map state will iterate over
        parameters: (deprecated) The JSON that you want to override your default iteration input (mutually exclusive with ``itemSelector``)
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None
    input_path: str | None = None
    output_path: str | None = None
    items_path: str | None = None
    max_concurrency_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    outputs: object = None
    items: ProvideItems | None = None
    parameters: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class ParallelJsonPathProps:
    """Properties for defining a Parallel state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    parameters: Mapping[str, object] | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class ParallelJsonataProps:
    """Properties for defining a Parallel state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None
    arguments: Mapping[str, Any] | None = None


@structs.frozen(kw_only=True)
class ParallelProps:
    """Properties for defining a Parallel state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    arguments: Mapping[str, Any] | None = None
    parameters: Mapping[str, object] | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None


@structs.frozen(kw_only=True)
class PassJsonPathProps:
    """Properties for defining a Pass state that using JSONPath.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result: If given, treat as the result of this operation
        result_path: JSONPath expression to indicate where to inject the state's output
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    parameters: Mapping[str, object] | None = None
    result: Result | None = None
    result_path: str | None = None


@structs.frozen(kw_only=True)
class PassJsonataProps:
    """Properties for defining a Pass state that using JSONata.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        outputs: Used to specify and transform output from the state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    outputs: object = None


@structs.frozen(kw_only=True)
class PassProps:
    """Properties for defining a Pass state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result: If given, treat as the result of this operation
        result_path: JSONPath expression to indicate where to inject the state's output
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    parameters: Mapping[str, object] | None = None
    result: Result | None = None
    result_path: str | None = None


@structs.frozen(kw_only=True)
class S3CsvItemReaderProps:
    """Properties for configuring an Item Reader that iterates over items in a CSV file in S3.

    Attributes:
        bucket: S3 Bucket containing objects to iterate over or a file with a list to iterate over
        bucket_name_path: S3 bucket name containing objects to iterate over or a file with a list to iterate over, as JsonPath
        max_items: Limits the number of items passed to the Distributed Map state
        key: Key of file stored in S3 bucket containing an array to iterate over
        csv_delimiter: Delimiter used in a CSV file
        csv_headers: CSV file header configuration
    """

    bucket: IBucket | None = None
    bucket_name_path: str | None = None
    max_items: int | float | None = None
    key: str
    csv_delimiter: CsvDelimiter | None = None
    csv_headers: CsvHeaders | None = None


@structs.frozen(kw_only=True)
class SingleStateOptions:
    """Options for creating a single state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        outputs: Used to specify and transform output from the state
        arguments: Parameters pass a collection of key-value pairs, either static values or JSONata expressions that select from the input
        parameters: Parameters pass a collection of key-value pairs, either static values or JSONPath expressions that select from the input
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        prefix_states: String to prefix all stateIds in the state machine with
        state_id: ID of newly created containing state
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    input_path: str | None = None
    output_path: str | None = None
    outputs: object = None
    arguments: Mapping[str, Any] | None = None
    parameters: Mapping[str, object] | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    prefix_states: str | None = None
    state_id: str | None = None


@structs.frozen(kw_only=True)
class DistributedMapProps:
    """Properties for configuring a Distribute Map state.

    Attributes:
        comment: A comment describing this state
        query_language: The name of the query language used by the state
        state_name: Optional name for this state
        assign: Workflow variables to store in this step
        item_selector: The JSON that you want to override your default iteration input (mutually exclusive with ``parameters`` and ``jsonataItemSelector``)
        jsonata_item_selector: Jsonata expression that evaluates to a JSON array to override your default iteration input (mutually exclusive with ``parameters`` and ``itemSelector``)
        jsonata_max_concurrency: JSONata expression for MaxConcurrency
        max_concurrency: MaxConcurrency
        input_path: JSONPath expression to select part of the state to be the input to this state
        output_path: JSONPath expression to select part of the state to be the output to this state
        items_path: JSONPath expression to select the array to iterate over
        max_concurrency_path: MaxConcurrencyPath
        result_path: JSONPath expression to indicate where to inject the state's output
        result_selector: The JSON that will replace the state's raw result and become the effective result before ResultPath is applied
        outputs: Used to specify and transform output from the state
        items: The array that the Map state will iterate over
        item_batcher: Specifies to process a group of items in a single child workflow execution
        item_reader: ItemReader
        label: Label
        map_execution_type: MapExecutionType
        result_writer: (deprecated) Configuration for S3 location in which to save Map Run results
        result_writer_v2: Configuration for S3 location in which to save Map Run results Enable "@aws-cdk/aws-stepfunctions:useDistributedMapResultWriterV2" feature in the context to use resultWriterV2
        tolerated_failure_count: ToleratedFailureCount
        tolerated_failure_count_path: ToleratedFailureCountPath
        tolerated_failure_percentage: ToleratedFailurePercentage
        tolerated_failure_percentage_path: ToleratedFailurePercentagePath
    """

    comment: str | None = None
    query_language: QueryLanguage | None = None
    state_name: str | None = None
    assign: Mapping[str, object] | None = None
    item_selector: Mapping[str, object] | None = None
    jsonata_item_selector: str | None = None
    jsonata_max_concurrency: str | None = None
    max_concurrency: int | float | None = None
    input_path: str | None = None
    output_path: str | None = None
    items_path: str | None = None
    max_concurrency_path: str | None = None
    result_path: str | None = None
    result_selector: Mapping[str, object] | None = None
    outputs: object = None
    items: ProvideItems | None = None
    item_batcher: ItemBatcher | None = None
    item_reader: IItemReader | None = None
    label: str | None = None
    map_execution_type: StateMachineType | None = None
    result_writer: ResultWriter | None = None
    result_writer_v2: ResultWriterV2 | None = None
    tolerated_failure_count: int | float | None = None
    tolerated_failure_count_path: str | None = None
    tolerated_failure_percentage: int | float | None = None
    tolerated_failure_percentage_path: str | None = None
