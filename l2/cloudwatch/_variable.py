"""Dashboard variables: ``DashboardVariable``, its ``Values`` and ``DefaultValue``."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

from constructs import UnscopedValidationError
from constructs.internals import structs


class VariableInputType(enum.Enum):
    """How a dashboard variable is chosen."""

    INPUT = "input"
    RADIO = "radio"
    SELECT = "select"


class VariableType(enum.Enum):
    """What a dashboard variable replaces: a property (e.g. ``InstanceId``) or a text pattern."""

    PROPERTY = "property"
    PATTERN = "pattern"


@structs.frozen(kw_only=True)
class VariableValue:
    """A value (and its label) a dashboard variable can take."""

    value: str
    """The value."""
    label: str | None = None
    """The label shown for it (default: the value)."""


@structs.frozen(kw_only=True)
class SearchComponents:
    """The parts of a SEARCH expression for ``Values.from_search_components``."""

    dimensions: Sequence[str]
    """The dimensions of the metric schema."""
    metric_name: str
    """The metric name."""
    namespace: str
    """The namespace."""
    populate_from: str
    """The dimension whose values fill the variable (one of ``dimensions``)."""


@runtime_checkable
class IVariable(Protocol):
    """A dashboard variable."""

    def to_json(self) -> Any:
        """The variable's JSON object."""
        ...


class Values:
    """The values of a dashboard variable: a fixed list or a SEARCH expression."""

    def to_json(self) -> Any:
        """The JSON fields the values add to the variable."""
        return {}

    @staticmethod
    def from_search_components(
        *, dimensions: Sequence[str], metric_name: str, namespace: str, populate_from: str
    ) -> Values:
        """Values found by ``SEARCH('{<namespace>,<dimensions>} MetricName="<metric_name>"')``.

        Raises:
            UnscopedValidationError: no dimensions, or ``populate_from`` not among them.
        """
        if not dimensions:
            raise UnscopedValidationError("EmptyDimensionsNotAllowed: Empty dimensions provided. Please specify one dimension at least")
        if populate_from not in dimensions:
            raise UnscopedValidationError(f"PopulateFromNotInDimensions: populateFrom ({populate_from}) is not present in dimensions")
        schema = ",".join([namespace, *dimensions])
        return Values.from_search(f'{{{schema}}} MetricName="{metric_name}"', populate_from)

    @staticmethod
    def from_search(expression: str, populate_from: str) -> Values:
        """Values found by a SEARCH expression, read from the ``populate_from`` dimension."""
        return _SearchValues(expression, populate_from)

    @staticmethod
    def from_values(*values: VariableValue) -> Values:
        """A fixed list of values.

        Raises:
            UnscopedValidationError: no values.
        """
        for i, value in enumerate(values):
            if not isinstance(value, VariableValue):
                raise TypeError(f"type of argument values[{i}] must be VariableValue; got {type(value).__name__} "
                                "instead")
        if not values:
            raise UnscopedValidationError("EmptyValuesNotAllowed: Empty values is not allowed")
        return _StaticValues(list(values))


class _StaticValues(Values):
    def __init__(self, values: list[VariableValue]) -> None:
        self.values = values

    def to_json(self) -> Any:
        return {"values": [{"label": v.label, "value": v.value} for v in self.values]}


class _SearchValues(Values):
    def __init__(self, expression: str, populate_from: str) -> None:
        self.expression = expression
        self.populate_from = populate_from

    def to_json(self) -> Any:
        return {"search": self.expression, "populateFrom": self.populate_from}


class DefaultValue:
    """The default value of a dashboard variable: ``DefaultValue.value(x)`` or ``DefaultValue.FIRST``.

    Args:
        val: the value.
    """

    FIRST: DefaultValue

    def __init__(self, val: object) -> None:
        self.val = val

    @staticmethod
    def value(value: object) -> DefaultValue:
        """A specific default value."""
        return DefaultValue(value)


DefaultValue.FIRST = DefaultValue("__FIRST")


class DashboardVariable:
    """A dashboard variable: a value chosen on the dashboard that replaces a property or pattern in its widgets.

    Args:
        id: the variable's id (used in the URL).
        input_type: how the value is chosen (free input, radio buttons, a select list).
        type: whether it replaces a property or a pattern.
        value: the property name or the pattern it replaces.
        default_value: the default value (default: none).
        label: the label shown (default: the ``value``).
        values: the values to choose from (not with ``INPUT``).
        visible: whether the variable is shown (default: true).

    Raises:
        UnscopedValidationError: ``values`` with ``VariableInputType.INPUT``.
    """

    def __init__(
        self,
        *,
        id: str,
        input_type: VariableInputType,
        type: VariableType,
        value: str,
        default_value: DefaultValue | None = None,
        label: str | None = None,
        values: Values | None = None,
        visible: bool | None = None,
    ) -> None:
        if input_type is VariableInputType.INPUT and values is not None:
            raise UnscopedValidationError(
                "inputType INPUT cannot be combined with values. Please choose either SELECT or RADIO or remove "
                "'values' from options."
            )
        self._options: dict[str, Any] = {"id": id, "input_type": input_type, "type": type, "value": value,
                         "default_value": default_value, "label": label, "values": values, "visible": visible}

    def to_json(self) -> Any:
        """The variable's JSON object."""
        o = self._options
        out = {
            o["type"].value: o["value"],
            "type": o["type"].value,
            "inputType": o["input_type"].value,
            "id": o["id"],
            "defaultValue": o["default_value"].val if o["default_value"] is not None else None,
            "visible": o["visible"],
            "label": o["label"],
        }
        if o["values"] is not None:
            out.update(o["values"].to_json())
        return out


@structs.frozen(kw_only=True)
class DashboardVariableOptions:
    """The options of a ``DashboardVariable``.

    See ``DashboardVariable`` for each keyword argument.
    """

    id: str
    """The variable's id."""
    input_type: VariableInputType
    """How the value is chosen."""
    type: VariableType
    """Whether it replaces a property or a pattern."""
    value: str
    """The property name or the pattern it replaces."""
    default_value: DefaultValue | None = None
    """The default value."""
    label: str | None = None
    """The label shown."""
    values: Values | None = None
    """The values to choose from."""
    visible: bool | None = None
    """Whether the variable is shown."""
