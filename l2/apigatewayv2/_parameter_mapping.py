"""``ParameterMapping`` and ``MappingValue``: how an HTTP API rewrites requests before its integration."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar


class MappingValue:
    """A value of a parameter mapping: a request header, query string, path parameter, context variable, ...

    Args:
        value: the mapping expression.
    """

    NONE: ClassVar[MappingValue]
    """No value (for ``remove`` mappings)."""

    def __init__(self, value: str) -> None:
        self.value = value

    @staticmethod
    def request_header(name: str) -> MappingValue:
        """A request header (``$request.header.<name>``)."""
        return MappingValue(f"$request.header.{name}")

    @staticmethod
    def request_query_string(name: str) -> MappingValue:
        """A query string parameter (``$request.querystring.<name>``)."""
        return MappingValue(f"$request.querystring.{name}")

    @staticmethod
    def request_body(name: str) -> MappingValue:
        """A field of the request body (``$request.body.<name>``)."""
        return MappingValue(f"$request.body.{name}")

    @staticmethod
    def request_path() -> MappingValue:
        """The request path (``$request.path``)."""
        return MappingValue("$request.path")

    @staticmethod
    def request_path_param(name: str) -> MappingValue:
        """A path parameter (``$request.path.<name>``)."""
        return MappingValue(f"$request.path.{name}")

    @staticmethod
    def context_variable(variable_name: str) -> MappingValue:
        """A context variable (``$context.<name>``)."""
        return MappingValue(f"$context.{variable_name}")

    @staticmethod
    def stage_variable(variable_name: str) -> MappingValue:
        """A stage variable (``$stageVariables.<name>``)."""
        return MappingValue(f"$stageVariables.{variable_name}")

    @staticmethod
    def custom(value: str) -> MappingValue:
        """Any mapping expression."""
        return MappingValue(value)


MappingValue.NONE = MappingValue("")


class ParameterMapping:
    """The request parameter mappings of an HTTP API integration (``append:header.x`` -> value, ...)."""

    def __init__(self) -> None:
        self.mappings: dict[str, str] = {}

    @staticmethod
    def from_object(obj: Mapping[str, MappingValue]) -> ParameterMapping:
        """A mapping from keys to ``MappingValue``s."""
        mapping = ParameterMapping()
        for key, value in obj.items():
            mapping.custom(key, value.value)
        return mapping

    def append_header(self, name: str, value: MappingValue) -> ParameterMapping:
        """Append a header."""
        self.mappings[f"append:header.{name}"] = value.value
        return self

    def overwrite_header(self, name: str, value: MappingValue) -> ParameterMapping:
        """Overwrite a header."""
        self.mappings[f"overwrite:header.{name}"] = value.value
        return self

    def remove_header(self, name: str) -> ParameterMapping:
        """Remove a header."""
        self.mappings[f"remove:header.{name}"] = ""
        return self

    def append_query_string(self, name: str, value: MappingValue) -> ParameterMapping:
        """Append a query string parameter."""
        self.mappings[f"append:querystring.{name}"] = value.value
        return self

    def overwrite_query_string(self, name: str, value: MappingValue) -> ParameterMapping:
        """Overwrite a query string parameter."""
        self.mappings[f"overwrite:querystring.{name}"] = value.value
        return self

    def remove_query_string(self, name: str) -> ParameterMapping:
        """Remove a query string parameter."""
        self.mappings[f"remove:querystring.{name}"] = ""
        return self

    def overwrite_path(self, value: MappingValue) -> ParameterMapping:
        """Overwrite the request path."""
        self.mappings["overwrite:path"] = value.value
        return self

    def custom(self, key: str, value: str) -> ParameterMapping:
        """Any mapping key and value."""
        self.mappings[key] = value
        return self
