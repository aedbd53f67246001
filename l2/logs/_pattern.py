"""Filter patterns for metric and subscription filters (``FilterPattern`` and the pattern classes)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from constructs import UnscopedValidationError
from constructs.internals import structs

_ELLIPSIS = "..."
_NUMERIC_OPERATORS = ("=", "!=", "<", "<=", ">", ">=")


class IFilterPattern(Protocol):
    """Anything with a ``log_pattern_string``."""

    @property
    def log_pattern_string(self) -> str: ...


def _quote(term: str) -> str:
    return '"' + term.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _string_operator(operator: str) -> str:
    operator = "=" if operator == "==" else operator
    if operator not in ("=", "!="):
        raise UnscopedValidationError(f"Invalid comparison operator ('{operator}'), must be either '=' or '!='")
    return operator


def _numeric_operator(operator: str) -> str:
    operator = "=" if operator == "==" else operator
    if operator not in _NUMERIC_OPERATORS:
        raise UnscopedValidationError(
            f"Invalid comparison operator ('{operator}'), must be one of {', '.join(_NUMERIC_OPERATORS)}"
        )
    return operator


def _js(value: float) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


class _LiteralLogPattern:
    def __init__(self, log_pattern_string: str) -> None:
        self.log_pattern_string = log_pattern_string


class _TextLogPattern:
    def __init__(self, clauses: Sequence[Sequence[str]]) -> None:
        quoted = [" ".join(_quote(t) for t in terms) for terms in clauses]
        self.log_pattern_string = quoted[0] if len(quoted) == 1 else " ".join("?" + alt for alt in quoted)


class JsonPattern:
    """A pattern over JSON log events: ``{ <json_pattern_string> }``.

    Args:
        json_pattern_string: the pattern's body, without the surrounding braces.
    """

    def __init__(self, json_pattern_string: str) -> None:
        self.json_pattern_string = json_pattern_string

    @property
    def log_pattern_string(self) -> str:
        """The pattern as CloudWatch Logs reads it."""
        return "{ " + self.json_pattern_string + " }"


@structs.frozen(kw_only=True)
class ColumnRestriction:
    """A restriction on a column of a space-delimited pattern: a comparison with a string or a number.

    Args:
        comparison: the operator (``=``, ``!=``, ``<``, ``<=``, ``>``, ``>=``).
        number_value: the number to compare with (give this or ``string_value``).
        string_value: the string to compare with (give this or ``number_value``).
    """

    comparison: str
    number_value: float | None = None
    string_value: str | None = None


class SpaceDelimitedTextPattern:
    """A pattern over space-delimited log lines: named columns with optional restrictions.

    Args:
        columns: the names of the columns, in order (``...`` matches any number of columns).
        restrictions: per column name, the comparisons its value must pass.
    """

    def __init__(self, columns: Sequence[str], restrictions: Mapping[str, list[dict[str, Any]]]) -> None:
        self._columns = list(columns)
        self._restrictions = {k: list(v) for k, v in restrictions.items()}

    @staticmethod
    def construct(columns: Sequence[str]) -> SpaceDelimitedTextPattern:
        """Validate the column names (at most one ``...``) and build the pattern."""
        import re

        for column in columns:
            if column != _ELLIPSIS and not re.match(r"^[a-zA-Z0-9_-]+$", column):
                raise UnscopedValidationError(f"Invalid column name: {column}")
        if sum(1 for c in columns if c == _ELLIPSIS) > 1:
            raise UnscopedValidationError("Can use at most one '...' column")
        return SpaceDelimitedTextPattern(columns, {})

    def _check_column(self, column_name: str) -> None:
        if column_name == _ELLIPSIS:
            raise UnscopedValidationError("Can't use '...' in a restriction")
        if column_name not in self._columns:
            raise UnscopedValidationError(f"Column in restrictions that is not in columns: {column_name}")

    def _with(self, column_name: str, restriction: dict[str, Any]) -> SpaceDelimitedTextPattern:
        restrictions = {k: list(v) for k, v in self._restrictions.items()}
        restrictions.setdefault(column_name, []).append(restriction)
        return SpaceDelimitedTextPattern(self._columns, restrictions)

    def where_string(self, column_name: str, comparison: str, value: str) -> SpaceDelimitedTextPattern:
        """Restrict a column to a string value (``=`` or ``!=``)."""
        self._check_column(column_name)
        return self._with(column_name, {"comparison": _string_operator(comparison), "string": value})

    def where_number(self, column_name: str, comparison: str, value: float) -> SpaceDelimitedTextPattern:
        """Restrict a column to a numeric comparison."""
        self._check_column(column_name)
        return self._with(column_name, {"comparison": _numeric_operator(comparison), "number": value})

    def _column_expression(self, column: str) -> str:
        restrictions = self._restrictions.get(column)
        if not restrictions:
            return column
        parts = []
        for r in restrictions:
            if r.get("number") is not None:
                parts.append(f"{column} {r['comparison']} {_js(r['number'])}")
            else:
                parts.append(f"{column} {r['comparison']} {_quote(r['string'])}")
        return " && ".join(parts)

    @property
    def log_pattern_string(self) -> str:
        """The pattern as CloudWatch Logs reads it: ``[col1, col2 = "x", ...]``."""
        return "[" + ", ".join(self._column_expression(c) for c in self._columns) + "]"


class FilterPattern:
    """Factories for filter patterns."""

    @staticmethod
    def literal(log_pattern_string: str) -> IFilterPattern:
        """A pattern written out by hand."""
        return _LiteralLogPattern(log_pattern_string)

    @staticmethod
    def all_events() -> IFilterPattern:
        """Match every event (the empty pattern)."""
        return _LiteralLogPattern("")

    @staticmethod
    def all_terms(*terms: str) -> IFilterPattern:
        """Events containing every term."""
        return _TextLogPattern([list(terms)])

    @staticmethod
    def any_term(*terms: str) -> IFilterPattern:
        """Events containing any of the terms."""
        return _TextLogPattern([[t] for t in terms])

    @staticmethod
    def any_term_group(*term_groups: Sequence[str]) -> IFilterPattern:
        """Events containing all terms of any group."""
        return _TextLogPattern(term_groups)

    @staticmethod
    def string_value(json_field: str, comparison: str, value: str) -> JsonPattern:
        """A JSON field compared with a string."""
        return JsonPattern(f"{json_field} {_string_operator(comparison)} {_quote(value)}")

    @staticmethod
    def number_value(json_field: str, comparison: str, value: float) -> JsonPattern:
        """A JSON field compared with a number."""
        return JsonPattern(f"{json_field} {_numeric_operator(comparison)} {_js(value)}")

    @staticmethod
    def regex_value(json_field: str, comparison: str, value: str) -> JsonPattern:
        """A JSON field matched against a regular expression."""
        return JsonPattern(f"{json_field} {comparison} %{value}%")

    @staticmethod
    def is_null(json_field: str) -> JsonPattern:
        """A JSON field that is null."""
        return JsonPattern(f"{json_field} IS NULL")

    @staticmethod
    def not_exists(json_field: str) -> JsonPattern:
        """A JSON field that is absent."""
        return JsonPattern(f"{json_field} NOT EXISTS")

    @staticmethod
    def exists(json_field: str) -> JsonPattern:
        """A JSON field that is present."""
        return JsonPattern(f'{json_field} = "*"')

    @staticmethod
    def boolean_value(json_field: str, value: bool) -> JsonPattern:
        """A JSON field that is true or false."""
        return JsonPattern(f"{json_field} {'IS TRUE' if value else 'IS FALSE'}")

    @staticmethod
    def all(*patterns: JsonPattern) -> JsonPattern:
        """Every JSON pattern must match."""
        if not patterns:
            raise UnscopedValidationError("Must supply at least one pattern, or use allEvents() to match all events.")
        return patterns[0] if len(patterns) == 1 else JsonPattern(" && ".join(f"({p.json_pattern_string})" for p in patterns))

    @staticmethod
    def any(*patterns: JsonPattern) -> JsonPattern:
        """Any JSON pattern must match."""
        if not patterns:
            raise UnscopedValidationError("Must supply at least one pattern")
        return patterns[0] if len(patterns) == 1 else JsonPattern(" || ".join(f"({p.json_pattern_string})" for p in patterns))

    @staticmethod
    def space_delimited(*columns: str) -> SpaceDelimitedTextPattern:
        """A space-delimited pattern with these columns."""
        return SpaceDelimitedTextPattern.construct(columns)
