"""``Condition``: the rules of a Choice state (JSONPath comparisons, ``and``/``or``/``not``, JSONata)."""

from __future__ import annotations

import re
from typing import Any

from constructs import UnscopedValidationError
from l2.stepfunctions._private.json_path import is_valid_jsonata_expression

_VARIABLE = re.compile(r"^\$|(\$[.[])")


class Condition:
    """A condition of a Choice state's rule."""

    @staticmethod
    def is_present(variable: str) -> Condition:
        """``IsPresent: true`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsPresent", True)

    @staticmethod
    def is_not_present(variable: str) -> Condition:
        """``IsPresent: false`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsPresent", False)

    @staticmethod
    def is_string(variable: str) -> Condition:
        """``IsString: true`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsString", True)

    @staticmethod
    def is_not_string(variable: str) -> Condition:
        """``IsString: false`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsString", False)

    @staticmethod
    def is_numeric(variable: str) -> Condition:
        """``IsNumeric: true`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsNumeric", True)

    @staticmethod
    def is_not_numeric(variable: str) -> Condition:
        """``IsNumeric: false`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsNumeric", False)

    @staticmethod
    def is_boolean(variable: str) -> Condition:
        """``IsBoolean: true`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsBoolean", True)

    @staticmethod
    def is_not_boolean(variable: str) -> Condition:
        """``IsBoolean: false`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsBoolean", False)

    @staticmethod
    def is_timestamp(variable: str) -> Condition:
        """``IsTimestamp: true`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsTimestamp", True)

    @staticmethod
    def is_not_timestamp(variable: str) -> Condition:
        """``IsTimestamp: false`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsTimestamp", False)

    @staticmethod
    def is_not_null(variable: str) -> Condition:
        """``IsNull: false`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsNull", False)

    @staticmethod
    def is_null(variable: str) -> Condition:
        """``IsNull: true`` for the value at ``variable``."""
        return _VariableComparison(variable, "IsNull", True)

    @staticmethod
    def boolean_equals(variable: str, value: bool) -> Condition:
        """``BooleanEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "BooleanEquals", value)

    @staticmethod
    def boolean_equals_json_path(variable: str, value: str) -> Condition:
        """``BooleanEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "BooleanEqualsPath", value)

    @staticmethod
    def string_equals_json_path(variable: str, value: str) -> Condition:
        """``StringEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringEqualsPath", value)

    @staticmethod
    def string_equals(variable: str, value: str) -> Condition:
        """``StringEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringEquals", value)

    @staticmethod
    def string_less_than(variable: str, value: str) -> Condition:
        """``StringLessThan``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringLessThan", value)

    @staticmethod
    def string_less_than_json_path(variable: str, value: str) -> Condition:
        """``StringLessThanPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringLessThanPath", value)

    @staticmethod
    def string_less_than_equals(variable: str, value: str) -> Condition:
        """``StringLessThanEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringLessThanEquals", value)

    @staticmethod
    def string_less_than_equals_json_path(variable: str, value: str) -> Condition:
        """``StringLessThanEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringLessThanEqualsPath", value)

    @staticmethod
    def string_greater_than(variable: str, value: str) -> Condition:
        """``StringGreaterThan``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringGreaterThan", value)

    @staticmethod
    def string_greater_than_json_path(variable: str, value: str) -> Condition:
        """``StringGreaterThanPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringGreaterThanPath", value)

    @staticmethod
    def string_greater_than_equals_json_path(variable: str, value: str) -> Condition:
        """``StringGreaterThanEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringGreaterThanEqualsPath", value)

    @staticmethod
    def string_greater_than_equals(variable: str, value: str) -> Condition:
        """``StringGreaterThanEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringGreaterThanEquals", value)

    @staticmethod
    def number_equals(variable: str, value: int | float) -> Condition:
        """``NumericEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericEquals", value)

    @staticmethod
    def number_equals_json_path(variable: str, value: str) -> Condition:
        """``NumericEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericEqualsPath", value)

    @staticmethod
    def number_less_than(variable: str, value: int | float) -> Condition:
        """``NumericLessThan``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericLessThan", value)

    @staticmethod
    def number_less_than_json_path(variable: str, value: str) -> Condition:
        """``NumericLessThanPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericLessThanPath", value)

    @staticmethod
    def number_less_than_equals(variable: str, value: int | float) -> Condition:
        """``NumericLessThanEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericLessThanEquals", value)

    @staticmethod
    def number_less_than_equals_json_path(variable: str, value: str) -> Condition:
        """``NumericLessThanEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericLessThanEqualsPath", value)

    @staticmethod
    def number_greater_than(variable: str, value: int | float) -> Condition:
        """``NumericGreaterThan``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericGreaterThan", value)

    @staticmethod
    def number_greater_than_json_path(variable: str, value: str) -> Condition:
        """``NumericGreaterThanPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericGreaterThanPath", value)

    @staticmethod
    def number_greater_than_equals(variable: str, value: int | float) -> Condition:
        """``NumericGreaterThanEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericGreaterThanEquals", value)

    @staticmethod
    def number_greater_than_equals_json_path(variable: str, value: str) -> Condition:
        """``NumericGreaterThanEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "NumericGreaterThanEqualsPath", value)

    @staticmethod
    def timestamp_equals(variable: str, value: str) -> Condition:
        """``TimestampEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampEquals", value)

    @staticmethod
    def timestamp_equals_json_path(variable: str, value: str) -> Condition:
        """``TimestampEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampEqualsPath", value)

    @staticmethod
    def timestamp_less_than(variable: str, value: str) -> Condition:
        """``TimestampLessThan``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampLessThan", value)

    @staticmethod
    def timestamp_less_than_json_path(variable: str, value: str) -> Condition:
        """``TimestampLessThanPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampLessThanPath", value)

    @staticmethod
    def timestamp_less_than_equals(variable: str, value: str) -> Condition:
        """``TimestampLessThanEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampLessThanEquals", value)

    @staticmethod
    def timestamp_less_than_equals_json_path(variable: str, value: str) -> Condition:
        """``TimestampLessThanEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampLessThanEqualsPath", value)

    @staticmethod
    def timestamp_greater_than(variable: str, value: str) -> Condition:
        """``TimestampGreaterThan``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampGreaterThan", value)

    @staticmethod
    def timestamp_greater_than_json_path(variable: str, value: str) -> Condition:
        """``TimestampGreaterThanPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampGreaterThanPath", value)

    @staticmethod
    def timestamp_greater_than_equals(variable: str, value: str) -> Condition:
        """``TimestampGreaterThanEquals``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampGreaterThanEquals", value)

    @staticmethod
    def timestamp_greater_than_equals_json_path(variable: str, value: str) -> Condition:
        """``TimestampGreaterThanEqualsPath``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "TimestampGreaterThanEqualsPath", value)

    @staticmethod
    def string_matches(variable: str, value: str) -> Condition:
        """``StringMatches``: the value at ``variable`` against ``value``."""
        return _VariableComparison(variable, "StringMatches", value)

    @staticmethod
    def and_(*conditions: Condition) -> Condition:
        """All of ``conditions``."""
        return _CompoundCondition("And", conditions)

    @staticmethod
    def or_(*conditions: Condition) -> Condition:
        """Any of ``conditions``."""
        return _CompoundCondition("Or", conditions)

    @staticmethod
    def not_(condition: Condition) -> Condition:
        """The negation of ``condition``."""
        return _NotCondition(condition)

    @staticmethod
    def jsonata(condition: str) -> Condition:
        """A JSONata expression (``{% ... %}``) that evaluates to a boolean."""
        return _JsonataCondition(condition)

    def render_condition(self) -> Any:
        """The rule's fields in the state definition."""
        raise NotImplementedError


class _VariableComparison(Condition):
    def __init__(self, variable: str, operator: str, value: Any) -> None:
        if not _VARIABLE.search(variable):
            raise UnscopedValidationError(
                f"Variable reference must be '$', start with '$.', or start with '$[', got '{variable}'"
            )
        self.variable = variable
        self.operator = operator
        self.value = value

    def render_condition(self) -> Any:
        return {"Variable": self.variable, self.operator: self.value}


class _CompoundCondition(Condition):
    def __init__(self, operator: str, conditions: tuple[Condition, ...]) -> None:
        if not conditions:
            raise UnscopedValidationError("Must supply at least one inner condition for a logical combination")
        self.operator = operator
        self.conditions = list(conditions)

    def render_condition(self) -> Any:
        return {self.operator: [c.render_condition() for c in self.conditions]}


class _NotCondition(Condition):
    def __init__(self, condition: Condition) -> None:
        self.condition = condition

    def render_condition(self) -> Any:
        return {"Not": self.condition.render_condition()}


class _JsonataCondition(Condition):
    def __init__(self, condition: str) -> None:
        if not is_valid_jsonata_expression(condition):
            raise UnscopedValidationError(
                f"JSONata expression must start with '{{%' and end with '%}}', got '{condition}'"
            )
        self.condition = condition

    def render_condition(self) -> Any:
        return {"Condition": self.condition}
