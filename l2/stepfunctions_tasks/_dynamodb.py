"""DynamoDB tasks: get, put, update and delete an item."""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from constructs import Construct, Duration, Stack, UnscopedValidationError
from constructs.internals import structs
from l2.stepfunctions import Credentials, IntegrationPattern, QueryLanguage, TaskStateBase, Timeout
from l2.stepfunctions_tasks._private.task_utils import (
    TaskProps,
    actual_query_language,
    integration_resource_arn,
    task_kwargs,
)

if TYPE_CHECKING:
    from l2.dynamodb import ITable


class DynamoConsumedCapacity(enum.Enum):
    """Whether and how much consumed capacity the response reports."""

    INDEXES = "INDEXES"
    """The total and the capacity of each table and index."""
    TOTAL = "TOTAL"
    """The total only."""
    NONE = "NONE"
    """None."""


class DynamoItemCollectionMetrics(enum.Enum):
    """Whether the response reports item collection metrics."""

    SIZE = "SIZE"
    """Report them."""
    NONE = "NONE"
    """Do not."""


class DynamoReturnValues(enum.Enum):
    """Which item attributes the response returns."""

    NONE = "NONE"
    """None."""
    ALL_OLD = "ALL_OLD"
    """All the attributes, as they were before the operation."""
    UPDATED_OLD = "UPDATED_OLD"
    """The updated attributes, as they were before the operation."""
    ALL_NEW = "ALL_NEW"
    """All the attributes, as they are after the operation."""
    UPDATED_NEW = "UPDATED_NEW"
    """The updated attributes, as they are after the operation."""


def _num(value: float) -> str:
    """``value.toString()`` as JavaScript writes a number."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _validate_json_path(value: str) -> None:
    if not value.startswith("$"):
        raise UnscopedValidationError(
            "Data JSON path values must either be exactly equal to '$' or start with '$.'")


def _validate_jsonata(value: str) -> None:
    if not value.startswith("{%") or not value.endswith("%}"):
        raise UnscopedValidationError(
            "Data JSONata expression values must either be exactly start with '{%' and end with '%}'")


class DynamoProjectionExpression:
    """A projection expression: the attributes (and list elements) an item read returns."""

    def __init__(self) -> None:
        self._expression: list[str] = []

    def with_attribute(self, attr: str) -> DynamoProjectionExpression:
        """Add an attribute (a nested one after the first)."""
        self._expression.append(f".{attr}" if self._expression else attr)
        return self

    def at_index(self, index: float) -> DynamoProjectionExpression:
        """Add a list index."""
        if not self._expression:
            raise UnscopedValidationError("Expression must start with an attribute")
        self._expression.append(f"[{_num(index)}]")
        return self

    def to_string(self) -> str:
        """The expression."""
        return "".join(self._expression)

    def __str__(self) -> str:
        return self.to_string()


class DynamoAttributeValue:
    """A DynamoDB attribute value (``{"S": ...}``, ``{"N": ...}``, ...), possibly from the state's data.

    Args:
        value: the attribute value as DynamoDB's API takes it (the ``from_*`` factories build it)
    """

    def __init__(self, value: Any) -> None:
        self._attribute_value = value

    @property
    def attribute_value(self) -> Any:
        """The attribute value, as DynamoDB's API takes it."""
        return self._attribute_value

    def to_object(self) -> Any:
        """The attribute value, as DynamoDB's API takes it."""
        return self._attribute_value

    @classmethod
    def from_string(cls, value: str) -> DynamoAttributeValue:
        """A string (``S``)."""
        return cls({"S": value})

    @classmethod
    def from_number(cls, value: float) -> DynamoAttributeValue:
        """A number (``N``)."""
        return cls({"N": _num(value)})

    @classmethod
    def number_from_string(cls, value: str) -> DynamoAttributeValue:
        """A number given as a string, e.g. a JSONPath (``N``)."""
        return cls({"N": str(value)})

    @classmethod
    def from_binary(cls, value: str) -> DynamoAttributeValue:
        """Binary data, base64-encoded (``B``)."""
        return cls({"B": value})

    @classmethod
    def from_string_set(cls, value: Sequence[str]) -> DynamoAttributeValue:
        """A set of strings (``SS``)."""
        return cls({"SS": list(value)})

    @classmethod
    def from_number_set(cls, value: Sequence[float]) -> DynamoAttributeValue:
        """A set of numbers (``NS``)."""
        return cls({"NS": [_num(v) for v in value]})

    @classmethod
    def number_set_from_strings(cls, value: Sequence[str]) -> DynamoAttributeValue:
        """A set of numbers given as strings (``NS``)."""
        return cls({"NS": list(value)})

    @classmethod
    def from_binary_set(cls, value: Sequence[str]) -> DynamoAttributeValue:
        """A set of binary values (``BS``)."""
        return cls({"BS": list(value)})

    @classmethod
    def from_map(cls, value: Mapping[str, DynamoAttributeValue]) -> DynamoAttributeValue:
        """A map of attribute values (``M``)."""
        return cls({"M": _transform_map(value)})

    @classmethod
    def map_from_jsonata(cls, value: str) -> DynamoAttributeValue:
        """A map given by a JSONata expression (``M``)."""
        _validate_jsonata(value)
        return cls({"M": value})

    @classmethod
    def map_from_json_path(cls, value: str) -> DynamoAttributeValue:
        """A map at a JSONPath (``M.$``)."""
        _validate_json_path(value)
        return cls({"M.$": value})

    @classmethod
    def from_list(cls, value: Sequence[DynamoAttributeValue]) -> DynamoAttributeValue:
        """A list of attribute values (``L``)."""
        return cls({"L": [v.to_object() for v in value]})

    @classmethod
    def list_from_jsonata(cls, value: str) -> DynamoAttributeValue:
        """A list given by a JSONata expression (``L``)."""
        _validate_jsonata(value)
        return cls({"L": value})

    @classmethod
    def list_from_json_path(cls, value: str) -> DynamoAttributeValue:
        """A list at a JSONPath (``L``)."""
        _validate_json_path(value)
        return cls({"L": value})

    @classmethod
    def from_null(cls, value: bool) -> DynamoAttributeValue:
        """Null (``NULL``)."""
        return cls({"NULL": value})

    @classmethod
    def from_boolean(cls, value: bool) -> DynamoAttributeValue:
        """A boolean (``BOOL``)."""
        return cls({"BOOL": value})

    @classmethod
    def boolean_from_jsonata(cls, value: str) -> DynamoAttributeValue:
        """A boolean given by a JSONata expression (``BOOL``)."""
        _validate_jsonata(value)
        return cls({"BOOL": value})

    @classmethod
    def boolean_from_json_path(cls, value: str) -> DynamoAttributeValue:
        """A boolean at a JSONPath (``BOOL``)."""
        _validate_json_path(value)
        return cls({"BOOL": str(value)})


def _transform_map(attr_map: Mapping[str, DynamoAttributeValue] | None) -> dict[str, Any] | None:
    if attr_map is None:
        return None
    return {key: value.to_object() for key, value in attr_map.items() if key}


def _enum(value: enum.Enum | None) -> Any:
    return value.value if value is not None else None


def _resource_arn(method: str) -> str:
    return integration_resource_arn("dynamodb", f"{method.lower()}Item", IntegrationPattern.REQUEST_RESPONSE)


def _table_statement(scope: Construct, table: ITable, method: str) -> Any:
    from l2 import iam

    arn = Stack.of(scope).format_arn(service="dynamodb", resource="table", resource_name=table.table_name)
    return iam.PolicyStatement(resources=[arn], actions=[f"dynamodb:{method}Item"])


@structs.frozen(kw_only=True)
class DynamoGetItemJsonPathProps:
    """Properties for DynamoGetItem Task using JSONPath.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        consistent_read: Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        projection_expression: An array of DynamoProjectionExpression that identifies one or more attributes to retrieve from the table
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    consistent_read: bool | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    projection_expression: Sequence[DynamoProjectionExpression] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None


@structs.frozen(kw_only=True)
class DynamoGetItemJsonataProps:
    """Properties for DynamoGetItem Task using JSONata.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        consistent_read: Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        projection_expression: An array of DynamoProjectionExpression that identifies one or more attributes to retrieve from the table
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    consistent_read: bool | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    projection_expression: Sequence[DynamoProjectionExpression] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None


@structs.frozen(kw_only=True)
class DynamoGetItemProps:
    """Properties for DynamoGetItem Task.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        consistent_read: Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        projection_expression: An array of DynamoProjectionExpression that identifies one or more attributes to retrieve from the table
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    consistent_read: bool | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    projection_expression: Sequence[DynamoProjectionExpression] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None


@structs.frozen(kw_only=True)
class DynamoPutItemJsonPathProps:
    """Properties for DynamoPutItem Task using JSONPath.

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
        item: A map of attribute name/value pairs, one for each attribute
        table: The name of the table where the item should be written
        condition_expression: A condition that must be satisfied in order for a conditional PutItem operation to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: The item collection metrics to returned in the response
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were updated with the PutItem request
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
    item: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None


@structs.frozen(kw_only=True)
class DynamoPutItemJsonataProps:
    """Properties for DynamoPutItem Task using JSONata.

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
        item: A map of attribute name/value pairs, one for each attribute
        table: The name of the table where the item should be written
        condition_expression: A condition that must be satisfied in order for a conditional PutItem operation to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: The item collection metrics to returned in the response
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were updated with the PutItem request
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
    item: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None


@structs.frozen(kw_only=True)
class DynamoPutItemProps:
    """Properties for DynamoPutItem Task.

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
        item: A map of attribute name/value pairs, one for each attribute
        table: The name of the table where the item should be written
        condition_expression: A condition that must be satisfied in order for a conditional PutItem operation to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: The item collection metrics to returned in the response
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were updated with the PutItem request
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
    item: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None


@structs.frozen(kw_only=True)
class DynamoUpdateItemJsonPathProps:
    """Properties for DynamoUpdateItem Task using JSONPath.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
        update_expression: An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None
    update_expression: str | None = None


@structs.frozen(kw_only=True)
class DynamoUpdateItemJsonataProps:
    """Properties for DynamoUpdateItem Task using JSONata.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
        update_expression: An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None
    update_expression: str | None = None


@structs.frozen(kw_only=True)
class DynamoUpdateItemProps:
    """Properties for DynamoUpdateItem Task.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
        update_expression: An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None
    update_expression: str | None = None


@structs.frozen(kw_only=True)
class DynamoDeleteItemJsonPathProps:
    """Properties for DynamoDeleteItem Task using JSONPath.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None


@structs.frozen(kw_only=True)
class DynamoDeleteItemJsonataProps:
    """Properties for DynamoDeleteItem Task using JSONata.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None


@structs.frozen(kw_only=True)
class DynamoDeleteItemProps:
    """Properties for DynamoDeleteItem Task.

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
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
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
    key: Mapping[str, DynamoAttributeValue]
    table: ITable
    condition_expression: str | None = None
    expression_attribute_names: Mapping[str, str] | None = None
    expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None
    return_consumed_capacity: DynamoConsumedCapacity | None = None
    return_item_collection_metrics: DynamoItemCollectionMetrics | None = None
    return_values: DynamoReturnValues | None = None


class DynamoGetItem(TaskStateBase):
    """A StepFunctions task to call DynamoGetItem.

    Args:
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        consistent_read: Determines the read consistency model: If set to true, then the operation uses strongly consistent reads; otherwise, the operation uses eventually consistent reads
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        projection_expression: An array of DynamoProjectionExpression that identifies one or more attributes to retrieve from the table
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
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
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        consistent_read: bool | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        projection_expression: Sequence[DynamoProjectionExpression] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
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
    ) -> DynamoGetItem:
        """A StepFunctions task using JSONPath to call DynamoGetItem."""
        kwargs = task_kwargs(locals())
        return DynamoGetItem(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        consistent_read: bool | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        projection_expression: Sequence[DynamoProjectionExpression] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
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
    ) -> DynamoGetItem:
        """A StepFunctions task using JSONata to call DynamoGetItem."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return DynamoGetItem(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        consistent_read: bool | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        projection_expression: Sequence[DynamoProjectionExpression] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
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
        self._task_policies = [_table_statement(self, props.table, "Get")]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": _resource_arn("Get"),
            **self._render_parameters_or_arguments({
                "Key": _transform_map(props.key),
                "TableName": props.table.table_name,
                "ConsistentRead": props.consistent_read if props.consistent_read is not None else False,
                "ExpressionAttributeNames": props.expression_attribute_names,
                "ProjectionExpression": (",".join(str(e) for e in props.projection_expression)
                                         if props.projection_expression else None),
                "ReturnConsumedCapacity": _enum(props.return_consumed_capacity),
            }, query_language),
        }



class DynamoPutItem(TaskStateBase):
    """A StepFunctions task to call DynamoPutItem.

    Args:
        item: A map of attribute name/value pairs, one for each attribute
        table: The name of the table where the item should be written
        condition_expression: A condition that must be satisfied in order for a conditional PutItem operation to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: The item collection metrics to returned in the response
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were updated with the PutItem request
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
        item: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
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
    ) -> DynamoPutItem:
        """A StepFunctions task using JSONPath to call DynamoPutItem."""
        kwargs = task_kwargs(locals())
        return DynamoPutItem(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        item: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
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
    ) -> DynamoPutItem:
        """A StepFunctions task using JSONata to call DynamoPutItem."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return DynamoPutItem(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        item: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
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
        self._task_policies = [_table_statement(self, props.table, "Put")]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": _resource_arn("Put"),
            **self._render_parameters_or_arguments({
                "Item": _transform_map(props.item),
                "TableName": props.table.table_name,
                "ConditionExpression": props.condition_expression,
                "ExpressionAttributeNames": props.expression_attribute_names,
                "ExpressionAttributeValues": _transform_map(props.expression_attribute_values),
                "ReturnConsumedCapacity": _enum(props.return_consumed_capacity),
                "ReturnItemCollectionMetrics": _enum(props.return_item_collection_metrics),
                "ReturnValues": _enum(props.return_values),
            }, query_language),
        }



class DynamoUpdateItem(TaskStateBase):
    """A StepFunctions task to call DynamoUpdateItem.

    Args:
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
        update_expression: An expression that defines one or more attributes to be updated, the action to be performed on them, and new values for them
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
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
        update_expression: str | None = None,
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
    ) -> DynamoUpdateItem:
        """A StepFunctions task using JSONPath to call DynamoUpdateItem."""
        kwargs = task_kwargs(locals())
        return DynamoUpdateItem(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
        update_expression: str | None = None,
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
    ) -> DynamoUpdateItem:
        """A StepFunctions task using JSONata to call DynamoUpdateItem."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return DynamoUpdateItem(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
        update_expression: str | None = None,
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
        self._task_policies = [_table_statement(self, props.table, "Update")]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": _resource_arn("Update"),
            **self._render_parameters_or_arguments({
                "Key": _transform_map(props.key),
                "TableName": props.table.table_name,
                "ConditionExpression": props.condition_expression,
                "ExpressionAttributeNames": props.expression_attribute_names,
                "ExpressionAttributeValues": _transform_map(props.expression_attribute_values),
                "ReturnConsumedCapacity": _enum(props.return_consumed_capacity),
                "ReturnItemCollectionMetrics": _enum(props.return_item_collection_metrics),
                "ReturnValues": _enum(props.return_values),
                "UpdateExpression": props.update_expression,
            }, query_language),
        }



class DynamoDeleteItem(TaskStateBase):
    """A StepFunctions task to call DynamoDeleteItem.

    Args:
        key: Primary key of the item to retrieve
        table: The name of the table containing the requested item
        condition_expression: A condition that must be satisfied in order for a conditional DeleteItem to succeed
        expression_attribute_names: One or more substitution tokens for attribute names in an expression
        expression_attribute_values: One or more values that can be substituted in an expression
        return_consumed_capacity: Determines the level of detail about provisioned throughput consumption that is returned in the response
        return_item_collection_metrics: Determines whether item collection metrics are returned
        return_values: Use ReturnValues if you want to get the item attributes as they appeared before they were deleted
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
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
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
    ) -> DynamoDeleteItem:
        """A StepFunctions task to call DynamoDeleteItem using JSONPath."""
        kwargs = task_kwargs(locals())
        return DynamoDeleteItem(scope, id, **kwargs)

    @staticmethod
    def jsonata(
        scope: Construct,
        id: str,
        *,
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
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
    ) -> DynamoDeleteItem:
        """A StepFunctions task to call DynamoDeleteItem using JSONata."""
        kwargs = task_kwargs(locals())
        kwargs["query_language"] = QueryLanguage.JSONATA
        return DynamoDeleteItem(scope, id, **kwargs)

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        key: Mapping[str, DynamoAttributeValue],
        table: ITable,
        condition_expression: str | None = None,
        expression_attribute_names: Mapping[str, str] | None = None,
        expression_attribute_values: Mapping[str, DynamoAttributeValue] | None = None,
        return_consumed_capacity: DynamoConsumedCapacity | None = None,
        return_item_collection_metrics: DynamoItemCollectionMetrics | None = None,
        return_values: DynamoReturnValues | None = None,
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
        self._task_policies = [_table_statement(self, props.table, "Delete")]

    def _render_task(self, top_level_query_language: QueryLanguage | None = None) -> Any:
        props = self._props
        query_language = actual_query_language(top_level_query_language, props.query_language)
        return {
            "Resource": _resource_arn("Delete"),
            **self._render_parameters_or_arguments({
                "Key": _transform_map(props.key),
                "TableName": props.table.table_name,
                "ConditionExpression": props.condition_expression,
                "ExpressionAttributeNames": props.expression_attribute_names,
                "ExpressionAttributeValues": _transform_map(props.expression_attribute_values),
                "ReturnConsumedCapacity": _enum(props.return_consumed_capacity),
                "ReturnItemCollectionMetrics": _enum(props.return_item_collection_metrics),
                "ReturnValues": _enum(props.return_values),
            }, query_language),
        }

